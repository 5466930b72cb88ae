"""Bad input, fuzzed (issue 8): the situation schema through the core, the CLI and the batch.

Properties (what the product promises, not what the code happens to return):
* no exception other than calc.errors.InvalidSituation, whatever the input;
* every refusal names a field and says in Dutch what is wrong;
* every answer adds up: net = wage + Wajong + other income - loonheffing + zorgtoeslag +
  huurtoeslag (0 when it cannot be computed) + kindgebonden budget, to the cent, and every
  amount is finite.

`benchmarks/fuzz_10k.py` runs the same strategies with the issue's 10,000 examples.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.batch import OUTPUTS, batch_dataframe
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.net import NET_PARTS
from calc.rates import load_rates
from calc.validate import parse_situation
from views.case import MAX_CASE_FILE_BYTES, read_case_file

BOOK = load_rates()
ROOT = Path(__file__).resolve().parents[1]
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)

# ------------------------------------------------------------------------------ strategies

periods = st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(2024, 2026), st.integers(1, 12))
money = st.floats(0, 5000, allow_nan=False).map(lambda x: round(x, 2))
jobs_valid = st.lists(
    st.fixed_dictionaries(
        {"hours_per_week": st.floats(0, 60).map(lambda x: round(x, 1)), "hourly_wage": st.floats(16, 80)},
        optional={"loonwaarde": st.one_of(st.none(), st.floats(0.05, 0.95))},
    ),
    max_size=3,
)
household_valid = st.fixed_dictionaries(
    {},
    optional={
        "partner": st.booleans(),
        "partner_income_year": st.floats(0, 80_000),
        "persons": st.integers(1, 8),
        "rent": money,
        "servicekosten": st.floats(0, 200).map(lambda x: round(x, 2)),
        "assets": st.floats(0, 200_000),
        "children_ages": st.lists(st.integers(0, 17), max_size=4),
    },
)
valid_situations = st.fixed_dictionaries(
    {
        "period": periods,
        "age": st.integers(21, 66),  # adult minimum wage: every hourly wage >= 16 is allowed
        "wajong": st.fixed_dictionaries(
            {"arbeidsvermogen": st.booleans()},
            optional={"garantiebedrag": st.one_of(st.none(), st.floats(0, 3000))},
        ),
    },
    optional={
        "jobs": jobs_valid,
        "other_income_month": money,
        "household": household_valid,
        "loonheffingskorting": st.sampled_from(["uwv", "employer", "both", "none"]),
        "toetsingsinkomen_year": st.one_of(st.none(), st.floats(0, 100_000)),
    },
)

garbage = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),  # unicode, empty, digits-as-text
    st.sampled_from(["2026-13", "2026-1", "١٢", "1e309", "NaN", "-0", "ja", "€ 1.000,00", "\x00", "💶"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
PATHS = [
    ("period",),
    ("age",),
    ("wajong",),
    ("wajong", "arbeidsvermogen"),
    ("wajong", "garantiebedrag"),
    ("jobs",),
    ("jobs", 0, "hours_per_week"),
    ("jobs", 0, "hourly_wage"),
    ("jobs", 0, "loonwaarde"),
    ("other_income_month",),
    ("household",),
    ("household", "partner"),
    ("household", "partner_income_year"),
    ("household", "persons"),
    ("household", "rent"),
    ("household", "servicekosten"),
    ("household", "assets"),
    ("household", "children_ages"),
    ("loonheffingskorting",),
    ("toetsingsinkomen_year",),
]


def _mutate(raw: dict[str, Any], path: tuple[Any, ...], how: str, value: Any, extra: str) -> dict[str, Any]:
    out = json.loads(json.dumps(raw))
    node = out
    for key in path[:-1]:
        if isinstance(node, dict):
            node = node.setdefault(key, [{"hours_per_week": 10, "hourly_wage": 20}] if key == "jobs" else {})
        elif isinstance(node, list):
            if not node:
                node.append({"hours_per_week": 10, "hourly_wage": 20})
            node = node[key]
    last = path[-1]
    if how == "delete" and isinstance(node, dict):
        node.pop(last, None)
    elif how == "extra" and isinstance(node, dict):
        node[extra or "x"] = value
    elif isinstance(node, dict):
        node[last] = value
    return out


mutated = st.builds(
    _mutate,
    valid_situations,
    st.sampled_from(PATHS),
    st.sampled_from(["replace", "replace", "replace", "delete", "extra"]),
    garbage,
    st.text(min_size=1, max_size=8),
)
huge_or_negative = st.builds(
    _mutate,
    valid_situations,
    st.sampled_from([p for p in PATHS if p[-1] not in ("period", "wajong", "jobs", "household")]),
    st.just("replace"),
    st.one_of(
        st.floats(-1e308, -0.001),
        st.floats(1e7, 1e308),
        st.integers(10**7, 10**40),
        st.integers(-(10**9), -1),
    ),
    st.just("x"),
)
anything = st.one_of(valid_situations, mutated, huge_or_negative)


# ------------------------------------------------------------------------------ checks


def _cents(x: float) -> int:
    return round(x * 100)


def check_result(r: dict[str, Any]) -> None:
    m = r["month"]
    for part in ("month", "year"):
        for key, v in r[part].items():
            assert v is None or math.isfinite(v), (part, key, v)
    assert m["huurtoeslag"] is None or m["huurtoeslag"] >= 0
    parts = (
        m["wage"]
        + m["wajong"]
        + m["toeslagenwet"]
        + m["other_income"]
        - m["withholding"]
        + m["zorgtoeslag"]
        + (m["huurtoeslag"] or 0)
        + m["kindgebonden_budget"]
    )
    assert _cents(m["net_income"]) == round(parts * 100), (m["net_income"], parts)
    check_explanation_adds_up(r)
    assert m["withholding"] == m["withholding_uwv"] + m["withholding_employer"] + m["withholding_other"] or (
        abs(m["withholding"] - (m["withholding_uwv"] + m["withholding_employer"] + m["withholding_other"]))
        < 0.005
    )


def check_explanation_adds_up(r: dict[str, Any]) -> None:
    """The explanation's net line lists the month's parts, and they add up to the net (issue 3)."""
    m = r["month"]
    steps = {s["rule"]: s for s in r["explanation"]}
    net = steps["net_income"]
    assert net["amount"] == m["net_income"]
    assert _cents(sum(net["inputs"].values())) == _cents(net["amount"]), net
    # Every part of the registry, signed (a business's profit and voorlopige aanslag too, issue 17).
    expected = {p.key: p.sign * (m[p.key] or 0.0) for p in NET_PARTS}
    assert net["inputs"] == pytest.approx(expected, abs=0.005)
    for part in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):  # each part has its own step
        if part in steps:
            assert steps[part]["amount"] == m[part], (part, steps[part]["amount"], m[part])
    settled = steps["net_income_with_settlement"]
    assert settled["amount"] == m["net_income_with_settlement"]
    parts = settled["inputs"]["net_income"] + settled["inputs"]["settlement_year"] / 12
    assert abs(parts - settled["amount"]) <= 0.005 + 1e-9, settled  # rounded to the cent


def check_refusal(err: InvalidSituation) -> None:
    assert err.problems, "a refusal must say what is wrong"
    for p in err.problems:
        assert p.field, p
        assert p.message_nl and p.message_nl != p.message_en, p  # a Dutch text, not the English one
    text = err.dutch()
    assert all(f"'{p.field}'" in text for p in err.problems)


def run_core(raw: Any) -> str:
    """'ok' or 'invalid'; any other exception fails the test."""
    try:
        s = parse_situation(raw)
        r = evaluate(s, BOOK).as_json()
    except InvalidSituation as err:
        check_refusal(err)
        return "invalid"
    check_result(r)
    return "ok"


# ------------------------------------------------------------------------------ tests


@settings(FAST, max_examples=500)
@given(valid_situations)
def test_valid_situations_always_answer_and_add_up(raw: dict[str, Any]) -> None:
    assert run_core(raw) == "ok"


@settings(FAST, max_examples=1200)
@given(anything)
def test_any_input_is_answered_or_refused_in_dutch(raw: dict[str, Any]) -> None:
    run_core(raw)


@settings(FAST, max_examples=150)
@given(st.one_of(garbage, st.lists(anything, max_size=2)))
def test_not_an_object_is_refused(raw: Any) -> None:
    assert run_core(raw) == "invalid"


def _children_columns(ages: Any) -> dict[str, Any]:
    """The batch's three counts for a list of ages; anything else goes in as it is, to be refused."""
    if not isinstance(ages, list) or not all(isinstance(a, int) and not isinstance(a, bool) for a in ages):
        return {"children": ages if ages is None or isinstance(ages, str | int | float) else str(ages)}
    return {
        "children": len(ages),
        "children_12_15": sum(12 <= a <= 15 for a in ages),
        "children_16_17": sum(16 <= a <= 17 for a in ages),
    }


