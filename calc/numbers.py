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
THREE_AFTER = {"nl": re.compile(r"^-?\d{1,3},\d{3}$"), "en": re.compile(r"^-?\d{1,3}\.\d{3}$")}


class NumberProblem(ValueError):
    """A text that is not a number, or reads as two different numbers: a Dutch and an English message."""

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(nl)
        self.nl, self.en = nl, en


def _read(text: str, lang: str) -> Decimal | None:
    try:
        return parse_decimal(text, locale=LOCALES[lang], strict=True)
    except (NumberFormatError, ValueError):
        return None


def read_number(text: str | None, lang: str = "nl") -> float | None:
    """The number in `text` (None when empty), read in the page's language first.

    '750,50' -> 750.5, '1.250' -> 1250 and '750.50' -> 750.5 on the Dutch page; '1,250' is refused
    there (1,25 or 1250?). Raises NumberProblem with a Dutch and an English message."""
    if text is None or not CLEAN.sub("", text):
        return None
    s = CLEAN.sub("", text)
    other = "en" if lang == "nl" else "nl"
    first, second = _read(s, lang), _read(s, other)
    if first is not None and second is not None and first != second and THREE_AFTER[lang].match(s):
        a, b = dutch_number(float(first)), dutch_number(float(second))
        raise NumberProblem(
            f"'{text.strip()}' kan {a} of {b} betekenen. Schrijf het getal zonder punt, of met twee "
            "cijfers achter de komma.",
            f"'{text.strip()}' could mean {float(first):g} or {float(second):g}. Write it without a "
            "thousands separator.",
        )
    value = first if first is not None else second
    if value is None:
        raise NumberProblem(
            f"'{text.strip()}' is geen getal. Schrijf alleen cijfers, met een komma voor de centen.",
            f"'{text.strip()}' is not a number. Write digits only, with a point for decimals.",
        )
    return float(value)


def as_typed(x: float | None, decimals: int = 2) -> str:
    """A number as the Dutch page shows it in a field: 750.5 -> '750,50', 20.0 -> '20', 1250 -> '1250'
    (no thousands separator, so it reads back the same in any language)."""
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.{decimals}f}".replace(".", ",")
