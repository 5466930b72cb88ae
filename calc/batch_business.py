"""The business columns of a caseload row (issue 17; docs/batch.md): the same fields as
`calc.columns.business_fields` gives one situation, for every row at once."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.columns import UNKNOWN_START

Array = NDArray[np.float64]


def business_columns(
    year: NDArray[np.int64],
    month: NDArray[np.int64],
    num: dict[str, Array],
    was_entrepreneur: NDArray[np.bool_],
    ok: NDArray[np.bool_],
) -> dict[str, NDArray[Any]]:
    """business_profit_month, _year, business_hours_year, business_year and business_starter per row
    (zeros where `business_profit_year` is empty or the row is invalid): the profit of the period's year
    spread over its months with the business (AIB art. 4:1 lid 5), which year of the business it is,
    and whether the client was no ondernemer in one or more of the five previous years (`year` and
    `month`: the row's period, from calc.batch_checks.Periods.numbers)."""
    profit = num["business_profit_year"]
    has = ok & np.isfinite(profit)
    start = num["business_started_year"]
    known = has & np.isfinite(start)
    start_y = np.where(known, start, 0).astype(np.int64)
    month_given = num["business_started_month"]
    start_m = np.where(np.isfinite(month_given), month_given, 1).astype(np.int64)
    same = known & (start_y == year)
    n = np.where(known & (start_y > year), 0, np.where(same, 13 - start_m, 12))
    active = has & (n > 0) & (~same | (month >= start_m))
    which = np.where(known, np.maximum(year - start_y + 1, 0), UNKNOWN_START)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_month = np.where(active, profit / np.maximum(n, 1), 0.0)
    return {
        "business_profit_month": per_month,
        "business_profit_year": np.where(has & (n > 0), profit, 0.0),
        "business_hours_year": np.where(has, np.nan_to_num(num["business_hours_year"]), 0.0),
        "business_year": np.where(has, which, 0).astype(np.int64),
        "business_starter": has & known & ~was_entrepreneur & (which <= 5),
    }
