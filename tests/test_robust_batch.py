"""Issue 19 in the batch: it never loses, merges or invents a client.

Every line of the input is one row of the output: computed, or refused with a Dutch message that
names the column or the line. A cell that says "no value" is refused, never read as the default;
an unclosed quote refuses its own line and never swallows the next clients; the computed rows
equal `evaluate` of the same situation.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calc.batch import OUTPUTS, batch_dataframe, run_batch
from calc.batch_io import read_table
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import load_rates
from calc.validate import parse_situation

BOOK = load_rates()
HEADER = "client,name,period,age,arbeidsvermogen,hours_per_week,hourly_wage,rent,persons"
FIELD_OF = {
    "wage": ("month", "wage"),
    "wajong": ("month", "wajong"),
    "withholding": ("month", "withholding"),
    "net_income": ("month", "net_income"),
    "year_total": ("year", "total"),
}


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def batch(tmp_path: Path, text: str) -> tuple[dict[str, Any], pd.DataFrame]:
    summary = run_batch(write(tmp_path, text), tmp_path / "out.csv", BOOK)
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    return summary, out


def situation(row: dict[str, Any]) -> dict[str, Any]:
    """A flat row of HEADER as the CLI's JSON (what `evaluate` reads)."""
    s: dict[str, Any] = {
        "period": row["period"],
        "age": int(row["age"]),
        "wajong": {"arbeidsvermogen": row["arbeidsvermogen"] == "ja"},
        "household": {"rent": float(row["rent"] or 0), "persons": int(row["persons"] or 1)},
    }
    if row["hours_per_week"]:
        s["jobs"] = [
            {"hours_per_week": float(row["hours_per_week"]), "hourly_wage": float(row["hourly_wage"])}
        ]
    return s


def same_as_evaluate(out_row: pd.Series, raw: dict[str, Any]) -> None:
    expected = evaluate(parse_situation(situation(raw)), BOOK).as_json()
    for col, (part, key) in FIELD_OF.items():
        assert round(float(out_row[col]) * 100) == round(expected[part][key] * 100), (col, raw)


# --- item 2: "not available" is not the default -------------------------------------------------


@pytest.mark.parametrize("na", ["#N/A", "NA", "null", "None", "NaN", "nan", "N/A", "#VALUE!", "<NA>"])
def test_a_cell_that_says_not_available_refuses_its_row(tmp_path: Path, na: str) -> None:
    text = f"{HEADER}\n1,Jan,2026-03,25,ja,10,20,{na},1\n2,Piet,2026-03,25,ja,10,20,600,1\n"
    summary, out = batch(tmp_path, text)
    assert (summary["rows"], summary["computed"], summary["invalid"]) == (2, 1, 1)
    assert out.loc[0, "error_field"] == "rent"
    assert out.loc[0, "error_nl"].startswith(f"huur per maand (kolom 'rent'): '{na}' is geen waarde.")
    assert out.loc[0, "net_income"] == ""  # nothing computed, least of all with rent 0
    assert out.loc[0, "rent"] == na  # the cell is echoed as written
    same_as_evaluate(
        out.loc[1],
        dict(
            zip(HEADER.split(","), ["2", "Piet", "2026-03", "25", "ja", "10", "20", "600", "1"], strict=True)
        ),
    )


@pytest.mark.parametrize("column", ["period", "age", "arbeidsvermogen", "hours_per_week", "persons"])
def test_na_in_any_input_column_is_refused(tmp_path: Path, column: str) -> None:
    row = dict(
        zip(HEADER.split(","), ["1", "Jan", "2026-03", "25", "ja", "10", "20", "600", "1"], strict=True)
    )
    row[column] = "#N/A"
    _, out = batch(tmp_path, f"{HEADER}\n{','.join(row.values())}\n")
    assert column in out.loc[0, "error_field"] and "'#N/A' is geen waarde" in out.loc[0, "error_nl"]


def test_na_in_a_passed_through_column_is_kept_and_does_not_matter(tmp_path: Path) -> None:
    _, out = batch(tmp_path, f"{HEADER}\n1,NA,2026-03,25,ja,10,20,600,1\n")
    assert out.loc[0, "name"] == "NA" and out.loc[0, "error_nl"] == ""


