"""The money calendar: hand-computed timelines and properties (calc/calendar.py, docs/calendar.md).

Expected amounts are the arithmetic of the rules written out. Minimum wage per month
(referentiemaandloon, Rijksoverheid): 2025-01 € 2.191,80; 2025-07 € 2.245,80; 2026-01 € 2.294,40;
2026-07 € 2.337,00. Wage of a month: hours x 52 / 12 x hourly wage (CLI contract).
Wajong with arbeidsvermogen: 0,7 x (grondslag - wage) (Wet Wajong art. 2:40 lid 1 b).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.benefit import compute_wajong
from calc.calendar import calendar, calendar_from_json_text
from calc.columns import columns_from_situation
from calc.errors import InvalidSituation
from calc.situation import Situation
from calc.validate import parse_calendar_request


def request(hours: list[Any] | None = None, contract: float = 16, **cal: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "period": "2026-01",
        "age": 25,
        "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": contract, "hourly_wage": 15}],
        "calendar": {"months": 12, **cal},
        # The Wajong's own rules; the Toeslagenwet top-up (a single of 25 gets a little) has its tests below.
        "toeslagenwet": {"receives": False},
    }
    if hours is not None:
        raw["calendar"]["hours_per_week_by_month"] = hours
    return raw


def run(raw: dict[str, Any]) -> dict[str, Any]:
    return calendar(parse_calendar_request(raw))


def by_month(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["month"]: m for m in result["months"]}


W16 = 16 * 52 / 12 * 15  # 1040.00
W20 = 20 * 52 / 12 * 15  # 1300.00
W30 = 30 * 52 / 12 * 15  # 1950.00


def test_wage_amounts_used_below() -> None:
    assert (round(W16, 2), round(W20, 2), round(W30, 2)) == (1040.00, 1300.00, 1950.00)


# ------------------------------------------------------------------ steady job


def test_steady_job_pays_the_entitlement_every_month() -> None:
    r = run(request())
    m = by_month(r)
    for k in range(1, 7):
        row = m[f"2026-{k:02d}"]
        assert row["wage_paid"] == pytest.approx(1040.00)
        assert row["wajong_entitlement"] == pytest.approx(round(0.7 * (2294.40 - 1040.00), 2))  # 878.08
        assert row["wajong_paid"] == pytest.approx(878.08)
        assert row["wajong_correction"] == 0 and row["wajong_settlement"] == 0
    for k in range(7, 13):
        assert m[f"2026-{k:02d}"]["wajong_paid"] == pytest.approx(round(0.7 * (2337.00 - 1040.00), 2))
    assert r["totals"]["wajong_still_to_settle"] == 0


def test_steady_job_may_holiday_payments() -> None:
    m = by_month(run(request()))
    # UWV, art. 3:25/3:52: 8% of the Wajong of May 2025 - April 2026, accrued per month to the cent.
    may_jun_2025 = round(0.08 * round(0.7 * (2191.80 - 1040.00), 2), 2)  # 0.08 x 806.26 = 64.50
    jul_dec_2025 = round(0.08 * round(0.7 * (2245.80 - 1040.00), 2), 2)  # 0.08 x 844.06 = 67.52
    jan_apr_2026 = round(0.08 * 878.08, 2)  # 70.25
    expected = 2 * may_jun_2025 + 6 * jul_dec_2025 + 4 * jan_apr_2026  # 815.12
    assert m["2026-05"]["uwv_vakantie_uitkering"] == pytest.approx(expected)
    assert expected == pytest.approx(815.12)
    # Employer: 8% of June 2025 - May 2026 wage, paid in May (default).
    assert m["2026-05"]["employer_vakantiegeld"] == pytest.approx(12 * round(0.08 * 1040.00, 2))  # 998.40
    assert all(m[f"2026-{k:02d}"]["uwv_vakantie_uitkering"] == 0 for k in range(1, 13) if k != 5)


def test_employer_vakantiegeld_monthly() -> None:
    m = by_month(run(request(employer_vakantiegeld="monthly")))
    assert m["2026-02"]["employer_vakantiegeld"] == pytest.approx(83.20)  # 0.08 x 1040.00


# ------------------------------------------------------------------ a month with many extra hours


def test_extra_hours_in_july_are_offset_in_september() -> None:
    hours = [16, 16, 16, 16, 16, 16, 30, 16, 16, 16, 16, 16]
    r = run(request(hours))
    m = by_month(r)
    assert m["2026-07"]["wage_paid"] == pytest.approx(1950.00)
    assert m["2026-07"]["wajong_entitlement"] == pytest.approx(round(0.7 * (2337.00 - 1950.00), 2))  # 270.90
    # UWV pays from the estimate (16 hours) in July itself ...
    assert m["2026-07"]["wajong_paid"] == pytest.approx(907.90)
    # ... and takes the difference off two months later (lag 2, the default assumption).
    assert m["2026-09"]["wajong_correction"] == pytest.approx(270.90 - 907.90)  # -637.00
    assert m["2026-09"]["wajong_correction_for"] == "2026-07"
    assert m["2026-09"]["wajong_paid"] == pytest.approx(907.90 - 637.00)
    assert r["lowest_month"]["month"] == "2026-09"
    assert r["lowest_month"]["text_nl"] == (
        "In september krijgt u minder Wajong, omdat UWV dan uw loon van juli verrekent."
    )
    assert "offset_earlier_wage" in m["2026-09"]["flags"]


def test_lag_is_a_setting() -> None:
    hours = [16, 16, 16, 16, 16, 16, 30, 16, 16, 16, 16, 16]
    m = by_month(run(request(hours, lag_months=1)))
    assert m["2026-08"]["wajong_correction"] == pytest.approx(-637.00)
    m0 = by_month(run(request(hours, lag_months=0)))
    assert m0["2026-07"]["wajong_paid"] == pytest.approx(270.90)


# ------------------------------------------------------------------ a month with no hours


def test_month_without_hours_is_paid_back_later() -> None:
    hours = [16, 16, 16, 16, 16, 16, 16, 0, 16, 16, 16, 16]
    m = by_month(run(request(hours)))
    assert m["2026-08"]["wage_paid"] == 0
    assert m["2026-08"]["wajong_entitlement"] == pytest.approx(round(0.7 * 2337.00, 2))  # 1635.90
    assert m["2026-08"]["wajong_paid"] == pytest.approx(907.90)
    assert m["2026-10"]["wajong_correction"] == pytest.approx(1635.90 - 907.90)  # +728.00
    assert m["2026-10"]["wajong_paid"] == pytest.approx(907.90 + 728.00)


# ------------------------------------------------------------------ a job starting mid-year


def test_job_starting_in_june_gets_a_voorschot_and_a_settlement() -> None:
    # No job January-May; from June 20 hours a week, while the client told UWV 16 (the estimate).
    hours = [0] * 5 + [20] * 9
    r = run(request(hours, contract=16, months=14))
    m = by_month(r)
    assert m["2026-03"]["wajong_paid"] == pytest.approx(round(0.7 * 2294.40, 2))  # 1606.08, no job yet
    assert m["2026-06"]["wajong_in_voorschot_period"]
    assert m["2026-06"]["wajong_voorschot"] == pytest.approx(878.08)  # 0.7 x (2294.40 - 1040.00)
    assert m["2026-06"]["wajong_entitlement"] == pytest.approx(round(0.7 * (2294.40 - 1300.00), 2))  # 696.08
    assert m["2026-07"]["wajong_voorschot"] == pytest.approx(907.90)
    assert m["2026-07"]["wajong_entitlement"] == pytest.approx(round(0.7 * (2337.00 - 1300.00), 2))  # 725.90
    # Voorschot period June - November: each month 0.7 x 260 = 182.00 too much; settled in January
    # 2027 (2 months after November). 2027 uses the last known rates (2026-07).
    assert m["2027-01"]["wajong_settlement"] == pytest.approx(-6 * 182.00)
    assert m["2027-01"]["wajong_settlement_for"] == ["2026-06", "2026-11"]
    assert "payback" in m["2027-01"]["flags"]
    assert "2027-01" in r["payback_months"]
    # December (after the voorschot period) is corrected in February 2027.
    assert m["2027-02"]["wajong_correction"] == pytest.approx(-182.00)
    # January and February 2027 are corrected after the calendar: 2 x -182.00 still to settle.
    assert r["totals"]["wajong_still_to_settle"] == pytest.approx(-364.00)
    assert any(w["code"] == "rates_extended" for w in r["warnings"])


def test_job_starting_mid_year_raises_toetsingsinkomen() -> None:
    raw = request([0] * 5 + [32] * 7, contract=32)
    raw["household"] = {"rent": 700}
    r = run(raw)
    zorg = next(x for x in r["after_year"] if x["kind"] == "zorgtoeslag" and x["year"] == 2026)
    # The estimate is January (no job) as if all year; the actual year adds 7 months of wage.
    assert zorg["actual_toetsingsinkomen"] > zorg["estimated_toetsingsinkomen"]
    assert zorg["settlement"] == pytest.approx(zorg["final"] - zorg["paid_as_advance"])
    if zorg["payback_risk"]:
        assert "Mijn toeslagen" in zorg["advice_nl"]


# ------------------------------------------------------------------ four-weekly pay


def test_four_weekly_pay_has_13_payments_in_2026() -> None:
    r = run(request(pay_period="four_weeks"))
    dates = [d for m in r["months"] for d in m["wage_pay_dates"]]
    assert len(dates) == 13
    # ISO week 1 of 2026 starts Monday 29 December 2025: the first period ends Sunday 25 January.
    assert dates[0] == "2026-01-25"
    assert r["totals"]["wage_paid"] == pytest.approx(13 * 4 * 16 * 15)  # 12.480,00 = 12 x 1040.00


# ------------------------------------------------------------------ invalid input


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"months": 30}, "calendar.months", "kalender: aantal maanden"),
        ({"pay_period": "week"}, "calendar.pay_period", "kies een van"),
        ({"hours_per_week_by_month": [80]}, "calendar.hours_per_week_by_month", "tussen 0 en 60"),
        ({"start": "2026-13"}, "calendar.start", "jaar-maand"),
        ({"hours_per_week_by_month": [[16, 8]]}, "calendar.hours_per_week_by_month[0]", "één getal per baan"),
    ],
)
def test_invalid_calendar_input_is_named_in_dutch(change: dict[str, Any], field: str, words: str) -> None:
    raw = request()
    raw["calendar"].update(change)
    with pytest.raises(InvalidSituation) as e:
        calendar_from_json_text(json.dumps(raw))
    assert e.value.problems[0].field == field
    assert words in e.value.problems[0].message_nl


def test_hours_without_a_job_is_refused() -> None:
    raw = request([16])
    raw["jobs"] = []
    with pytest.raises(InvalidSituation, match="voeg eerst een baan toe"):
        run(raw)


def test_not_json_is_refused() -> None:
    with pytest.raises(InvalidSituation, match="geen geldige JSON"):
        calendar_from_json_text("{")


# ------------------------------------------------------------------ properties

hours_st = st.lists(st.integers(0, 40), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hours=hours_st,
    contract=st.integers(1, 40),
    lag=st.integers(0, 3),
    voorschot=st.sampled_from([3, 6]),
    months=st.integers(12, 24),
    new_work=st.booleans(),
    start=st.sampled_from(["2024-03", "2025-01", "2025-08"]),
)
def test_no_euro_of_wajong_lost_or_counted_twice(
    hours: list[int], contract: int, lag: int, voorschot: int, months: int, new_work: bool, start: str
) -> None:
    """Paid in the calendar + still to settle afterwards == entitled over the calendar's months."""
    raw = request(
        [float(h) for h in hours],
        contract=contract,
        lag_months=lag,
        voorschot_months=voorschot,
        months=months,
        new_work_at_start=new_work,
        start=start,
    )
    r = run(raw)
    t = r["totals"]
    assert t["wajong_paid"] + t["wajong_still_to_settle"] == pytest.approx(t["wajong_entitlement"], abs=0.005)
    # Every monthly wage is paid once (monthly pay, same month).
    assert t["wage_paid"] == pytest.approx(t["wage_earned"], abs=0.005)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contract=st.integers(0, 40), year=st.sampled_from([2024, 2025, 2026]), dga=st.booleans())
