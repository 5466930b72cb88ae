"""Income tax, heffingskortingen and loonheffing (calc/tax/).

Expected values are official table rows (Belastingdienst witte maandtabel 2026) or the
arithmetic of the rule written out by hand, never the code's own output.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from math import floor
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.benefit import compute_wajong
from calc.columns import columns_from_situation, sweep_hours
from calc.rates import RATES_DIR, load_rates_file
from calc.tax import (
    TaxRates,
    algemene_heffingskorting,
    arbeidskorting,
    box1_tax,
    compute_tax,
    credits_applied,
    explain_tax,
    jonggehandicaptenkorting,
    period_withholding,
    tax_warnings,
)
from tests.conftest import situation

D2024, D2025, D2026 = dt.date(2024, 3, 1), dt.date(2025, 3, 1), dt.date(2026, 3, 1)


def rates(book, day):
    return TaxRates.on(book, day)


# ---------------------------------------------------------------- the rates file


def test_income_tax_rates_file_validates():
    f = load_rates_file(RATES_DIR / "income_tax.yaml")
    assert {"box1_brackets", "ahk_max", "arbeidskorting_segments", "jonggehandicaptenkorting"} <= set(
        f.parameters
    )


@pytest.mark.parametrize("day", [D2024, D2025, D2026])
def test_arbeidskorting_bases_follow_from_the_rates(book, day):
    """Each segment's base = previous base + rate x width (within € 1: the law rounds bases)."""
    segs = book.value("income_tax.arbeidskorting_segments", day)
    for prev, seg in itertools.pairwise(segs):
        assert abs(prev["base"] + prev["rate"] * (seg["from"] - prev["from"]) - seg["base"]) < 1.0


@pytest.mark.parametrize("day", [D2024, D2025, D2026])
def test_ahk_is_zero_at_the_top_bracket(book, day):
    """The AHK phase-out ends at the start of the 49,50% bracket (published nulpunt)."""
    top = book.value("income_tax.box1_brackets", day)[-2]["upto"]
    r = rates(book, day)
    left = algemene_heffingskorting(top, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value)
    assert float(left) < 4.0  # 2024: 3.362 - 6,630% x (75.518 - 24.812) = 0,19 etc.


# ---------------------------------------------------------------- rules, by hand


def test_box1_tax_2024_two_brackets(book):
    b = book.value("income_tax.box1_brackets", D2024)
    assert box1_tax(80000, b) == pytest.approx(75518 * 0.3697 + (80000 - 75518) * 0.495)


def test_box1_tax_2025_three_brackets(book):
    b = book.value("income_tax.box1_brackets", D2025)
    assert box1_tax(50000, b) == pytest.approx(38441 * 0.3582 + (50000 - 38441) * 0.3748)


def test_box1_tax_2026_below_first_bracket_end(book):
    b = book.value("income_tax.box1_brackets", D2026)
    np.testing.assert_allclose(box1_tax([0, 20000], b), [0, 20000 * 0.3575])


def test_ahk_2025_phase_out(book):
    r = rates(book, D2025)
    got = algemene_heffingskorting(
        [20000, 40000, 90000], r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value
    )
    np.testing.assert_allclose(got, [3068, 3068 - 0.06337 * (40000 - 28406), 0])


@pytest.mark.parametrize(
    ("day", "ai", "expected"),
    [
        (D2024, 10000, 0.08425 * 10000),
        (D2024, 20000, 968 + 0.31433 * (20000 - 11490)),
        (D2025, 30000, 5220 + 0.02258 * (30000 - 26288)),
        (D2026, 50000, 5685 - 0.0651 * (50000 - 45592)),
        (D2026, 140000, 0.0),
    ],
)
def test_arbeidskorting_segments(book, day, ai, expected):
    assert arbeidskorting(ai, book.value("income_tax.arbeidskorting_segments", day)) == pytest.approx(
        expected
    )


def test_jonggehandicaptenkorting_for_every_wajong_entitled_person(book):
    np.testing.assert_allclose(
        jonggehandicaptenkorting([True, False], book.value("income_tax.jonggehandicaptenkorting", D2025)),
        [909, 0],
    )


def test_credits_never_exceed_the_tax():
    np.testing.assert_allclose(credits_applied([100.0, 5000.0], [300.0, 4000.0]), [100.0, 4000.0])


# ---------------------------------------------------------------- official table rows

