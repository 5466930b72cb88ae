"""The statutory minimum wage for a given age (Wet minimumloon en minimumvakantiebijslag).

The Wajong grondslag is the minimum wage per month, or for someone under 21 the youth minimum
wage per month for their age (Wet Wajong art. 1:1 lid 1 m, 1a:4 lid 1, 2:1, 3:7 lid 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import round_cents, round_to_step

if TYPE_CHECKING:
    from calc.rates import RateBook

ADULT_AGE = 21  # Besluit minimumjeugdloon art. 1: from 21 the full minimum wage applies


def youth_percentage(age: ArrayLike, table: Mapping[str, float | None]) -> NDArray[np.float64]:
    """Share of the adult minimum wage for this age (Besluit minimumjeugdloon art. 1); 1 from 21."""
    ages = np.asarray(age, dtype=int)
    pct = np.ones(ages.shape, dtype=float)
    for label, share in table.items():
        pct = np.where(ages == int(label), float(share or 0.0), pct)
    return pct


def minimum_wage_month(
    age: ArrayLike,
    referentiemaandloon: float,
    youth_table: Mapping[str, float | None],
    youth_rounding: float,
) -> NDArray[np.float64]:
    """Minimum wage per month for the age, as benefits use it (WML art. 8 lid 1 b).

    Under 21: percentage x referentiemaandloon (WML art. 8 lid 3; Besluit minimumjeugdloon art. 2),
    rounded to `youth_rounding` (the cent since 2024). UWV publishes no youth monthly table since
    2024, so this is derived from the law (docs/assumptions.md).
    """
    ages = np.asarray(age, dtype=int)
    youth = round_to_step(youth_percentage(ages, youth_table) * referentiemaandloon, youth_rounding)
    return np.where(ages >= ADULT_AGE, referentiemaandloon, youth)


def minimum_hourly_wage(
    age: ArrayLike, hourly: float, youth_table: Mapping[str, float | None]
) -> NDArray[np.float64]:
    """Minimum wage per hour for the age (WML art. 8 lid 1 a). Under 21: the youth percentage of
    the adult hourly amount, "afgerond op een veelvoud van € 0,01; indien het restbedrag € 0,005 of
    meer bedraagt, geschiedt de afronding naar boven" (Besluit minimumjeugdloon art. 2 lid 2).
    Reproduces every youth amount Rijksoverheid published for 2024-2026 (tests/test_minimum_wage.py)."""
    return round_cents(youth_percentage(age, youth_table) * float(hourly))


def minimum_hourly_wage_on(age: ArrayLike, book: RateBook, day: dt.date) -> NDArray[np.float64]:
    """`minimum_hourly_wage` with the rates in force on `day`."""
    return minimum_hourly_wage(
        age, book.value("minimum_wage.hourly", day), book.value("minimum_wage.youth_percentage", day)
    )