def test_steady_year_equals_the_core_month_by_month(contract: int, year: int, dga: bool) -> None:
    """A full steady year: the calendar's Wajong equals the core's Wajong for each of the 12 months."""
    raw = request(contract=max(contract, 1), start=f"{year}-01")
    raw["wajong"] = {"arbeidsvermogen": not dga}
    if contract == 0:
        raw["jobs"] = []
    r = run(raw)
    expected = 0.0
    for k in range(1, 13):
        s = Situation.model_validate(
            {**{k2: v for k2, v in raw.items() if k2 != "calendar"}, "period": f"{year}-{k:02d}"}
        )
        core = compute_wajong(columns_from_situation(s), _book(), s.first_day).wajong[0]
        assert by_month(r)[f"{year}-{k:02d}"]["wajong_paid"] == pytest.approx(core)
        expected += core
    assert r["totals"]["wajong_paid"] == pytest.approx(expected)
    assert r["totals"]["wajong_still_to_settle"] == 0


def _book():  # type: ignore[no-untyped-def]
    from calc.rates import load_rates

    return load_rates()


def test_kindgebonden_budget_is_paid_every_month_and_counted_in_net_in() -> None:
    """A single parent: the advance each month is the core's kindgebonden budget of the first month
    (the toetsingsinkomen projected from it), and it is the only difference in money coming in."""
    from calc.evaluate import evaluate

    parent = request(contract=16)
    parent["household"] = {"persons": 3, "children_ages": [5, 13]}
    alone = request(contract=16)
    alone["household"] = {"persons": 3}
    with_kids, without = by_month(run(parent)), by_month(run(alone))
    core = {k: v for k, v in parent.items() if k != "calendar"}
    expected = evaluate(Situation.model_validate(core), _book()).as_json()["month"]["kindgebonden_budget"]
    assert expected > 0
    for month, m in with_kids.items():
        assert m["kindgebonden_budget"] == expected, month
        assert without[month]["kindgebonden_budget"] == 0
        assert m["net_in"] - without[month]["net_in"] == pytest.approx(expected, abs=0.005), month


