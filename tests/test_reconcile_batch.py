"""Klopt mijn Wajong? for a caseload (`python -m calc reconcile --batch IN -o OUT`, calc/reconcile_batch.py).

The promise: each person's row is what the single check (calc.reconcile) says for that person, and a
person is never dropped, merged or computed on part of their months. The worked case of
tests/cases/reconcile-2026-six-months.yaml gives the amounts by hand arithmetic; a hypothesis
property compares random caseloads with the single check, person by person.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.money import eur
from calc.rates import load_rates
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_batch import OUTPUTS, reconcile_caseload
from tests.test_reconcile import arithmetic, money

ROOT = Path(__file__).resolve().parents[1]
CASE = yaml.safe_load((ROOT / "tests/cases/reconcile-2026-six-months.yaml").read_text(encoding="utf-8"))
BOOK = load_rates()


def nl(x: float) -> str:
    """An amount as a Dutch spreadsheet writes it: '1.300,00' (no euro sign)."""
    return eur(x).replace("€\xa0", "")


def case_rows(person: str, **extra: Any) -> list[dict[str, str]]:
    """The worked case as caseload rows: the person's fields on the first row only."""
    inp = {**CASE["input"], **extra}
    rows = []
    for k, m in enumerate(inp["months"]):
        row = {"persoon": person, "maand": m["period"], "loon": nl(m["wage"]), "wajong": nl(m["wajong_paid"])}
        row["vakantiegeld"] = nl(m["holiday_pay"]) if m.get("holiday_pay") else ""
        first = k == 0
        row["leeftijd"] = str(inp["age"]) if first else ""
        row["arbeidsvermogen"] = "ja" if first else ""
        row["terugvordering"] = nl(inp["reclaimed"]) if first and inp.get("reclaimed") is not None else ""
        row["datum_brief"] = "10-11-2026" if first else ""
        rows.append(row)
    return rows


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calc", "reconcile", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_the_worked_case_through_the_cli(tmp_path: Path) -> None:
    """Two persons: the letter that matches, and the letter that counts May's holiday pay."""
    expected = money(arithmetic(CASE["expected"]["amounts"]["reclaim.expected"]))
    off = money(expected + 0.7 * 220.00)
    src, out = tmp_path / "caseload.csv", tmp_path / "uitkomst.csv"
    rows = case_rows("A-1") + case_rows("B-2", reclaimed=off)
    pd.DataFrame(rows).to_csv(src, sep=";", index=False)
    done = run("--batch", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["rows"], summary["persons"], summary["checked"], summary["letters_differ"]) == (
        12,
        2,
        2,
        1,
    )
    result = pd.read_csv(out, dtype={"person": str})
    assert list(result.columns) == list(OUTPUTS)
    a, b = result.to_dict("records")
    for name, dotted in (("due", "total.due"), ("paid", "total.paid"), ("difference", "total.difference")):
        assert a[name] == b[name] == money(arithmetic(CASE["expected"]["amounts"][dotted]))
    assert (a["person"], a["months"], a["first_period"], a["last_period"]) == ("A-1", 6, "2026-04", "2026-09")
    assert a["matches"] is True and a["expected"] == expected and pd.isna(a["cause"])
    assert a["gross_or_net"] == "net" and a["bezwaar_deadline"] == "2026-12-22"
    assert b["matches"] is False and b["gap"] == money(0.7 * 220.00) and b["cause"] == "holiday_pay"
    assert (b["line"], pd.isna(b["error_nl"])) == (8, True)


