"""The whole caseload at once: one row per client from a CSV or Parquet file (issue 8).

Every row goes through the same vectorised net chain as one client in the app
(`calc.chain.compute_chain`), per period because the rates differ per period, in chunks (CHUNK_ROWS).
Validation is vectorised too and mirrors the CLI's checks (`calc.situation` field limits plus
`calc.validate.check_situation`): an invalid row gets a Dutch message in `error_nl` naming the
field, and the other rows are computed. Never a traceback for a bad row.

Flat input columns (one job per row; see docs/batch.md):
period, age, arbeidsvermogen (required); garantiebedrag, hours_per_week, hourly_wage,
loonwaarde, other_income_month, partner, partner_income_year, persons, rent, servicekosten,
assets, children, children_12_15, children_16_17, loonheffingskorting, toetsingsinkomen_year
(optional, the CLI's defaults; the children columns count children under 18 and those of them
aged 12-15 and 16-17, which is what the kindgebonden budget needs of `household.children_ages`).
Other columns (a client number, say) are passed through unchanged.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from calc.batch_business import business_columns
from calc.batch_checks import (
    INPUTS,
    LINE,
    Periods,
    RowErrors,
    check_business_columns,
    check_job_columns,
    check_with_rates,
    forget_columns,
    not_available,
    parse_booleans,
    parse_lhk,
    parse_numbers,
    parse_periods,
    require_columns,
)
from calc.batch_io import ROW_ERRORS, file_problem, read_table, write_table
from calc.chain import compute_chain
from calc.columns import Columns, job_wage_month
from calc.errors import os_reason
from calc.net import NET_PARTS
from calc.provisional import provisional_list
from calc.rates import Rate, RateBook, load_rates, recording

__all__ = ["INPUTS", "OUTPUTS", "batch_dataframe", "read_table", "run_batch", "validate_rows", "write_table"]

# The month's parts (NET_PARTS, without other income, which is an input column) and the totals; a
# business's columns last (issue 17), so the earlier columns keep their places.
BUSINESS_OUTPUTS = (
    "business_profit",
    "business_income",
    "voorlopige_aanslag",
    "business_profit_taxable_year",
    "zvw_bijdrage_year",
)
OUTPUTS = (
    *(p.key for p in NET_PARTS if p.key != "other_income" and p.key not in BUSINESS_OUTPUTS),
    "net_income",
    "net_income_with_settlement",
    "income_tax_year",
    "iack_year",
    "settlement_year",
    "year_total",
    *BUSINESS_OUTPUTS,
)

# Rows per pass of the net chain. Its hundreds of numpy steps then work on arrays that stay in the
# processor's cache (32,768 rows x 8 bytes = 256 kB), and the passes run in one thread per core (numpy
# releases the GIL while it computes): 250,000 rows take about half the time of one pass over all of
# them (benchmarks/run.py). Every step is per row, so the chunks change nothing (tests/test_batch.py).
CHUNK_ROWS = 32_768


def validate_rows(df: pd.DataFrame, book: RateBook) -> tuple[Columns | None, Periods, RowErrors]:
    """Parse and check every row; returns (columns of all rows, the periods, errors)."""
    require_columns(df)
    forget_columns()
    err = RowErrors(len(df))
    unread = df.attrs.get(ROW_ERRORS)
    if unread is not None and len(unread) == len(df):  # lines of the CSV file that could not be read
        err.add(np.asarray(unread) != "", LINE, np.asarray(unread, dtype=object))
        err.unread = np.asarray(unread) != ""
    for name in INPUTS:
        if name in df:
            na, text = not_available(df[name])
            err.add(na, name, text)
    period = parse_periods(df, err)
    year, month = period.numbers()
    num = parse_numbers(df, err)
    boo = parse_booleans(df, err)
    lhk = parse_lhk(df, err)
    check_job_columns(df, num, err)
    check_business_columns(year, num, err)
    hours, wage, lw = num["hours_per_week"], num["hourly_wage"], num["loonwaarde"]
    has_lw = np.isfinite(lw)
    has_job = np.isfinite(hours) & np.isfinite(wage)
    check_with_rates(period, num, has_job, err, book)
    # Invalid rows are not computed; give them harmless values so no cast or product overflows.
    ok = ~err.bad
    has_job &= ok

    h = np.where(has_job, hours, 0.0)
    w = np.where(has_job, wage, 0.0)
    dispensed = has_job & has_lw
    paid = job_wage_month(h, w, np.where(dispensed, lw, 1.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        fl = np.where(dispensed, paid / np.where(dispensed, lw, 1.0), 0.0)
    age = np.where(ok, np.nan_to_num(num["age"], nan=0.0), 0.0)
    cols = Columns(
        age=age.astype(np.int64),
        arbeidsvermogen=boo["arbeidsvermogen"],
        garantiebedrag=num["garantiebedrag"],
        wage_regular=np.where(dispensed, 0.0, paid),
        wage_dispensed=np.where(dispensed, paid, 0.0),
        function_wage_dispensed=fl,
        hours_per_week=h,
        other_income=num["other_income_month"],
        partner=boo["partner"],
        partner_income_year=num["partner_income_year"],
        persons=np.where(ok, num["persons"], 1.0).astype(np.int64),
        rent=num["rent"],
        servicekosten=num["servicekosten"],
        assets=num["assets"],
        children=np.where(ok, num["children"], 0.0).astype(np.int64),
        children_12_15=np.where(ok, num["children_12_15"], 0.0).astype(np.int64),
        children_16_17=np.where(ok, num["children_16_17"], 0.0).astype(np.int64),
        loonheffingskorting=lhk,
        toetsingsinkomen_year=num["toetsingsinkomen_year"],
        **business_columns(year, month, num, boo["business_was_entrepreneur"], ok),
        partner_birth_year=num["partner_birth_year"],
        lives_with_parents=boo["lives_with_parents"],
        kostendelers=np.where(ok, num["kostendelers"], 0.0).astype(np.int64),
        tw_disregard_months_used=np.zeros(len(df)),  # the vrijlating runs (a new job): docs/batch.md
        tw_receives=np.full(len(df), np.nan),
    )
    forget_columns()  # the cached codes hold the frame's columns: let them go
    return cols, period, err


def provisional_column(used: Iterable[Rate]) -> str:
    """The batch's `provisional` cell: `key=status` of each amount not yet official, '; '-separated
    (the parameters the period's calculation used; empty when every amount is official)."""
    return "; ".join(f"{p['parameter']}={p['status']}" for p in provisional_list(used))


def _compute_rows(
    cols: Columns, p: str, idx: NDArray[np.intp], book: RateBook, res: dict[str, NDArray[np.float64]]
) -> tuple[str, dict[Any, Rate]]:
    """The net chain for the rows `idx` of period `p`, written into the output columns `res` (each
    task its own rows, so tasks in parallel threads never write the same cell); returns the period
    and the rates the chain used."""
    with recording() as used:
        c = compute_chain(cols.take(idx), book, dt.date(int(p[:4]), int(p[5:]), 1))
    parts = {
        **{part.key: part.read(c) for part in NET_PARTS if part.key in OUTPUTS},
        "net_income": c.net_month,
        "net_income_with_settlement": c.net_month_with_settlement,
        "income_tax_year": c.tax.income_tax_year,
        "iack_year": c.tax.iack,
        "settlement_year": c.tax.settlement_year,
        "year_total": c.year_total,
        "business_income": c.wajong.business_income,
        "business_profit_taxable_year": c.tax.business.belastbare_winst,
        "zvw_bijdrage_year": c.tax.zvw_bijdrage_year,
    }
    for k, v in parts.items():
        res[k][idx] = v
    return p, used


def _compute_all(
    cols: Columns, period: Periods, good: NDArray[np.bool_], book: RateBook, chunk_rows: int
) -> tuple[dict[str, NDArray[np.float64]], dict[str, str]]:
    """The output columns of the `good` rows, computed per period in chunks of `chunk_rows` over one
    thread per core; and per period the `provisional` text of the rates it used."""
    res = {k: np.full(len(good), np.nan) for k in OUTPUTS}
    tasks = [
        (p, idx)
        for p, rows in period.groups(good)
        for idx in np.array_split(rows, -(-len(rows) // chunk_rows))
    ]
    used: dict[str, dict[Any, Rate]] = {p: {} for p in period.names}
    with ThreadPoolExecutor(max_workers=max(1, min(len(tasks), os.cpu_count() or 1))) as pool:
        for p, rates in pool.map(lambda task: _compute_rows(cols, *task, book, res), tasks):
            used[p].update(rates)
    return res, {p: provisional_column(rates.values()) for p, rates in used.items()}


@cache
def _keep_freed_memory() -> None:
    """Let this process reuse the memory of freed arrays instead of handing it back to the kernel.

    The net chain allocates thousands of temporary arrays of 256 kB (a chunk's column). glibc maps
    each one separately and returns it on free, and the kernel then zeroes fresh pages for the next
    one: about a fifth of the batch's time (benchmarks/run.py). Raising glibc's mmap and trim
    thresholds (mallopt M_MMAP_THRESHOLD = -3, M_TRIM_THRESHOLD = -1) keeps up to 128 MB of freed
    memory in the process for reuse. A process-wide setting, made only by the batch; elsewhere than
    glibc (macOS, musl) it does nothing, and the numbers are the same either way.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 64 << 20)
        libc.mallopt(-1, 128 << 20)
    except (OSError, AttributeError):
        pass


def _numbered(rows: NDArray[np.bool_]) -> NDArray[np.intp]:
    """0 outside `rows`, 1, 2, 3, ... on them: each row's place in [""] + values of those rows."""
    codes = np.zeros(len(rows), dtype=np.intp)
    codes[rows] = np.arange(1, int(rows.sum()) + 1)
    return codes


def _text_column(values: list[str], codes: NDArray[np.intp]) -> pd.api.extensions.ExtensionArray:
    """pandas' text column `values[codes]`: each distinct text converted once, not once per row."""
    return pd.array(np.array(values, dtype=object), dtype="str").take(codes)


def batch_dataframe(
    df: pd.DataFrame, book: RateBook | None = None, chunk_rows: int = CHUNK_ROWS
) -> pd.DataFrame:
    """One result row per input row: the input columns, then OUTPUTS, provisional, error_field and
    error_nl.

    Invalid rows have empty (NaN) results and a Dutch `error_nl` naming the field; a missing
    required column raises InvalidSituation (the whole file is unusable).
    """
    book = book or load_rates()
    _keep_freed_memory()
    if len(df) == 0:  # no clients: the output columns and no rows (numpy refuses to reduce nothing)
        require_columns(df)
        empty = {c: pd.Series(dtype=float) for c in OUTPUTS} | {
            c: pd.Series(dtype=object) for c in ("provisional", "error_field", "error_nl")
        }
        return pd.concat(
            [df.drop(columns=[c for c in empty if c in df.columns]), pd.DataFrame(empty)], axis=1
        )
    df = df.reset_index(drop=True)
    cols, period, err = validate_rows(df, book)
    assert cols is not None
    good = ~err.bad
    res, provisional = _compute_all(cols, period, good, book, chunk_rows)
    out = df.drop(
        columns=[c for c in (*OUTPUTS, "provisional", "error_field", "error_nl") if c in df.columns]
    )
    extra = pd.DataFrame(res)
    # One text per period (the rows of an invalid row get ""); only the invalid rows' messages converted.
    extra["provisional"] = _text_column([*(provisional[p] for p in period.names), ""],
                                        np.where(good, period.code, len(period.names)))  # fmt: skip
    extra["error_field"] = _text_column(["", *err.field[~good]], _numbered(~good))
    extra["error_nl"] = _text_column(["", *err.nl[~good]], _numbered(~good))
    return pd.concat([out, extra], axis=1)


def _periods(column: pd.Series) -> list[str]:
    """The distinct periods of a column, sorted (run_batch's summary)."""
    return sorted(map(str, pd.unique(column.astype(str))))


def run_batch(in_path: str | Path, out_path: str | Path, book: RateBook | None = None) -> dict[str, Any]:
    """Read, compute and write a caseload file; returns counts and timings (seconds)."""
    t0 = time.perf_counter()
    _keep_freed_memory()
    book = book or load_rates()
    df = read_table(in_path, known=INPUTS)
    t1 = time.perf_counter()
    out = batch_dataframe(df, book)
    t2 = time.perf_counter()
    try:
        write_table(out, out_path)
    except OSError as e:
        raise file_problem(f"het bestand '{out_path}' kan niet geschreven worden: {os_reason(e)}.") from None
    t3 = time.perf_counter()
    computed = (out["error_nl"] == "").to_numpy()
    summary: dict[str, Any] = {
        "rows": len(out),
        "computed": int(computed.sum()),
        "invalid": int((~computed).sum()),
        "periods": _periods(out["period"][computed]),
        "provisional_periods": _periods(out["period"][out["provisional"] != ""]),
        "output": str(out_path),
    }
    t4 = time.perf_counter()  # the clock covers all the command does, its own summary included
    return {
        **summary,
        "seconds_read": round(t1 - t0, 3),
        "seconds_compute": round(t2 - t1, 3),
        "seconds_write": round(t3 - t2, 3),
        "seconds_total": round(t4 - t0, 3),
    }