def test_the_job_stops_and_the_wajong_comes_back_the_next_month() -> None:
    """Issue 12, "what if the job stops": 16 h at € 15 from January 2026, stopping after 3 months.
    From April there is no wage, and the Wajong is the one without work: 0,7 x € 2.294,40 =
    € 1.606,08 (Wet Wajong art. 2:40 lid 1 b; UWV: "als uw werk stopt, krijgt u gewoon weer Wajong")."""
    cal = run(request(job_stops_after_months=3))
    stop = cal["job_stop"]
    assert (stop["last_month"], stop["wajong_back_from"]) == ("2026-03", "2026-04")
    assert stop["wajong_per_month"] == pytest.approx(1606.08, abs=0.005)
    assert "april 2026" in stop["text_nl"] and "€ 1.606,08" in stop["text_nl"].replace("\xa0", " ")
    by_month = {m["month"]: m for m in cal["months"]}
    assert by_month["2026-03"]["wage_earned"] == pytest.approx(16 * 52 / 12 * 15)
    assert all(by_month[f"2026-{k:02d}"]["wage_earned"] == 0 for k in range(4, 13))
    assert by_month["2026-04"]["wajong_entitlement"] == pytest.approx(1606.08, abs=0.005)
    assert run(request())["job_stop"] is None