def test_none_stays_a_loonheffingskorting_choice(tmp_path: Path) -> None:
    _, out = batch(tmp_path, "period,age,arbeidsvermogen,loonheffingskorting\n2026-03,25,ja,none\n")
    assert out.loc[0, "error_nl"] == ""


def test_a_parquet_nan_in_an_input_column_is_refused(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rent = pa.array([float("nan"), None], pa.float64())  # a NaN, and an empty cell
    table = pa.table(
        {"period": ["2026-03"] * 2, "age": [25, 25], "arbeidsvermogen": [True, True], "rent": rent}
    )
    pq.write_table(table, tmp_path / "in.parquet")
    summary = run_batch(tmp_path / "in.parquet", tmp_path / "out.parquet", BOOK)
    out = pd.read_parquet(tmp_path / "out.parquet")
    assert summary["invalid"] == 1 and "'NaN' is geen waarde" in out.loc[0, "error_nl"]
    assert out.loc[1, "error_nl"] == ""


# --- item 3: an unclosed quote never merges clients ------------------------------------------------


def test_an_unclosed_quote_refuses_its_line_and_every_other_client_is_computed(tmp_path: Path) -> None:
    lines = [
        '1,"Jan,2026-03,25,ja,10,20,600,1',
        "2,Piet,2026-03,30,nee,,,700,1",
        "3,Kees,2026-03,40,ja,20,18,800,2",
        '4,"Ans",2026-03,22,ja,12,16,900,1',
    ]
    summary, out = batch(tmp_path, HEADER + "\n" + "\n".join(lines) + "\n")
    assert (summary["rows"], summary["computed"], summary["invalid"]) == (4, 3, 1)
    assert out.loc[0, "error_field"] == "line"
    assert out.loc[0, "error_nl"].startswith('regel 2: een aanhalingsteken (") klopt niet')
    assert list(out["client"]) == ["", "2", "3", "4"]
    for i in (1, 2, 3):
        raw = dict(zip(HEADER.split(","), next(__import__("csv").reader([lines[i]])), strict=True))
        same_as_evaluate(out.loc[i], raw)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('5,Jan "de" Vries,2026-03,25,ja,10,20,600,1', "aanhalingsteken"),  # a quote inside a plain cell
        ('5,"Jan" x,2026-03,25,ja,10,20,600,1', "aanhalingsteken"),  # text after the closing quote
        ("5,Jan,2026-03,25,ja,10,20,600,1,extra", "10 cellen in plaats van 9"),
        ("5,Jan,2026-03,25,ja,10,20,600", "8 cellen in plaats van 9"),
        ("5,Jan\r,2026-03,25,ja,10,20,600,1", "regelterugloop"),
    ],
)
def test_a_broken_line_refuses_that_line_only(tmp_path: Path, line: str, words: str) -> None:
    good = "6,Piet,2026-03,30,nee,,,700,1"
    summary, out = batch(tmp_path, f"{HEADER}\n{line}\n{good}\n")
    assert (summary["rows"], summary["invalid"]) == (2, 1)
    assert out.loc[0, "error_nl"].startswith("regel 2: ") and words in out.loc[0, "error_nl"]
    assert out.loc[1, "client"] == "6" and out.loc[1, "error_nl"] == ""


def test_quoted_cells_with_separators_and_doubled_quotes_are_read(tmp_path: Path) -> None:
    text = f'{HEADER}\n1,"Jansen, J. ""Jan""",2026-03,25,ja,10,20,600,1\n\n2,"",2026-03,25,ja,,,,\n'
    summary, out = batch(tmp_path, text)
    assert summary["invalid"] == 0 and summary["rows"] == 2  # the blank line is no client
    assert out.loc[0, "name"] == 'Jansen, J. "Jan"'


# --- item 4 in the batch: 0000-01 is one row's problem --------------------------------------------


