"""The calendar's tax on what is paid when it is paid, and four-weekly pay as the law counts it
(issue 14; calc/calendar_tax.py, docs/calendar.md items 5 and 9).

Expected amounts are the arithmetic of the articles. Referentiemaandloon (WML art. 8 lid 1 b,
rates/minimum_wage.yaml): 2025-01 € 2.191,80; 2025-07 € 2.245,80; 2026-01 € 2.294,40; 2026-07 € 2.337,00.
Wet IB 2001 2025 (art. 2.10, 8.10, 8.11, 8.16a): 35,82% to € 38.441 (8,17% + 27,65% premies); AHK
€ 3.068 less 6,337% above € 28.406; arbeidskorting 8,053% to € 980, + 30,030% above € 12.169 to € 5.220;
JGK € 909.
"""

from __future__ import annotations

from typing import Any

import pytest

from calc.calendar import calendar
from calc.rates import load_rates
from calc.validate import parse_calendar_request

BOOK = load_rates()


def run(raw: dict[str, Any]) -> dict[str, Any]:
    return calendar(parse_calendar_request(raw), BOOK)


def new_job_2025(**extra: Any) -> dict[str, Any]:
    return {
        "period": "2025-01",
        "age": 25,
        "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 15}],
        "calendar": {"start": "2025-01", "new_work_at_start": True, **extra},
        "toeslagenwet": {"receives": False},  # the tax of the Wajong and the wage (TW: test_calendar.py)
    }


def tax_of(result: dict[str, Any], year: int) -> dict[str, Any]:
    return next(a for a in result["after_year"] if a["kind"] == "inkomstenbelasting" and a["year"] == year)


def test_first_year_counts_holiday_pay_when_paid() -> None:
    """Issue 14: a new job from January 2025, 20 h x € 15 = € 1.300 a month. Paid in 2025: wage
    12 x 1.300; vakantiegeld in May over January-May, 0,08 x 5 x 1.300 = 520; Wajong 6 x 0,7 x
    (2.191,80 - 1.300) + 6 x 0,7 x (2.245,80 - 1.300) = 6 x 624,26 + 6 x 662,06; UWV's
    vakantie-uitkering in May € 1.148,42 (8% of the Wajong of May 2024-April 2025, as the calendar
    itself pays it; tested in test_calendar.py). Tax = 35,82% x income - AHK - AK(16.120) - JGK."""
    r = run(new_job_2025())
    may = next(m for m in r["months"] if m["month"] == "2025-05")
    assert may["employer_vakantiegeld"] == pytest.approx(0.08 * 5 * 1300)
    assert may["uwv_vakantie_uitkering"] == pytest.approx(1148.42)
    wage = 12 * 1300 + 520
    wajong = 6 * 624.26 + 6 * 662.06 + 1148.42
    tax = round(0.3582 * (wage + wajong), 2) - 3068 - (980 + 0.3003 * (wage - 12169)) - 909
    t = tax_of(r, 2025)
    assert t["taxable_income"] == pytest.approx(wage + wajong)
    assert t["arbeidskorting"] == pytest.approx(980 + 0.3003 * (wage - 12169), abs=0.005)
    assert t["income_tax"] == pytest.approx(tax, abs=0.01)
    assert t["income_tax"] == pytest.approx(2806.62, abs=0.01)  # the figure


def test_toetsingsinkomen_is_the_income_paid_in_the_year() -> None:
    r = run(new_job_2025())
    zorg = next(a for a in r["after_year"] if a["kind"] == "zorgtoeslag" and a["year"] == 2025)
    assert zorg["actual_toetsingsinkomen"] == pytest.approx(tax_of(r, 2025)["taxable_income"])


