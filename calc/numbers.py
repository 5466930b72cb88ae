"""Numbers as people type them (issue 13): "750,50", "750.50", "1.250", "1.250,50", "€ 750".

Streamlit's number field drops a Dutch decimal comma ("9,50" became 950), so the form reads text
and this module turns it into a number with Babel, in the page's language first. Nothing is ever
guessed: a text that reads as two different numbers ("1,250": 1,25 in Dutch, 1250 in English) is
refused with a message that names both readings.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

from calc.errors import dutch_number

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
CLEAN = re.compile(r"[€\s\u00a0\u202f]")
# A comma or a dot followed by exactly three digits: a thousands separator in one language and a
# decimal separator in the other.
# What a typed number may hold once spaces and the euro sign are gone: digits, one sign, separators.
# 'Infinity', 'nan' and '1e400' are not amounts anyone types (issue 19: they reached calc as inf).
TYPED = re.compile(r"^[+-]?[\d.,]+$")
MAX_DIGITS = 15  # more than any amount or hours a form holds; a float keeps 15 digits exactly
THREE_AFTER = {"nl": re.compile(r"^-?\d{1,3},\d{3}$"), "en": re.compile(r"^-?\d{1,3}\.\d{3}$")}


class NumberProblem(ValueError):
    """A text that is not a number, or reads as two different numbers: a Dutch and an English message."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(nl)
        self.nl, self.en = nl, en


def _read(text: str, lang: str) -> Decimal | None:
    try:
        return parse_decimal(text, locale=LOCALES[lang], strict=True)
    except (NumberFormatError, ValueError, ArithmeticError):  # decimal.InvalidOperation is both
        return None


def read_number(text: str | None, lang: str = "nl") -> float | None:
    """The number in `text` (None when empty), read in the page's language first.

    '750,50' -> 750.5, '1.250' -> 1250 and '750.50' -> 750.5 on the Dutch page; '1,250' is refused
    there (1,25 or 1250?). Raises NumberProblem with a Dutch and an English message."""
    if text is None or not CLEAN.sub("", text):
        return None
    s = CLEAN.sub("", text)
    shown = text.strip() if len(text.strip()) <= 30 else text.strip()[:30] + "…"
    if not TYPED.match(s):
        raise _not_a_number(shown)
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        raise NumberProblem(
            f"'{shown}' is een te groot getal. Schrijf een bedrag of een aantal uren.",
            f"'{shown}' is too large a number. Write an amount or a number of hours.",
        )
    other = "en" if lang == "nl" else "nl"
    first, second = _read(s, lang), _read(s, other)
    if first is not None and second is not None and first != second and THREE_AFTER[lang].match(s):
        a, b = dutch_number(float(first)), dutch_number(float(second))
        raise NumberProblem(
            f"'{shown}' kan {a} of {b} betekenen. Schrijf het getal zonder punt, of met twee "
            "cijfers achter de komma.",
            f"'{shown}' could mean {float(first):g} or {float(second):g}. Write it without a "
            "thousands separator.",
        )
    value = first if first is not None else second
    if value is None:
        raise _not_a_number(shown)
    return float(value)


def _not_a_number(shown: str) -> NumberProblem:
    return NumberProblem(
        f"'{shown}' is geen getal. Schrijf alleen cijfers, met een komma voor de centen.",
        f"'{shown}' is not a number. Write digits only, with a point for decimals.",
    )


def as_typed(x: float | None, decimals: int = 2) -> str:
    """A number as the Dutch page shows it in a field: 750.5 -> '750,50', 20.0 -> '20', 1250 -> '1250'
    (no thousands separator, so it reads back the same in any language)."""
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.{decimals}f}".replace(".", ",")