def _flat(raw: dict[str, Any]) -> dict[str, Any]:
    """A JSON situation as one batch row (its first job only)."""
    job = (raw.get("jobs") or [{}])[0] if isinstance(raw.get("jobs"), list) else {}
    job = job if isinstance(job, dict) else {}
    hh = raw.get("household") if isinstance(raw.get("household"), dict) else {}
    wj = raw.get("wajong") if isinstance(raw.get("wajong"), dict) else {}
    return {
        "period": raw.get("period"),
        "age": raw.get("age"),
        "arbeidsvermogen": wj.get("arbeidsvermogen"),
        "garantiebedrag": wj.get("garantiebedrag"),
        "hours_per_week": job.get("hours_per_week"),
        "hourly_wage": job.get("hourly_wage"),
        "loonwaarde": job.get("loonwaarde"),
        "other_income_month": raw.get("other_income_month"),
        "partner": hh.get("partner"),
        "partner_income_year": hh.get("partner_income_year"),
        "persons": hh.get("persons"),
        "rent": hh.get("rent"),
        "servicekosten": hh.get("servicekosten"),
        "assets": hh.get("assets"),
        **_children_columns(hh.get("children_ages")),
        "loonheffingskorting": raw.get("loonheffingskorting"),
        "toetsingsinkomen_year": raw.get("toetsingsinkomen_year"),
    }


