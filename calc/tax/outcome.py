"""The tax of n rows: the final income tax of the year, what UWV, the employer and other payers
withhold per month and per year (with vakantiegeld), and the settlement after the year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.money import floor_step, round_cents
from calc.rates import RateBook
from calc.situation import LHK_CHOICES
from calc.tax.box1 import box1_tax
from calc.tax.final import IackRates, children_under_12, iack_year
from calc.tax.heffingskortingen import (
    algemene_heffingskorting,
    arbeidskorting,
    credits_applied,
    jonggehandicaptenkorting,
)
from calc.tax.loonheffing import TaxRates, table_tax_less_kortingen
from calc.tax.ondernemer import BusinessProfit, business_profit, zvw_bijdrage

if TYPE_CHECKING:
    from calc.toeslagenwet import ToeslagenwetOutcome

Array = NDArray[np.float64]


@dataclass(frozen=True)
class TaxOutcome:
    """Annual amounts per row unless named _month. settlement_year > 0: the client gets money back."""

    rates: TaxRates
    cols: Columns
    lhk: NDArray[np.str_]
    wage_year: Array  # wage x 12 + vakantiegeld
    wajong_year: Array  # Wajong x 12 + vakantie-uitkering
    other_year: Array
    holiday_pay_year: Array  # the vakantiegeld and the vakantie-uitkering in those (paid in May)
    taxable_income_year: Array
    tax_before_credits: Array
    ahk: Array
    arbeidskorting: Array
    jgk: Array
    iack: Array  # inkomensafhankelijke combinatiekorting: only through the aangifte, never withheld
    iack_applies: NDArray[np.bool_]  # art. 8.14a lid 1 b and c (a child under 12; no partner or a lower AI)
    iack_rates: IackRates | None  # None: no row has a child under 12
    credits_used: Array
    credits_unused: Array
    income_tax_year: Array
    uwv_applies_lhk: NDArray[np.bool_]
    employer_applies_lhk: NDArray[np.bool_]
    uwv_applies_jgk: NDArray[np.bool_]
    employer_applies_jgk: NDArray[np.bool_]
    withheld_month_uwv: Array
    withheld_month_employer: Array
    withheld_month_other: Array
    withheld_month: Array
    withheld_year_uwv: Array
    withheld_year_employer: Array
    withheld_year_other: Array
    withheld_year: Array
    settlement_year: Array
    flag_both: NDArray[np.bool_]
    flag_pays_back: NDArray[np.bool_]
    flag_refund: NDArray[np.bool_]
    flag_lhk_unused: NDArray[np.bool_]
    flag_jgk_via_aangifte: NDArray[np.bool_]
    # An own business (issue 17; zeros without one). No payer withholds on the profit: the income tax and
    # the Zvw bijdrage not withheld are paid by a voorlopige aanslag, spread over the months.
    business: BusinessProfit
    arbeidsinkomen_year: Array  # wage with holiday pay + the business's profit (Wet IB art. 8.1 lid 1 e)
    zvw_bijdrage_year: Array
    voorlopige_aanslag_year: Array  # > 0 to pay: income tax + Zvw bijdrage - withheld, business rows only
    voorlopige_aanslag_month: Array


def _rounded(*amounts: ArrayLike) -> list[Array]:
    """round_cents of each amount, done in one numpy call on the stacked rows (same result per
    element; one call instead of many keeps short arrays such as an hours sweep cheap)."""
    return list(round_cents(np.array(amounts, dtype=float)))


def compute_tax(
    cols: Columns,
    wajong: WajongOutcome,
    book: RateBook,
    day: dt.date,
    toeslagenwet: ToeslagenwetOutcome | None = None,
) -> TaxOutcome:
    """Final income tax of the year, withholding by UWV and employer, and the settlement. A Toeslagenwet
    toeslag is paid by UWV with the Wajong, in one amount (TW art. 15 lid 4): UWV withholds on both, so the
    payer "UWV" pays Wajong + toeslag (and both vakantie-uitkeringen)."""
    if toeslagenwet is None:
        return tax_on_income(cols, wajong.wajong, wajong.holiday_accrual, book, day)
    uwv = wajong.wajong + toeslagenwet.toeslag
    return tax_on_income(cols, uwv, wajong.holiday_accrual + toeslagenwet.holiday_accrual, book, day)


@dataclass(frozen=True)
class YearIncome:
    """Each payer's ordinary month and the year's taxable income (12 months plus vakantiegeld)."""

    wage_m: Array
    wajong_m: Array
    other_m: Array
    wage_holiday: Array
    wajong_holiday: Array
    wage_year: Array
    wajong_year: Array
    other_year: Array
    taxable: Array
    arbeidsinkomen: Array


def year_income(
    cols: Columns,
    wajong_month: ArrayLike,
    wajong_holiday_accrual: ArrayLike,
    r: TaxRates,
    business: BusinessProfit | None = None,
) -> YearIncome:
    """Wage x 12 plus the vakantiebijslag (WML art. 15), Wajong x 12 plus its vakantie-uitkering
    (Wajong art. 3:25), other income x 12, and a business's belastbare winst: the box 1 income of a year
    like this month (not below nil: a loss carried to other years is not modelled). The arbeidsinkomen is
    the wage with holiday pay plus the business's profit (Wet IB 2001 art. 8.1 lid 1 e)."""
    wage_m = np.asarray(cols.wage, dtype=float)
    wajong_m = np.asarray(wajong_month, dtype=float)
    other_m = np.asarray(cols.other_income, dtype=float)
    wage_holiday, wajong_holiday, other_year = _rounded(
        12 * wage_m * r.vakantiebijslag.value,
        12 * np.asarray(wajong_holiday_accrual, dtype=float),
        12 * other_m,
    )
    wage_year, wajong_year = _rounded(12 * wage_m + wage_holiday, 12 * wajong_m + wajong_holiday)
    taxable = wage_year + wajong_year + other_year
    arbeidsinkomen = wage_year
    if business is not None and business.rates is not None:
        with_business = np.maximum(taxable + business.belastbare_winst, 0.0)
        taxable = np.where(business.has_business, with_business, taxable)
        arbeidsinkomen = wage_year + business.profit
    return YearIncome(
        wage_m, wajong_m, other_m, wage_holiday, wajong_holiday, wage_year, wajong_year, other_year,
        taxable, arbeidsinkomen,
    )  # fmt: skip


