"""Loonheffing: what each payer withholds (Wet LB 1964 art. 22-23), the way the Belastingdienst's
tables compute it (Rekenvoorschriften voor de geautomatiseerde loonadministratie): the tariff on a
year of the payment per bracket rounded down, the kortingen rounded up and applied only by the payer
asked to, the jonggehandicaptenkorting per period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import floor_step, round_cents
from calc.rates import Rate, RateBook
from calc.tax.box1 import box1_tax
from calc.tax.heffingskortingen import algemene_heffingskorting, arbeidskorting, credits_applied

Array = NDArray[np.float64]


@dataclass(frozen=True)
class TaxRates:
    brackets: Rate
    ahk_max: Rate
    ahk_start: Rate
    ahk_rate: Rate
    ak: Rate
    jgk: Rate
    table_step: Rate
    vakantiebijslag: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> TaxRates:
        """The tax rates in force on `day` (looked up once per book and day)."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> TaxRates:
        return cls(
            brackets=book.get("income_tax.box1_brackets", day),
            ahk_max=book.get("income_tax.ahk_max", day),
            ahk_start=book.get("income_tax.ahk_phaseout_start", day),
            ahk_rate=book.get("income_tax.ahk_phaseout_rate", day),
            ak=book.get("income_tax.arbeidskorting_segments", day),
            jgk=book.get("income_tax.jonggehandicaptenkorting", day),
            table_step=book.get("income_tax.withholding_table_step_month", day),
            vakantiebijslag=book.get("minimum_wage.vakantiebijslag_percentage", day),
        )


def table_withholding_year(
    table_income_year: ArrayLike, r: TaxRates, apply_korting: ArrayLike, with_arbeidskorting: ArrayLike
) -> Array:
    """Loonheffing for a year's income from one payer, the way the tables compute it
    (Rekenvoorschriften): tariff per bracket rounded down, AHK and arbeidskorting rounded up to whole
    euros, the kortingen only with loonheffingskorting, never below 0. The jonggehandicaptenkorting
    is not in the tables; it is subtracted per period (see `period_withholding`)."""
    y = np.asarray(table_income_year, dtype=float)
    tax = box1_tax(y, r.brackets.value, per_bracket_floor=True)
    ahk = algemene_heffingskorting(y, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value, round_up=True)
    ak = arbeidskorting(y, r.ak.value, round_up=True)
    return table_tax_less_kortingen(tax, ahk, ak, apply_korting, with_arbeidskorting)


def table_tax_less_kortingen(
    tax: Array, ahk: Array, ak: Array, apply_korting: ArrayLike, with_arbeidskorting: ArrayLike
) -> Array:
    """The table tax less the kortingen the payer applies (see `table_withholding_year`)."""
    ak = np.where(np.asarray(with_arbeidskorting, dtype=bool), ak, 0.0)
    korting = np.where(np.asarray(apply_korting, dtype=bool), ahk + ak, 0.0)
    return tax - credits_applied(tax, korting)


def period_withholding(
    month_amount: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_arbeidskorting: ArrayLike,
    apply_jgk: ArrayLike,
) -> Array:
    """Withholding on one ordinary month's payment: the table value of the wage class (classes of
    € 4,50, lower bound), annual tax / 12 to the cent, less 1/12 of the jonggehandicaptenkorting
    when that payer applies it, "maar niet verder dan tot € 0" (Rekenvoorschriften)."""
    m = np.maximum(np.asarray(month_amount, dtype=float), 0.0)
    table_wage = floor_step(m, r.table_step.value)
    year = table_withholding_year(table_wage * 12, r, apply_korting, with_arbeidskorting)
    month = round_cents(year / 12)
    jgk_slice = np.where(np.asarray(apply_jgk, dtype=bool), round_cents(r.jgk.value / 12), 0.0)
    return np.maximum(month - jgk_slice, 0.0)


def holiday_pay_withholding(
    month_amount: ArrayLike,
    holiday_year: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_ak: ArrayLike,
) -> Array:
    """Withholding on the yearly vakantiegeld: the extra annual table tax it causes on top of 12
    ordinary months (what the tabel bijzondere beloningen approximates), to the cent, not below 0."""
    base = 12 * floor_step(np.maximum(np.asarray(month_amount, dtype=float), 0.0), r.table_step.value)
    extra = table_withholding_year(base + np.asarray(holiday_year), r, apply_korting, with_ak)
    return np.maximum(round_cents(extra - table_withholding_year(base, r, apply_korting, with_ak)), 0.0)
