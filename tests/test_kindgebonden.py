"""Kindgebonden budget: the Dienst Toeslagen example, published amounts and thresholds, hand
arithmetic of WKB art. 2, and what the law promises (properties).

Sources of the official cases (each test names its own):
- KGB26: Dienst Toeslagen, Berekening kindgebonden budget 2026 (TG 081 - 1Z61FD), stap 1-5 and
  rekenvoorbeeld, https://download.belastingdienst.nl/toeslagen/docs/berekening_kindgebonden_budget_tg0811z61fd.pdf
  (read via transcriptions, see /work/research/kindgebonden.md)
- WKB25: Wet op het kindgebonden budget art. 2, text 2025, https://wetten.overheid.nl/BWBR0022751/2025-01-01
- SZW24: kindgebonden budget per 1 januari 2024 (Stb. 2023, 489): maximal up to € 26.820 single and
  € 35.850 with partner, 6,75%, https://wetten.overheid.nl/BWBR0022751/2024-01-01
- VERMOGEN26: Belastingdienst, maximaal vermogen kindgebonden budget 2026,
  https://www.belastingdienst.nl/wps/wcm/connect/nl/kindgebonden-budget/content/maximaal-vermogen-kindgebonden-budget
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.columns import Columns, columns_from_situation
from calc.rates import load_rates
from calc.situation import Situation
from calc.toeslagen.kindgebonden import (
    FLAG_AGES_ASSUMED,
    FLAG_ASSETS,
    FLAG_BELOW_MINIMUM,
    FLAG_INCOME,
    compute_kindgebonden_budget,
    income_threshold,
    maximum_kindgebonden_budget,
)
from calc.toeslagen.kindgebonden_texts import explain_kindgebonden_budget

BOOK = load_rates()
D24, D25, D26 = dt.date(2024, 3, 1), dt.date(2025, 3, 1), dt.date(2026, 3, 1)
DAYS = (D24, D25, D26)


def cols(ages: list[int], partner: bool = False, assets: float = 0.0, day: dt.date = D26) -> Columns:
    s = Situation.model_validate(
        {
            "period": f"{day.year}-{day.month:02d}",
            "age": 30,
            "wajong": {"arbeidsvermogen": True},
            "household": {"partner": partner, "children_ages": ages, "assets": assets},
        }
    )
    return columns_from_situation(s)


def kgb(ages, income, partner=False, assets=0.0, day=D26):
    return compute_kindgebonden_budget(cols(ages, partner, assets, day), np.array([float(income)]), BOOK, day)


def year(ages, income, partner=False, assets=0.0, day=D26) -> float:
    return float(kgb(ages, income, partner, assets, day).year[0])


def month(ages, income, partner=False, assets=0.0, day=D26) -> float:
    return float(kgb(ages, income, partner, assets, day).month[0])


# --- official: the Dienst Toeslagen 2026 leaflet ------------------------------------------


def test_kgb26_worked_example_couple_45000_two_children():
    """KGB26 rekenvoorbeeld: toeslagpartners, € 45.000 together, children of 4 and 8: maximum
    € 5.160; 7,6% x (45.000 - 39.141) = € 445,28; € 4.714,72 a year; € 392 a month."""
    o = kgb([4, 8], 45_000, partner=True)
    assert float(o.max_year[0]) == 5160.00
    assert float(o.threshold_year[0]) == 39_141.00
    assert float(o.reduction_year[0]) == 445.28
    assert float(o.year[0]) == 4714.72
    assert float(o.month[0]) == 392.00


@pytest.mark.parametrize(
    ("ages", "partner", "expected"),
    [
        ([5], False, 5996),  # KGB26 stap 1: 1 kind, alleenstaande ouder
        ([5, 9], False, 8576),  # 2 kinderen, alleenstaande ouder
        ([5], True, 2580),  # 1 kind, met toeslagpartner
        ([5, 9], True, 5160),  # 2 kinderen, met toeslagpartner
        ([1, 5, 9], True, 5160 + 2580),  # verhoging vanaf het 3e kind: € 2.580
        ([1, 2, 5, 9], False, 8576 + 2 * 2580),
        ([13], True, 2580 + 724),  # KGB26 stap 2: verhoging 12 t/m 15 jaar
        ([16, 17], True, 5160 + 2 * 964),  # verhoging 16 en 17 jaar
    ],
)
def test_kgb26_published_maximum_amounts(ages, partner, expected):
    """At an income not above the threshold the budget is the published maximum (KGB26 stap 1-2)."""
    assert year(ages, 20_000, partner) == expected


@pytest.mark.parametrize(
    ("day", "partner", "threshold", "pct", "maximum"),
    [
        (D26, False, 29_736, 0.076, 5996),  # KGB26 stap 4
        (D26, True, 39_141, 0.076, 2580),  # KGB26 stap 4
        (D25, False, 28_406, 0.071, 2511 + 3389),  # WKB25 lid 2, 6, 7
        (D25, True, 28_406 + 9_139, 0.071, 2511),  # WKB25 lid 8: "met € 9.139,00 verhoogde"
        (D24, False, 26_820, 0.0675, 2436 + 3480),  # SZW24: "tot € 26.820"
        (D24, True, 35_850, 0.0675, 2436),  # SZW24: "tot € 35.850"
    ],
)
def test_published_thresholds_full_amount_up_to_and_reduced_above(day, partner, threshold, pct, maximum):
    """Up to the published income the maximum; one euro more costs the afbouwpercentage of € 1."""
    assert year([5], threshold, partner, day=day) == maximum
    assert year([5], threshold + 1, partner, day=day) == pytest.approx(maximum - round(pct * 1, 2))
    assert year([5], threshold + 1000, partner, day=day) == pytest.approx(maximum - pct * 1000)


@pytest.mark.parametrize("day", DAYS)
def test_drempelinkomen_is_108pct_of_12_times_january_wml_rounded_up(day):
    """WKB art. 1 lid 1 onder d: 108% x 12 x WML (January); the Dienst publishes it rounded up."""
    wml = BOOK.value("minimum_wage.referentiemaandloon", dt.date(day.year, 1, 1))
    expected = math.ceil(round(1.08 * 12 * wml, 6))
    assert BOOK.value("kindgebonden_budget.drempelinkomen", day) == expected
    assert float(income_threshold([False], BOOK, day)[0]) == expected


# --- hand arithmetic of WKB art. 2 --------------------------------------------------------


def test_2025_single_parent_one_child_of_13_hand_arithmetic():
    """WKB25: 2.511 + 703 (12-15) + 3.389 (ALO-kop) = 6.603; 7,1% x (35.000 - 28.406) = 468,174 -> 468,17;
    6.603 - 468,17 = 6.134,83 a year; 6.134,83 / 12 = 511,24 -> € 511."""
    o = kgb([13], 35_000, partner=False, day=D25)
    assert float(o.max_year[0]) == 2511 + 703 + 3389
    assert float(o.reduction_year[0]) == 468.17
    assert float(o.year[0]) == 6134.83
    assert float(o.month[0]) == 511.00


def test_2024_couple_three_children_hand_arithmetic():
    """SZW24: 3 x 2.436 + 694 (age 12) + 924 (age 16) = 8.926; 6,75% x (50.013 - 35.850) = 956,0025
    -> 956,00; 8.926 - 956 = 7.970,00; / 12 = 664,17 -> € 664."""
    o = kgb([2, 12, 16], 50_013, partner=True, day=D24)
    assert float(o.max_year[0]) == 3 * 2436 + 694 + 924
    assert float(o.reduction_year[0]) == 956.00
    assert float(o.year[0]) == 7970.00
    assert float(o.month[0]) == 664.00


def test_budget_reaches_zero_at_threshold_plus_maximum_over_pct():
    """2026, couple, one child of 5: 2.580 / 7,6% = 33.947,37 above 39.141, so nothing from 73.088,37."""
    o = kgb([5], 73_089, partner=True)
    assert float(o.year[0]) == 0.0
    assert FLAG_INCOME in o.flags_of(0)


def test_less_than_24_a_year_is_not_paid():
    """Awir art. 14 lid 5. 2026 couple, one child: at 72.800, 2.580 - 7,6% x 33.659 (2.558,08) = 21,92 -> 0;
    at 72.700, 2.580 - 2.550,48 = 29,52 is paid: 29,52 / 12 = 2,46 -> € 2 a month."""
    low = kgb([5], 72_800, partner=True)
    assert float(low.year[0]) == 0.0
    assert FLAG_BELOW_MINIMUM in low.flags_of(0)
    assert year([5], 72_700, partner=True) == 29.52
    assert month([5], 72_700, partner=True) == 2.00


@pytest.mark.parametrize(("partner", "limit"), [(False, 146_011), (True, 184_633)])
def test_vermogensgrens_2026_is_a_hard_limit(partner, limit):
    """VERMOGEN26: at the limit the budget is paid; one euro above, nothing for the whole year."""
    assert year([5], 20_000, partner, assets=limit) > 0
    o = kgb([5], 20_000, partner, assets=limit + 1)
    assert float(o.year[0]) == 0.0 and float(o.month[0]) == 0.0
    assert FLAG_ASSETS in o.flags_of(0)


def test_no_children_no_budget_and_no_flags():
    o = kgb([], 10_000, partner=False, assets=10**9)
    assert float(o.year[0]) == 0.0 and float(o.month[0]) == 0.0
    assert float(o.max_year[0]) == 0.0
    assert o.flags_of(0) == []


def test_unknown_income_gives_nan_only_where_there_are_children():
    with_kids = compute_kindgebonden_budget(cols([3]), np.array([np.nan]), BOOK, D26)
    without = compute_kindgebonden_budget(cols([]), np.array([np.nan]), BOOK, D26)
    assert np.isnan(with_kids.year[0]) and np.isnan(with_kids.month[0])
    assert float(without.year[0]) == 0.0


def test_rows_are_independent_in_one_vectorised_call():
    """A sweep and a caseload use the same call: each row equals its single-row result."""
    base = cols([4, 13], partner=True)
    incomes = np.array([20_000.0, 45_000.0, 60_000.0, 90_000.0])
    tiled = Columns(**{f: np.repeat(getattr(base, f), len(incomes)) for f in Columns.__dataclass_fields__})
    tiled = replace(tiled, partner=np.array([True, False, True, False]))
    o = compute_kindgebonden_budget(tiled, incomes, BOOK, D26)
    for i, (ti, p) in enumerate(zip(incomes, [True, False, True, False], strict=True)):
        assert float(o.year[i]) == year([4, 13], ti, partner=p)


def test_maximum_function_matches_the_article():
    got = maximum_kindgebonden_budget([0, 1, 3], [0, 1, 1], [0, 0, 1], [True, True, False], BOOK, D25)
    assert got.tolist() == [0.0, 2511 + 703 + 3389, 3 * 2511 + 703 + 936]


# --- explanation --------------------------------------------------------------------------


def test_explanation_tells_the_example_in_dutch_with_sources():
    steps = explain_kindgebonden_budget(kgb([4, 8], 45_000, partner=True))
    text = " ".join(s.text_nl for s in steps)
    for part in ("5.160,00", "39.141,00", "7,6%", "445,28", "4.714,72", "392,00", "kinderbijslag"):
        assert part in text
    assert steps[-1].amount == 392.0 and steps[-1].unit == "EUR/month"
    urls = {src["url"] for s in steps for src in s.to_dict()["sources"]}
    assert "https://wetten.overheid.nl/BWBR0022751/2026-01-01" in urls


def test_explanation_single_parent_names_the_alo_kop_and_the_assets_limit():
    text = " ".join(s.text_nl for s in explain_kindgebonden_budget(kgb([13], 20_000, assets=200_000)))
    assert "alleenstaande ouder" in text
    assert "vermogen" in text and "146.011" in text


def test_explanation_without_children():
    steps = explain_kindgebonden_budget(kgb([], 20_000))
    assert len(steps) == 1 and steps[0].amount == 0.0
    assert "geen kinderen" in steps[0].text_nl


def test_ages_assumption_is_flagged_when_there_are_children():
    assert FLAG_AGES_ASSUMED in kgb([3], 20_000).flags_of(0)


# --- properties: what the law promises ----------------------------------------------------

ages_st = st.lists(st.integers(0, 17), min_size=1, max_size=6)
income_st = st.floats(0, 200_000, allow_nan=False)
day_st = st.sampled_from(DAYS)


@settings(max_examples=150, deadline=None)
@given(ages=ages_st, a=income_st, b=income_st, partner=st.booleans(), day=day_st)
def test_more_income_never_more_budget(ages, a, b, partner, day):
    lo, hi = sorted((a, b))
    assert year(ages, hi, partner, day=day) <= year(ages, lo, partner, day=day)
    assert month(ages, hi, partner, day=day) <= month(ages, lo, partner, day=day)


@settings(max_examples=150, deadline=None)
@given(
    ages=st.lists(st.integers(0, 17), max_size=5),
    extra=st.integers(0, 17),
    ti=income_st,
    partner=st.booleans(),
    day=day_st,
)
def test_more_children_never_less_budget(ages, extra, ti, partner, day):
    assert year([*ages, extra], ti, partner, day=day) >= year(ages, ti, partner, day=day)


@settings(max_examples=150, deadline=None)
@given(
    ages=st.lists(st.integers(0, 17), min_size=1, max_size=5),
    index=st.integers(0, 4),
    ti=income_st,
    partner=st.booleans(),
    day=day_st,
)
def test_an_older_child_never_less_budget(ages, index, ti, partner, day):
    """The 12-15 and 16-17 supplements only add (art. 2 lid 4-5)."""
    i = index % len(ages)
    older = [*ages[:i], min(ages[i] + 1, 17), *ages[i + 1 :]]
    assert year(older, ti, partner, day=day) >= year(ages, ti, partner, day=day)


@settings(max_examples=150, deadline=None)
@given(ages=ages_st, ti=income_st, day=day_st)
def test_single_parent_never_less_than_with_partner_at_equal_income(ages, ti, day):
    """The ALO-kop is larger than what the lower threshold costs (alo > pct x partner verhoging)."""
    assert year(ages, ti, partner=False, day=day) >= year(ages, ti, partner=True, day=day)


@settings(max_examples=150, deadline=None)
@given(ages=ages_st, ti=income_st, partner=st.booleans(), day=day_st)
def test_amount_between_zero_and_maximum_and_month_at_most_a_twelfth(ages, ti, partner, day):
    o = kgb(ages, ti, partner, day=day)
    y, m = float(o.year[0]), float(o.month[0])
    assert 0.0 <= y <= float(o.max_year[0])
    assert m == float(int(m)) and 12 * m <= y < 12 * (m + 1) + 1e-9
