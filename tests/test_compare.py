"""The comparison (issue 12): one answer for the CLI, the app and the PDF; the money in the account
first and the year beside it; the year does not depend on who applies the loonheffingskorting.

Shared cases live in tests/cases/compare/ (the situation, the app's URL and what the case is about).
Expected amounts come from calc's own comparison: these tests check that every surface says the
same thing and what the law promises (the year's income tax and toeslagen do not depend on who
withholds), not a number the code once produced.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from calc.batch import batch_dataframe
from calc.chain import sweep
from calc.compare import compare
from calc.money import eur
from calc.rates import load_rates
from calc.report import summary_pdf
from calc.situation import LHK_CHOICES, CompareRequest, Situation
from calc.validate import parse_compare_request

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "cases" / "compare").glob("*.json"))
BOOK = load_rates()


def case(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def cli_compare(raw: dict[str, Any]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "calc", "compare", "-"],
        input=json.dumps(raw),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout)


def app_for(params: dict[str, str], period: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for k, v in {**params, "period": period}.items():
        at.query_params[k] = v
    return at.run()


def pdf_text(pdf: bytes) -> str:
    import io
    import re

    import pypdf

    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_cli_app_and_pdf_give_the_same_difference(path: Path) -> None:
    c = case(path)
    raw = c["situation"]
    cli = cli_compare(raw)
    direct = compare(parse_compare_request(raw), BOOK)
    assert cli == json.loads(json.dumps(direct))  # the CLI prints calc's comparison
    v = cli["variants"][0]
    # The app: the three figures of the answer are calc's now, with the job, and the difference.
    at = app_for(c["app"], raw["period"])
    assert not at.exception
    figures = [(m.label, m.value) for m in at.metric][:3]
    assert figures == [
        (cli["now"]["label_nl"], eur(cli["now"]["cash_month"])),
        (v["label_nl"], eur(v["cash_month"])),
        ("Verschil", ("+ " if v["difference_cash_month"] > 0 else "") + eur(v["difference_cash_month"])),
    ]
    text = "\n".join(m.value for m in at.markdown)
    assert cli["headline"]["short_nl"] in text and cli["headline"]["year_nl"] in text
    # The PDF: the same sentences and the same scenario row.
    pdf = pdf_text(summary_pdf(raw, book=BOOK))
    for key in ("short_nl", "cash_nl", "year_nl"):
        assert cli["headline"][key].replace("\xa0", " ") in pdf
    sign = "+ " if v["difference_cash_month"] > 0 else ""
    assert f"{eur(v['cash_month'])} {sign}{eur(v['difference_cash_month'])}".replace("\xa0", " ") in pdf


def test_now_keeps_the_current_job_and_says_so() -> None:
    raw = case(ROOT / "tests" / "cases" / "compare" / "two-jobs-2026-03.json")["situation"]
    cmp = compare(parse_compare_request(raw), BOOK)
    assert cmp["now"]["label_nl"] == "Nu, zonder de nieuwe baan"
    assert [j["hours_per_week"] for j in cmp["now"]["jobs"]] == [10]
    without_any = compare(parse_compare_request({**raw, "jobs": raw["jobs"][1:]}), BOOK)
    assert without_any["now"]["label_nl"] == "Nu"
    # Keeping the current job in "now" is what makes the difference smaller than "no job at all".
    assert cmp["variants"][0]["difference_cash_month"] < without_any["variants"][0]["difference_cash_month"]


def test_monthly_cash_lower_but_year_higher_is_said_plainly_with_what_to_do() -> None:
    """The 23-year-old at 32 h (issue 12): the page says the monthly cash is lower than now, and
    how to get the money monthly (loonheffingskorting at the employer, a voorlopige aanslag)."""
    c = case(ROOT / "tests" / "cases" / "compare" / "young-tenant-2026-11.json")
    cmp = compare(parse_compare_request(c["situation"]), BOOK)
    h = cmp["headline"]
    assert (h["cash"], h["year"]) == ("less", "more")
    assert h["short_nl"].startswith("Elke maand ") and h["short_nl"].endswith(" minder op uw rekening")
    assert "Elke maand komt er minder op uw rekening" in h["mismatch_nl"]
    codes = [n["code"] for n in h["advice"]]
    assert "loonheffingskorting_switch" in codes
    at = app_for(c["app"], c["situation"]["period"])
    assert h["mismatch_nl"] in [w.value for w in at.warning]
    infos = [i.value for i in at.info]
    assert any("Opgaaf gegevens voor de loonheffingen" in i for i in infos)
    assert at.markdown and f"## {h['short_nl']}" in "\n".join(m.value for m in at.markdown)


def test_at_16_hours_more_arrives_each_month() -> None:
    raw = case(ROOT / "tests" / "cases" / "compare" / "young-tenant-2026-11.json")["situation"]
    raw = {**raw, "jobs": [{**raw["jobs"][0], "hours_per_week": 16}]}
    h = compare(parse_compare_request(raw), BOOK)["headline"]
    assert h["cash"] == "more" and h["year"] == "more"
    assert not h["mismatch_nl"]


def test_variants_are_compared_with_the_same_now() -> None:
    raw = case(ROOT / "tests" / "cases" / "compare" / "two-jobs-2026-03.json")["situation"]
    variants = [[{"hours_per_week": 8, "hourly_wage": 15}], [{"hours_per_week": 32, "hourly_wage": 17}]]
    cmp = compare(parse_compare_request({**raw, "variants": variants}), BOOK)
    assert [v["label_nl"] for v in cmp["variants"]] == ["Met deze baan", "Baan 2", "Baan 3"]
    for v, jobs in zip(cmp["variants"][1:], variants, strict=True):
        alone = compare(parse_compare_request({**raw, "jobs": [raw["jobs"][0], *jobs]}), BOOK)
        assert v["cash_month"] == alone["variants"][0]["cash_month"]
        assert v["difference_year_total"] == alone["variants"][0]["difference_year_total"]


def test_a_bad_variant_names_its_own_field() -> None:
    raw = case(ROOT / "tests" / "cases" / "compare" / "two-jobs-2026-03.json")["situation"]
    from calc.errors import InvalidSituation

    with pytest.raises(InvalidSituation) as err:
        compare(parse_compare_request({**raw, "variants": [[{"hours_per_week": 8, "hourly_wage": 2}]]}), BOOK)
    assert [p.field for p in err.value.problems] == ["variants[0][0].hourly_wage"]


# --- the year does not depend on who applies the loonheffingskorting ---------------------------


def generated_caseload(n: int, seed: int) -> pd.DataFrame:
    """n plausible situations in the batch's flat format, over every supported month and age."""
    rng = np.random.default_rng(seed)
    works = rng.random(n) < 0.8
    dispensed = works & (rng.random(n) < 0.25)
    partner = rng.random(n) < 0.2
    first, last = BOOK.supported_period()
    months = pd.period_range(first, last, freq="M").strftime("%Y-%m").to_numpy()
    kids = rng.integers(0, 3, n) * (rng.random(n) < 0.2)
    return pd.DataFrame(
        {
            "period": rng.choice(months, n),
            "age": rng.integers(18, 67, n),
            "arbeidsvermogen": rng.random(n) < 0.7,
            "hours_per_week": np.where(works, np.round(rng.uniform(1, 40, n), 1), np.nan),
            "hourly_wage": np.where(works, np.round(rng.uniform(16.0, 30.0, n), 2), np.nan),
            "loonwaarde": np.where(dispensed, np.round(rng.uniform(0.3, 0.9, n), 2), np.nan),
            "other_income_month": np.where(rng.random(n) < 0.1, np.round(rng.uniform(50, 900, n), 2), 0.0),
            "partner": partner,
            "partner_income_year": np.where(partner, np.round(rng.uniform(0, 45_000, n), 0), 0.0),
            "persons": np.where(partner, 2, 1) + kids,
            "children": kids,
            "rent": np.where(rng.random(n) < 0.6, np.round(rng.uniform(300, 1100, n), 2), 0.0),
            "assets": np.round(rng.exponential(6000, n), 0),
        }
    )


