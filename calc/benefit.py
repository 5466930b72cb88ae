"""Applies the Wajong rules to columns of situations and explains each amount.

`compute_wajong` picks the rule that fits each row (with or without arbeidsvermogen, with or
without loondispensatie, garantiebedrag) and returns arrays; calc/wajong_texts.py
(`explain_wajong`) tells for one row which rule, which inputs, which rate and which source gave
the amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from calc import wajong
from calc.columns import Columns
from calc.minimum_wage import minimum_wage_month
from calc.money import eur as _eur
from calc.money import round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]


def _eur_en(x: float) -> str:
    return _eur(x, "en")


# Which rule applied, per row.
RULE_ARBEIDSVERMOGEN = 0  # 0.7 x (G - I)
RULE_LOONDISPENSATIE = 1  # max(compensatiefactor route, top-up route)
RULE_GEEN_ARBEIDSVERMOGEN = 2  # 0.75 x (G - I)


@dataclass(frozen=True)
class WajongRates:
    referentiemaandloon: Rate
    youth_percentage: Rate
    youth_rounding: Rate
    pct_av: Rate
    pct_dga: Rate
    days: Rate
    holiday: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> WajongRates:
        """The Wajong rates in force on `day` (looked up once per book and day)."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> WajongRates:
        return cls(
            referentiemaandloon=book.get("minimum_wage.referentiemaandloon", day),
            youth_percentage=book.get("minimum_wage.youth_percentage", day),
            youth_rounding=book.get("minimum_wage.youth_monthly_rounding", day),
            pct_av=book.get("wajong.percentage_arbeidsvermogen", day),
            pct_dga=book.get("wajong.percentage_geen_arbeidsvermogen", day),
            days=book.get("wajong.days_per_month", day),
            holiday=book.get("wajong.vakantie_uitkering_percentage", day),
        )


@dataclass(frozen=True)
class WajongOutcome:
    """Wajong amounts per month for each row, rounded to the cent where paid."""

    rates: WajongRates
    cols: Columns
    grondslag: Array  # minimum (youth) wage per month
    income: Array  # I per month: wage (without vakantiegeld) + other income + business income
    business_income: Array  # the business's profit as the Wajong counts it this month (AIB art. 3:2)
    rule: NDArray[np.int64]
    percentage: Array
    without_work: Array  # the benefit at I = 0
    route_compensatiefactor: Array  # NaN where no loondispensatie
    route_top_up: Array  # NaN where no loondispensatie
    before_garantiebedrag: Array
    wajong: Array  # paid per month, after the garantiebedrag
    holiday_accrual: Array  # 8% of the Wajong, paid in May


def compute_wajong(cols: Columns, book: RateBook, day: dt.date) -> WajongOutcome:
    r = WajongRates.on(book, day)
    g = minimum_wage_month(
        cols.age, r.referentiemaandloon.value, r.youth_percentage.value, r.youth_rounding.value
    )
    business = wajong.income_from_business(cols.business_profit_month)
    income = cols.wage + cols.other_income + business
    dispensed = cols.has_loondispensatie & cols.arbeidsvermogen
    rule = np.where(
        ~cols.arbeidsvermogen,
        RULE_GEEN_ARBEIDSVERMOGEN,
        np.where(dispensed, RULE_LOONDISPENSATIE, RULE_ARBEIDSVERMOGEN),
    )
    pct = np.where(cols.arbeidsvermogen, r.pct_av.value, r.pct_dga.value)
    plain = wajong.offset_earnings(g, income, pct)

    lw = np.where(dispensed, cols.loonwaarde, 1.0)  # 1.0 only keeps the unused rows finite
    io = cols.wage_regular + cols.other_income + business  # not a dispensed wage: Io (2:40 lid 4)
    route1 = wajong.offset_with_compensatiefactor(g, cols.wage_dispensed, io, lw, r.pct_av.value)
    route2 = wajong.top_up_to_function_wage(cols.wage_dispensed, lw)
    with_ld = wajong.higher_route(route1, route2)

    before_gb = np.where(dispensed, with_ld, plain)
    # Three roundings in one numpy call (the same result per element; cheaper on short arrays).
    paid, without_work, before_gb_cents = round_cents(
        np.array(
            [
                wajong.apply_garantiebedrag(before_gb, cols.garantiebedrag),
                wajong.offset_earnings(g, 0.0, pct),
                before_gb,
            ],
            dtype=float,
        )
    )
    return WajongOutcome(
        rates=r,
        cols=cols,
        grondslag=g,
        income=income,
        business_income=business,
        rule=rule,
        percentage=pct,
        without_work=without_work,
        route_compensatiefactor=np.where(dispensed, route1, np.nan),
        route_top_up=np.where(dispensed, route2, np.nan),
        before_garantiebedrag=before_gb_cents,
        wajong=paid,
        holiday_accrual=round_cents(wajong.vakantie_uitkering(paid, r.holiday.value)),
    )
