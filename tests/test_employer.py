"""Employer panel: hand-computed cases from the law text, written as the arithmetic of the rule.

Sources of the expected values:
- LKV: Wet tegemoetkomingen loondomein art. 2.5, 2.13 (2024, 2025, 2026 text), 2.12, 4.1 lid 3
  https://wetten.overheid.nl/BWBR0037522/2024-01-01#Artikel2.13 (and /2025-01-01, /2026-01-01).
- Wajong with loondispensatie: Wet Wajong art. 2:40 lid 1a-4 (text 2024-2026).
- Employer wage: loonwaarde x functieloon (Aanhangsel Handelingen II 2019/20, nr. 648).
- Premium percentages: rates/employer.yaml (sources there), typed in here by hand per year.
- The issue's example sentence (issue 6): 2026, WML 14,71, loonwaarde 50%: € 8,29 vs € 18,61.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.employer import (
    cost_per_hour,
    employer_cost_year,
    employer_panel,
    highest_loonkostenvoordeel,
    loonkostenvoordeel,
)
from calc.errors import InvalidSituation
from calc.money import eur
from tests.conftest import situation

WEEKS = 52
VG = 0.08  # WML art. 15
# Default employer rate = Awf low + Aof low + Wko + Whk average + Zvw werkgeversheffing.
RATE_2024 = 0.0264 + 0.0618 + 0.005 + 0.0122 + 0.0657
RATE_2025 = 0.0274 + 0.0628 + 0.005 + 0.0133 + 0.0651
RATE_2026 = 0.0274 + 0.0627 + 0.005 + 0.0152 + 0.0610


def job(hours: float, wage: float, lw: float | None = None) -> dict:
    return {"hours_per_week": hours, "hourly_wage": wage, "loonwaarde": lw}


def panel(**fields):
    overrides = fields.pop("overrides", None)
    return employer_panel(situation(**fields), overrides=overrides)


# --- 2026 -----------------------------------------------------------------------------------


def test_issue_example_2026_sentence_and_cost_per_hour():
    p = panel(period="2026-01", jobs=[job(20, 14.71, 0.5)])
    j = p["jobs"][0]
    regular = 14.71 * (1 + VG) * (1 + RATE_2026)  # 18.608...
    lkv_hour = min(1.01 * 20 * WEEKS, 2000) / (20 * WEEKS)  # 1.01: below the cap
    dispensed = 0.5 * 14.71 * (1 + VG) * (1 + RATE_2026) - lkv_hour  # 8.294...
    assert j["cost"]["regular"]["per_hour"] == pytest.approx(round(regular, 2), abs=0.005)
    assert j["cost"]["regular"]["per_hour"] == 18.61
    assert j["cost"]["with_loondispensatie"]["per_hour"] == 8.29
    assert j["cost"]["without_loondispensatie"]["per_hour"] == pytest.approx(
        round(regular - 1.01, 2), abs=0.005
    )
    assert j["cost"]["with_loondispensatie"]["per_hour"] == pytest.approx(round(dispensed, 2), abs=0.005)
    assert j["cost"]["regular"]["per_month"] == pytest.approx(regular * 20 * 52 / 12, abs=0.01)
    assert p["sentence_nl"] == (
        f"Met loondispensatie (loonwaarde 50%) kost deze medewerker u {eur(8.29)} per uur in plaats van "
        f"{eur(18.61)}."
    )
    assert "8.29" in p["sentence_en"] and "18.61" in p["sentence_en"]


def test_2026_employer_wage_and_wajong_both_sides():
    # Employer pays LW x FL; UWV: max(0.7 G - 0.7 CF Ia, Ia/LW - Ia) (Wajong art. 2:40).
    p = panel(period="2026-01", jobs=[job(20, 15.00, 0.5)])
    j = p["jobs"][0]
    ia = 20 * 52 / 12 * 0.5 * 15.00  # 650.00
    g = 2294.40
    cf = (0.5 - 0.3) / (0.7 * 0.5)
    assert j["employer_wage_month"] == pytest.approx(ia, abs=0.005)
    assert j["wajong_month"]["with_loondispensatie"] == pytest.approx(0.7 * g - 0.7 * cf * ia, abs=0.005)
    assert j["wajong_month"]["without_loondispensatie"] == pytest.approx(0.7 * (g - 2 * ia), abs=0.005)
    # Same gross for the Wajonger either way: 0.7 G + 0.3 FL.
    both = 0.7 * g + 0.3 * (2 * ia)
    assert j["wajonger_gross_month"]["with_loondispensatie"] == pytest.approx(both, abs=0.01)
    assert j["wajonger_gross_month"]["without_loondispensatie"] == pytest.approx(both, abs=0.01)


def test_2026_top_up_route_function_wage_above_grondslag():
    # FL month 36 x 52/12 x 20 = 3120 > G: route 2 (Ia/LW - Ia) pays more (art. 2:40 lid 3).
    p = panel(period="2026-01", jobs=[job(36, 20.00, 0.5)])
    j = p["jobs"][0]
    fl_month = 36 * 52 / 12 * 20.00
    ia = 0.5 * fl_month
    assert j["wajong_month"]["with_loondispensatie"] == pytest.approx(fl_month - ia, abs=0.005)
    assert j["wajonger_gross_month"]["with_loondispensatie"] == pytest.approx(fl_month, abs=0.01)
    lkv_year = min(1.01 * 36 * WEEKS, 2000)  # 1890.72
    assert j["lkv"]["year"] == pytest.approx(lkv_year, abs=0.005)
    expected = (0.5 * 20 * (1 + VG) * (1 + RATE_2026) * 36 * WEEKS - lkv_year) / (36 * WEEKS)
    assert j["cost"]["with_loondispensatie"]["per_hour"] == pytest.approx(round(expected, 2), abs=0.005)


def test_2026_samenloop_other_income():
    # Io = 400 other income: 0.7 G - 0.7 (CF Ia + Io) (art. 2:40 lid 4a); employer side unchanged.
    p = panel(period="2026-01", jobs=[job(20, 15.00, 0.5)], other_income_month=400.0)
    j = p["jobs"][0]
    cf = 0.2 / 0.35
    assert j["wajong_month"]["with_loondispensatie"] == pytest.approx(
        0.7 * 2294.40 - 0.7 * (cf * 650 + 400), abs=0.005
    )
    q = panel(period="2026-01", jobs=[job(20, 15.00, 0.5)])
    assert j["cost"] == q["jobs"][0]["cost"]


def test_2026_samenloop_second_regular_job_counts_as_io():
    p = panel(period="2026-01", jobs=[job(20, 15.00, 0.5), job(10, 15.00)])
    cf = 0.2 / 0.35
    io = 10 * 52 / 12 * 15.00  # 650
    expected = 0.7 * 2294.40 - 0.7 * (cf * 650 + io)
    assert p["jobs"][0]["wajong_month"]["with_loondispensatie"] == pytest.approx(expected, abs=0.005)
    # Job 1 has no loondispensatie: its "without" variant is the situation as given.
    assert p["jobs"][1]["wajong_month"]["without_loondispensatie"] == pytest.approx(expected, abs=0.005)
    assert p["jobs"][1]["cost"]["with_loondispensatie"] is None


def test_2026_lkv_as_long_as_in_register_no_doelgroepverklaring():
    p = panel(
        period="2026-06",
        jobs=[job(20, 15.00)],
        overrides={"year_of_employment": 5, "doelgroepverklaring": False},
    )
    assert p["jobs"][0]["lkv"]["year"] == pytest.approx(1.01 * 20 * WEEKS, abs=0.005)
    assert p["lkv_conditions"]["max_years"] is None
    q = panel(period="2026-06", jobs=[job(20, 15.00)], overrides={"in_doelgroepregister": False})
    assert q["jobs"][0]["lkv"]["year"] == 0
    assert q["jobs"][0]["lkv"]["kind"] == "none"


def test_2026_no_lkv_oudere_werknemer_any_more():
    p = panel(period="2026-03", age=60, jobs=[job(36, 15.00)])
    assert p["jobs"][0]["lkv"]["kind"] == "doelgroep_banenafspraak"
    assert p["jobs"][0]["lkv"]["oudere_werknemer_year"] == 0


# --- 2025 -----------------------------------------------------------------------------------


def test_2025_cost_and_wajong():
    p = panel(period="2025-03", jobs=[job(24, 14.06, 0.6)])
    j = p["jobs"][0]
    hours_year = 24 * WEEKS  # 1248
    lkv = min(1.01 * hours_year, 2000)  # 1260.48
    assert j["lkv"]["year"] == pytest.approx(1260.48, abs=0.005)
    assert lkv == pytest.approx(1260.48)
    ld = (0.6 * 14.06 * (1 + VG) * (1 + RATE_2025) * hours_year - lkv) / hours_year
    assert j["cost"]["with_loondispensatie"]["per_hour"] == pytest.approx(round(ld, 2), abs=0.005)
    g = 2191.80
    ia = 24 * 52 / 12 * 0.6 * 14.06
    cf = (0.6 - 0.3) / (0.7 * 0.6)
    assert j["wajong_month"]["with_loondispensatie"] == pytest.approx(0.7 * g - 0.7 * cf * ia, abs=0.01)
    assert p["lkv_conditions"]["max_years"] == 3
    assert p["lkv_conditions"]["doelgroepverklaring_months"] == 3


def test_2025_lkv_ends_after_three_years_and_needs_doelgroepverklaring():
    assert (
        panel(period="2025-03", jobs=[job(24, 15.0)], overrides={"year_of_employment": 3})["jobs"][0]["lkv"][
            "year"
        ]
        > 0
    )
    assert (
        panel(period="2025-03", jobs=[job(24, 15.0)], overrides={"year_of_employment": 4})["jobs"][0]["lkv"][
            "year"
        ]
        == 0
    )
    assert (
        panel(period="2025-03", jobs=[job(24, 15.0)], overrides={"doelgroepverklaring": False})["jobs"][0][
            "lkv"
        ]["year"]
        == 0
    )


def test_2025_older_worker_lkv_1_35_beats_banenafspraak():
    p = panel(period="2025-05", age=57, jobs=[job(40, 15.0)])
    lkv = p["jobs"][0]["lkv"]
    assert lkv["oudere_werknemer_year"] == pytest.approx(min(1.35 * 40 * WEEKS, 2600), abs=0.005)  # 2600 cap
    assert lkv["doelgroep_banenafspraak_year"] == pytest.approx(
        min(1.01 * 40 * WEEKS, 2000), abs=0.005
    )  # 2000 cap
    assert lkv["kind"] == "oudere_werknemer"
    assert lkv["year"] == 2600


# --- 2024 -----------------------------------------------------------------------------------


def test_2024_no_stacking_highest_lkv_only():
    p = panel(period="2024-03", age=58, jobs=[job(36, 13.27)])
    lkv = p["jobs"][0]["lkv"]
    assert lkv["oudere_werknemer_year"] == pytest.approx(3.05 * 36 * WEEKS, abs=0.005)  # 5709.60
    assert lkv["doelgroep_banenafspraak_year"] == pytest.approx(1.01 * 36 * WEEKS, abs=0.005)  # 1890.72
    assert lkv["year"] == pytest.approx(3.05 * 36 * WEEKS, abs=0.005)  # not the sum
    assert lkv["paid_in_year"] == 2025


def test_2024_caps():
    p = panel(period="2024-03", age=58, jobs=[job(40, 13.27)])
    lkv = p["jobs"][0]["lkv"]
    assert lkv["oudere_werknemer_year"] == 6000  # 3.05 x 2080 = 6344 > 6000
    assert lkv["doelgroep_banenafspraak_year"] == 2000  # 1.01 x 2080 = 2100.80 > 2000
    young = panel(period="2024-03", age=30, jobs=[job(40, 13.27)])["jobs"][0]["lkv"]
    assert young["year"] == 2000 and young["kind"] == "doelgroep_banenafspraak"


def test_2024_cost_per_hour_without_loondispensatie():
    p = panel(period="2024-03", jobs=[job(20, 13.27)])
    j = p["jobs"][0]
    regular = 13.27 * (1 + VG) * (1 + RATE_2024)
    assert j["cost"]["regular"]["per_hour"] == pytest.approx(round(regular, 2), abs=0.005)
    assert j["cost"]["without_loondispensatie"]["per_hour"] == pytest.approx(
        round(regular - 1.01, 2), abs=0.005
    )
    assert j["cost"]["with_loondispensatie"] is None
    assert "zonder" not in p["sentence_nl"] and eur(round(regular, 2)) in p["sentence_nl"]


# --- Settings, caps, no-riskpolis, bad input ---------------------------------------------------


def test_overrides_change_the_premium_rate():
    p = panel(period="2026-01", jobs=[job(20, 14.71)], overrides={"awf": "high", "aof": "high", "whk": 0.02})
    rate = 0.0774 + 0.0763 + 0.005 + 0.02 + 0.0610
    assert p["settings"]["premium_rate"] == pytest.approx(rate)
    assert p["settings"]["whk_is_default"] is False
    assert p["jobs"][0]["cost"]["regular"]["per_hour"] == pytest.approx(
        round(14.71 * 1.08 * (1 + rate), 2), abs=0.005
    )


def test_maximum_premieloon_caps_the_premiums():
    hours_year = 40 * WEEKS
    sv = 60.0 * (1 + VG) * hours_year  # 134784 > 79409
    expected = (sv + RATE_2026 * 79409) / hours_year
    p = panel(period="2026-01", jobs=[job(40, 60.0)])
    assert p["jobs"][0]["cost"]["regular"]["per_hour"] == pytest.approx(round(expected, 2), abs=0.005)


def test_no_riskpolis_amounts_2026():
    p = panel(period="2026-01", jobs=[job(20, 14.71, 0.5)])
    wage = 0.5 * 14.71 * 20 * 52 / 12  # 637.43
    zw = p["jobs"][0]["no_riskpolis_ziekengeld_month"]
    assert zw["standard"] == pytest.approx(0.70 * round(wage, 2) * 1.08, abs=0.01)
    assert zw["on_request_first_52_weeks"] == pytest.approx(round(wage, 2) * 1.08, abs=0.01)
    assert p["no_riskpolis"]["premium_penalty"] is False
    assert any("29b" in s["url"] for s in p["no_riskpolis"]["sources"])


def test_notes_have_links_and_no_amounts():
    p = panel(period="2026-01", jobs=[job(20, 15.0)])
    topics = {n["topic"] for n in p["notes"]}
    assert topics == {"jobcoach", "werkplekaanpassingen", "proefplaatsing"}
    for n in p["notes"]:
        assert n["links"] and all(u.startswith("https://") for u in n["links"])
        assert "€" not in n["nl"]


def test_explanation_steps_cite_sources():
    p = panel(period="2026-01", jobs=[job(20, 15.0, 0.5)])
    rules = [s["rule"] for s in p["explanation"]]
    assert "employer_premium_rate" in rules and "job0.loonkostenvoordeel" in rules
    assert "job0.offset_loondispensatie" in rules and "no_riskpolis" in rules
    for s in p["explanation"]:
        assert s["text_nl"] and s["text_en"] and s["sources"]


def test_no_job_gives_a_warning_not_an_error():
    p = panel(period="2026-01", jobs=[])
    assert p["jobs"] == [] and p["warnings"][0]["code"] == "no_job"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"awf": "medium"}, "overrides.awf"),
        ({"whk": -1}, "overrides.whk"),
        ({"foo": 1}, "overrides.foo"),
        ({"year_of_employment": 0}, "overrides.year_of_employment"),
        ({"doelgroepverklaring": "ja"}, "overrides.doelgroepverklaring"),
    ],
)
def test_bad_overrides_name_the_field(overrides, field):
    with pytest.raises(InvalidSituation) as err:
        panel(period="2026-01", jobs=[job(20, 15.0)], overrides=overrides)
    assert err.value.problems[0].field == field


def test_period_outside_rates_is_refused():
    with pytest.raises(InvalidSituation):
        panel(period="2023-06", jobs=[job(20, 15.0)])


# --- Rates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day", [dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 12, 31)]
)
def test_rates_exist_and_are_plausible(book, day):
    for key in (
        "awf_low",
        "awf_high",
        "aof_low",
        "aof_high",
        "wko_opslag",
        "whk_default",
        "zvw_werkgeversheffing",
    ):
        assert 0 < book.value(f"employer.{key}", day) < 0.1, key
    assert book.value("employer.awf_high", day) - book.value("employer.awf_low", day) == pytest.approx(0.05)
    assert 70000 < book.value("employer.max_premieloon_year", day) < 90000
    assert book.value("employer.lkv_banenafspraak_per_hour", day) == 1.01  # Wtl art. 2.13, all three years
    assert book.value("employer.lkv_banenafspraak_cap_year", day) == 2000
    src = book.get("employer.lkv_banenafspraak_per_hour", day).source
    assert "BWBR0037522" in str(src.url) and str(day.year) in str(src.url)


def test_rates_lkv_conditions_change_in_2026(book):
    assert book.value("employer.lkv_banenafspraak_conditions", dt.date(2025, 12, 31))["max_years"] == 3
    assert book.value("employer.lkv_banenafspraak_conditions", dt.date(2026, 1, 1))["max_years"] is None
    assert book.value("employer.lkv_oudere_werknemer_per_hour", dt.date(2024, 6, 1)) == 3.05
    assert book.value("employer.lkv_oudere_werknemer_per_hour", dt.date(2025, 6, 1)) == 1.35
    assert book.value("employer.lkv_oudere_werknemer_cap_year", dt.date(2026, 6, 1)) == 0


# --- Properties ---------------------------------------------------------------------------------

hours_st = st.floats(min_value=0, max_value=60, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(h=hours_st, per_hour=st.floats(0, 5), cap=st.floats(0, 10000))
def test_lkv_never_above_cap_or_rate(h, per_hour, cap):
    v = float(loonkostenvoordeel(h * WEEKS, per_hour, cap))
    assert 0 <= v <= cap + 1e-9 and v <= per_hour * h * WEEKS + 1e-9


@settings(max_examples=60, deadline=None)
@given(a=st.floats(0, 6000), b=st.floats(0, 6000))
def test_highest_lkv_is_one_of_them_not_the_sum(a, b):
    amount, which = highest_loonkostenvoordeel(a, b)
    assert float(amount[0]) == max(a, b)
    assert int(which[0]) == (0 if a >= b else 1)  # equal amounts: the one named first


@settings(max_examples=60, deadline=None)
@given(h=st.floats(1, 60), fl=st.floats(10, 80), lw=st.floats(0.05, 0.95))
def test_loondispensatie_never_costs_more(h, fl, lw):
    hy = h * WEEKS
    full = employer_cost_year(fl, hy, VG, RATE_2026, 79409)
    ld = employer_cost_year(fl * lw, hy, VG, RATE_2026, 79409)
    lkv = loonkostenvoordeel(hy, 1.01, 2000)
    assert float(cost_per_hour(ld, lkv, hy)) <= float(cost_per_hour(full, lkv, hy)) + 1e-9
    assert float(cost_per_hour(full, lkv, hy)) >= fl * (1 + VG) - 1.01 - 1e-9


def test_zero_hours_cost_per_hour_is_not_a_number():
    assert math.isnan(float(cost_per_hour(0.0, 0.0, 0.0)))