def test_the_year_is_the_same_for_every_loonheffingskorting_choice_on_10000_situations() -> None:
    """Issue 12: 10,000 generated situations, each computed with every choice (uwv, employer, both,
    none) in one vectorised batch: the year's money agrees to the cent; the monthly cash does not."""
    base = generated_caseload(10_000, seed=12)
    rows = pd.concat([base.assign(loonheffingskorting=c) for c in LHK_CHOICES], ignore_index=True)
    out = batch_dataframe(rows, BOOK)
    ok = out["error_nl"].eq("").to_numpy().reshape(len(LHK_CHOICES), -1).all(axis=0)
    assert ok.sum() > 9_000  # nearly all generated rows are valid situations
    year = out["year_total"].to_numpy().reshape(len(LHK_CHOICES), -1)[:, ok]
    assert not np.isnan(year).any()
    assert np.all(np.round(year * 100) == np.round(year[0] * 100))
    cash = out["net_income"].to_numpy().reshape(len(LHK_CHOICES), -1)[:, ok]
    assert np.any(np.abs(cash - cash[0]) > 1)  # the choice does move the monthly cash


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    age=st.integers(18, 66),
    hours=st.floats(0, 40).map(lambda h: round(h, 1)),
    extra=st.floats(0, 10).map(lambda x: round(x, 2)),
    rent=st.sampled_from([0.0, 450.0, 750.0, 950.0]),
    period=st.sampled_from(["2024-05", "2025-01", "2026-03", "2026-11", "2027-01"]),
    current=st.sampled_from(LHK_CHOICES),
)
def test_the_advice_compares_choices_with_the_same_year(
    age: int, hours: float, extra: float, rent: float, period: str, current: str
) -> None:
    """Every choice the advice weighs has the same year total; the advised one gives at least as
    much each month as the current one when only one payer may apply it."""
    s = Situation.model_validate({"period": period, "age": age, "wajong": {"arbeidsvermogen": True}})
    wage = float(np.ceil(min_wage(s) * 100) / 100) + extra
    raw = {
        **s.model_dump(mode="json"),
        "household": {"rent": rent},
        "loonheffingskorting": current,
        "jobs": [{"hours_per_week": hours, "hourly_wage": wage}],
    }
    advice = compare(CompareRequest.model_validate(raw), BOOK)["loonheffingskorting"]
    years = {round(x["year_total"], 2) for x in advice["by_choice"].values()}
    assert len(years) == 1
    if current != "both":
        assert advice["by_choice"][advice["best"]]["cash_month"] >= advice["by_choice"][current]["cash_month"]


def min_wage(s: Situation) -> float:
    from calc.minimum_wage import minimum_hourly_wage_on

    return float(minimum_hourly_wage_on(s.age, BOOK, s.first_day))


def test_the_extra_hour_chart_has_no_step_from_withholding() -> None:
    """The hours chart measures an extra hour on the year's money: the same curve for every choice,
    so the choice of payer cannot put a dip in it (issue 12: a dip at 21 h from withholding)."""
    base = {"period": "2025-06", "age": 19, "wajong": {"arbeidsvermogen": True}}
    curves = []
    for choice in LHK_CHOICES:
        s = Situation.model_validate(
            {**base, "loonheffingskorting": choice, "jobs": [{"hours_per_week": 8, "hourly_wage": 11.0}]}
        )
        curves.append(sweep(s, np.arange(0, 41, dtype=float), 0, BOOK)["year_total"].to_numpy())
    for c in curves[1:]:
        np.testing.assert_array_equal(np.round(c, 2), np.round(curves[0], 2))