@settings(FAST, max_examples=150)
@given(st.lists(anything, min_size=1, max_size=20))
def test_batch_rows_are_answered_or_refused_row_by_row(raws: list[dict[str, Any]]) -> None:
    df = pd.DataFrame([_flat(r) for r in raws], dtype=object)
    out = batch_dataframe(df, BOOK)
    assert len(out) == len(df)
    for i in range(len(out)):
        if out.at[i, "error_nl"]:
            assert out.at[i, "error_field"], out.at[i, "error_nl"]
            assert "kolom '" in out.at[i, "error_nl"]
            assert all(pd.isna(out.at[i, k]) for k in OUTPUTS)
        else:
            vals = {k: out.at[i, k] for k in OUTPUTS}
            assert all(np.isfinite(v) for k, v in vals.items() if k != "huurtoeslag")
            parts = (
                vals["wage"]
                + vals["wajong"]
                + vals["toeslagenwet"]
                + float(df.at[i, "other_income_month"] or 0)
                - vals["withholding"]
            )
            parts += vals["zorgtoeslag"] + np.nan_to_num(vals["huurtoeslag"]) + vals["kindgebonden_budget"]
            assert round(vals["net_income"] * 100) == round(parts * 100), (vals, parts)


def _cli(raw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calc", "evaluate", "-"],
        input=raw if isinstance(raw, str) else json.dumps(raw, allow_nan=True),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@settings(FAST, max_examples=6)
@given(anything)
def test_cli_answers_or_refuses_without_traceback(raw: dict[str, Any]) -> None:
    p = _cli(raw)
    assert "Traceback" not in p.stderr
    if p.returncode == 0:
        check_result(json.loads(p.stdout))
    else:
        assert p.returncode == 2, p.stderr
        assert p.stderr.startswith("Fout in '"), p.stderr


def test_cli_refuses_broken_json_and_unicode_in_dutch() -> None:
    for text in [
        "{",
        "[1, 2",
        '{"p\u00e9riode": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": true}}',
    ]:
        p = _cli(text)
        assert p.returncode == 2 and "Traceback" not in p.stderr and p.stderr.startswith("Fout in '"), (
            p.stderr
        )


# ------------------------------------------------------------------------------ uploaded case files


def run_upload(data: bytes) -> str:
    """What the app's uploader does with a file: 'ok' (the form is filled) or 'invalid'."""
    try:
        r = evaluate(read_case_file(data), BOOK).as_json()
    except InvalidSituation as err:
        check_refusal(err)
        return "invalid"
    check_result(r)
    return "ok"


def _as_file(raw: Any, style: str) -> bytes:
    text = json.dumps(
        raw, allow_nan=True, ensure_ascii=style == "ascii", indent=2 if style == "pretty" else None
    )
    return ("\ufeff" + text).encode("utf-8") if style == "bom" else text.encode("utf-8")


@settings(FAST, max_examples=300)
@given(anything, st.sampled_from(["ascii", "utf8", "pretty", "bom"]))
def test_uploaded_case_files_are_read_or_refused_in_dutch(raw: dict[str, Any], style: str) -> None:
    run_upload(_as_file(raw, style))


@settings(FAST, max_examples=300)
@given(st.binary(max_size=300))
def test_uploaded_bytes_of_any_kind_never_crash(data: bytes) -> None:
    assert run_upload(data) == "invalid"  # random bytes are never a valid case


@settings(FAST, max_examples=100)
@given(valid_situations, st.sampled_from(["ascii", "utf8", "pretty", "bom"]))
def test_a_saved_case_opens_again_as_the_same_situation(raw: dict[str, Any], style: str) -> None:
    assert read_case_file(_as_file(raw, style)) == parse_situation(raw)


def test_a_10_mb_upload_is_refused_in_dutch_before_it_is_parsed() -> None:
    valid = {"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True}}
    padding = " " * (10 * 1024 * 1024)  # valid JSON whitespace: size alone must refuse it
    data = (json.dumps(valid) + padding).encode()
    with pytest.raises(InvalidSituation) as err:
        read_case_file(data)
    (problem,) = err.value.problems
    assert problem.field == "(bestand)"
    assert "te groot (10,5 MB)" in problem.message_nl
    with pytest.raises(InvalidSituation) as small:
        read_case_file(json.dumps(valid).encode() + b" " * 150_000)
    assert "te groot (150 kB)" in small.value.problems[0].message_nl
    # Just under the limit the same case opens.
    assert read_case_file((json.dumps(valid) + " " * (MAX_CASE_FILE_BYTES - 200)).encode()).age == 25


CASE = '{"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": true}'


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (b"\xff\xfe{}", "(bestand)", "geen tekstbestand"),
        (b'{"period": "2026-01"', "(invoer)", "geen geldige JSON (regel 1, kolom 21)"),
        (b"[" * 100_000, "(invoer)", "geen geldige JSON"),
        ((CASE + ', "household": {"rent": 1e400}}').encode(), "household.rent", "moet een getal zijn"),
        (
            b'{"period": "2026-01", "age": NaN, "wajong": {"arbeidsvermogen": true}}',
            "age",
            "moet een getal zijn",
        ),
        (
            (CASE + ', "household": {"rent": 2e7}}').encode(),
            "household.rent",
            "mag niet meer dan 10.000.000 zijn",
        ),
        ((CASE + ', "naam": "Zoë 💶"}').encode(), "naam", "dit veld kennen we niet"),
        (
            (CASE + ', "household": {"children_ages": [3, 18]}}').encode(),
            "household.children_ages",
            "0 tot en met 17",
        ),
    ],
)
def test_broken_case_files_get_a_dutch_message_naming_the_field(data: bytes, field: str, words: str) -> None:
    with pytest.raises(InvalidSituation) as err:
        read_case_file(data)
    assert err.value.problems[0].field.startswith(field), err.value.problems
    assert words in err.value.problems[0].message_nl, err.value.problems