def test_period_0000_01_is_refused_per_row_and_the_others_computed(tmp_path: Path) -> None:
    summary, out = batch(tmp_path, f"{HEADER}\n1,a,0000-01,25,ja,,,,\n2,b,2026-03,25,ja,,,,\n")
    assert (summary["computed"], summary["invalid"]) == (1, 1)
    assert out.loc[0, "error_field"] == "period" and "bestaat" in out.loc[0, "error_nl"]


# --- item 7: empty files, odd Parquet, formulas, duplicate columns -----------------------------------


def test_zero_data_rows_is_a_dutch_refusal_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(InvalidSituation, match="geen rijen met cliënten"):
        run_batch(write(tmp_path, HEADER + "\n"), tmp_path / "out.csv", BOOK)
    with pytest.raises(InvalidSituation, match="is leeg"):
        run_batch(write(tmp_path, ""), tmp_path / "out.csv", BOOK)
    empty = batch_dataframe(pd.DataFrame({"period": [], "age": [], "arbeidsvermogen": []}), BOOK)
    assert len(empty) == 0 and {*OUTPUTS, "error_nl"} <= set(empty.columns)


def test_a_duplicated_column_name_is_refused_not_the_first_used(tmp_path: Path) -> None:
    with pytest.raises(InvalidSituation, match="'rent' staan twee keer"):
        run_batch(
            write(tmp_path, "period,age,arbeidsvermogen,rent,rent\n2026-03,25,ja,100,900\n"),
            tmp_path / "o.csv",
        )


@pytest.mark.parametrize("column", [[[1, 2]], [b"\x00\xff"], [{"a": 1}]])
def test_odd_parquet_columns_are_refused_in_dutch_and_no_file_is_left(
    tmp_path: Path, column: list[Any]
) -> None:
    df = pd.DataFrame({"period": ["2026-03"], "age": [25], "arbeidsvermogen": [True], "odd": column})
    df.to_parquet(tmp_path / "in.parquet")
    for out in ("out.parquet", "out.csv"):
        with pytest.raises(InvalidSituation, match="kolom 'odd'"):
            run_batch(tmp_path / "in.parquet", tmp_path / out, BOOK)
        assert not (tmp_path / out).exists()


def test_formula_looking_cells_are_escaped_in_csv_output(tmp_path: Path) -> None:
    text = (
        "client,note,period,age,arbeidsvermogen\n"
        '1,"=HYPERLINK(""http://x"",""klik"")",2026-03,25,ja\n'
        "2,+31 6 123,2026-03,25,ja\n3,@SUM(A1),2026-03,25,ja\n4,-5,2026-03,25,ja\n5,gewoon,2026-03,25,ja\n"
    )
    _, out = batch(tmp_path, text)
    assert list(out["note"]) == ['\'=HYPERLINK("http://x","klik")', "'+31 6 123", "'@SUM(A1)", "-5", "gewoon"]