def test_bad_rows_are_refused_per_person_naming_the_line_and_no_person_is_dropped() -> None:
    keys = ("persoon", "leeftijd", "arbeidsvermogen", "maand", "loon", "wajong")
    bad = [
        ("twee leeftijden", "30", "nee", "2026-04", "0", "1.000,00"),
        ("twee leeftijden", "31", "", "2026-05", "0", "1.000,00"),
        ("", "25", "ja", "2026-04", "1300", "696,08"),
        ("onleesbaar", "25", "ja", "2026-04", "1.300", "696,08"),
        ("onleesbaar", "", "", "2026-05", "-5", "696,08"),
        ("dubbel", "25", "ja", "2026-04", "1300", "696,08"),
        ("dubbel", "", "", "april 2026", "1300", "696,08"),
        ("zonder leeftijd", "", "ja", "2026-04", "1300", "696,08"),
    ]
    rows = [*case_rows("ok"), *(dict(zip(keys, row, strict=True)) for row in bad)]
    out = reconcile_caseload(pd.DataFrame(rows).fillna(""), BOOK).set_index("person")
    assert list(out.index) == ["ok", "twee leeftijden", "", "onleesbaar", "dubbel", "zonder leeftijd"]
    assert out.loc["ok", "error_nl"] == "" and out.loc["ok", "matches"]
    errors = out["error_nl"]
    assert errors["twee leeftijden"] == (
        "leeftijd: verschilt tussen de regels van deze persoon (regel 8: 30; regel 9: 31)."
    )
    assert errors[""] == "regel 10: persoon: vul een nummer of naam in."
    # every problem of a person at once: the unreadable amount and the negative wage on the next line
    assert errors["onleesbaar"] == (
        "regel 11: loon: '1.300' is niet duidelijk: bedoelt u 1300 euro? Schrijf dan 1300,00. "
        "regel 12: loon: moet 0 of meer zijn."
    )
    assert errors["dubbel"].startswith("regel 14: maand: 2026-04 staat er twee keer in")
    assert errors["zonder leeftijd"] == "regel 15: leeftijd: dit veld ontbreekt; vul het in."
    bad = out.drop(index="ok")
    assert bad[["due", "paid", "difference"]].isna().all().all()  # never an amount for part of the months
    assert list(bad["error_field"]) == ["age", "person", "wage", "period", "age"]


