"""Numbers as people type them (calc/numbers.py; issue 13 and issue 19).

The cases are the ones the issues reported: a Dutch decimal comma was multiplied by 100
("750,50" became 75.050, "9,50" became 950), and 'Infinity' or a 5000-digit number in a link
reached the calculation.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.numbers import NumberProblem, as_typed, read_number


@pytest.mark.parametrize(
    ("typed", "lang", "value"),
    [
        ("750,50", "nl", 750.5),  # issue 13: became € 75.050
        ("9,50", "nl", 9.5),  # issue 13: became € 950
        ("15,25", "nl", 15.25),  # issue 13: became 1525, refused with no hint about the comma
        ("750.50", "nl", 750.5),  # a decimal point is read too: it cannot mean anything else
        ("1.250", "nl", 1250.0),
        ("1.250,50", "nl", 1250.5),
        ("€ 750", "nl", 750.0),
        ("1,250.50", "en", 1250.5),
        ("", "nl", None),
        ("  ", "nl", None),
    ],
)
def test_a_number_is_read_as_people_write_it(typed: str, lang: str, value: float | None) -> None:
    assert read_number(typed, lang) == value


@pytest.mark.parametrize("typed", ["1,250", "12,500"])
def test_a_number_with_two_meanings_is_refused_naming_both(typed: str) -> None:
    with pytest.raises(NumberProblem) as err:
        read_number(typed, "nl")
    assert "kan" in err.value.nl and "betekenen" in err.value.nl


@pytest.mark.parametrize(
    "typed", ["Infinity", "inf", "-inf", "nan", "NaN", "1e400", "1e5", "twintig", "0x10"]
)
def test_words_and_scientific_notation_are_not_numbers(typed: str) -> None:
    with pytest.raises(NumberProblem) as err:
        read_number(typed, "nl")
    assert "geen getal" in err.value.nl and "not a number" in err.value.en


def test_a_very_long_number_is_refused_and_the_message_stays_short() -> None:
    typed = "9" * 5000  # issue 19: a 5000-digit number in the link
    with pytest.raises(NumberProblem) as err:
        read_number(typed, "nl")
    assert "te groot" in err.value.nl
    assert len(err.value.nl) < 120 and len(err.value.en) < 120


@given(st.integers(min_value=-(10**9), max_value=10**11))
def test_what_the_form_shows_reads_back_the_same(cents: int) -> None:
    """A value written into a field (as_typed) reads back to the same cents, on both pages."""
    x = cents / 100
    for lang in ("nl", "en"):
        assert read_number(as_typed(x), lang) == pytest.approx(x, abs=1e-9)