def test_a_mid_year_start_settles_against_the_advances_really_paid() -> None:
    """Issue 12: a new job from November 2026 (23, rent € 750, 16 h at the minimum wage). January to
    October the huurtoeslag advance was the one without the job, so about € 83 comes back after 2026,
    not the € 493 of an advance at the with-job amount all year (Awir art. 16 and 19)."""
    raw = {
        "period": "2026-11",
        "age": 23,
        "wajong": {"arbeidsvermogen": True},
        "household": {"rent": 750},
        "jobs": [{"hours_per_week": 16, "hourly_wage": 14.99}],
        "calendar": {"new_work_at_start": True},
        "toeslagenwet": {"receives": False},  # the huurtoeslag advances alone
    }
    after = {(a["year"], a["kind"]): a for a in run(raw)["after_year"]}
    assert 80 <= after[(2026, "huurtoeslag")]["settlement"] <= 86


# ------------------------------------------------------------------ the Toeslagenwet top-up (issue 16)
# A couple with a child of 3, partner without income, 20 h at the minimum wage of July 2026 (€ 14,99):
# the worked case tests/cases/evaluate-2026-toeslagenwet-couple-child-3.yaml. Wage 20 x 52 / 12 x 14,99
# = 1.299,13; Wajong 0,7 x (2.337,00 - 1.299,13) = 726,51; TW (art. 6, 7, 8): 21,75 x 107,45 - (726,51 +
# 1.299,13 - 0,15 x 2.337,00)
# = 2.337,0375 - 1.675,09 = 661,95. UWV pays it with the Wajong.

