"""What the Wajong law promises, for any situation (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.benefit import RULE_LOONDISPENSATIE, compute_wajong
from calc.columns import sweep_hours
from calc.rates import load_rates
from tests.conftest import situation

BOOK = load_rates()
PERIODS = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in (1, 6, 7, 12)]

ages = st.integers(min_value=18, max_value=66)
periods = st.sampled_from(PERIODS)
wages = st.floats(min_value=15.0, max_value=60.0)  # above every minimum wage 2024-2026
loonwaarden = st.one_of(st.none(), st.floats(min_value=0.05, max_value=0.95))
other = st.floats(min_value=0, max_value=3000)
garantie = st.one_of(st.none(), st.floats(min_value=0, max_value=2000))
HOURS = np.linspace(0, 60, 241)


def sweep(period, age, av, wage, lw, other_income, gb):  # type: ignore[no-untyped-def]
    s = situation(
        period=period,
        age=age,
        wajong={"arbeidsvermogen": av, "garantiebedrag": gb},
        jobs=[{"hours_per_week": 0, "hourly_wage": wage, "loonwaarde": lw}],
        other_income_month=other_income,
    )
    cols = sweep_hours(s, HOURS)
    return cols, compute_wajong(cols, BOOK, s.first_day)


@settings(max_examples=100, deadline=None)
@given(periods, ages, st.booleans(), wages, loonwaarden, other, garantie)
def test_more_work_never_gives_less_wage_plus_wajong(period, age, av, wage, lw, other_income, gb):  # type: ignore[no-untyped-def]
    cols, w = sweep(period, age, av, wage, lw, other_income, gb)
    total = cols.wage + w.wajong
    assert np.all(np.diff(total) >= -1e-9)


@settings(max_examples=100, deadline=None)
@given(periods, ages, st.booleans(), wages, loonwaarden, other)
def test_wajong_between_zero_and_the_benefit_without_work(period, age, av, wage, lw, other_income):  # type: ignore[no-untyped-def]
    """0 <= Wajong <= the benefit without work, except where the law itself goes higher with
    loondispensatie: the top-up to the function wage (art. 2:40 lid 3) and a loonwaarde below
    30%, where the compensatiefactor is negative (docs/rules.md)."""
    _cols, w = sweep(period, age, av, wage, lw, other_income, None)
    assert np.all(w.wajong >= 0)
    capped = w.rule != RULE_LOONDISPENSATIE
    if lw is not None and lw >= 0.3:
        capped |= w.route_compensatiefactor >= w.route_top_up
    assert np.all((w.wajong <= w.without_work + 1e-9)[capped])


@settings(max_examples=100, deadline=None)
@given(periods, ages, wages, st.floats(min_value=0.05, max_value=0.95))
def test_compensatiefactor_route_leaves_gross_wage_plus_wajong_unchanged(period, age, wage, lw):  # type: ignore[no-untyped-def]
    """Art. 2:40 lid 1 a: on route 1, wage + Wajong is what the same function wage would give
    without loondispensatie (0,7 x G + 0,3 x function wage): dispensation moves cost from the
    employer to UWV, not income away from the Wajonger."""
    cols_ld, w_ld = sweep(period, age, True, wage, lw, 0.0, None)
    cols_plain, w_plain = sweep(period, age, True, wage, None, 0.0, None)
    on_route1 = (w_ld.route_compensatiefactor >= w_ld.route_top_up) & (cols_plain.wage < w_plain.grondslag)
    with_ld = cols_ld.wage + w_ld.wajong
    without_ld = cols_plain.wage + w_plain.wajong
    # Ia is rounded to the cent before the law divides by LW: at most half a cent / LW apart.
    tolerance = 0.01 + 0.005 / lw
    assert np.all(np.abs(with_ld - without_ld)[on_route1] <= tolerance)


@settings(max_examples=100, deadline=None)
@given(periods, ages, st.booleans(), wages, garantie)
def test_garantiebedrag_is_a_floor(period, age, av, wage, gb):  # type: ignore[no-untyped-def]
    _cols, w = sweep(period, age, av, wage, None, 0.0, gb)
    if gb is not None:
        assert np.all(w.wajong >= round(gb, 2) - 0.005)
