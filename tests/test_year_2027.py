"""1 January 2027: the tool keeps working and says what is still provisional (issue 15).

Expected amounts are hand arithmetic from the published 2027 youth percentages (Rijksoverheid
4-12-2025) and the last official minimum wage (1 July 2026, carried), not numbers the code made.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import views.inputs
from calc.batch import batch_dataframe
from calc.calendar import calendar
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import RateBook
from calc.rates_report import parameter_rows
from calc.validate import parse_calendar_request, parse_situation

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
JAN_2027 = dt.date(2027, 1, 1)


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calc", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def nineteen(period: str = "2027-01", **extra: Any) -> dict[str, Any]:
    return {"period": period, "age": 19, "wajong": {"arbeidsvermogen": True}, **extra}


def test_evaluate_answers_for_january_2027_with_the_provisional_list() -> None:
    """A 19-year-old without work in 2027-01: grondslag 75% x € 2.337,00 (the referentiemaandloon of
    1 July 2026, carried) = € 1.752,75; Wajong 70% of that = € 1.226,925 -> € 1.226,93."""
    out = cli("evaluate", "-", stdin=json.dumps(nineteen()))
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["month"]["grondslag"] == 1752.75
    assert r["month"]["wajong"] == 1226.93
    provisional = {p["parameter"]: p for p in r["provisional"]}
    wml = provisional["minimum_wage.referentiemaandloon"]
    assert (wml["value"], wml["since"], wml["status"]) == (2337.0, "2026-07-01", "carried")
    assert wml["source"]["url"].startswith("https://")
    assert provisional["minimum_wage.youth_percentage"]["status"] == "proposal"
    assert provisional["minimum_wage.youth_percentage"]["value"]["19"] == 0.75
    assert provisional["income_tax.box1_brackets"]["status"] == "proposal"


def test_the_same_person_in_december_2026_has_an_official_result_and_the_old_percentage() -> None:
    """60% x € 2.337,00 = € 1.402,20 in 2026; nothing provisional."""
    r = evaluate(parse_situation(nineteen("2026-12"))).as_json()
    assert r["month"]["grondslag"] == 1402.20
    assert r["provisional"] == []


def test_a_month_beyond_the_supported_period_is_refused_in_dutch() -> None:
    out = cli("evaluate", "-", stdin=json.dumps(nineteen("2028-01")))
    assert out.returncode == 2
    assert "we kunnen rekenen van 01-2024 tot en met 12-2027" in out.stderr
    assert "Traceback" not in out.stderr


def test_rates_due_lists_exactly_the_parameters_carried_on_that_day(book: RateBook) -> None:
    out = cli("rates", "--due", "2027-01-01", "--json")
    assert out.returncode == 0, out.stderr
    listed = {p["parameter"] for p in json.loads(out.stdout)["parameters"]}
    carried = {
        key for key, p in book.parameters() if p.ends is None and book.get(key, JAN_2027).status == "carried"
    }
    assert listed == carried
    assert {"minimum_wage.referentiemaandloon", "income_tax.jonggehandicaptenkorting"} <= listed
    assert "income_tax.box1_brackets" not in listed  # a 2027 proposal exists
    assert "wajong.percentage_arbeidsvermogen" not in listed  # structural, reviewed through 2027


def test_rates_without_due_lists_every_parameter_in_use_with_status_and_horizon(book: RateBook) -> None:
    rows = parameter_rows(book)
    assert len(rows) == sum(1 for _, p in book.parameters() if p.ends is None)
    brackets = next(r for r in rows if r["parameter"] == "income_tax.box1_brackets")
    assert (brackets["since"], brackets["status"], brackets["primary"]) == ("2027-01-01", "proposal", False)
    text = cli("rates").stdout
    assert "income_tax.box1_brackets" in text and "proposal" in text and "secondary" in text


def test_calendar_across_the_turn_of_the_year_uses_and_names_2027_values() -> None:
    """A 19-year-old without work, calendar from 2026-10: the Wajong entitlement rises in January
    from 0,7 x 0,6 x 2.337 = 981,54 to 0,7 x 0,75 x 2.337 = 1.226,925 -> 1.226,93."""
    req = parse_calendar_request(nineteen("2026-10", calendar={"months": 12}))
    cal = calendar(req)
    by_month = {m["month"]: m for m in cal["months"]}
    assert by_month["2026-12"]["wajong_entitlement"] == 981.54
    assert by_month["2027-01"]["wajong_entitlement"] == 1226.93
    statuses = {p["parameter"]: p["status"] for p in cal["provisional"]}
    assert statuses["minimum_wage.youth_percentage"] == "proposal"
    assert statuses["minimum_wage.referentiemaandloon"] == "carried"
    assert "rates_extended" in {w["code"] for w in cal["warnings"]}


def test_batch_has_a_provisional_column_per_period() -> None:
    df = pd.DataFrame(
        {
            "period": ["2026-06", "2027-02"],
            "age": [25, 25],
            "arbeidsvermogen": [True, True],
            "rent": [600, 600],
        }
    )
    out = batch_dataframe(df)
    assert out.loc[0, "provisional"] == ""
    cell = out.loc[1, "provisional"]
    assert "minimum_wage.referentiemaandloon=carried" in cell
    assert "income_tax.box1_brackets=proposal" in cell


def test_the_pdf_says_on_page_1_that_amounts_are_provisional() -> None:
    import io

    from pypdf import PdfReader

    from calc.report import summary_pdf

    pdf = summary_pdf(
        nineteen(jobs=[{"hours_per_week": 12, "hourly_wage": 11.24}]), today=dt.date(2026, 11, 30)
    )
    page1 = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Een deel van de bedragen voor 2027 is nog niet bekend" in " ".join(page1.split())
    assert "minimumloon" in page1


def test_the_app_opens_on_january_2027_with_the_banner(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine whose clock says 2027-01-15: the month is January 2027 and the banner is shown."""
    monkeypatch.setattr(views.inputs, "today", lambda: dt.date(2027, 1, 15))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert at.selectbox(key="period").value == "2027-01"
    banners = [w.value for w in at.warning]
    assert any(
        "Een deel van de bedragen voor 2027 is nog niet bekend. Dit is een voorlopige schatting." in b
        for b in banners
    )


def test_the_app_in_2026_shows_no_banner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views.inputs, "today", lambda: dt.date(2026, 11, 30))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert at.selectbox(key="period").value == "2026-11"
    assert not any("nog niet bekend" in w.value for w in at.warning)


def test_invalid_situation_in_2027_still_names_the_field() -> None:
    """Validation works on 2027 amounts too: 9,00 is below the 2027 youth minimum of € 11,24."""
    with pytest.raises(InvalidSituation) as err:
        evaluate(parse_situation(nineteen(jobs=[{"hours_per_week": 10, "hourly_wage": 9.0}]))).as_json()
    assert "€\xa011,24" in err.value.problems[0].message_nl
