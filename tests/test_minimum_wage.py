"""The minimum youth wage per hour follows from the rule (Besluit minimumjeugdloon art. 2): the
youth percentage of the adult hourly amount, rounded to the cent with halves up. Every youth amount
Rijksoverheid published reproduces; the 2027 percentages apply from 1 January 2027."""

from __future__ import annotations

import datetime as dt

import pytest

from calc.minimum_wage import minimum_hourly_wage_on, minimum_wage_month
from calc.rates import RateBook

# Rijksoverheid, "Bedragen minimumloon 2024/2025/2026" (per uur, 18/19/20 jaar):
# https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2024
# https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2025
# https://www.rijksoverheid.nl/themas/werk/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2026
PUBLISHED = {
    "2024-01-01": {18: 6.64, 19: 7.96, 20: 10.62},
    "2024-07-01": {18: 6.84, 19: 8.21, 20: 10.94},
    "2025-01-01": {18: 7.03, 19: 8.44, 20: 11.25},
    "2025-07-01": {18: 7.20, 19: 8.64, 20: 11.52},
    "2026-01-01": {18: 7.36, 19: 8.83, 20: 11.77},
    "2026-07-01": {18: 7.50, 19: 8.99, 20: 11.99},
}


@pytest.mark.parametrize(
    ("day", "age", "published"),
    [(d, a, v) for d, row in PUBLISHED.items() for a, v in row.items()],
)
def test_youth_hourly_minimum_reproduces_the_published_amounts(
    book: RateBook, day: str, age: int, published: float
) -> None:
    assert float(minimum_hourly_wage_on(age, book, dt.date.fromisoformat(day))) == published


def test_adult_hourly_minimum_is_the_published_amount(book: RateBook) -> None:
    assert float(minimum_hourly_wage_on(25, book, dt.date(2026, 7, 1))) == 14.99


def test_2027_youth_percentages_raise_the_minimum_and_the_grondslag(book: RateBook) -> None:
    """Rijksoverheid 4-12-2025: from 1-1-2027 19 years 75% (was 60%), 18 years 62,5% (was 50%).
    With the adult amounts of 1-7-2026 carried (€ 14,99; € 2.337,00): 0,75 x 14,99 = 11,2425 ->
    € 11,24; 0,625 x 14,99 = 9,36875 -> € 9,37; the grondslag of a 19-year-old 0,75 x 2.337,00."""
    jan = dt.date(2027, 1, 1)
    assert float(minimum_hourly_wage_on(19, book, jan)) == 11.24
    assert float(minimum_hourly_wage_on(18, book, jan)) == 9.37
    r = lambda k: book.value(k, jan)  # noqa: E731
    month = minimum_wage_month(
        19, r("minimum_wage.referentiemaandloon"), r("minimum_wage.youth_percentage"),
        r("minimum_wage.youth_monthly_rounding"),
    )  # fmt: skip
    assert float(month) == round(0.75 * 2337.00, 2) == 1752.75
