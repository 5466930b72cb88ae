"""The CLI contract: `python -m calc evaluate FILE|-`, JSON out, Dutch errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.json"))  # their answers: tests/cases/evaluate-0*.yaml


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calc", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def field(result: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        result = result[part]
    return result


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_examples_in_docs_run_from_their_file(example: Path) -> None:
    """Each docs/examples file runs as a file argument; tests/test_cases.py checks its answer."""
    done = run("evaluate", str(example))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["period"] == json.loads(example.read_text())["period"]


def test_stdin_gives_the_same_result_as_a_file() -> None:
    example = EXAMPLES[0]
    from_file = json.loads(run("evaluate", str(example)).stdout)
    from_stdin = json.loads(run("evaluate", "-", stdin=example.read_text()).stdout)
    assert from_file == from_stdin


def test_output_has_the_contract_fields() -> None:
    result = json.loads(run("evaluate", str(EXAMPLES[1])).stdout)
    for dotted in (
        "month.wage",
        "month.wajong",
        "month.zorgtoeslag",
        "month.huurtoeslag",
        "month.net_income",
        "year.income_tax",
        "explanation",
    ):
        field(result, dotted)
    assert all({"rule", "inputs", "amount", "sources"} <= set(s) for s in result["explanation"])


@pytest.mark.parametrize(
    ("situation", "field_name", "dutch"),
    [
        ({"age": 25, "wajong": {"arbeidsvermogen": True}}, "period", "ontbreekt"),
        ({"period": "2026-13", "age": 25, "wajong": {"arbeidsvermogen": True}}, "period", "jaar-maand"),
        ({"period": "2031-01", "age": 25, "wajong": {"arbeidsvermogen": True}}, "period", "rekenen van"),
        ({"period": "2026-01", "wajong": {"arbeidsvermogen": True}}, "age", "ontbreekt"),
        ({"period": "2026-01", "age": 16, "wajong": {"arbeidsvermogen": True}}, "age", "vanaf 18 jaar"),
        ({"period": "2026-01", "age": 25, "wajong": {}}, "wajong.arbeidsvermogen", "ontbreekt"),
        (
            {"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": "misschien"}},
            "wajong.arbeidsvermogen",
            "true",
        ),
        (
            {
                "period": "2026-01",
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "jobs": [{"hours_per_week": -4, "hourly_wage": 15}],
            },
            "jobs[0].hours_per_week",
            "0 of meer",
        ),
        (
            {
                "period": "2026-01",
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "jobs": [{"hours_per_week": 70, "hourly_wage": 15}],
            },
            "jobs[0].hours_per_week",
            "niet meer dan 60",
        ),
        (
            {
                "period": "2026-01",
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "jobs": [{"hours_per_week": 20, "hourly_wage": 10}],
            },
            "jobs[0].hourly_wage",
            "lager dan het minimumloon",
        ),
        (
            {
                "period": "2026-01",
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "jobs": [{"hours_per_week": 20, "hourly_wage": 15, "loonwaarde": 1.5}],
            },
            "jobs[0].loonwaarde",
            "minder dan 1",
        ),
        (
            {"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True}, "huur": 700},
            "huur",
            "kennen we niet",
        ),
        (
            {
                "period": "2026-01",
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "loonheffingskorting": "ik",
            },
            "loonheffingskorting",
            "kies een van",
        ),
    ],
)
def test_invalid_input_exits_2_with_a_dutch_message_naming_the_field(
    situation: dict[str, Any], field_name: str, dutch: str
) -> None:
    done = run("evaluate", "-", stdin=json.dumps(situation))
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"'{field_name}'" in done.stderr
    assert dutch in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", '"tekst"', '{"period": NaN}', "[" * 100_000])
def test_broken_json_is_refused_in_dutch(text: str) -> None:
    done = run("evaluate", "-", stdin=text)
    assert done.returncode == 2
    assert "Fout" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_file_is_refused_in_dutch() -> None:
    done = run("evaluate", "bestaat-niet.json")
    assert done.returncode == 2
    assert "bestaat niet" in done.stderr


def test_an_unknown_command_is_refused_in_dutch() -> None:
    done = run("uitrekenen", "x.json")
    assert done.returncode == 2
    assert "Fout in de opdracht" in done.stderr


def test_employer_command_shows_both_sides_of_the_same_job() -> None:
    """03-loondispensatie: the employer pays 0,5 x € 15 x 20 h x 52/12 = € 650,00 a month; UWV's
    side is the Wajong of docs/examples.md (€ 1.346,08)."""
    done = run("employer", str(ROOT / "docs/examples/03-loondispensatie.json"))
    assert done.returncode == 0, done.stderr
    panel = json.loads(done.stdout)
    job = panel["jobs"][0]
    assert job["employer_wage_month"] == 650.00
    assert job["function_wage_month"] == 1300.00
    assert job["wajong_month"]["with_loondispensatie"] == 1346.08
    assert job["wajong_month"]["without_loondispensatie"] == 696.08
    assert panel["sentence_nl"].startswith("Met loondispensatie")


def test_calendar_command_prints_one_entry_per_month() -> None:
    situation = json.loads((ROOT / "docs/examples/02-part-time.json").read_text())
    situation["calendar"] = {"start": "2026-01", "months": 12}
    done = run("calendar", "-", stdin=json.dumps(situation))
    assert done.returncode == 0, done.stderr
    months = json.loads(done.stdout)["months"]
    assert [m["month"] for m in months] == [f"2026-{m:02d}" for m in range(1, 13)]
    # A steady job: every month the Wajong entitlement of docs/examples.md, 0,7 x (2.294,40 - 1.300).
    assert {m["wajong_entitlement"] for m in months[:6]} == {696.08}


@pytest.mark.parametrize("command", ["calendar", "employer"])
def test_every_command_refuses_bad_input_in_dutch(command: str) -> None:
    done = run(command, "-", stdin=json.dumps({"period": "2026-01", "age": 25}))
    assert done.returncode == 2
    assert "'wajong'" in done.stderr
    assert "Traceback" not in done.stderr


def test_report_command_writes_the_summary_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "uit.pdf"
    done = run(
        "report",
        str(ROOT / "docs/examples/02-part-time.json"),
        "-o",
        str(out),
        "--name",
        "#set page(width: 1cm)",
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert 2 <= len(reader.pages) <= 4
    text = "".join(page.extract_text() for page in reader.pages)
    assert "#set page(width: 1cm)" in text
    assert "696,08" in text  # the Wajong of docs/examples.md, 0,7 x (2.294,40 - 1.300,00)


def test_report_command_refuses_bad_input_in_dutch(tmp_path: Path) -> None:
    done = run("report", "-", "-o", str(tmp_path / "x.pdf"), stdin="{}")
    assert done.returncode == 2
    assert "'period'" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_batch_command_computes_every_row_like_evaluate(tmp_path: Path) -> None:
    """Two example situations as CSV rows: the batch gives the hand-computed Wajong of docs/examples.md."""
    src = tmp_path / "in.csv"
    src.write_text(
        "period,age,arbeidsvermogen,hours_per_week,hourly_wage,loonwaarde\n"
        "2026-01,25,true,20,15,\n"
        "2026-01,25,true,20,15,0.5\n"
        "2026-01,15,true,20,15,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    done = run("batch", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 3
    import pandas as pd

    table = pd.read_csv(out)
    assert list(table["wajong"][:2]) == [696.08, 1346.08]
    assert "age" in str(table["error_field"][2])


def test_a_household_smaller_than_the_people_entered_gets_a_warning() -> None:
    base = {"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True}}
    small = {**base, "household": {"partner": True, "persons": 2, "children_ages": [3]}}
    codes = [w["code"] for w in json.loads(run("evaluate", "-", stdin=json.dumps(small)).stdout)["warnings"]]
    assert "persons_too_few" in codes
    alone = {**base, "household": {"persons": 1, "children_ages": [3, 7]}}
    (w,) = [
        w
        for w in json.loads(run("evaluate", "-", stdin=json.dumps(alone)).stdout)["warnings"]
        if w["code"] == "persons_too_few"
    ]
    assert "maar u en uw kinderen zijn samen al 3 personen" in w["nl"]  # no partner named
    right = {**base, "household": {"partner": True, "persons": 3, "children_ages": [3]}}
    codes = [w["code"] for w in json.loads(run("evaluate", "-", stdin=json.dumps(right)).stdout)["warnings"]]
    assert "persons_too_few" not in codes


def test_schema_describes_what_evaluate_prints() -> None:
    """`python -m calc schema`: the JSON Schema of the output, checked against every example's output."""
    import jsonschema

    done = run("schema")
    assert done.returncode == 0, done.stderr
    schemas = json.loads(done.stdout)
    for path in EXAMPLES:
        jsonschema.validate(json.loads(path.read_text()), schemas["evaluate_input"])
        out = json.loads(run("evaluate", str(path)).stdout)
        jsonschema.validate(out, schemas["evaluate_output"])
    months = schemas["evaluate_output"]["$defs"]["Month"]["properties"]
    assert {"zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "net_income"} <= set(months)
