"""The whole caseload at once: one row per client from a CSV or Parquet file (issue 8).

Every row goes through the same vectorised net chain as one client in the app
(`calc.chain.compute_chain`), once per period, because the rates differ per period.
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

import datetime as dt
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from calc.batch_business import business_columns
from calc.batch_checks import (
    INPUTS,
    LINE,
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


def validate_rows(df: pd.DataFrame, book: RateBook) -> tuple[Columns | None, NDArray[Any], RowErrors]:
    """Parse and check every row; returns (columns of all rows, period per row, errors)."""
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
    num = parse_numbers(df, err)
    boo = parse_booleans(df, err)
    lhk = parse_lhk(df, err)
    check_job_columns(df, num, err)
    check_business_columns(period, num, err)
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
        **business_columns(period, num, boo["business_was_entrepreneur"], ok),
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


def batch_dataframe(df: pd.DataFrame, book: RateBook | None = None) -> pd.DataFrame:
    """One result row per input row: the input columns, then OUTPUTS, provisional, error_field and
    error_nl.

    Invalid rows have empty (NaN) results and a Dutch `error_nl` naming the field; a missing
    required column raises InvalidSituation (the whole file is unusable).
    """
    book = book or load_rates()
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
    n = len(df)
    res = {k: np.full(n, np.nan) for k in OUTPUTS}
    provisional = np.full(n, "", dtype=object)
    good = ~err.bad
    for p in pd.unique(period[good]):
        idx = np.flatnonzero(good & (period == p))
        with recording() as used:
            c = compute_chain(cols.take(idx), book, dt.date(int(p[:4]), int(p[5:]), 1))
        provisional[idx] = provisional_column(used.values())
        parts = {
            **{p.key: p.read(c) for p in NET_PARTS if p.key in OUTPUTS},
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
    out = df.drop(
        columns=[c for c in (*OUTPUTS, "provisional", "error_field", "error_nl") if c in df.columns]
    )
    extra = pd.DataFrame(res)
    extra["provisional"] = provisional
    extra["error_field"] = err.field
    extra["error_nl"] = err.nl
    return pd.concat([out, extra], axis=1)


def run_batch(in_path: str | Path, out_path: str | Path, book: RateBook | None = None) -> dict[str, Any]:
    """Read, compute and write a caseload file; returns counts and timings (seconds)."""
    t0 = time.perf_counter()
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
    invalid = int((out["error_nl"] != "").sum())
    return {
        "rows": len(out),
        "computed": len(out) - invalid,
        "invalid": invalid,
        "periods": sorted(set(out.loc[out["error_nl"] == "", "period"].astype(str))),
        "provisional_periods": sorted(set(out.loc[out["provisional"] != "", "period"].astype(str))),
        "seconds_read": round(t1 - t0, 3),
        "seconds_compute": round(t2 - t1, 3),
        "seconds_write": round(t3 - t2, 3),
        "seconds_total": round(t3 - t0, 3),
        "output": str(out_path),
    }
