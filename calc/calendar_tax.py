"""The calendar's loonheffing month by month and the income tax of each full year, on what is paid
when it is paid (see calc/calendar.py, docs/calendar.md).

Loon counts when it is genoten: paid, or claimable and collectable (Wet IB 2001 art. 3.146 with Wet LB
1964 art. 13a), and the payer withholds at that moment (Wet LB art. 27 lid 2). So the wage counts in
the month it is paid, the employer's vakantiegeld and UWV's vakantie-uitkering in May when they are
paid (not the twelfths accrued), and the year's arbeidskorting is on the wage paid in the year. The
Wajong counts as the entitlement of each month (corrections paid later are not moved: assumption 11
in docs/calendar.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from calc.columns import Columns, group_rows
from calc.money import round_cents
from calc.months import YearMonth, year_rows
from calc.rates import RateBook, rate_set_key
from calc.tax import TaxRates, holiday_pay_withholding, period_withholding
from calc.tax.final import children_under_12, iack_year, income_tax_of_year
from calc.tax.loonheffing import FOUR_WEEK_PERIODS
from calc.tax.ondernemer import BusinessProfit, business_profit, zvw_bijdrage
from calc.tax.outcome import checked_choices, who_applies

if TYPE_CHECKING:
    from calc.calendar_business import BusinessCalendar

Array = NDArray[np.float64]


@dataclass(frozen=True)
class PaidIncome:
    """Per internal month what each payer pays and withholds on: the wage paid (`periods` pay periods
    ending in the month: 1 for monthly pay, 1 or 2 for four-weekly pay), the employer's holiday pay
    paid (`holiday_monthly`: with every wage, else once a year), the Wajong of the month, UWV's
    vakantie-uitkering paid, other income."""

    wage: Array
    periods: NDArray[np.int64]
    four_weekly: bool
    employer_holiday: Array
    holiday_monthly: bool
    wajong: Array
    wajong_holiday: Array
    other: Array
    business: BusinessCalendar | None = None  # a business (issue 17): its profit per month and year

    @property
    def year_income(self) -> Array:
        """Everything genoten in the month, as the toetsingsinkomen and the tax count it (a business's
        belastbare winst is added per year: calc.settlements)."""
        return self.wage + self.employer_holiday + self.wajong + self.wajong_holiday + self.other


@dataclass(frozen=True)
class TaxByMonth:
    withheld_month: Array  # loonheffing per internal month, holiday pay included in the month paid
    settlements: list[dict[str, Any]]  # the income tax settlement of each full year
    voorlopige_aanslag_month: Array  # a business's voorlopige aanslag per month (> 0 paid), else zeros


def tax_by_month(
    actual: Columns, paid: PaidIncome, months: list[YearMonth], days: list[dt.date], book: RateBook
) -> TaxByMonth:
    """Loonheffing per month on what is paid in it, and each full year's income tax on the year's
    payments (`income_tax_of_year`), less all that was withheld in the year."""
    withheld = np.zeros(len(months))
    lhk = checked_choices(actual)
    for idx in group_rows([rate_set_key(TaxRates.on(book, d)) for d in days]):
        withheld[idx] = _withheld(paid, lhk, idx, TaxRates.on(book, days[idx[0]]))
    settlements = []
    va = np.zeros(len(months))
    for year, rows in year_rows(months).items():
        if len(rows) == 12:
            settlements.append(_year(year, np.array(rows), actual, paid, withheld, va, book, days[rows[0]]))
    return TaxByMonth(round_cents(withheld), settlements, round_cents(va))


def _withheld(paid: PaidIncome, lhk: NDArray[np.str_], idx: NDArray[np.int64], r: TaxRates) -> Array:
    """What UWV, the employer and the other payer withhold in the months `idx` (one set of rates):
    each ordinary period by the table (`period_withholding`), holiday pay paid once a year on top
    (`holiday_pay_withholding`), four-weekly pay per period of four weeks (13 a year)."""
    k = len(idx)
    wajong, other = paid.wajong[idx], paid.other[idx]
    holiday_emp = paid.employer_holiday[idx]
    n_pay = np.maximum(paid.periods[idx], 1)
    pay = paid.wage[idx] / n_pay + (holiday_emp / n_pay if paid.holiday_monthly else 0.0)
    who = who_applies(lhk[idx], wajong, pay)
    no, yes = np.zeros(k, dtype=bool), np.ones(k, dtype=bool)
    # The three payers' ordinary months as one call (row by row the same as three calls).
    monthly = not paid.four_weekly
    amounts = np.concatenate([wajong, other, pay] if monthly else [wajong, other])
    korting = np.concatenate([who.uwv_lhk, no, who.emp_lhk] if monthly else [who.uwv_lhk, no])
    with_ak = np.concatenate([no, no, yes] if monthly else [no, no])
    jgk = np.concatenate([who.uwv_jgk, no, who.emp_jgk] if monthly else [who.uwv_jgk, no])
    ordinary = period_withholding(amounts, r, korting, with_ak, jgk)
    uwv, oth = ordinary[:k], ordinary[k : 2 * k]
    # Four-weekly pay: Wet LB art. 25 lid 1; the four-weekly table's class width: docs/calendar.md.
    per: dict[str, Any] = {"periods": FOUR_WEEK_PERIODS, "table_step": 0.01} if paid.four_weekly else {}
    emp = ordinary[2 * k :] if monthly else period_withholding(pay, r, who.emp_lhk, yes, who.emp_jgk, **per)
    emp = n_pay * emp
    # Holiday pay paid once a year, only in the months it is paid (May); monthly vakantiegeld is in `pay`.
    holiday_uwv = paid.wajong_holiday[idx]
    once_emp = np.zeros(k) if paid.holiday_monthly else holiday_emp
    once = np.flatnonzero((holiday_uwv > 0) | (once_emp > 0))
    if len(once) and monthly:  # both payers in one call
        extra = holiday_pay_withholding(
            np.concatenate([wajong[once], pay[once]]),
            np.concatenate([holiday_uwv[once], once_emp[once]]),
            r,
            np.concatenate([who.uwv_lhk[once], who.emp_lhk[once]]),
            np.concatenate([no[once], yes[once]]),
        )
        uwv[once] += extra[: len(once)]
        emp[once] += extra[len(once) :]
    elif len(once):
        uwv[once] += holiday_pay_withholding(wajong[once], holiday_uwv[once], r, who.uwv_lhk[once], no[once])
        emp[once] += holiday_pay_withholding(
            pay[once], once_emp[once], r, who.emp_lhk[once], yes[once], **per
        )
    return np.where(paid.periods[idx] > 0, emp, 0.0) + uwv + oth


def _year(
    year: int, rows: NDArray[np.int64], actual: Columns, paid: PaidIncome, withheld: Array, va: Array,
    book: RateBook, day: dt.date,
) -> dict[str, Any]:  # fmt: skip
    """One full calendar year: the income tax of what was paid in it, against all withheld in it and, with a
    business, the voorlopige aanslag paid in it (set in `va`, per month with the business)."""
    wage = float(paid.wage[rows].sum() + paid.employer_holiday[rows].sum())
    wajong = float(paid.wajong[rows].sum() + paid.wajong_holiday[rows].sum())
    other = float(paid.other[rows].sum())
    first = rows[:1]
    young = children_under_12(
        actual.children[first], actual.children_12_15[first], actual.children_16_17[first]
    )
    biz = _business_year(rows, actual, paid, book, day)  # [estimate, realised] or None
    ai = [wage] if biz is None else wage + biz.profit  # arbeidsinkomen (Wet IB art. 8.1 lid 1 e)
    iack, _, _ = iack_year(ai, young, np.repeat(actual.partner[first], len(ai)),
                           np.repeat(actual.partner_income_year[first], len(ai)), book, day)  # fmt: skip
    r = TaxRates.on(book, day)
    withheld_year = float(round_cents(withheld[rows].sum()))
    item: dict[str, Any] = {"year": year, "kind": "inkomstenbelasting", "withheld": withheld_year}
    if biz is None:
        t = income_tax_of_year([wage], [wajong], [other], iack, r)
        owed, paid_va = float(t.income_tax[0]), 0.0
    else:
        t = income_tax_of_year(
            [wage] * 2, [wajong] * 2, [other] * 2, iack, r, biz.belastbare_winst, biz.profit
        )
        zvw = _zvw(biz, wage + wajong + other)
        paid_va = _voorlopige_aanslag(rows, paid, float(t.income_tax[0] + zvw[0]) - withheld_year, va)
        owed = float(round_cents(t.income_tax[1] + zvw[1]))
        item |= {
            "business_profit": float(biz.profit[1]),
            "business_profit_taxable": float(biz.belastbare_winst[1]),
            "zvw_bijdrage": float(zvw[1]),
            "voorlopige_aanslag": paid_va,
        }
    k = 0 if biz is None else 1
    diff = float(round_cents(withheld_year + paid_va - owed))
    return item | {
        "income_tax": float(t.income_tax[k]),
        "taxable_income": float(t.taxable_income[k]),
        "arbeidskorting": float(t.arbeidskorting[k]),
        "iack": float(t.iack[k]),
        "settlement": diff,
        "payback_risk": diff < 0,
        "when_nl": f"na afloop van {year}, na uw aangifte inkomstenbelasting",
    }


def _business_year(
    rows: NDArray[np.int64], actual: Columns, paid: PaidIncome, book: RateBook, day: dt.date
) -> BusinessProfit | None:
    """The year's business deductions for the estimated and the realised profit (two rows), or None."""
    bc = paid.business
    if bc is None or not (bc.business_year[rows] > 0).any():
        return None
    last = rows[-1:]
    two = actual.take(np.concatenate([last, last]))
    two = replace(two, business_profit_year=np.array([bc.estimate_year[last][0], bc.actual_year[last][0]]))
    return business_profit(two, book, day)


def _zvw(biz: BusinessProfit, loon: float) -> Array:
    """The Zvw bijdrage on the belastbare winst of the estimate and the realised profit (Zvw art. 43, 45)."""
    assert biz.rates is not None
    return round_cents(
        zvw_bijdrage(biz.belastbare_winst, loon, biz.rates.zvw_rate.value, biz.rates.zvw_max.value)
    )


def _voorlopige_aanslag(rows: NDArray[np.int64], paid: PaidIncome, year_amount: float, va: Array) -> float:
    """The voorlopige aanslag of the year (the estimate's income tax and Zvw bijdrage less what is
    withheld: Wet IB 2001 art. 9.5), paid in equal parts in the months with the business; returns it."""
    assert paid.business is not None
    months = rows[paid.business.business_year[rows] > 0]
    va[months] = year_amount / len(months)
    return float(round_cents(year_amount))
