"""The Toeslagenwet top-up (issue 16): worked examples from the law and a published one, and what the law
promises as properties. Every expected amount is arithmetic from the law text (BWBR0004043, the dated
texts of 2024-2026) or from the published example, never the tool's output."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.benefit import compute_wajong
from calc.chain import compute_chain
from calc.columns import columns_from_situation, sweep_hours
from calc.evaluate import evaluate
from calc.months import add_months, month_label
from calc.toeslagenwet import (
    FLAG_PARENTS,
    FLAG_PARTNER,
    compute_toeslagenwet,
    toeslag,
    work_income_disregard,
)
from tests.conftest import money, situation

JULY_2026 = "2026-07"
NORM_GEHUWD = 21.75 * 107.45  # art. 2 lid 1 b, 1 July 2026
NORM_SINGLE = 21.75 * 76.75  # art. 2 lid 2 b 1°
WML = 2337.00  # minimum wage per month from 1 July 2026


def tw(**fields: object) -> float:
    s = situation(period=JULY_2026, **fields)
    return float(evaluate(s).month.toeslagenwet)


def test_published_example_the_partners_work_income_is_partly_disregarded() -> None:
    """PayRoll Kennisbank (2xplain), 'Vrijlating van inkomen Toeslagenwet': WW € 1.260,00, the partner
    earns € 400,00, minimumloon € 1.934,40. Vrijlating 5% x 1.934,40 = 96,72 plus 30% x 303,28 = 90,98:
    187,70 (at most 15% = 290,16). Toeslag 1.934,40 - (1.260,00 + 400,00 - 187,70) = 462,10.
    https://www.2xplain.nl/payroll/proartikel/vrijlating-van-inkomen-toeslagenwet"""
    free = work_income_disregard(400.00, 1934.40, 0.05, 0.30, 0.15)
    assert money(float(free)) == 187.70
    assert money(float(toeslag(1934.40, 1260.00 + 400.00 - 187.70))) == 462.10


def test_disregard_is_never_more_than_the_wage_nor_than_15_percent() -> None:
    """Art. 7: 5% of the minimumloon is disregarded only as far as there is income from work; lid 2 caps
    the whole at 15%."""
    assert float(work_income_disregard(50.0, 2337.0, 0.05, 0.30, 0.15)) == 50.0
    assert money(float(work_income_disregard(5000.0, 2337.0, 0.05, 0.30, 0.15))) == money(0.15 * 2337.0)


def test_single_with_arbeidsvermogen_living_alone_gets_the_gap_to_the_single_norm() -> None:
    """Art. 2 lid 2 b 1°, art. 8 lid 2: 21,75 x 76,75 - 0,7 x 2.337,00 = 1.669,31 - 1.635,90 = 33,41."""
    assert tw(household={"persons": 1}) == money(NORM_SINGLE - 0.7 * WML)


def test_without_arbeidsvermogen_the_wajong_is_above_the_single_norm() -> None:
    """0,75 x 2.337,00 = 1.752,75 is more than 1.669,31: no toeslag."""
    assert tw(wajong={"arbeidsvermogen": False}) == 0.0


def test_a_woningdeler_has_the_lower_norm() -> None:
    """Art. 2 lid 7 b: 21,75 x 49,94 = 1.086,20 is less than the Wajong 1.635,90: no toeslag."""
    assert tw(household={"persons": 2, "kostendelers": 1}) == 0.0


def test_under_21_at_the_parents_gets_none() -> None:
    """Art. 2 lid 3; the Wajong of a 20-year-old (0,7 x 0,8 x 2.337,00 = 1.308,72) is also just above his
    norm (21,75 x 60,15 = 1.308,26), so the flag is what the test checks."""
    s = situation(period=JULY_2026, age=20, household={"persons": 3, "lives_with_parents": True})
    r = evaluate(s)
    assert r.month.toeslagenwet == 0.0
    assert FLAG_PARENTS in r.toeslagenwet.flags


def test_partner_born_before_1972_keeps_the_toeslag_without_young_children() -> None:
    """Art. 3 excludes only partners born after 31 December 1971: 2.337,04 - 1.635,90 = 701,14."""
    assert tw(household={"partner": True, "partner_birth_year": 1968, "persons": 2}) == money(
        NORM_GEHUWD - 0.7 * WML
    )
    r = evaluate(situation(period=JULY_2026, household={"partner": True, "partner_birth_year": 1990}))
    assert r.month.toeslagenwet == 0.0 and FLAG_PARTNER in r.toeslagenwet.flags


def test_married_under_21_is_capped_at_grondslag_minus_wajong() -> None:
    """Art. 8a lid 1 a: a gehuwde whose grondslag (20 years: 80% x 2.337,00 = 1.869,60) is below the
    minimumloon gets at most grondslag - Wajong = 1.869,60 - 0,7 x 1.869,60 = 560,88 (not 2.337,04 -
    1.308,72 = 1.028,32)."""
    g = 0.8 * WML
    assert tw(age=20, household={"partner": True, "persons": 3, "children_ages": [1]}) == money(g - 0.7 * g)