TW_WAGE, TW_WAJONG, TW_TOP_UP = 1299.13, 726.51, 661.95


def tw_request(hours: list[Any] | None = None, **cal: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "period": "2026-07",
        "age": 25,
        "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 14.99}],
        "household": {"partner": True, "persons": 3, "children_ages": [3]},
        "calendar": {"months": 12, **cal},
    }
    if hours is not None:
        raw["calendar"]["hours_per_week_by_month"] = hours
    return raw


def test_tw_top_up_is_paid_with_the_wajong_every_month() -> None:
    m = by_month(run(tw_request(new_work_at_start=True)))
    for month in ("2026-07", "2026-10", "2026-12"):
        assert m[month]["wage_paid"] == pytest.approx(TW_WAGE)
        assert m[month]["wajong_paid"] == pytest.approx(TW_WAJONG)
        assert m[month]["toeslagenwet_entitlement"] == pytest.approx(TW_TOP_UP)
        assert m[month]["toeslagenwet_paid"] == pytest.approx(TW_TOP_UP)
        # Gross in the month: the norm plus the vrijlating of art. 7, 2.337,04 + 350,55.
        assert m[month]["gross_in"] == pytest.approx(TW_WAGE + TW_WAJONG + TW_TOP_UP)


def test_tw_vakantie_uitkering_is_paid_in_may_with_the_wajongs() -> None:
    """TW art. 10: 8% of the toeslag, paid with the Wajong's (art. 3:25) in May, over May 2026 - April 2027.
    May-June 2026, no work yet (2026-01 rates): Wajong 0,7 x 2.294,40 = 1.606,08, accrual 128,49; TW
    21,75 x 105,49 - 1.606,08 = 688,33, accrual 55,07. July 2026 - April 2027: Wajong 726,51 (58,12) and
    TW 661,95 (52,96)."""
    m = by_month(run(tw_request(new_work_at_start=True)))
    tw_before = round(21.75 * 105.49 - round(0.7 * 2294.40, 2), 2)
    assert tw_before == pytest.approx(688.33)
    expected = 2 * (128.49 + round(0.08 * tw_before, 2)) + 10 * (58.12 + round(0.08 * TW_TOP_UP, 2))
    assert m["2027-05"]["uwv_vakantie_uitkering"] == pytest.approx(expected)  # 1.477,92