@dataclass(frozen=True)
class WhoApplies:
    """Which payer applies the loonheffingskorting and the jonggehandicaptenkorting, per row."""

    chose_uwv: NDArray[np.bool_]
    chose_emp: NDArray[np.bool_]
    uwv_lhk: NDArray[np.bool_]
    emp_lhk: NDArray[np.bool_]
    uwv_jgk: NDArray[np.bool_]
    emp_jgk: NDArray[np.bool_]


def who_applies(lhk: NDArray[np.str_], wajong_paid: ArrayLike, wage_paid: ArrayLike) -> WhoApplies:
    """A payer applies the korting only when asked and when it pays something (Wet LB art. 23 lid 1,
    2); the employer applies the jonggehandicaptenkorting only when no Wajong is paid: with a Wajong
    it goes with UWV (art. 23 lid 4)."""
    wajong_m, wage_m = np.asarray(wajong_paid, dtype=float), np.asarray(wage_paid, dtype=float)
    chose_uwv = (lhk == "uwv") | (lhk == "both")
    chose_emp = (lhk == "employer") | (lhk == "both")
    uwv_lhk = chose_uwv & (wajong_m > 0)
    emp_lhk = chose_emp & (wage_m > 0)
    return WhoApplies(chose_uwv, chose_emp, uwv_lhk, emp_lhk, uwv_lhk, emp_lhk & (wajong_m <= 0))


@dataclass(frozen=True)
class Withheld:
    """Per payer (UWV, employer, other income): per ordinary month and per year with vakantiegeld."""

    m_uwv: Array
    m_emp: Array
    m_oth: Array
    y_uwv: Array
    y_emp: Array
    y_oth: Array


