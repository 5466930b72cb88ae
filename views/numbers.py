"""A number field that reads numbers as people type them ("750,50", "1.250", "€ 750"; issue 13).

Streamlit's number field drops a Dutch decimal comma, so these are text fields read by
`calc.numbers.read_number` (Babel, the page's language first). The field says what it understood
when the user wrote it another way, refuses text that is not one number (in Dutch, below the
field), and asks "Klopt dat?" before an unusually high value is used.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from calc.money import eur
from calc.numbers import NumberProblem, as_typed, read_number
from views.i18n import t
from views.text import plain

Q = "query-params"


@dataclass(frozen=True)
class Entry:
    """What a field holds: the number (None when empty) and whether it may be used."""

    value: float | None
    ok: bool = True


def understood(value: float, unit: str, lang: str) -> str:
    """'€ 1.250,00', '32,5 uur' / '32.5 hours': the number in the page's format."""
    if unit == "eur":
        return eur(value, lang)
    number = f"{value:g}".replace(".", "," if lang == "nl" else ".")
    return t(f"num.unit.{unit}", lang, n=number)


def number_field(
    label: str,
    key: str,
    lang: str,
    *,
    default: float | None = None,
    unit: str = "eur",
    placeholder: str | None = None,
    help: str | None = None,
    ask_above: float | None = None,
    ask_key: str = "num.ask",
) -> Entry:
    """A text field bound to the URL (?key=...) that reads a number; see the module docstring."""
    text = st.text_input(label, value=as_typed(default), key=key, bind=Q, placeholder=placeholder, help=help)
    try:
        value = read_number(text, lang)
    except NumberProblem as p:
        st.error(
            plain(p.nl if lang == "nl" else p.en, 300), icon=":material/warning:"
        )  # typed text: no Markdown
        return Entry(None, ok=False)
    if value is None:
        return Entry(None)
    if text.strip() != as_typed(value):
        st.caption(t("num.understood", lang, value=understood(value, unit, lang)))
    if ask_above is not None and value > ask_above:
        st.warning(t(ask_key, lang, value=understood(value, unit, lang)))
        if not st.checkbox(t("num.confirm", lang), key=f"{key}_ok"):
            return Entry(value, ok=False)
    return Entry(value)