def test_a_failed_write_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the previous output\n")
    (tmp_path / "in.csv").write_text("period,age,arbeidsvermogen\n2026-03,25,ja\n")
    from calc import batch_io

    def broken(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    orig = batch_io.os.replace
    batch_io.os.replace = broken  # type: ignore[assignment]
    try:
        with pytest.raises(InvalidSituation, match="de schijf is vol"):
            run_batch(tmp_path / "in.csv", target, BOOK)
    finally:
        batch_io.os.replace = orig
    assert target.read_text() == "the previous output\n"
    assert {p.name for p in tmp_path.iterdir()} == {"in.csv", "out.csv"}  # no temporary file left


# --- item 11: Dutch amounts in the batch's messages -------------------------------------------------


def test_the_batch_writes_dutch_amounts_as_the_cli(tmp_path: Path) -> None:
    _, out = batch(tmp_path, "period,age,arbeidsvermogen,hours_per_week,hourly_wage\n2026-03,25,ja,10,1\n")
    assert (
        "€\xa01,00 is lager dan het minimumloon" in out.loc[0, "error_nl"]
        and "€ 1.00" not in out.loc[0, "error_nl"]
    )


# --- the property: 1% randomly corrupted rows ---------------------------------------------------------

NA_CELLS = ["#N/A", "NA", "null", "None", "NaN", "n/a"]


def clean_rows(n: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        works = rng.random() < 0.6
        rows.append(
            {
                "client": str(i),
                "name": rng.choice(["Jan", '"Jansen, J."', '"de ""Ster"""', "Piet"]),
                "period": rng.choice(["2025-03", "2026-01", "2026-07"]),
                "age": str(rng.randint(21, 60)),
                "arbeidsvermogen": rng.choice(["ja", "nee"]),
                "hours_per_week": f"{rng.randint(4, 36)}" if works else "",
                "hourly_wage": f"{rng.uniform(16, 25):.2f}" if works else "",
                "rent": rng.choice(["", "550", "725.5"]),
                "persons": rng.choice(["", "1", "2"]),
            }
        )
    return rows


def corrupt(line: str, how: str, rng: random.Random) -> str:
    if how == "quote":
        at = rng.randrange(len(line) + 1)
        return line[:at] + '"' + line[at:]
    if how == "extra":
        return line + ",x"
    cells = next(__import__("csv").reader([line]))
    k = rng.choice([2, 3, 4, 7, 8])  # a known input column
    cells[k] = rng.choice(NA_CELLS)
    return ",".join(f'"{c}"' if "," in c or '"' in c else c for c in cells).replace('"""', '"""')


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from(["quote", "extra", "na"]), min_size=4, max_size=4),
)
def test_one_percent_corrupted_rows_every_client_accounted_for(
    tmp_path_factory: Any, seed: int, kinds: list[str]
) -> None:
    tmp_path = tmp_path_factory.mktemp("fuzz")
    rows = clean_rows(400, seed)
    lines = [",".join(r.values()) for r in rows]
    rng = random.Random(seed)
    bad = sorted(rng.sample(range(len(lines)), len(kinds)))  # 1% of the rows
    for i, how in zip(bad, kinds, strict=True):
        lines[i] = corrupt(lines[i], how, rng)
    summary, out = batch(tmp_path, HEADER + "\n" + "\n".join(lines) + "\n")
    assert summary["rows"] == len(lines) == len(out)  # no client lost, merged or invented
    assert summary["computed"] + summary["invalid"] == len(lines)
    invalid = set(np.flatnonzero(out["error_nl"].to_numpy() != ""))
    assert invalid == set(bad), (invalid, bad)
    good = [i for i in range(len(lines)) if i not in bad]
    assert list(out.loc[good, "client"]) == [rows[i]["client"] for i in good]  # each in its own place
    for i in good[:: max(1, len(good) // 12)]:  # every computed row equals evaluate (a sample of 12)
        raw = dict(zip(HEADER.split(","), next(__import__("csv").reader([lines[i]])), strict=True))
        same_as_evaluate(out.loc[i], raw)


def test_reading_keeps_one_row_per_line(tmp_path: Path) -> None:
    text = f'{HEADER}\n1,"a\n2,b,2026-03,25,ja,,,,\n'
    df = read_table(write(tmp_path, text))
    assert len(df) == 2 and pd.isna(df.loc[0, "age"]) and df.loc[1, "client"] == 2
    assert json.dumps(list(df.attrs["row_errors"]))


@pytest.mark.parametrize(
    "lines",
    [
        ["1,Jan,2026-03,25,ja,10,20,600,1,extra", "2,Piet,2026-03,30,nee,,,700"],  # +1 then -1: same total
        ["1,Jan,2026-03,25,ja,10,20,600", "2,Piet,2026-03,30,nee,,,700,1,extra"],
        ["1,Jan,2026-03,25,ja,10,20,600,1", "2,Piet\r3,2026-03,30,nee,,,700,1"],
    ],
)
def test_a_file_without_quotes_is_still_checked_line_by_line(tmp_path: Path, lines: list[str]) -> None:
    """The quick path (no quotes) may not let an extra cell become the index or shift a row."""
    summary, out = batch(tmp_path, HEADER + "\n" + "\n".join(lines) + "\n")
    assert summary["rows"] == 2
    bad = [i for i, line in enumerate(lines) if line.count(",") != 8 or "\r" in line]
    assert list(np.flatnonzero(out["error_nl"].to_numpy() != "")) == bad
    assert all(out.loc[i, "error_field"] == "line" for i in bad)