def test_may_withholds_on_the_holiday_pay_paid_in_may() -> None:
    """Wet LB art. 26 and 27: holiday pay is withheld when it is paid, by the payer who pays it. With
    the loonheffingskorting at the employer (who then withholds nil on 1.300 a month), only the
    holiday pay in May brings withholding; the year's withholding is the sum of the months."""
    r = run({**new_job_2025(), "loonheffingskorting": "employer"})
    months = {m["month"]: m for m in r["months"]}
    assert months["2025-04"]["withholding"] > 0  # UWV, without korting, on the Wajong
    assert months["2025-05"]["withholding"] > months["2025-04"]["withholding"]
    total = sum(m["withholding"] for k, m in months.items() if k.startswith("2025"))
    assert tax_of(r, 2025)["withheld"] == pytest.approx(total, abs=0.005)


def test_four_weekly_pay_counts_as_day_amounts_for_the_wajong() -> None:
    """AIB art. 4:1 lid 2: four weeks of € 1.200 (20 h x € 15 x 4) are 1.200 / 20 x 21,75 = € 1.305 a
    month for the Wajong, not 1.200 x 13 / 12 = € 1.300; Wajong 0,7 x (2.294,40 - 1.305) = € 692,58."""
    raw = {
        "period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 15}],
        "calendar": {"start": "2026-01", "pay_period": "four_weeks"},
    }  # fmt: skip
    months = {m["month"]: m for m in run(raw)["months"]}
    assert months["2026-03"]["income_for_wajong"] == pytest.approx(1200 / 20 * 21.75)
    assert months["2026-03"]["wajong_entitlement"] == pytest.approx(round(0.7 * (2294.40 - 1305.00), 2))
    assert months["2026-03"]["wage_earned"] == pytest.approx(1300.00)  # hours x 52/12 x wage, as before
    # A year of it: 6 x 0,7 x (2.294,40 - 1.305) + 6 x 0,7 x (2.337,00 - 1.305) = 8.489,88, which is
    # 12 x 0,7 x 5 = 42,00 less than with 1.300 a month (issue 14).
    year = sum(m["wajong_entitlement"] for m in months.values())
    assert year == pytest.approx(6 * 692.58 + 6 * round(0.7 * (2337.00 - 1305.00), 2))
    monthly = {m["month"]: m for m in run({**raw, "calendar": {"start": "2026-01"}})["months"]}
    assert sum(m["wajong_entitlement"] for m in monthly.values()) - year == pytest.approx(12 * 0.7 * 5)


def test_four_weekly_withholding_is_per_period_of_four_weeks() -> None:
    """Wet LB art. 25 lid 1: four weeks are 20 of 260 days, so the tax of a period is the year's tax
    on 13 periods, divided by 13. Without korting at the employer: 35,75% x 13 x 1.200 / 13 = 429,00
    (2026, tariff per bracket in whole euros: 0,3575 x 15.600 = 5.577,00); November has two pay dates."""
    raw = {
        "period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 15}], "loonheffingskorting": "none",
        "calendar": {"start": "2026-01", "pay_period": "four_weeks"},
    }  # fmt: skip
    r = run(raw)
    months = {m["month"]: m for m in r["months"]}
    uwv_march = months["2026-03"]["withholding"] - 429.00
    assert months["2026-11"]["wage_pay_dates"] == ["2026-11-01", "2026-11-29"]
    assert months["2026-11"]["withholding"] - 2 * 429.00 == pytest.approx(
        months["2026-10"]["withholding"] - 429.00, abs=0.005
    )
    assert uwv_march > 0


def test_a_single_parent_gets_the_iack_in_the_calendar_settlement() -> None:
    """Art. 8.14a in the year settlement: the same calendar with a child of 5 settles the IACK more,
    11,45% x (arbeidsinkomen paid in 2025 - 6.145) = 0,1145 x (16.120 - 6.145)."""
    parent = new_job_2025()
    parent["household"] = {"persons": 2, "children_ages": [5]}
    t = tax_of(run(parent), 2025)
    assert t["iack"] == pytest.approx(round(0.1145 * (16120 - 6145), 2))
    assert t["income_tax"] == pytest.approx(tax_of(run(new_job_2025()), 2025)["income_tax"] - t["iack"])
