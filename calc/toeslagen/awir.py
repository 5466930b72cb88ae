"""Rules every toeslag shares (Algemene wet inkomensafhankelijke regelingen, Awir): the yearly
toetsingsinkomen of applicant and toeslagpartner, the rounding of the yearly amount to whole euros
with nothing under € 24, and the monthly payment as Dienst Toeslagen makes it."""

from __future__ import annotations

import datetime as dt

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.money import floor_step, round_cents, round_to_step
from calc.rates import RateBook
from calc.tax.ondernemer import taxable_business_profit

Array = NDArray[np.float64]

FLAG_PROJECTED = "toetsingsinkomen_projected"  # not given: projected from this month


def project_toetsingsinkomen(
    cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date, extra_year: ArrayLike = 0.0
) -> Array:
    """The yearly toetsingsinkomen of applicant and toeslagpartner (Awir art. 7 lid 1, art. 8).

    `cols.toetsingsinkomen_year` where given. Otherwise this month as if it lasts the whole
    calendar year of `day`: wage x 12 plus the employer's vakantiebijslag (WML art. 15), Wajong
    x 12 plus the Wajong vakantie-uitkering (Wajong art. 3:25), other income x 12, a business's
    belastbare winst of the year (after the ondernemersaftrek and the MKB-winstvrijstelling: it is in the
    verzamelinkomen, Wet IB 2001 art. 2.18), and the partner's yearly income when there is a partner. No
    other deductions (pension premium, aftrekposten). `extra_year`: other taxable income of the year from
    UWV (a Toeslagenwet toeslag with its holiday pay).
    """
    vb = book.value("minimum_wage.vakantiebijslag_percentage", day)
    business = taxable_business_profit(cols, book, day)
    projected = projected_year_income(cols, wajong.wajong, wajong.rates.holiday.value, vb, business)
    if np.any(extra_year):
        given = ~np.isnan(cols.toetsingsinkomen_year)
        return np.where(given, projected, round_cents(projected + np.asarray(extra_year, dtype=float)))
    return projected


def projected_year_income(
    cols: Columns,
    wajong_month: ArrayLike,
    wajong_holiday: float,
    vakantiebijslag: float,
    business_taxable_year: ArrayLike = 0.0,
) -> Array:
    """`project_toetsingsinkomen` with the Wajong per month, the two holiday percentages and a business's
    belastbare winst given (the calendar projects each month's estimate with that month's Wajong)."""
    wage = cols.wage * 12 * (1 + vakantiebijslag)
    benefit = np.asarray(wajong_month, dtype=float) * 12 * (1 + wajong_holiday)
    other = cols.other_income * 12
    partner = np.where(cols.partner, cols.partner_income_year, 0.0)
    own = np.maximum(wage + benefit + other + np.asarray(business_taxable_year, dtype=float), 0.0)
    projected = round_cents(own + partner)
    given = cols.toetsingsinkomen_year
    return np.where(np.isnan(given), projected, given)


def round_tegemoetkoming(annual: ArrayLike, step: float, minimum: float) -> Array:
    """Yearly amount rounded arithmetically to whole euros, nothing below € 24 (Awir art. 14 lid 4-5).

    First round, then test the minimum: the order of lid 4 and 5, and the order that reproduces the
    income limits Dienst Toeslagen publishes (2026: € 40.857 single).
    """
    rounded = round_to_step(np.maximum(np.asarray(annual, dtype=float), 0.0), step)
    return np.where(rounded < minimum, 0.0, rounded)


def month_from_year(annual: ArrayLike) -> Array:
    """Monthly payment as Dienst Toeslagen publishes it: yearly amount / 12, down to whole euros.

    Not in the law (the advance per month is Awir art. 16); it is the Dienst's practice in every
    table and worked example (e.g. 2025 with partner, € 34.000: € 2.244 / 12 -> € 187).
    """
    return floor_step(np.asarray(annual, dtype=float) / 12, 1.0)
