"""The costs of working and the municipality's schemes (issue 16, part 3; calc/costs.py, calc/compare.py).

The case: the couple with a child of 3 of tests/cases/evaluate-2026-toeslagenwet-couple-child-3.yaml,
20 h at € 14,99 from July 2026. Without costs the job brings d a month more in the account (calc's
comparison, from the chain tested elsewhere). Costs of working € 120,00 a month and a travel allowance of
€ 60,00 for 200 km: untaxed at most 200 x € 0,23 = € 46,00 (Wet LB 1964 art. 31a), so the net costs are
120,00 - 46,00 = € 74,00 a month and the gain after costs d - 74,00.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.chain import sweep
from calc.compare import compare
from calc.costs import social_minimum_share, untaxed_travel_allowance
from calc.money import eur
from calc.rates import load_rates
from calc.report import summary_pdf
from calc.validate import parse_compare_request, parse_situation

BOOK = load_rates()
COUPLE: dict[str, Any] = {
    "period": "2026-07", "age": 25, "wajong": {"arbeidsvermogen": True},
    "jobs": [{"hours_per_week": 20, "hourly_wage": 14.99}],
    "household": {"partner": True, "persons": 3, "children_ages": [3]},
}  # fmt: skip
COSTS = {"work_per_month": 120.0, "travel_allowance_per_month": 60.0, "travel_km_per_month": 200.0}


def run(raw: dict[str, Any]) -> dict[str, Any]:
    return compare(parse_compare_request(raw), BOOK)


def test_the_allowance_is_untaxed_up_to_the_limit_per_km() -> None:
    assert BOOK.value("work_costs.travel_allowance_max_per_km", parse_situation(COUPLE).first_day) == 0.23
    got = untaxed_travel_allowance([60.0, 60.0, 30.0], [200.0, np.nan, 200.0], 0.23)
    assert got.tolist() == pytest.approx([0.23 * 200, 60.0, 30.0])  # km unknown: as given


def test_costs_change_the_answer() -> None:
    plain, costly = run(COUPLE), run({**COUPLE, "costs": COSTS})
    d = plain["variants"][0]["difference_cash_month"]
    c = costly["costs"]
    assert (c["travel_allowance_untaxed"], c["net_costs_month"]) == (46.00, 120.00 - 46.00)
    v, now = costly["variants"][0], costly["now"]
    assert v["difference_cash_month"] == pytest.approx(d)  # the money in the account is the same ...
    assert v["cash_month_after_costs"] == pytest.approx(v["cash_month"] - 74.00)  # ... the costs come off
    assert now["cash_month_after_costs"] == now["cash_month"]  # now: no job, no costs
    assert v["difference_cash_month_after_costs"] == pytest.approx(d - 74.00)
    assert v["difference_year_total_after_costs"] == pytest.approx(v["difference_year_total"] - 12 * 74.00)
    assert costly["headline"]["costs_nl"] == (
        f"U heeft {eur(120)} per maand kosten van werken. U krijgt {eur(46)} per maand reiskostenvergoeding "
        f"(onbelast). Dan houdt u elke maand {eur(d - 74)} meer over dan nu. Zonder die kosten is het "
        f"verschil {eur(d)}."
    )
    assert [n["code"] for n in c["notes"]] == ["travel_allowance_over_limit"]  # 60 > 46: the rest is wage
    assert plain["headline"]["costs_nl"] == "" and not plain["costs"]["given"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(work=st.floats(0, 2000), allowance=st.floats(0, 500))
def test_the_gain_after_costs_is_the_gain_minus_the_net_costs(work: float, allowance: float) -> None:
    """Without km the allowance is untaxed as given: gain after costs = gain - work + allowance."""
    r = run({**COUPLE, "costs": {"work_per_month": work, "travel_allowance_per_month": allowance}})
    v = r["variants"][0]
    expected = v["difference_cash_month"] - round(round(work, 2) - round(allowance, 2), 2)
    assert v["difference_cash_month_after_costs"] == pytest.approx(expected, abs=0.011)


def test_the_sweep_subtracts_the_costs_at_every_hour_with_work() -> None:
    df = sweep(parse_situation({**COUPLE, "costs": COSTS}), np.arange(0, 41, dtype=float), 0, BOOK)
    diff = (df["net_income"] - df["net_income_after_costs"]).to_numpy()
    assert diff[0] == 0 and np.allclose(diff[1:], 74.00)
    assert np.allclose((df["year_total"] - df["year_total_after_costs"]).to_numpy()[1:], 12 * 74.00)


def test_municipal_signals_when_the_income_crosses_the_boundaries() -> None:
    """Now: Wajong 0,7 x 2.337,00 = 1.635,90 + TW 701,14 = 2.337,04, the norm 21,75 x 107,45 = 2.337,0375:
    100% of the social minimum. With the job: 2.337,04 + the vrijlating 350,55 = 2.687,59, 115%. So it crosses
    the kwijtschelding (100%) and the individuele inkomenstoeslag (110%) boundaries and stays under 120%
    (bijzondere bijstand, collectieve zorgverzekering): the tool's choices in rates/work_costs.yaml."""
    shares = social_minimum_share([2337.04, 2687.59], [21.75 * 107.45] * 2)
    assert shares.round(3).tolist() == [1.0, 1.15]
    signals = {m["code"]: m for m in run(COUPLE)["municipal"]}
    assert signals["municipal_crossing"]["schemes"] == [
        "kwijtschelding van gemeentelijke belastingen", "individuele inkomenstoeslag",
    ]  # fmt: skip
    assert signals["municipal_may_apply"]["schemes"] == [
        "bijzondere bijstand", "collectieve zorgverzekering voor minima",
    ]  # fmt: skip
    assert "Vraag het bij uw gemeente" in signals["municipal_crossing"]["nl"]
    assert "€" not in signals["municipal_crossing"]["nl"]  # no amounts: each municipality decides
    well_paid = {**COUPLE, "household": {"partner": True, "persons": 3, "children_ages": [3],
                                         "partner_income_year": 40000}}  # fmt: skip
    assert run(well_paid)["municipal"] == []  # far above 120%, now and with the job


def test_costs_appear_in_the_pdf() -> None:
    import io
    import re

    import pypdf

    pdf = summary_pdf({**COUPLE, "costs": COSTS}, book=BOOK)
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    text = text.replace("\xa0", " ")
    d = run(COUPLE)["variants"][0]["difference_cash_month"]
    assert f"Dan houdt u elke maand {eur(d - 74)} meer over dan nu".replace("\xa0", " ") in text
    assert "Kosten van werken per maand € 120,00" in text
    assert "Wet op de loonbelasting 1964, artikel 31a" in text


def test_bad_costs_get_a_dutch_message_not_a_traceback() -> None:
    raw = json.dumps({**COUPLE, "costs": {"work_per_month": -5}})
    out = subprocess.run(
        [sys.executable, "-m", "calc", "compare", "-"], input=raw, capture_output=True, text=True, check=False
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "kosten van werken per maand" in out.stderr


def test_the_app_asks_the_costs_and_shows_the_gain_with_and_without() -> None:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=30)
    for k, v in {"period": "2026-07", "partner": "true", "persons": "3", "kids": "3", "costs": "120"}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    shown = "\n".join(str(x.value) for x in at.info)
    d = run(COUPLE)["variants"][0]["difference_cash_month"]
    assert f"U heeft {eur(120)} per maand kosten van werken." in shown
    assert f"Dan houdt u elke maand {eur(d - 120)} meer over dan nu." in shown
    assert "Vraag het bij uw gemeente" in shown  # the municipality's schemes, no amounts