def test_tw_extra_hours_are_settled_like_the_wajong() -> None:
    """30 hours in September: wage 30 x 52 / 12 x 14,99 = 1.948,70, Wajong 0,7 x (2.337,00 - 1.948,70) =
    271,81, TW 2.337,0375 - (271,81 + 1.948,70 - 350,55) = 467,08. UWV paid 661,95 in September (the
    estimate) and takes 194,87 back in November (lag 2): 30% of the extra 649,57 of wage. Gross income
    over the two months does not rise: the flat zone."""
    hours = [20, 20, 30, 20, 20, 20, 20, 20, 20, 20, 20, 20]
    m = by_month(run(tw_request(hours)))
    assert m["2026-09"]["toeslagenwet_entitlement"] == pytest.approx(467.08)
    assert m["2026-09"]["toeslagenwet_paid"] == pytest.approx(TW_TOP_UP)
    assert m["2026-11"]["toeslagenwet_paid"] == pytest.approx(TW_TOP_UP + (467.08 - TW_TOP_UP))
    # September's extra wage 649,57 is offset in November: Wajong -0,7 x 649,57 = -454,70 and TW -194,87.
    assert m["2026-11"]["wajong_correction"] == pytest.approx(271.81 - TW_WAJONG)
    assert pytest.approx(0.0, abs=0.01) == (1948.70 - TW_WAGE) + (271.81 - TW_WAJONG) + (467.08 - TW_TOP_UP)
    got = sum(m[k]["gross_in"] for k in ("2026-09", "2026-10", "2026-11"))
    assert got == pytest.approx(3 * (TW_WAGE + TW_WAJONG + TW_TOP_UP), abs=0.01)


def test_tw_counts_in_the_toeslagen_toetsingsinkomen() -> None:
    """Awir art. 8 / Wet IB 2001: the top-up is taxable income, so the zorgtoeslag's toetsingsinkomen of
    the year rises by what UWV paid of it in the year (with its vakantie-uitkering in May)."""
    gets = run(tw_request(new_work_at_start=True))
    none = run({**tw_request(new_work_at_start=True), "toeslagenwet": {"receives": False}})

    def ti(r: dict[str, Any]) -> float:
        return next(a for a in r["after_year"] if a["kind"] == "zorgtoeslag" and a["year"] == 2026)[
            "actual_toetsingsinkomen"
        ]

    paid_2026 = sum(x["toeslagenwet_paid"] for x in gets["months"] if x["month"].startswith("2026"))
    assert paid_2026 == pytest.approx(6 * TW_TOP_UP)
    # May 2026 is before the calendar (not shown): 8% of the TW of May 2025 - April 2026, no work then.
    holiday_2026 = sum(
        round(0.08 * round(21.75 * norm - round(0.7 * wml, 2), 2), 2) * k
        for norm, wml, k in ((100.77, 2191.80, 2), (103.26, 2245.80, 6), (105.49, 2294.40, 4))
    )
    # January - June 2026, no work yet: 688,33 a month (the test above).
    assert ti(gets) - ti(none) == pytest.approx(6 * TW_TOP_UP + 6 * 688.33 + holiday_2026, abs=0.02)


def test_the_job_stops_after_6_months_and_wajong_and_top_up_return_in_january() -> None:
    """Issue 16, "de baan stopt na 6 maanden": the couple's job (20 h at € 14,99) from July 2026 ends after
    December 2026. From January 2027 there is no wage: the Wajong without work is 0,7 x 2.337,00 = 1.635,90
    (art. 2:40 lid 1 b) and the Toeslagenwet top-up 21,75 x 107,45 - 1.635,90 = 701,14 (TW art. 8; 2027
    uses the last known rates of July 2026)."""
    cal = run(tw_request(new_work_at_start=True, job_stops_after_months=6))
    stop = cal["job_stop"]
    assert (stop["last_month"], stop["wajong_back_from"]) == ("2026-12", "2027-01")
    assert stop["wajong_per_month"] == pytest.approx(round(0.7 * 2337.00, 2))
    assert stop["toeslagenwet_per_month"] == pytest.approx(round(21.75 * 107.45 - 1635.90, 2))
    m = by_month(cal)
    assert m["2026-12"]["wajong_entitlement"] == pytest.approx(TW_WAJONG)  # the last month with the job
    for month in ("2027-01", "2027-03", "2027-06"):
        assert m[month]["wage_earned"] == 0
        assert m[month]["wajong_entitlement"] == pytest.approx(1635.90)
        assert m[month]["toeslagenwet_entitlement"] == pytest.approx(701.14)
    assert "januari 2027" in stop["text_nl"] and "€ 701,14" in stop["text_nl"].replace("\xa0", " ")
