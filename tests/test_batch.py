"""The caseload batch (issue 8): each row equals `evaluate` of the same situation, to the cent.

The expected values are not copied from the batch: they come from `calc.evaluate.evaluate`, the
single-client path that the worked-example tests (docs/examples, test_wajong_rules, test_tax,
test_toeslagen) check against the official UWV, Belastingdienst and Dienst Toeslagen examples.
What this file proves is that the flat CSV route reaches the same numbers.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from calc.batch import OUTPUTS, batch_dataframe, run_batch
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import load_rates
from calc.validate import parse_situation

BOOK = load_rates()

# (flat row, the same situation in the CLI's JSON schema)
CASES = [
    (  # docs/examples/01-no-job.json
        {"period": "2026-01", "age": 25, "arbeidsvermogen": True},
        {"period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True}},
    ),
    (  # docs/examples/02-part-time.json, with rent
        {
            "period": "2026-01",
            "age": 25,
            "arbeidsvermogen": True,
            "hours_per_week": 20,
            "hourly_wage": 15.0,
            "rent": 650.0,
        },
        {
            "period": "2026-01",
            "age": 25,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0}],
            "household": {"rent": 650.0},
        },
    ),
    (  # docs/examples/03-loondispensatie.json
        {
            "period": "2026-01",
            "age": 25,
            "arbeidsvermogen": True,
            "hours_per_week": 20,
            "hourly_wage": 15.0,
            "loonwaarde": 0.5,
        },
        {
            "period": "2026-01",
            "age": 25,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0, "loonwaarde": 0.5}],
        },
    ),
    (  # docs/examples/04: another period, youth minimum wage
        {"period": "2025-03", "age": 19, "arbeidsvermogen": False, "hours_per_week": 12, "hourly_wage": 9.0},
        {
            "period": "2025-03",
            "age": 19,
            "wajong": {"arbeidsvermogen": False},
            "jobs": [{"hours_per_week": 12, "hourly_wage": 9.0}],
        },
    ),
    (  # docs/examples/05-samenloop-ww.json, partner, two persons, employer applies the korting
        {
            "period": "2026-01",
            "age": 25,
            "arbeidsvermogen": True,
            "hours_per_week": 20,
            "hourly_wage": 15.0,
            "loonwaarde": 0.5,
            "other_income_month": 400.0,
            "partner": True,
            "partner_income_year": 18000.0,
            "persons": 2,
            "rent": 800.0,
            "loonheffingskorting": "employer",
        },
        {
            "period": "2026-01",
            "age": 25,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0, "loonwaarde": 0.5}],
            "other_income_month": 400.0,
            "household": {"partner": True, "partner_income_year": 18000.0, "persons": 2, "rent": 800.0},
            "loonheffingskorting": "employer",
        },
    ),
    (  # docs/examples/06-garantiebedrag.json, assets and a toetsingsinkomen given
        {
            "period": "2026-01",
            "age": 25,
            "arbeidsvermogen": True,
            "garantiebedrag": 1200.0,
            "hours_per_week": 20,
            "hourly_wage": 15.0,
            "assets": 20000.0,
            "toetsingsinkomen_year": 24000.0,
        },
        {
            "period": "2026-01",
            "age": 25,
            "wajong": {"arbeidsvermogen": True, "garantiebedrag": 1200.0},
            "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0}],
            "household": {"assets": 20000.0},
            "toetsingsinkomen_year": 24000.0,
        },
    ),
    (  # a period in the second half of the year (other minimum wage), 32 hours
        {
            "period": "2025-09",
            "age": 40,
            "arbeidsvermogen": True,
            "hours_per_week": 32,
            "hourly_wage": 16.5,
            "loonheffingskorting": "both",
        },
        {
            "period": "2025-09",
            "age": 40,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 32, "hourly_wage": 16.5}],
            "loonheffingskorting": "both",
        },
    ),
]

CASES.append(
    (  # a single parent with two children (one of 13), servicekosten
        {
            "period": "2026-05",
            "age": 30,
            "arbeidsvermogen": True,
            "hours_per_week": 24,
            "hourly_wage": 16.0,
            "persons": 3,
            "rent": 700.0,
            "servicekosten": 40.0,
            "children": 2,
            "children_12_15": 1,
        },
        {
            "period": "2026-05",
            "age": 30,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 24, "hourly_wage": 16.0}],
            "household": {"persons": 3, "rent": 700.0, "servicekosten": 40.0, "children_ages": [5, 13]},
        },
    )
)

CASES += [
    (  # issue 17: a business in its first year, 900 hours (startersaftrek bij arbeidsongeschiktheid)
        {"period": "2026-03", "age": 25, "arbeidsvermogen": True, "business_profit_year": 9000.0,
         "business_hours_year": 900, "business_started_year": 2026, "rent": 600.0},
        {"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True}, "household": {"rent": 600.0},
         "business": {"profit_year": 9000.0, "hours_year": 900, "started_year": 2026}},
    ),
    (  # issue 17: a job and an established business (zelfstandigenaftrek), started mid-year 2025
        {"period": "2025-10", "age": 30, "arbeidsvermogen": True, "hours_per_week": 12, "hourly_wage": 15.0,
         "business_profit_year": 14000.0, "business_hours_year": 1300, "business_started_year": 2025,
         "business_started_month": 7, "business_was_entrepreneur": "nee"},
        {"period": "2025-10", "age": 30, "wajong": {"arbeidsvermogen": True},
         "jobs": [{"hours_per_week": 12, "hourly_wage": 15.0}],
         "business": {"profit_year": 14000.0, "hours_year": 1300, "started_year": 2025, "started_month": 7}},
    ),
    (  # issue 17: a loss, no start year given
        {"period": "2026-01", "age": 22, "arbeidsvermogen": False, "business_profit_year": -2500.0,
         "business_hours_year": 400},
        {"period": "2026-01", "age": 22, "wajong": {"arbeidsvermogen": False},
         "business": {"profit_year": -2500.0, "hours_year": 400}},
    ),
]  # fmt: skip

FIELD_OF = {
    "wage": ("month", "wage"),
    "wajong": ("month", "wajong"),
    "toeslagenwet": ("month", "toeslagenwet"),
    "withholding": ("month", "withholding"),
    "zorgtoeslag": ("month", "zorgtoeslag"),
    "huurtoeslag": ("month", "huurtoeslag"),
    "kindgebonden_budget": ("month", "kindgebonden_budget"),
    "net_income": ("month", "net_income"),
    "net_income_with_settlement": ("month", "net_income_with_settlement"),
    "income_tax_year": ("year", "income_tax"),
    "iack_year": ("year", "iack"),
    "settlement_year": ("year", "settlement"),
    "year_total": ("year", "total"),
    "business_profit": ("month", "business_profit"),
    "business_income": ("month", "business_income"),
    "voorlopige_aanslag": ("month", "voorlopige_aanslag"),
    "business_profit_taxable_year": ("year", "business_profit_taxable"),
    "zvw_bijdrage_year": ("year", "zvw_bijdrage"),
}


def _same(a: float, b: float | None) -> bool:
    if b is None:
        return math.isnan(a)
    return round(a * 100) == round(b * 100)


def test_every_row_equals_evaluate_field_by_field() -> None:
    df = pd.DataFrame([flat for flat, _ in CASES])
    out = batch_dataframe(df, BOOK)
    assert list(out["error_nl"]) == [""] * len(CASES)
    assert set(OUTPUTS) == set(FIELD_OF)
    for i, (_, js) in enumerate(CASES):
        expected = evaluate(parse_situation(js), BOOK).as_json()
        for col, (part, key) in FIELD_OF.items():
            assert _same(out.at[i, col], expected[part][key]), (i, col, out.at[i, col], expected[part][key])


def test_rows_in_any_order_and_mixed_periods_give_the_same_answer() -> None:
    df = pd.DataFrame([flat for flat, _ in CASES])
    once = batch_dataframe(df, BOOK)
    order = np.arange(len(df))[::-1]
    shuffled = batch_dataframe(df.iloc[order], BOOK)
    pd.testing.assert_frame_equal(shuffled.reset_index(drop=True), once.iloc[order].reset_index(drop=True))


def test_chunks_and_threads_change_no_cell() -> None:
    # The batch computes a period's rows in chunks, one thread per core (calc.batch.CHUNK_ROWS). Every
    # step of the chain is per row, so chunks of 2 rows and one chunk of everything must agree to the
    # bit, for valid rows of several periods and for invalid rows between them.
    rows = [flat for flat, _ in CASES] * 3
    rows[4] = {**rows[4], "age": 12}  # invalid: its row keeps its message, the others are computed
    rows[7] = {**rows[7], "period": "2026-13"}
    df = pd.DataFrame(rows)
    whole = batch_dataframe(df, BOOK, chunk_rows=len(df))
    chunked = batch_dataframe(df, BOOK, chunk_rows=2)
    assert (whole["error_nl"] != "").sum() == 2
    assert whole["period"].nunique() > 1
    pd.testing.assert_frame_equal(chunked, whole, check_exact=True)


def test_documented_example_02_part_time() -> None:
    # docs/examples/02-part-time: 20 h x EUR 15 x 52/12 = EUR 1,300.00 wage; with arbeidsvermogen the
    # Wajong is 70% of (grondslag EUR 2,294.40 for 2026-01 - wage) (Wet Wajong art. 2:14, UWV 2026).
    out = batch_dataframe(pd.DataFrame([CASES[1][0]]), BOOK)
    assert out.at[0, "wage"] == pytest.approx(20 * 15.0 * 52 / 12, abs=0.005)
    assert out.at[0, "wajong"] == pytest.approx(0.7 * (2294.40 - 1300.00), abs=0.005)


def test_invalid_rows_get_dutch_errors_naming_the_field_and_the_rest_is_computed() -> None:
    good = CASES[1][0]
    rows = [
        good,
        {**good, "age": "vijfentwintig"},
        {**good, "hourly_wage": -3},
        {**good, "period": "januari"},
        {**good, "arbeidsvermogen": "misschien"},
        {**good, "loonheffingskorting": "werkgever"},
        {**good, "period": "2031-01"},
        {**good, "age": 70},
        {**good, "hourly_wage": 5.0},  # below the minimum wage for 25
        {**good, "persons": 2.5},
        {**good, "loonwaarde": 1.5},
        {**good, "rent": float("inf")},
        {**good, "hourly_wage": None},  # hours without a wage
        {**good, "arbeidsvermogen": None},
    ]
    out = batch_dataframe(pd.DataFrame(rows), BOOK)
    expect = [
        (None, None),
        ("age", "leeftijd"),
        ("hourly_wage", "uurloon"),
        ("period", "periode"),
        ("arbeidsvermogen", "arbeidsvermogen"),
        ("loonheffingskorting", "loonheffingskorting"),
        ("period", "periode"),
        ("age", "leeftijd"),
        ("hourly_wage", "minimumloon"),
        ("persons", "aantal personen"),
        ("loonwaarde", "loonwaarde"),
        ("rent", "huur"),
        ("hourly_wage", "ontbreekt"),
        ("arbeidsvermogen", "ontbreekt"),
    ]
    for i, (field, word) in enumerate(expect):
        msg = out.at[i, "error_nl"]
        if field is None:
            assert msg == ""
            assert np.isfinite(out.at[i, "net_income"])
        else:
            assert field in out.at[i, "error_field"].split(","), (i, msg)
            assert f"kolom '{field}'" in msg and word in msg, (i, msg)
            assert np.isnan(out.at[i, "net_income"])


def test_missing_required_column_is_one_dutch_problem() -> None:
    with pytest.raises(InvalidSituation) as e:
        batch_dataframe(pd.DataFrame([{"period": "2026-01", "age": 25}]), BOOK)
    assert "arbeidsvermogen" in e.value.dutch() and "verplicht" in e.value.dutch()


def test_extra_columns_are_passed_through() -> None:
    out = batch_dataframe(pd.DataFrame([{**CASES[0][0], "client": "A-17"}]), BOOK)
    assert out.at[0, "client"] == "A-17"


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_run_batch_files_round_trip(tmp_path, suffix) -> None:
    df = pd.DataFrame([flat for flat, _ in CASES] + [{**CASES[0][0], "age": "x"}])
    src = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        df.to_csv(src, index=False)
    else:
        df.astype({"age": str}).to_parquet(src)
    stats = run_batch(src, tmp_path / f"out{suffix}", BOOK)
    assert stats["rows"] == len(CASES) + 1 and stats["invalid"] == 1
    back = (
        pd.read_csv(tmp_path / "out.csv") if suffix == ".csv" else pd.read_parquet(tmp_path / "out.parquet")
    )
    expected = evaluate(parse_situation(CASES[4][1]), BOOK).as_json()
    assert back.at[4, "net_income"] == pytest.approx(expected["month"]["net_income"], abs=0.005)


def test_semicolon_csv_with_decimal_commas(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        "period;age;arbeidsvermogen;hours_per_week;hourly_wage\n2026-01;25;ja;20;15,00\n", encoding="utf-8"
    )
    run_batch(src, tmp_path / "out.csv", BOOK)
    back = pd.read_csv(tmp_path / "out.csv")
    assert back.at[0, "wage"] == pytest.approx(1300.0)
    assert pd.isna(back.at[0, "error_nl"])


def test_missing_file_is_a_dutch_problem(tmp_path) -> None:
    with pytest.raises(InvalidSituation, match="bestaat niet"):
        run_batch(tmp_path / "nope.csv", tmp_path / "out.csv", BOOK)


def test_unwritable_output_is_a_dutch_problem(tmp_path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame([CASES[0][0]]).to_csv(src, index=False)
    with pytest.raises(InvalidSituation, match="geschreven"):
        run_batch(src, tmp_path / "no-such-dir" / "out.csv", BOOK)


def test_children_of_12_to_17_cannot_outnumber_the_children() -> None:
    df = pd.DataFrame(
        [{"period": "2026-01", "age": 30, "arbeidsvermogen": True, "children": 1, "children_16_17": 2}]
    )
    out = batch_dataframe(df, BOOK)
    assert out.at[0, "error_field"] == "children"
    assert "aantal kinderen (kolom 'children'): moet minstens zo groot zijn" in out.at[0, "error_nl"]
