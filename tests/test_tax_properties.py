"""One rule, one implementation (issue 14): the stacked pass that runs (`tax_on_income`, one box 1
call over the final tax and every payer's table rows, for speed) equals the readable functions the
official examples test (tests/test_tax.py: the witte maandtabel 2026 rows; tests/test_tax_official.py)
and that the calendar runs (calc/calendar_tax.py): `period_withholding`, `holiday_pay_withholding`
and `income_tax_of_year` with `iack_year`. To the cent, over 200 x 50 = 10.000 generated rows of
wages, Wajong, holiday pay, other income, loonheffingskorting choices, children and partners, in
every rates period 2024-2027.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from calc.columns import columns_from_situation
from calc.money import round_cents
from calc.rates import load_rates
from calc.situation import LHK_CHOICES, Situation
from calc.tax import TaxRates, holiday_pay_withholding, period_withholding, tax_on_income
from calc.tax.final import children_under_12, iack_year, income_tax_of_year
from calc.tax.outcome import who_applies

BOOK = load_rates()
ROWS = 50
DAYS = [dt.date(y, m, 1) for y in (2024, 2025, 2026, 2027) for m in (1, 7)]
BASE = columns_from_situation(
    Situation.model_validate({"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True}})
).repeat(ROWS)


def cents(high: int) -> st.SearchStrategy:
    """Amounts in cents up to `high` euros, many of them on or next to a € 4,50 table class edge."""
    return arrays(
        np.float64,
        ROWS,
        elements=st.one_of(
            st.integers(0, high * 100).map(lambda c: c / 100),
            st.integers(0, high * 2 // 9).map(lambda k: k * 4.5 + (-0.01, 0.0, 0.01)[k % 3]),
        ),
    )


def same_to_the_cent(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.all(np.abs(np.asarray(a) - np.asarray(b)) < 0.005))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.sampled_from(DAYS),
    wage=cents(9000),
    wajong=cents(2600),
    accrual=cents(210),
    other=cents(3000),
    lhk=arrays(np.int64, ROWS, elements=st.integers(0, len(LHK_CHOICES) - 1)),
    young=arrays(np.int64, ROWS, elements=st.integers(0, 2)),
    partner=arrays(np.bool_, ROWS),
    partner_income=cents(60_000),
)
def test_the_stacked_pass_equals_the_readable_rules(
    day: dt.date,
    wage: np.ndarray,
    wajong: np.ndarray,
    accrual: np.ndarray,
    other: np.ndarray,
    lhk: np.ndarray,
    young: np.ndarray,
    partner: np.ndarray,
    partner_income: np.ndarray,
) -> None:
    cols = dataclasses.replace(
        BASE,
        wage_regular=wage,
        other_income=other,
        loonheffingskorting=np.array(LHK_CHOICES)[lhk],
        children=young,
        children_12_15=np.zeros(ROWS, dtype=np.int64),
        children_16_17=np.zeros(ROWS, dtype=np.int64),
        partner=partner,
        partner_income_year=partner_income,
    )
    t = tax_on_income(cols, wajong, accrual, BOOK, day)
    r = TaxRates.on(BOOK, day)
    who = who_applies(cols.loonheffingskorting, wajong, wage)
    no, yes = np.zeros(ROWS, dtype=bool), np.ones(ROWS, dtype=bool)

    # Every ordinary month, each payer: the monthly table (witte maandtabel rows in test_tax.py).
    uwv = period_withholding(wajong, r, who.uwv_lhk, no, who.uwv_jgk)
    emp = period_withholding(wage, r, who.emp_lhk, yes, who.emp_jgk)
    oth = period_withholding(other, r, no, no, no)
    assert same_to_the_cent(t.withheld_month_uwv, uwv)
    assert same_to_the_cent(t.withheld_month_employer, emp)
    assert same_to_the_cent(t.withheld_month_other, oth)

    # The year: twelve months plus the holiday pay, withheld once a year (Wet LB art. 26).
    wajong_holiday = round_cents(12 * accrual)
    wage_holiday = round_cents(12 * wage * r.vakantiebijslag.value)
    uwv_year = 12 * uwv + holiday_pay_withholding(wajong, wajong_holiday, r, who.uwv_lhk, no)
    emp_year = 12 * emp + holiday_pay_withholding(wage, wage_holiday, r, who.emp_lhk, yes)
    assert same_to_the_cent(t.withheld_year_uwv, round_cents(uwv_year))
    assert same_to_the_cent(t.withheld_year_employer, round_cents(emp_year))
    assert same_to_the_cent(t.withheld_year_other, round_cents(12 * oth))

    # The final tax of the year: the readable function the calendar runs.
    wage_year = round_cents(12 * wage + wage_holiday)
    wajong_year = round_cents(12 * wajong + wajong_holiday)
    under_12 = children_under_12(cols.children, cols.children_12_15, cols.children_16_17)
    iack, _, _ = iack_year(wage_year, under_12, partner, partner_income, BOOK, day)
    final = income_tax_of_year(wage_year, wajong_year, round_cents(12 * other), iack, r)
    assert same_to_the_cent(t.iack, final.iack)
    assert same_to_the_cent(t.taxable_income_year, final.taxable_income)
    assert same_to_the_cent(t.income_tax_year, final.income_tax)
    assert same_to_the_cent(t.settlement_year, round_cents(t.withheld_year - final.income_tax))
