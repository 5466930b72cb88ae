"""A Wajonger with an own business (issue 17): what the law promises, and the settlement years later.

Expected amounts are the arithmetic of the rules (AIB art. 3:2, 4:1; Wet IB 2001 art. 3.76, 3.78a, 3.79a;
Wet Wajong art. 2:40), never the code's own output. The worked cases are in tests/cases/*zzp*.yaml.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.benefit import compute_wajong
from calc.business import settlement_risk
from calc.calendar import calendar
from calc.chain import compute_chain, profit_sweep
from calc.checklist import checklist
from calc.columns import columns_from_situation, sweep_profit
from calc.compare import compare
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import load_rates
from calc.tax import compute_tax
from calc.validate import parse_calendar_request, parse_compare_request
from tests.conftest import situation

BOOK = load_rates()
G_2026 = 2294.40  # referentiemaandloon from 1 January 2026
PROFITS = np.linspace(0, 60_000, 121)


def business(
    profit: float = 9000, hours: float = 900, started: int | None = 2026, **more: Any
) -> dict[str, Any]:
    return {"profit_year": profit, "hours_year": hours, "started_year": started, **more}


def zzp(**b: Any) -> Any:
    return situation(period="2026-03", business=business(**b))


# ------------------------------------------------------------------ the Wajong counts the profit (AIB 3:2)


def test_the_wajong_counts_the_profit_before_the_deductions() -> None:
    """AIB art. 3:2 lid 1 d: belastbare winst + ondernemersaftrek + MKB = the profit; 4:1 lid 5: / 12."""
    r = evaluate(zzp(profit=9000, hours=900)).as_json()
    assert r["month"]["business_income"] == pytest.approx(9000 / 12)
    assert r["month"]["wajong"] == pytest.approx(round(0.7 * (G_2026 - 9000 / 12), 2))
    assert r["business"]["ondernemersaftrek"] == 9000  # lowers the tax ...
    assert r["year"]["business_profit_taxable"] == 0  # ... not the Wajong's income


def test_a_loss_counts_as_nil() -> None:
    """AIB art. 3:2 lid 2: a negative income is nil; the Wajong is the benefit without work."""
    r = evaluate(zzp(profit=-5000, hours=400)).as_json()
    assert r["month"]["business_income"] == 0
    assert r["month"]["wajong"] == pytest.approx(0.7 * G_2026)
    assert "business_loss" in {w["code"] for w in r["warnings"]}


def test_starting_mid_year_spreads_over_the_months_with_the_business() -> None:
    """AIB art. 4:1 lid 5 ("de betreffende kalendermaanden"): a start in July spreads over six months."""
    s = situation(period="2026-09", business=business(9000, 900, 2026, started_month=7))
    r = evaluate(s).as_json()
    assert r["month"]["business_income"] == pytest.approx(9000 / 6)
    before = situation(period="2026-03", business=business(9000, 900, 2026, started_month=7))
    assert evaluate(before).as_json()["month"]["business_income"] == 0  # no business yet in March


def test_a_business_that_starts_after_the_period_is_refused() -> None:
    with pytest.raises(InvalidSituation, match="startjaar"):
        evaluate(situation(period="2026-03", business=business(started=2027)))


# ------------------------------------------------------------------ the ondernemersaftrek (Wet IB)


@pytest.mark.parametrize(
    ("hours", "year", "za", "starters", "ao"),
    [
        (1300, 2026, 1200, 2123, 0),  # urencriterium, a starter: zelfstandigenaftrek + startersaftrek
        (1300, 2023, 1200, 2123, 0),  # the fourth year: the startersaftrek applied at most twice before
        (1300, 2022, 1200, 0, 0),  # the fifth year: applied three times before
        (900, 2026, 0, 0, 12000),  # verlaagd urencriterium, year 1: startersaftrek bij AO € 12.000
        (900, 2025, 0, 0, 8000),  # year 2: € 8.000
        (900, 2024, 0, 0, 4000),  # year 3: € 4.000
        (900, 2023, 0, 0, 0),  # year 4: none
        (700, 2026, 0, 0, 0),  # below 800 hours: no ondernemersaftrek
    ],
)
def test_which_ondernemersaftrek(hours: float, year: int, za: float, starters: float, ao: float) -> None:
    """Art. 3.76 (1.225 hours; + € 2.123 for a starter: years 1-3 here, docs/assumptions.md) or art.
    3.78a (800 hours, not 1.225: € 12.000 / 8.000 / 4.000 in years 1-3), never both; 2026 amounts."""
    if (hours, year) == (1300, 2023):
        starters = 0  # year 4: the zelfstandigenaftrek was applied three times (2023, 2024, 2025)
    r = evaluate(zzp(profit=20000, hours=hours, started=year)).as_json()["business"]
    assert (r["zelfstandigenaftrek"], r["startersaftrek"], r["startersaftrek_bij_arbeidsongeschiktheid"]) == (
        za,
        starters,
        ao,
    )
    assert r["mkb_winstvrijstelling"] == pytest.approx(round(0.127 * (20000 - za - starters - ao), 2))


def test_the_zelfstandigenaftrek_is_capped_at_the_profit_except_for_a_starter() -> None:
    """Art. 3.76 lid 5: not more than the profit, but not for a starter (who may make a loss with it)."""
    old = evaluate(zzp(profit=800, hours=1300, started=2015)).as_json()["business"]
    assert old["zelfstandigenaftrek"] == 800 and old["profit_taxable"] == 0
    new = evaluate(zzp(profit=800, hours=1300, started=2026)).as_json()["business"]
    assert new["zelfstandigenaftrek"] + new["startersaftrek"] == 1200 + 2123
    assert new["profit_taxable"] == pytest.approx(round((800 - 3323) * (1 - 0.127), 2), abs=0.01)


def test_an_entrepreneur_in_each_of_the_five_years_before_is_no_starter() -> None:
    r = evaluate(zzp(profit=20000, hours=900, was_entrepreneur_last_5_years=True)).as_json()["business"]
    assert r["startersaftrek_bij_arbeidsongeschiktheid"] == 0


# ------------------------------------------------------------------ properties


@settings(max_examples=40, deadline=None)
@given(
    hours=st.sampled_from([0, 500, 900, 1300, 2000]),
    started=st.sampled_from([None, 2019, 2024, 2025, 2026]),
    av=st.booleans(),
    period=st.sampled_from(["2024-03", "2025-09", "2026-03", "2027-02"]),
)
def test_more_profit_never_less_after_wajong_and_tax(
    hours: float, started: int | None, av: bool, period: str
) -> None:
    """Profit + Wajong (with its vakantie-uitkering) - income tax - Zvw bijdrage never falls when the
    profit rises: the Wajong takes 70-75% of the profit, and the tax and the Zvw bijdrage take part of the
    rest; the law makes no cliff."""
    if started is not None and started > int(period[:4]):
        started = None
    s = situation(period=period, wajong={"arbeidsvermogen": av}, business=business(0, hours, started))
    cols = sweep_profit(s, PROFITS)
    w = compute_wajong(cols, BOOK, s.first_day)
    t = compute_tax(cols, w, BOOK, s.first_day)
    kept = PROFITS + t.wajong_year - t.income_tax_year - t.zvw_bijdrage_year
    assert np.all(np.diff(kept) >= -0.05)
    assert np.all(np.diff(PROFITS + 12 * w.wajong) >= -0.01)  # the Wajong law alone: 30 or 25 cent kept


@settings(max_examples=40, deadline=None)
@given(
    profit=st.floats(-20_000, 80_000), hours=st.floats(0, 3000), started=st.sampled_from([None, 2022, 2026])
)
def test_the_deductions_never_change_the_wajong(profit: float, hours: float, started: int | None) -> None:
    """The hours, the start and the deductions decide the tax only (AIB art. 3:2 lid 1 d adds them back)."""
    a = compute_wajong(columns_from_situation(zzp(profit=profit, hours=hours, started=started)), BOOK, G_DAY)
    b = compute_wajong(columns_from_situation(zzp(profit=profit, hours=0, started=None)), BOOK, G_DAY)
    assert a.wajong[0] == b.wajong[0]
    assert a.wajong[0] <= a.without_work[0]


G_DAY = situation(period="2026-03").first_day


@settings(max_examples=30, deadline=None)
@given(
    profit=st.floats(0, 80_000), hours=st.floats(0, 3000), started=st.sampled_from([None, 2020, 2025, 2026])
)
def test_the_deductions_are_never_more_than_the_law_gives(
    profit: float, hours: float, started: int | None
) -> None:
    c = compute_chain(columns_from_situation(zzp(profit=profit, hours=hours, started=started)), BOOK, G_DAY)
    b = c.tax.business
    assert not (b.zelfstandigenaftrek[0] > 0 and b.startersaftrek_ao[0] > 0)  # art. 3.78a: only without 3.76
    assert b.startersaftrek_ao[0] <= max(profit, 0) + 0.005  # "niet meer dan ... winst"
    assert c.tax.zvw_bijdrage_year[0] >= 0
    assert c.tax.settlement_year[0] == pytest.approx(0, abs=0.011)  # all through the voorlopige aanslag


# ------------------------------------------------------------------ the settlement years later


def cal(realised: float | None, profit: float = 9000) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "period": "2026-01",
        "age": 25,
        "wajong": {"arbeidsvermogen": True},
        "business": business(profit, 900, 2026),
        "calendar": {} if realised is None else {"business_profit_realised": realised},
    }
    return calendar(parse_calendar_request(raw))


@pytest.mark.parametrize("difference", [3000.0, -3000.0, 1200.0, -600.0])
def test_the_realised_profit_moves_the_settlement(difference: float) -> None:
    """Higher profit: a terugvordering of 0,7 x the difference (the Wajong of twelve months with the
    business); lower: a nabetaling of the same; UWV settles it once, in June 2028 (18 months after the
    year, rates/uwv_timing.yaml), after the aangifte of May 2027."""
    r = cal(9000 + difference)
    year = r["business"]["years"][0]
    assert year["settlement"] == pytest.approx(-0.7 * difference, abs=0.01)
    assert year["kind"] == ("terugvordering" if difference > 0 else "nabetaling")
    assert (year["aangifte_month"], year["settlement_month"]) == ("2027-05", "2028-06")
    later = [x for x in r["wajong_due_after_calendar"] if x["kind"] == "business_settlement"]
    assert later == [
        {
            "month": "2028-06",
            "amount": pytest.approx(-0.7 * difference, abs=0.01),
            "kind": "business_settlement",
        }
    ]
    # Every euro of the law's Wajong is paid once: as voorschot now or in the settlement later.
    t = r["totals"]
    assert t["wajong_paid"] + t["wajong_still_to_settle"] == pytest.approx(t["wajong_entitlement"], abs=0.01)


def test_as_estimated_nothing_is_settled() -> None:
    r = cal(None)
    assert r["business"]["years"][0]["settlement"] == 0
    assert r["business"]["years"][0]["kind"] == "geen"


def test_the_sentence_says_the_same_as_the_calendar() -> None:
    """evaluate's settlement risk (the sentence in the app and the PDF) = the calendar's settlement."""
    risk = settlement_risk(zzp(profit=9000, hours=900), BOOK)
    assert risk is not None
    assert risk.payback == pytest.approx(-cal(12000)["business"]["years"][0]["settlement"], abs=0.01)
    assert risk.nabetaling == pytest.approx(cal(6000)["business"]["years"][0]["settlement"], abs=0.01)
    assert risk.settlement_month == "2028-06"
    r = evaluate(zzp(profit=9000, hours=900)).as_json()
    sentence = next(w["nl"] for w in r["warnings"] if w["code"] == "business_settlement_risk")
    assert "€\xa02.100,00" in sentence and "2028" in sentence


def test_the_wajong_floor_limits_the_payback() -> None:
    """Near the point where the Wajong is nil, a higher profit cannot take more than the Wajong there was."""
    risk = settlement_risk(zzp(profit=27000, hours=900), BOOK)
    assert risk is not None
    assert risk.payback == pytest.approx(12 * round(0.7 * (G_2026 - 27000 / 12), 2), abs=0.02)


# ------------------------------------------------------------------ compare, checklist, sweep


def test_compare_with_the_business_as_the_new_work() -> None:
    req = parse_compare_request(
        {"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True},
         "jobs": [{"hours_per_week": 8, "hourly_wage": 15}], "business": business(), "new_work": "business",
         "variants": [[{"hours_per_week": 12, "hourly_wage": 15}]]}
    )  # fmt: skip
    r = compare(req, BOOK)
    assert r["new_work"] == "business"
    assert r["now"]["business"] is None and r["now"]["label_nl"] == "Nu, zonder uw bedrijf"
    assert [v["label_nl"] for v in r["variants"]] == ["Met uw bedrijf", "Baan 2"]
    assert r["variants"][0]["business"]["profit_year"] == 9000
    assert len(r["variants"][1]["jobs"]) == 2 and r["variants"][1]["business"] is None
    codes = [n.code for n in checklist(r, evaluate(req.situation(), BOOK).as_json())]
    assert codes[:4] == ["business_estimate_to_uwv", "business_hours", "business_voorlopige_aanslag",
                         "business_five_years"]  # fmt: skip
    assert "report_to_uwv" not in codes


def test_compare_refuses_a_business_that_is_not_there() -> None:
    with pytest.raises(InvalidSituation, match="geen bedrijf"):
        compare(parse_compare_request({"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True},
                                       "new_work": "business"}), BOOK)  # fmt: skip


def test_the_profit_sweep_is_the_chain_at_each_profit() -> None:
    s = zzp(profit=9000, hours=900)
    df = profit_sweep(s, [0, 9000, 18000], BOOK)
    one = evaluate(s).as_json()
    row = df[df["profit_year"] == 9000].iloc[0]
    assert row["net_income"] == one["month"]["net_income"]
    assert row["year_total"] == one["year"]["total"]
    assert list(df["wajong"]) == [round(0.7 * (G_2026 - p / 12), 2) for p in (0, 9000, 18000)]
