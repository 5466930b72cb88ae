"""Entering twelve months quickly (issue 21, item 4): months pasted from a spreadsheet or the
betaalspecificatie, months written as people write them, and every cell that cannot be read refused
in Dutch naming its line; nothing guessed, nothing silently changed.

The round trips are properties: an amount written the way calc.money.eur writes it, or a month the
way calc.months writes it, reads back as exactly the same value.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc.errors import InvalidSituation
from calc.money import eur
from calc.months import long_month
from calc.reconcile_io import parse_amount, parse_pasted_months, parse_period

CENTS = st.integers(min_value=0, max_value=2_000_000)  # up to € 20.000,00 in cents
PERIODS = st.tuples(st.integers(2024, 2030), st.integers(1, 12)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2026-04", "2026-04"),
        ("2026-4", "2026-04"),
        ("04-2026", "2026-04"),
        ("4/2026", "2026-04"),
        ("april 2026", "2026-04"),
        ("Apr 2026", "2026-04"),
        ("mrt. 2026", "2026-03"),
        ("March 2026", "2026-03"),
        ("mei-2026", "2026-05"),
        ("sept 2026", "2026-09"),
        ("2026-04-01", "2026-04"),  # a spreadsheet turned the month into its first day
        ("1-4-2026", "2026-04"),
    ],
)
def test_months_as_people_and_spreadsheets_write_them(text: str, period: str) -> None:
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text", ["apr-26", "2026-13", "13-2026", "2-4-2026", "2026-04-15", "lente 2026", "2026"]
)
def test_months_that_cannot_be_read_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(ValueError, match="geen maand die wij kunnen lezen"):
        parse_period(text)


@given(PERIODS)
def test_a_month_written_out_reads_back_as_the_same_month(period: str) -> None:
    assert parse_period(long_month(period, "nl")) == period
    assert parse_period(long_month(period, "en")) == period


@given(CENTS)
def test_an_amount_written_as_the_app_writes_it_reads_back_exactly(cents: int) -> None:
    """eur() writes '€ 1.234,56' (nl) and '€1,234.56' (en); both read back to the same cent."""
    x = cents / 100
    assert parse_amount(eur(x, "nl")) == x
    assert parse_amount(eur(x, "en")) == x


@given(st.lists(st.tuples(CENTS, CENTS), min_size=1, max_size=24), st.sampled_from(["\t", ";"]))
def test_pasted_months_keep_every_value(rows: list[tuple[int, int]], sep: str) -> None:
    """Three columns pasted with tabs (Excel) or semicolons, amounts in Dutch notation: the months come
    back with exactly the values written, in order, with their line numbers."""
    periods = [f"{2025 + k // 12}-{k % 12 + 1:02d}" for k in range(len(rows))]
    text = "\n".join(
        sep.join([long_month(p), eur(w / 100), eur(z / 100)]) for p, (w, z) in zip(periods, rows, strict=True)
    )
    months, lines = parse_pasted_months(text)
    assert months == [
        {"period": p, "wage": w / 100, "wajong_paid": z / 100}
        for p, (w, z) in zip(periods, rows, strict=True)
    ]
    assert lines == list(range(1, len(rows) + 1))


def test_two_columns_run_from_the_first_month() -> None:
    months, _ = parse_pasted_months("1.300,00\t696,08\n1.450,00\t696,08\n", start="2026-12")
    assert [m["period"] for m in months] == ["2026-12", "2027-01"]
    assert [m["wage"] for m in months] == [1300.0, 1450.0]


def test_a_first_line_with_column_names_is_read_as_a_csv() -> None:
    months, lines = parse_pasted_months("maand;loon;wajong;vakantiegeld\n\napril 2026;1.300,00;696,08;220\n")
    assert months == [{"period": "2026-04", "wage": 1300.0, "wajong_paid": 696.08, "holiday_pay": 220.0}]
    assert lines == [3]


def test_empty_cells_a_spreadsheet_adds_at_the_end_are_not_values() -> None:
    months, _ = parse_pasted_months("2026-04\t1300\t696,08\t\t\n2026-05\t1450\t696,08\n")
    assert len(months) == 2


def problems(text: str, start: str | None = None) -> list[tuple[str, str]]:
    with pytest.raises(InvalidSituation) as err:
        parse_pasted_months(text, start)
    return [(p.field, p.message_nl) for p in err.value.problems]


def test_every_cell_that_cannot_be_read_is_named_with_its_line_at_once() -> None:
    found = problems("apr 2026;1.300;696,08\nxx;12;1\n2026-06;;5\n2026-07;1300;696,08;9\n")
    assert [f for f, _ in found] == ["months[0].wage", "months[1].period", "months[2].wage", "months[3]"]
    assert (
        found[0][1] == "loon op regel 1: '1.300' is niet duidelijk: bedoelt u 1300 euro? Schrijf dan 1300,00."
    )
    assert found[1][1] == (
        "maand op regel 2: 'xx' is geen maand die wij kunnen lezen. "
        "Schrijf bijvoorbeeld 2026-04 of april 2026."
    )
    assert "regel 3 is hier leeg" in found[2][1]
    assert "regel 4 heeft 4 waarden" in found[3][1]


@pytest.mark.parametrize(
    ("text", "start", "dutch"),
    [
        ("", None, "nog geen maanden"),
        ("april 2026 1300 696", None, "maar één kolom"),
        ("april 2026;1300", None, "Plak ook de Wajong"),
        ("1300;696,08", None, "kies de eerste maand"),
        ("a;b;c;d", None, "4 kolommen"),
        ("Datum;Loon;Wajong\n2026-04;1300;696,08", None, "kennen we niet"),
    ],
)
def test_a_table_that_cannot_be_read_says_what_to_do(text: str, start: str | None, dutch: str) -> None:
    assert dutch in problems(text, start)[0][1]