# Belastingdienst, Witte Maandloon-tabel loonbelasting/premie volksverzekeringen, Nederland,
# standaard, uitgave januari 2026 (jonger dan de AOW-leeftijd), as transcribed with the
# Rekenvoorschriften 2026:
# https://download.belastingdienst.nl/belastingdienst/dl/rekenhulpen/loonheffing/2026/v01/pdf/wit_mnd_nl_std_20260101.pdf
WITTE_MAANDTABEL_2026 = [
    # (tabelloon, zonder loonheffingskorting, met loonheffingskorting)
    (999.00, 357.08, 13.83),
    (2002.50, 715.83, 61.42),
    (2497.50, 892.83, 186.00),
    (2700.00, 965.25, 267.50),
    (3001.50, 1073.00, 388.58),
    (3240.00, 1158.25, 484.50),
    (3244.50, 1159.92, 486.33),
    (4000.50, 1443.83, 820.92),
    (4999.50, 1819.08, 1325.08),
    (6502.50, 2383.58, 2083.58),
    (8001.00, 3121.42, 2921.17),
    (11002.50, 4607.08, 4602.25),
]


@pytest.mark.parametrize(("wage", "zonder", "met"), WITTE_MAANDTABEL_2026)
def test_employer_withholding_reproduces_the_witte_maandtabel_2026(book, wage, zonder, met):
    r = rates(book, D2026)
    got = period_withholding([wage, wage], r, [False, True], [True, True], [False, False])
    np.testing.assert_allclose(got, [zonder, met], atol=0.001)


def test_a_wage_between_table_classes_uses_the_lower_class(book):
    """€ 1.003,00 falls in the class from € 999,00 (classes of € 4,50)."""
    r = rates(book, D2026)
    assert period_withholding(1003.00, r, True, True, False) == pytest.approx(13.83)


def test_jgk_slice_per_month(book):
    """Rekenvoorschriften 2026 tabel 13: JGK per maand € 76,92 (= 923 / 12), on top of the table."""
    r = rates(book, D2026)
    assert period_withholding(2002.50, r, False, True, True) == pytest.approx(715.83 - 76.92)


# ---------------------------------------------------------------- a whole year, by hand


def _case(book, lhk, wage=1000.0, wajong=800.0, other=0.0):
    s = situation(jobs=[{"hours_per_week": 20, "hourly_wage": 14.71}], loonheffingskorting=lhk)
    cols = columns_from_situation(s)
    cols = replace(
        cols, wage_regular=np.array([wage]), wage_dispensed=np.array([0.0]), other_income=np.array([other])
    )
    w = SimpleNamespace(wajong=np.array([wajong]), holiday_accrual=np.array([round(0.08 * wajong, 2)]))
    return compute_tax(cols, w, book, D2026)


def test_year_2026_wage_1000_wajong_800_korting_at_uwv(book):
    o = _case(book, "uwv")
    wage_year = 12 * 1000 + 0.08 * 12 * 1000  # 12.960
    wajong_year = 12 * 800 + 12 * 64  # 10.368
    y = wage_year + wajong_year
    tax = 0.3575 * y
    ak = 996 + 0.31009 * (wage_year - 11965)
    income_tax = tax - 3115 - ak - 923
    assert o.income_tax_year[0] == pytest.approx(income_tax, abs=0.01)
    # UWV, with korting + JGK, class € 799,20 (€ 800 rounded down to € 4,50):
    # floor(9.590,40 x 35,75%) = 3.428 - AHK 3.115 = 313 / 12 = 26,08 - 76,92 -> 0.
    assert o.withheld_month_uwv[0] == 0
    # Vakantie-uitkering 768: floor(10.358,40 x 35,75%) - 3.115 = 588; 588 - 313 = 275.
    assert o.withheld_year_uwv[0] == pytest.approx(275.0)
    # Employer without korting, class € 999,00: 357,08 a month (witte maandtabel 2026);
    # vakantiegeld 960: floor(12.948 x 35,75%) - floor(11.988 x 35,75%) = 4.628 - 4.285 = 343.
    assert o.withheld_month_employer[0] == pytest.approx(357.08)
    assert o.withheld_year_employer[0] == pytest.approx(12 * 357.08 + 343)
    assert o.withheld_month[0] == pytest.approx(357.08)
    assert o.settlement_year[0] == pytest.approx(275 + 12 * 357.08 + 343 - income_tax, abs=0.01)
    assert o.settlement_year[0] > 0 and not o.flag_pays_back[0]