def checked_choices(cols: Columns) -> NDArray[np.str_]:
    """The loonheffingskorting choice of each row, refusing an unknown one."""
    lhk = np.asarray(cols.loonheffingskorting).astype(str)
    known = np.logical_or.reduce([lhk == c for c in LHK_CHOICES])  # twice as fast as a set of 16,384
    if not known.all():
        bad = sorted(set(lhk[~known].tolist()))
        raise ValueError(f"loonheffingskorting: unknown choice {bad}; choose one of {LHK_CHOICES}")
    return lhk


def tax_on_income(
    cols: Columns, wajong_month: ArrayLike, wajong_holiday_accrual: ArrayLike, book: RateBook, day: dt.date
) -> TaxOutcome:
    """`compute_tax` with the Wajong paid per month and its vakantie-uitkering accrual given as
    amounts (the calendar computes the Wajong of many months at once and passes only these).

    The final tax and the withholding of the three payers (UWV, employer, other income), and of the
    vakantiegeld on top of them, run as one pass of each rule over stacked rows (`_stacked_pass`):
    per row the same rules as `table_withholding_year`, `period_withholding` and
    `holiday_pay_withholding`, without seven passes.
    """
    r = TaxRates.on(book, day)
    lhk = checked_choices(cols)
    n = len(cols)
    biz = business_profit(cols, book, day)
    y = year_income(cols, wajong_month, wajong_holiday_accrual, r, biz)
    who = who_applies(lhk, y.wajong_m, y.wage_m)
    tax_all, ahk_all, ak_all = _stacked_pass(y, r, n)
    tax, ahk, ak = tax_all[:n], ahk_all[:n], ak_all[:n]
    jgk = jonggehandicaptenkorting(np.ones(n, dtype=bool), r.jgk.value)
    young = children_under_12(cols.children, cols.children_12_15, cols.children_16_17)
    iack, iack_applies, iack_rates = iack_year(
        y.arbeidsinkomen, young, cols.partner, cols.partner_income_year, book, day
    )
    credits = ahk + ak + jgk + iack
    used = credits_applied(tax, credits)
    w = _withheld(tax_all[n:], ahk_all[n:], ak_all[n:], who, r, n)
    withheld_year, withheld_month = _rounded(w.y_uwv + w.y_emp + w.y_oth, w.m_uwv + w.m_emp + w.m_oth)
    taxable_r, tax_r, ahk_r, ak_r, jgk_r, iack_r, used_r, unused_r, income_tax = _rounded(
        y.taxable, tax, ahk, ak, jgk, iack, used, credits - used, tax - used
    )
    zvw, va_year, va_month = _business_payments(biz, y, income_tax, withheld_year)
    settlement = round_cents(withheld_year + va_year - income_tax - zvw)
    return TaxOutcome(
        rates=r,
        cols=cols,
        lhk=lhk,
        wage_year=y.wage_year,
        wajong_year=y.wajong_year,
        other_year=y.other_year,
        holiday_pay_year=round_cents(y.wage_holiday + y.wajong_holiday),
        taxable_income_year=taxable_r,
        tax_before_credits=tax_r,
        ahk=ahk_r,
        arbeidskorting=ak_r,
        jgk=jgk_r,
        iack=iack_r,
        iack_applies=iack_applies,
        iack_rates=iack_rates,
        credits_used=used_r,
        credits_unused=unused_r,
        income_tax_year=income_tax,
        uwv_applies_lhk=who.uwv_lhk,
        employer_applies_lhk=who.emp_lhk,
        uwv_applies_jgk=who.uwv_jgk,
        employer_applies_jgk=who.emp_jgk,
        withheld_month_uwv=w.m_uwv,
        withheld_month_employer=w.m_emp,
        withheld_month_other=w.m_oth,
        withheld_month=withheld_month,
        withheld_year_uwv=w.y_uwv,
        withheld_year_employer=w.y_emp,
        withheld_year_other=w.y_oth,
        withheld_year=withheld_year,
        settlement_year=settlement,
        flag_both=(lhk == "both") & (y.wajong_m > 0) & (y.wage_m > 0),
        flag_pays_back=settlement < 0,
        flag_refund=settlement > 0,
        flag_lhk_unused=(who.chose_uwv & ~who.chose_emp & (y.wajong_m <= 0) & (y.wage_m > 0))
        | (who.chose_emp & ~who.chose_uwv & (y.wage_m <= 0) & (y.wajong_m > 0)),
        flag_jgk_via_aangifte=~(who.uwv_jgk | who.emp_jgk),
        business=biz,
        arbeidsinkomen_year=y.arbeidsinkomen,
        zvw_bijdrage_year=zvw,
        voorlopige_aanslag_year=va_year,
        voorlopige_aanslag_month=va_month,
    )