def test_a_column_we_do_not_know_stops_the_file_in_dutch(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text(
        "persoon;leeftijd;arbeidsvermogen;maand;loon;wajong;vakantie_geld\n1;25;ja;2026-04;1300;696,08;0\n",
        encoding="utf-8",
    )
    done = run("--batch", str(src), "-o", str(tmp_path / "o.csv"))
    assert done.returncode == 2 and "de kolom 'vakantie_geld' kennen we niet" in done.stderr
    assert not (tmp_path / "o.csv").exists()


def test_an_unclosed_quote_never_merges_two_people(tmp_path: Path) -> None:
    """Issue 19 for the letters' caseload: pandas alone read an unclosed quote as one cell running
    over the next lines, so a person's month could vanish into another's row. The strict reader
    names the line and nothing is computed."""
    src = tmp_path / "c.csv"
    src.write_text(
        "persoon;leeftijd;arbeidsvermogen;maand;loon;wajong\n"
        '"Jan;25;ja;2026-04;1300;696,08\n'
        "Piet;30;ja;2026-04;1200;696,08\n",
        encoding="utf-8",
    )
    done = run("--batch", str(src), "-o", str(tmp_path / "o.csv"))
    assert done.returncode == 2 and "regel 2" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--batch", "IN"], "geef met -o aan waar de uitkomst komt"),
        (["--batch", "IN", "-o", "OUT", "--age", "25"], "--age geldt niet bij --batch"),
        (["--batch", "-", "-o", "OUT"], "niet stdin"),
        (["IN", "-o", "OUT"], "-o hoort bij --batch"),
    ],
)
def test_options_that_do_not_belong_together_are_refused(
    tmp_path: Path, args: list[str], message: str
) -> None:
    src = tmp_path / "in.json"
    src.write_text(json.dumps(CASE["input"]), encoding="utf-8")
    args = [str(src) if a == "IN" else str(tmp_path / "out.csv") if a == "OUT" else a for a in args]
    done = run(*args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_parquet_with_numbers_and_the_person_fields_on_every_row(tmp_path: Path) -> None:
    inp = CASE["input"]
    person = {"person": 7, "age": 25, "arbeidsvermogen": True, "reclaimed": inp["reclaimed"]}
    df = pd.DataFrame([{**person, **m} for m in inp["months"]])
    src, out = tmp_path / "c.parquet", tmp_path / "o.parquet"
    df.to_parquet(src)
    done = run("--batch", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    row = pd.read_parquet(out).iloc[0]
    single = reconcile(parse_reconcile_request(inp), BOOK)
    assert (row["person"], row["line"]) == ("7", 1)
    assert row["due"] == single["total"]["due"] and bool(row["matches"]) is True


# --- every row is the single check ------------------------------------------------------------

PERIODS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
CENTS = st.integers(0, 300_000).map(lambda c: c / 100)


@st.composite
def person(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.integers(0, len(PERIODS) - 1))
    n = draw(st.integers(1, min(8, len(PERIODS) - start)))
    four = draw(st.booleans())
    months = [
        {
            "period": PERIODS[start + k],
            "wage": draw(CENTS),
            "wajong_paid": draw(st.integers(0, 150_000).map(lambda c: c / 100)),
            **({"holiday_pay": draw(CENTS)} if draw(st.booleans()) else {}),
            **({"periods": draw(st.sampled_from([1, 2]))} if four else {}),
        }
        for k in range(n)
    ]
    raw: dict[str, Any] = {
        "age": draw(st.integers(18, 66)),
        "wajong": {
            "arbeidsvermogen": draw(st.booleans()),
            "garantiebedrag": draw(st.none() | st.integers(50_000, 200_000).map(lambda c: c / 100)),
        },
        "months": months,
    }
    if four:
        raw["pay_period"] = "four_weeks"
    if draw(st.booleans()):
        raw["loonwaarde"] = draw(st.sampled_from([0.3, 0.5, 0.75]))
    if draw(st.booleans()):
        raw["reclaimed"] = draw(st.integers(0, 500_000).map(lambda c: c / 100))
        raw["letter_date"] = draw(st.sampled_from([None, "2026-03-15", "2027-02-01"]))
    return raw


def as_rows(key: str, raw: dict[str, Any]) -> list[dict[str, Any]]:
    person_fields = {
        "age": raw["age"],
        "arbeidsvermogen": raw["wajong"]["arbeidsvermogen"],
        "garantiebedrag": raw["wajong"]["garantiebedrag"],
        **{k: raw.get(k) for k in ("pay_period", "loonwaarde", "reclaimed", "letter_date")},
    }
    return [{"person": key, **person_fields, **m} for m in raw["months"]]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(person(), min_size=1, max_size=4))
def test_every_row_is_what_the_single_check_says(people: list[dict[str, Any]]) -> None:
    frame = pd.DataFrame([row for k, raw in enumerate(people) for row in as_rows(f"p{k}", raw)])
    out = reconcile_caseload(frame, BOOK, first_line=1)
    assert list(out["person"]) == [f"p{k}" for k in range(len(people))]  # no one dropped or merged
    for raw, row in zip(people, out.to_dict("records"), strict=True):
        try:
            single = reconcile(parse_reconcile_request(raw), BOOK)
        except Exception as err:  # the single check refuses: the batch refuses the person too
            assert row["error_nl"], (raw, err)
            continue
        assert row["error_nl"] == "", row["error_nl"]
        r = single["reclaim"]
        assert [row["due"], row["paid"], row["difference"]] == [
            single["total"][k] for k in ("due", "paid", "difference")
        ]
        assert row["expected"] == r["expected"]
        assert (None if pd.isna(row["matches"]) else bool(row["matches"])) == r["matches"]
        assert (row["cause"] or None) == single["answer"]["cause"]
        assert row["gross_or_net"] == r["gross_or_net"]["rule"]
        assert (row["bezwaar_deadline"] or None) == r["bezwaar_deadline"]