def test_both_pays_back_and_says_so(book):
    o = _case(book, "both", wage=2000.0, wajong=600.0)
    assert o.flag_both[0] and o.settlement_year[0] < 0
    w = tax_warnings(o)
    assert w[0].code == "loonheffingskorting_both"
    assert "voorlopige aanslag" in w[0].nl and "terugbetalen" in w[0].nl


def test_employer_applies_jgk_only_when_no_wajong_is_paid(book):
    with_wajong = _case(book, "employer", wage=1500.0, wajong=300.0)
    without = _case(book, "employer", wage=3000.0, wajong=0.0)
    assert not with_wajong.employer_applies_jgk[0] and with_wajong.flag_jgk_via_aangifte[0]
    assert without.employer_applies_jgk[0] and not without.flag_jgk_via_aangifte[0]


def test_korting_at_uwv_without_wajong_is_flagged(book):
    o = _case(book, "uwv", wage=3000.0, wajong=0.0)
    assert o.flag_lhk_unused[0]
    assert any(w.code == "loonheffingskorting_unused" for w in tax_warnings(o))


def test_other_income_is_withheld_without_korting(book):
    o = _case(book, "uwv", wage=0.0, wajong=500.0, other=999.0)
    assert o.withheld_month_other[0] == pytest.approx(floor(11988 * 0.3575) / 12, abs=0.005)


def test_explanation_adds_up(book):
    o = _case(book, "employer")
    steps = {s.rule: s.amount for s in explain_tax(o)}
    credits = steps["algemene_heffingskorting"] + steps["arbeidskorting"] + steps["jonggehandicaptenkorting"]
    assert steps["income_tax_year"] == pytest.approx(max(steps["box1_tax"] - credits, 0), abs=0.02)
    withheld = sum(v for k, v in steps.items() if k.startswith("withholding_"))
    assert steps["settlement_year"] == pytest.approx(withheld - steps["income_tax_year"], abs=0.02)


# ---------------------------------------------------------------- properties

money = st.floats(min_value=0, max_value=12000, allow_nan=False)
choice = st.sampled_from(["uwv", "employer", "both", "none"])
year_day = st.sampled_from([D2024, D2025, D2026])


@settings(max_examples=150, deadline=None)
@given(wage=money, wajong=st.floats(0, 2500), other=st.floats(0, 3000), lhk=choice, day=year_day)
def test_tax_never_negative_and_credits_never_exceed_tax(book, wage, wajong, other, lhk, day):
    s = situation(loonheffingskorting=lhk)
    cols = replace(
        columns_from_situation(s),
        wage_regular=np.array([wage]),
        wage_dispensed=np.array([0.0]),
        other_income=np.array([other]),
    )
    w = SimpleNamespace(wajong=np.array([wajong]), holiday_accrual=np.array([round(0.08 * wajong, 2)]))
    o = compute_tax(cols, w, book, day)
    assert o.income_tax_year[0] >= 0
    assert o.credits_used[0] <= o.tax_before_credits[0] + 0.005
    assert o.withheld_month[0] >= 0 and o.withheld_year[0] >= 0
    assert o.settlement_year[0] == pytest.approx(o.withheld_year[0] - o.income_tax_year[0], abs=0.011)


@settings(max_examples=40, deadline=None)
@given(
    hourly=st.floats(14.71, 35),
    arbeidsvermogen=st.booleans(),
    other=st.floats(0, 1500),
    period=st.sampled_from(["2024-03", "2025-03", "2026-03"]),
)
def test_more_hours_never_lower_income_after_tax(book, hourly, arbeidsvermogen, other, period):
    """Wage + Wajong (with holiday pay) - final income tax never falls when the client works more.

    Holds because the Wajong falls by 70-75% of the extra wage while the marginal tax on the
    extra gross (at most 49,50% + AHK 6,4% + AK phase-out 6,51%) stays below that margin."""
    s = situation(
        period=period,
        wajong={"arbeidsvermogen": arbeidsvermogen},
        jobs=[{"hours_per_week": 1, "hourly_wage": hourly}],
        other_income_month=other,
    )
    hours = np.arange(0, 40.5, 0.5)
    cols = sweep_hours(s, hours)
    w = compute_wajong(cols, book, s.first_day)
    o = compute_tax(cols, w, book, s.first_day)
    net = o.wage_year + o.wajong_year + o.other_year - o.income_tax_year
    assert np.all(np.diff(net) >= -0.05)
