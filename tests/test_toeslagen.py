"""Toeslagen: official Dienst Toeslagen examples and tables, hand arithmetic, and properties.

Sources of the official cases (each test names its own):
- ZT24: Dienst Toeslagen, Berekening zorgtoeslag 2024,
  https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z41fd.pdf
- ZT25: idem 2025, https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z51fd.pdf
- ZT_TABLE: Belastingdienst, "Hoeveel zorgtoeslag krijg ik?" (monthly tables 2025, 2026),
  https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/hoeveel-zorgtoeslag
- ZT_LIMITS: Belastingdienst, "Hoe hoog mag mijn inkomen zijn voor zorgtoeslag?" (2024-2026),
  https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/maximaal-inkomen-voor-zorgtoeslag
- HT26: Dienst Toeslagen, Berekening huurtoeslag 2026, rekenvoorbeelden,
  https://download.belastingdienst.nl/toeslagen/docs/berekening_huurtoeslag_tg0831z62fd.pdf
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.benefit import compute_wajong
from calc.columns import columns_from_situation
from calc.rates import RATES_DIR, load_rates, load_rates_dir
from calc.situation import Situation
from calc.toeslagen import (
    FLAG_HT_NOT_AVAILABLE,
    FLAG_PROJECTED,
    ZorgtoeslagRates,
    compute_toeslagen,
    explain_toeslagen,
    huurtoeslag_month,
    huurtoeslag_parts,
    normpremie,
    project_toetsingsinkomen,
    toeslagen_signals,
    zorgtoeslag_month,
    zorgtoeslag_parts,
)

BOOK = load_rates()
D24, D25, D26 = dt.date(2024, 3, 1), dt.date(2025, 3, 1), dt.date(2026, 3, 1)


def zt(income: float, partner: bool, day: dt.date, assets: float = 0.0, age: int = 30) -> float:
    return float(zorgtoeslag_month([income], [partner], [assets], [age], BOOK, day)[0])


def ht(rent, income, persons=1, partner=False, age=30, assets=0.0, day=D26) -> float:
    return float(huurtoeslag_month([rent], [income], [persons], [partner], [age], [assets], BOOK, day)[0])


# --- rates files --------------------------------------------------------------------------


def test_rates_files_validate_and_cover_2024_to_2026():
    book = load_rates_dir(RATES_DIR)  # pydantic schema: raises on a malformed file
    for day in (D24, D25, D26):
        for key in (
            "zorgtoeslag.standaardpremie",
            "zorgtoeslag.drempelinkomen",
            "zorgtoeslag.normpercentage_single",
            "zorgtoeslag.normpercentage_partner",
            "zorgtoeslag.normpercentage_above_drempel",
            "zorgtoeslag.vermogensgrens",
            "toeslagen.minimum_tegemoetkoming",
        ):
            assert book.get(key, day).source.url
    assert book.value("huurtoeslag.basishuur", D26) == {"single": 202.52, "multi": 200.71}


# --- zorgtoeslag: official examples -------------------------------------------------------


def test_zt24_example_1_single_19000():
    # ZT24 rekenvoorbeeld 1 (2024): normpremie 1,879% x 26.819 = 503,93; 1.987 - 503,93 = 1.483,07;
    # per month 123 (down to euros).
    p = zorgtoeslag_parts([19000], [False], [0], [30], BOOK, D24)
    assert p.normpremie[0] == pytest.approx(503.93, abs=0.005)
    assert p.calculated_year[0] == pytest.approx(1483.07, abs=0.005)
    assert p.month[0] == 123


def test_zt24_example_2_normpremie_with_partner():
    # ZT24 rekenvoorbeeld 2 (2024): partners 7.000 + 26.200: normpremie 2.013,70 (the 50% for a
    # partner who is not a verzekerde is not modelled, so only the normpremie is checked).
    r = ZorgtoeslagRates.on(BOOK, D24)
    assert float(normpremie([7000 + 26200], [True], r)[0]) == pytest.approx(2013.70, abs=0.005)


def test_zt25_example_1_single_19000():
    # ZT25 rekenvoorbeeld 1 (2025): normpremie 538,58; zorgtoeslag 1.573,42 a year; 131 a month.
    p = zorgtoeslag_parts([19000], [False], [0], [30], BOOK, D25)
    assert p.normpremie[0] == pytest.approx(538.58, abs=0.005)
    assert p.calculated_year[0] == pytest.approx(1573.42, abs=0.005)
    assert p.month[0] == 131


def test_zt25_example_2_normpremie_with_partner():
    # ZT25 rekenvoorbeeld 2 (2025): partners 7.000 + 26.200: normpremie 1.870,57.
    r = ZorgtoeslagRates.on(BOOK, D25)
    assert float(normpremie([33200], [True], r)[0]) == pytest.approx(1870.57, abs=0.005)


@pytest.mark.parametrize(
    ("day", "income", "partner", "month"),
    [
        (D25, 34000, True, 187),  # ZT_TABLE 2025 met toeslagpartner, "tot € 34.000": € 187
        (D26, 29500, False, 129),  # ZT_TABLE 2026 zonder partner, "tot € 29.500": € 129
        (D26, 30000, False, 126),  # ZT_TABLE 2026 zonder partner, "tot € 30.000": € 126
        (D26, 29500, True, 246),  # ZT_TABLE 2026 met partner, "tot € 29.500": € 246
        (D26, 40000, True, 129),  # ZT_TABLE 2026 met partner, "tot € 40.000": € 129
        (D26, 51000, True, 3),  # ZT_TABLE 2026 met partner, "tot € 51.000": € 3
    ],
)
def test_zt_official_monthly_tables(day, income, partner, month):
    assert zt(income, partner, day) == month


@pytest.mark.parametrize(
    ("day", "single_limit", "partner_limit"),
    [(D24, 37496, 47368), (D25, 39719, 50206), (D26, 40857, 51142)],
)
def test_zt_published_income_limits(day, single_limit, partner_limit):
    # ZT_LIMITS for 2024, 2025 and 2026: at the limit still zorgtoeslag, one euro above none
    # (Awir art. 14 lid 5: under € 24 a year nothing).
    assert zt(single_limit, False, day) > 0
    assert zt(single_limit + 1, False, day) == 0
    assert zt(partner_limit, True, day) > 0
    assert zt(partner_limit + 1, True, day) == 0


def test_zt_maximum_per_year_2026_hand():
    # 2026 single, income below drempel: 2.119 - 1,912% x 29.736 = 1.550,45 -> 1.550 -> 129,16 -> 129
    assert zt(0, False, D26) == math.floor(round(2119 - 0.01912 * 29736) / 12)
    # with partner: 2 x 2.119 - 4,289% x 29.736 = 2.962,62 -> 2.963 -> 246
    assert zt(0, True, D26) == math.floor(round(2 * 2119 - 0.04289 * 29736) / 12)


def test_zt_assets_and_age():
    # Vermogen above 146.011 (2026, single) or 184.633 (partner): nothing; under 18: nothing.
    assert zt(20000, False, D26, assets=146011) == 129
    assert zt(20000, False, D26, assets=146012) == 0
    assert zt(20000, True, D26, assets=184634) == 0
    assert zt(20000, False, D26, age=17) == 0
    assert zt(20000, False, D26, age=18) == 129


# --- huurtoeslag 2026: official examples ----------------------------------------------------


def test_ht26_example_young_single():
    # HT26 (2026): 20 years, alone, kale huur 600, income 22.000: rent capped at 498,20,
    # part A only: 498,20 - 202,52 = 295,68 -> 295.
    p = huurtoeslag_parts([600], [22000], [1], [False], [20], [0], BOOK, D26)
    assert p.rekenhuur[0] == pytest.approx(498.20)
    assert p.part_a[0] == pytest.approx(498.20 - 202.52)
    assert p.month[0] == 295


def test_ht26_example_single_aow():
    # HT26 (2026): single, 69, kale huur 710, income 29.000: A 295,68; B 0,65 x (710 - 498,20) =
    # 137,67; D 27% x (29.000 - 23.425) / 12 = 125,44; 307.
    p = huurtoeslag_parts([710], [29000], [1], [False], [69], [0], BOOK, D26)
    assert p.part_b[0] == pytest.approx(0.65 * (710 - 498.20), abs=0.005)
    assert p.income_correction[0] == pytest.approx(125.44, abs=0.005)
    assert p.month[0] == 307


def test_ht26_example_partners_three_persons_high_rent():
    # HT26 (2026): partners, 3 persons, kale huur 1.200 (capped 932,93), income 34.000:
    # D = 22% x (34.000 - 31.500) / 12 = 45,83; 492.
    p = huurtoeslag_parts([1200], [34000], [3], [True], [30], [0], BOOK, D26)
    assert p.rekenhuur[0] == pytest.approx(932.93)
    assert p.income_correction[0] == pytest.approx(45.83, abs=0.005)
    assert p.month[0] == 492


def test_ht26_hand_two_persons_and_assets():
    # 2 persons (partner), rent 800, income 20.000 (below ijkpunt 31.500):
    # (498,20 - 200,71) + 0,65 x (713,02 - 498,20) + 0,40 x (800 - 713,02), down to euros.
    expected = math.floor((498.20 - 200.71) + 0.65 * (713.02 - 498.20) + 0.40 * (800 - 713.02))
    assert ht(800, 20000, persons=2, partner=True) == expected
    # vermogen above 38.479 single / 76.958 partners: nothing
    assert ht(800, 20000, assets=38480) == 0
    assert ht(800, 20000, persons=2, partner=True, assets=76958) == expected
    assert ht(800, 20000, age=17) == 0


def test_ht_before_2026_is_refused_with_a_flag():
    # The 2024 and 2025 parameters (basishuur formula) are not in rates/: NaN, not a guess.
    assert math.isnan(ht(700, 20000, day=D25))
    assert math.isnan(ht(700, 20000, day=D24))
    s = Situation(period="2025-06", age=30, wajong={"arbeidsvermogen": True}, household={"rent": 700})
    cols = columns_from_situation(s)
    o = compute_toeslagen(cols, compute_wajong(cols, BOOK, s.first_day), BOOK, s.first_day)
    assert FLAG_HT_NOT_AVAILABLE in o.flags_of(0)
    assert math.isnan(explain_toeslagen(o)[2].amount)


# --- toetsingsinkomen and orchestration -----------------------------------------------------


def test_projected_toetsingsinkomen_is_twelve_months_plus_holiday_pay():
    s = Situation(
        period="2026-03",
        age=25,
        wajong={"arbeidsvermogen": True},
        jobs=[{"hours_per_week": 16, "hourly_wage": 15}],
        other_income_month=100,
        household={"partner": True, "partner_income_year": 5000, "persons": 2},
    )
    cols = columns_from_situation(s)
    w = compute_wajong(cols, BOOK, s.first_day)
    ti = project_toetsingsinkomen(cols, w, BOOK, s.first_day)
    wage = 16 * 15 * 52 / 12  # 1.040,00 a month
    assert ti[0] == pytest.approx(wage * 12 * 1.08 + w.wajong[0] * 12 * 1.08 + 100 * 12 + 5000, abs=0.01)
    given = s.model_copy(update={"toetsingsinkomen_year": 30000.0})
    cols2 = columns_from_situation(given)
    assert project_toetsingsinkomen(cols2, w, BOOK, s.first_day)[0] == 30000.0


def test_explanation_names_the_year_and_amounts_match():
    s = Situation(period="2026-03", age=25, wajong={"arbeidsvermogen": True}, household={"rent": 700})
    cols = columns_from_situation(s)
    w = compute_wajong(cols, BOOK, s.first_day)
    o = compute_toeslagen(cols, w, BOOK, s.first_day)
    steps = explain_toeslagen(o)
    assert "2026" in steps[0].text_nl and FLAG_PROJECTED in o.flags_of(0)
    assert steps[1].amount == o.zorgtoeslag_month[0]
    assert steps[2].amount == o.huurtoeslag_month[0] > 0
    codes = [x.code for x in toeslagen_signals(w)]
    assert "tegemoetkoming_arbeidsongeschikten" in codes
    assert "toeslagenwet_check" not in codes  # single: Wajong + income >= 70% of the grondslag


def test_toeslagenwet_signal_with_low_income_partner():
    s = Situation(
        period="2026-03",
        age=25,
        wajong={"arbeidsvermogen": True},
        household={"partner": True, "partner_income_year": 0, "persons": 2},
    )
    cols = columns_from_situation(s)
    w = compute_wajong(cols, BOOK, s.first_day)
    assert "toeslagenwet_check" in [x.code for x in toeslagen_signals(w)]


# --- properties -----------------------------------------------------------------------------

incomes = st.floats(min_value=0, max_value=150_000, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(a=incomes, b=incomes, partner=st.booleans(), year=st.sampled_from([D24, D25, D26]))
def test_zorgtoeslag_bounded_and_non_increasing_in_income(a, b, partner, year):
    lo, hi = min(a, b), max(a, b)
    arr = zorgtoeslag_month(np.array([0.0, lo, hi]), [partner] * 3, [0.0] * 3, [30] * 3, BOOK, year)
    maximum, at_lo, at_hi = arr
    assert 0 <= at_hi <= at_lo <= maximum
    assert float(at_lo).is_integer()


@settings(max_examples=200, deadline=None)
@given(
    a=incomes,
    b=incomes,
    rent=st.floats(min_value=0, max_value=3000, allow_nan=False),
    persons=st.integers(min_value=1, max_value=6),
    age=st.integers(min_value=18, max_value=90),
)
def test_huurtoeslag_bounded_and_non_increasing_in_income(a, b, rent, persons, age):
    lo, hi = min(a, b), max(a, b)
    partner = persons >= 2
    arr = huurtoeslag_month(
        np.array([rent] * 3),
        np.array([0.0, lo, hi]),
        [persons] * 3,
        [partner] * 3,
        [age] * 3,
        [0.0] * 3,
        BOOK,
        D26,
    )
    maximum, at_lo, at_hi = arr
    assert 0 <= at_hi <= at_lo <= maximum
    # never more than the rent counted above the basishuur
    assert maximum <= max(min(rent, 932.93) - 200.71, 0.0)