def _business_payments(
    biz: BusinessProfit, y: YearIncome, income_tax: Array, withheld_year: Array
) -> tuple[Array, Array, Array]:
    """The Zvw bijdrage on the belastbare winst, and the voorlopige aanslag a business row pays: the income
    tax and the Zvw bijdrage that no payer withholds (Wet IB 2001 art. 9.5), per year and per month."""
    if biz.rates is None:
        zero = np.zeros(len(income_tax))
        return zero, zero, zero
    r = biz.rates
    loon = y.wage_year + y.wajong_year + y.other_year  # carried the werkgeversheffing (Zvw art. 43 lid 5)
    zvw = round_cents(np.where(biz.has_business, zvw_bijdrage(biz.belastbare_winst, loon, r.zvw_rate.value,
                                                              r.zvw_max.value), 0.0))  # fmt: skip
    va_year = round_cents(np.where(biz.has_business, income_tax + zvw - withheld_year, 0.0))
    return zvw, va_year, round_cents(va_year / 12)


def _stacked_pass(y: YearIncome, r: TaxRates, n: int) -> tuple[Array, Array, Array]:
    """Tariff, AHK and arbeidskorting over n rows of the final tax and 5n rows of the tables: each
    payer's ordinary month as a year (UWV, employer, other: `period_withholding`), and UWV's and the
    employer's with the vakantiegeld (`holiday_pay_withholding`). The tables' rows round as
    `table_withholding_year` does (tariff down, kortingen up, per row)."""
    months = np.concatenate([y.wajong_m, y.wage_m, y.other_m])
    base = floor_step(np.maximum(months, 0.0), r.table_step.value) * 12
    table_income = np.concatenate([base, base[: 2 * n] + np.concatenate([y.wajong_holiday, y.wage_holiday])])
    table_rows = np.concatenate([np.zeros(n, dtype=bool), np.ones(5 * n, dtype=bool)])
    income = np.concatenate([y.taxable, table_income])
    tax_all = box1_tax(income, r.brackets.value, per_bracket_floor=table_rows)
    ahk_all = algemene_heffingskorting(
        income, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value, round_up=table_rows
    )
    ak_all = arbeidskorting(np.concatenate([y.arbeidsinkomen, table_income]), r.ak.value, round_up=table_rows)
    return tax_all, ahk_all, ak_all


def _withheld(tax: Array, ahk: Array, ak: Array, who: WhoApplies, r: TaxRates, n: int) -> Withheld:
    """The tables' tax less the kortingen each payer applies, per month (less 1/12 of the
    jonggehandicaptenkorting) and per year (12 months plus the extra on the vakantiegeld)."""
    no = np.zeros(n, dtype=bool)
    table_year = table_tax_less_kortingen(
        tax,
        ahk,
        ak,
        np.concatenate([who.uwv_lhk, who.emp_lhk, no, who.uwv_lhk, who.emp_lhk]),
        np.concatenate([no, ~no, no, no, ~no]),
    )
    ordinary, with_holiday = table_year[: 3 * n], table_year[3 * n :]
    jgk_slice = np.where(np.concatenate([who.uwv_jgk, who.emp_jgk, no]), round_cents(r.jgk.value / 12), 0.0)
    monthly = np.maximum(round_cents(ordinary / 12) - jgk_slice, 0.0)
    holiday_withheld = np.maximum(round_cents(with_holiday - ordinary[: 2 * n]), 0.0)
    m_uwv, m_emp, m_oth = monthly[:n], monthly[n : 2 * n], monthly[2 * n :]
    yearly = round_cents(np.concatenate([12 * monthly[: 2 * n] + holiday_withheld, 12 * m_oth]))
    return Withheld(m_uwv, m_emp, m_oth, yearly[:n], yearly[n : 2 * n], yearly[2 * n :])
