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


# Loontijdvakken per year: a month, and four weeks = 20 of the 260 days of a year (Wet LB 1964 art. 25
# lid 1: "een jaar op 260 dagen ... een week op 5 dagen").
MONTHS = 12
FOUR_WEEK_PERIODS = 13


def period_withholding(
    month_amount: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_arbeidskorting: ArrayLike,
    apply_jgk: ArrayLike,
    periods: int = MONTHS,
    table_step: float | None = None,
) -> Array:
    """Withholding on one ordinary period's payment (a month, or four weeks with `periods` 13): the
    table value of the wage class (lower bound; classes of € 4,50 in the monthly table, `table_step`
    for another), the annual tax / `periods` to the cent (Wet LB 1964 art. 25 lid 1: "door herleiding
    bepaald"), less that share of the jonggehandicaptenkorting when that payer applies it, "maar niet
    verder dan tot € 0" (Rekenvoorschriften)."""
    m = np.maximum(np.asarray(month_amount, dtype=float), 0.0)
    table_wage = floor_step(m, r.table_step.value if table_step is None else table_step)
    year = table_withholding_year(table_wage * periods, r, apply_korting, with_arbeidskorting)
    month = round_cents(year / periods)
    jgk_slice = np.where(np.asarray(apply_jgk, dtype=bool), round_cents(r.jgk.value / periods), 0.0)
    return np.maximum(month - jgk_slice, 0.0)


def holiday_pay_withholding(
    month_amount: ArrayLike,
    holiday_pay: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_ak: ArrayLike,
    periods: int = MONTHS,
    table_step: float | None = None,
) -> Array:
    """Withholding on holiday pay paid once a year (Wet LB 1964 art. 26 lid 1: "beloningen die in de
    regel slechts eenmaal per jaar worden toegekend" go by the tabel bijzondere beloningen): the
    extra annual table tax the holiday pay causes on top of a jaarloon of `periods` ordinary periods
    like this one (art. 26 lid 3 c: the wage of the year as if earned all year), to the cent, not
    below 0. The tabel bijzondere beloningen itself (a percentage per jaarloon of the year before)
    is not in rates/; this is the difference it approximates (docs/tax.md)."""
    step = r.table_step.value if table_step is None else table_step
    base = periods * floor_step(np.maximum(np.asarray(month_amount, dtype=float), 0.0), step)
    extra = table_withholding_year(base + np.asarray(holiday_pay), r, apply_korting, with_ak)
    return np.maximum(round_cents(extra - table_withholding_year(base, r, apply_korting, with_ak)), 0.0)
