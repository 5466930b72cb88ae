"""Issue 19's fuzz suite: the rates, the batch file, the upload and the link, each fed generated junk.

Properties (what the product promises):
* rates: a changed value is loaded or refused with a `RatesError` naming the file; a value outside
  its unit's range (a fraction above 1, a negative amount) is always refused;
* batch: a CSV of random cells, quotes, separators, "NA" words and line breaks is refused as a
  whole in Dutch, or gives exactly one output row per non-empty line, each computed or refused;
* upload: any bytes are a Situation or a Dutch refusal, and whatever a message repeats from the
  file is escaped (no Markdown character left bare);
* link: a value the check lets through is one the field can hold (no crash in the widget).

`benchmarks/fuzz_10k.py --paths rates batch upload url` runs the same strategies with 10,000 examples.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.batch import batch_dataframe
from calc.batch_io import read_csv_bytes
from calc.errors import InvalidSituation
from calc.numbers import NumberProblem, read_number
from calc.rates import RATES_DIR, RatesError, load_rates, load_rates_dir
from calc.rates_checks import UNIT_RANGES
from views.case import read_case_file
from views.text import plain
from views.url import WHOLE_FIELDS, checks

BOOK = load_rates()
FAST = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)

# --- rates ------------------------------------------------------------------------------------------

RAW = {
    p.stem: yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.SafeLoader) for p in RATES_DIR.glob("*.yaml")
}
SCALARS = [
    (file, key, day)
    for file, raw in RAW.items()
    for key, p in raw["parameters"].items()
    for day, v in p["values"].items()
    if isinstance(v, int | float) and not isinstance(v, bool)
]
junk_numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**6), 10**6),
    st.sampled_from([-1, 0, 1, 70, 0.7, 100, 1e9, -0.01]),
)


def run_rates(target: tuple[str, str, dt.date], value: Any) -> str:
    """Change one value in a copy of rates/, load it: 'ok' or 'refused' (any other exception fails)."""
    file, key, day = target
    raw = yaml.safe_load(yaml.safe_dump(RAW[file]))
    raw["parameters"][key]["values"][day] = value
    with tempfile.TemporaryDirectory() as tmp:
        for p in RATES_DIR.glob("*.yaml"):
            if p.stem != file:
                shutil.copy(p, tmp)
        (Path(tmp) / f"{file}.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
        try:
            load_rates_dir(Path(tmp))
        except RatesError as err:
            assert f"rates/{file}.yaml" in err.dutch() or "rates/" in err.dutch(), err.dutch()
            return "refused"
    unit = RAW[file]["parameters"][key]["unit"]
    lo, hi, whole = UNIT_RANGES.get(unit, (-math.inf, math.inf, False))
    assert math.isfinite(value) and lo <= value <= hi, (file, key, day, value, "was not refused")
    assert not whole or float(value).is_integer()
    return "ok"


@settings(FAST, max_examples=25)
@given(st.sampled_from(SCALARS), junk_numbers)
def test_a_changed_rate_is_loaded_only_when_it_can_mean_something(target: Any, value: Any) -> None:
    run_rates(target, value)


# --- batch -----------------------------------------------------------------------------------------

COLUMNS = ["client", "period", "age", "arbeidsvermogen", "hours_per_week", "hourly_wage", "rent", "persons"]
cells = st.one_of(
    st.sampled_from(["2026-03", "25", "ja", "nee", "20", "16.5", "600", "1", "", "0000-01", "2026-13"]),
    st.sampled_from(["NA", "#N/A", "null", "None", "NaN", "n/a", "#VALUE!", "none", "inf", "-1", "1e400"]),
    st.sampled_from(['"', '""', '"a,b"', 'x"y', "a\rb", ",", ";", "=1+1", "€ 1.000,00", "💶"]),
    st.text(max_size=6),
)
csv_lines = st.lists(st.lists(cells, min_size=6, max_size=10), min_size=1, max_size=12)


def run_batch_text(rows: list[list[str]], sep: str = ",") -> str:
    text = sep.join(COLUMNS) + "\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    try:
        df = read_csv_bytes(text.encode("utf-8", "surrogatepass"), "fuzz.csv")
        out = batch_dataframe(df, BOOK)
    except InvalidSituation as err:
        assert err.problems and err.problems[0].message_nl
        return "refused"
    except UnicodeEncodeError:
        return "refused"
    body = text.split("\n", 1)[1]
    physical = re.split(r"\r?\n", body.removesuffix("\n")) if "\n" in body else [body]
    assert len(out) == sum(1 for line in physical if line.strip("\r") != ""), (text, len(out))
    bad = out["error_nl"].to_numpy() != ""
    assert all(out.loc[bad, "error_field"] != "")
    computed = out.loc[~bad, "net_income"].to_numpy(dtype=float)
    assert np.isfinite(computed).all()
    return "rows"


@settings(FAST, max_examples=60)
@given(csv_lines)
def test_a_random_csv_is_refused_whole_or_read_one_row_per_line(rows: list[list[str]]) -> None:
    run_batch_text(rows)


# --- upload ----------------------------------------------------------------------------------------

MARKDOWN = set("\\`*_{}[]()#+-.!|<>~$:&=\"'@")
SITUATION = {"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True}}
payloads = st.one_of(
    st.binary(max_size=300),
    st.dictionaries(
        st.text(max_size=30), st.one_of(st.integers(), st.text(max_size=10), st.none()), max_size=6
    ).map(lambda d: json.dumps({**SITUATION, **d}).encode()),
)


def bare_markdown(text: str) -> list[str]:
    """Markdown characters not preceded by a backslash."""
    out, escaped = [], False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in MARKDOWN:
            out.append(ch)
    return out


def run_upload(data: bytes) -> str:
    try:
        read_case_file(data)
    except InvalidSituation as err:
        for p in err.problems:
            assert not bare_markdown(plain(p.field)) and not bare_markdown(plain(p.message_nl, 300))
        return "refused"
    return "ok"


@settings(FAST, max_examples=80)
@given(payloads)
def test_an_upload_is_a_situation_or_refused_and_its_text_escaped(data: bytes) -> None:
    run_upload(data)


@settings(FAST, max_examples=200)
@given(st.text(max_size=80))
def test_plain_leaves_no_markdown_character_bare(text: str) -> None:
    assert not bare_markdown(plain(text)), plain(text)
    assert "\n" not in plain(text)


# --- link ------------------------------------------------------------------------------------------

URL_CHECKS = checks({"period": ["2026-03"], "lhk": ["UWV"]})
link_values = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Infinity", "-inf", "nan", "1e400", "9" * 400, "750,50", "1_000", " 5", "0x10", "25.0"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**20), 10**20).map(str),
)


def run_link(key: str, value: str) -> str:
    if not URL_CHECKS[key](value):
        return "told"
    x = float(value)  # what Streamlit's number field does with the text
    assert math.isfinite(x) and abs(x) <= 2**53
    if key in WHOLE_FIELDS:
        assert x.is_integer()
        int(x)
    return "used"


@settings(FAST, max_examples=300)
@given(st.sampled_from(WHOLE_FIELDS), link_values)
def test_a_link_value_let_through_is_one_the_field_can_hold(key: str, value: str) -> None:
    run_link(key, value)


@settings(FAST, max_examples=300)
@given(link_values, st.sampled_from(["nl", "en"]))
def test_an_amount_field_reads_a_finite_number_or_says_what_it_cannot_read(value: str, lang: str) -> None:
    """The amount and hours fields are text fields (issue 13) that keep what the link holds: what they
    read is a finite number a float holds exactly, or a short message in both languages."""
    try:
        x = read_number(value, lang)
    except NumberProblem as p:
        assert p.nl and p.en and len(p.nl) < 160
        return
    assert x is None or (math.isfinite(x) and abs(x) < 1e15)


def test_the_strategies_reach_both_outcomes() -> None:
    """A sanity check on the generators: each path sees good and bad input."""
    assert run_link("age", "25") == "used" and run_link("age", "Infinity") == "told"
    assert run_upload(b"{}") == "refused"
    assert run_batch_text([["1", "2026-03", "25", "ja", "", "", "600", "1"]]) == "rows"
    assert pd.notna(BOOK.value("minimum_wage.hourly", dt.date(2026, 3, 1)))