def test_partners_income_counts_in_full() -> None:
    """Art. 6 lid 1 a: the partner's income counts; € 6.000 a year is € 500 a month (counted in full,
    docs/assumptions.md): 2.337,04 - 1.635,90 - 500,00 = 201,14."""
    h = {"partner": True, "partner_income_year": 6000, "persons": 3, "children_ages": [2]}
    assert tw(household=h) == money(NORM_GEHUWD - 0.7 * WML - 500.00)


def test_the_vrijlating_lasts_two_years_then_all_wage_counts() -> None:
    """Art. 7 lid 1: after 24 months the wage counts in full: 20 h at € 14,99 = 1.299,13; Wajong 726,51;
    2.337,04 - (726,51 + 1.299,13) = 311,40 instead of 661,95."""
    h = {"partner": True, "persons": 3, "children_ages": [3]}
    job = [{"hours_per_week": 20, "hourly_wage": 14.99}]
    during = tw(household=h, jobs=job, toeslagenwet={"disregard_start": "2025-01"})
    after = tw(household=h, jobs=job, toeslagenwet={"disregard_start": "2024-07"})
    assert during == money(NORM_GEHUWD - (726.51 + 1299.13 - 0.15 * WML))
    assert after == money(NORM_GEHUWD - (726.51 + 1299.13))


def test_says_no_is_left_out_of_the_month_and_still_signalled() -> None:
    s = situation(period=JULY_2026, household={"persons": 1}, toeslagenwet={"receives": False})
    r = evaluate(s)
    assert r.month.toeslagenwet == 0.0 and r.toeslagenwet.entitlement_month == money(NORM_SINGLE - 0.7 * WML)
    assert [x.code for x in r.toeslagen.signals if x.code.startswith("toeslagenwet")] == [
        "toeslagenwet_entitled"
    ]
    yes = evaluate(situation(period=JULY_2026, toeslagenwet={"receives": True}))
    assert not [x for x in yes.toeslagen.signals if x.code == "toeslagenwet_entitled"]


def test_the_top_up_is_taxed_with_the_wajong_and_counts_for_the_toeslagen() -> None:
    """TW art. 15 lid 4: paid by UWV with the Wajong; it is taxable income (box 1) and so part of the
    toetsingsinkomen (Awir art. 8)."""
    with_tw = evaluate(
        situation(period=JULY_2026, household={"partner": True, "persons": 2, "partner_birth_year": 1960})
    )
    without = evaluate(
        situation(period=JULY_2026, household={"partner": True, "persons": 2, "partner_birth_year": 1960},
                  toeslagenwet={"receives": False})
    )  # fmt: skip
    extra_year = with_tw.year.toeslagenwet
    assert extra_year == money(
        12 * with_tw.month.toeslagenwet + 12 * money(0.08 * with_tw.month.toeslagenwet)
    )
    assert abs(with_tw.year.taxable_income - without.year.taxable_income - extra_year) < 0.02
    assert abs(with_tw.year.toetsingsinkomen - without.year.toetsingsinkomen - extra_year) < 0.02


COUPLE = {"partner": True, "persons": 3, "children_ages": [3]}


@settings(max_examples=40, deadline=None)
@given(hours=st.floats(0, 40), used=st.integers(0, 30), partner_income=st.floats(0, 20_000))
def test_gross_income_never_falls_when_the_wage_rises(hours: float, used: int, partner_income: float) -> None:
    """Every branch has a slope >= 0: in the TW range the Wajong falls 70 cent and the toeslag 30 cent per
    euro of wage (flat), the vrijlating adds, outside it the Wajong's 30 cent. So wage + Wajong + toeslag
    never falls when the hours rise."""
    h = {**COUPLE, "partner_income_year": partner_income}
    s = situation(period=JULY_2026, household=h, jobs=[{"hours_per_week": 20, "hourly_wage": 14.99}],
                  toeslagenwet={"disregard_start": month_label(add_months(2026, 7, -used))})  # fmt: skip
    grid = np.array([hours, hours + 1.0])
    c = compute_chain(sweep_hours(s, grid), _book(), s.first_day)
    gross = c.cols.wage + c.wajong.wajong + c.toeslagenwet.toeslag
    assert gross[1] >= gross[0] - 0.011


@settings(max_examples=40, deadline=None)
@given(hours=st.floats(0, 40), partner_income=st.floats(0, 20_000))
def test_after_the_vrijlating_the_toeslag_tops_up_to_the_norm_exactly(
    hours: float, partner_income: float
) -> None:
    """Art. 8 without art. 7: where a toeslag is paid, wage + Wajong + toeslag + partner's income per month is
    the norm (to a cent of rounding): the social minimum, whatever the hours."""
    h = {**COUPLE, "partner_income_year": partner_income}
    s = situation(period=JULY_2026, household=h, jobs=[{"hours_per_week": hours, "hourly_wage": 14.99}],
                  toeslagenwet={"disregard_start": "2020-01"})  # fmt: skip
    cols = columns_from_situation(s)
    w = compute_wajong(cols, _book(), s.first_day)
    o = compute_toeslagenwet(cols, w, _book(), s.first_day)
    if o.toeslag[0] > 0:
        total = cols.wage[0] + w.wajong[0] + o.toeslag[0] + partner_income / 12
        assert abs(total - NORM_GEHUWD) < 0.011


def _book():
    from calc.rates import load_rates

    return load_rates()
