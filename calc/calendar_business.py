"""The calendar of a Wajonger with a business (issue 17; docs/calendar.md 12-15).

UWV pays the Wajong as a voorschot on the profit the client estimated (`business.profit_year`, spread over
the months with the business: AIB art. 4:1 lid 5-6) and settles each calendar year once, after the
Belastingdienst has the aangifte, with the profit as it turned out (`calendar.business_profit_realised`):
a nabetaling or terugvordering `business_settlement_months` after the year (an assumption,
rates/uwv_timing.yaml). In between comes the aangifte inkomstenbelasting (by 1 May), where the tax on the
realised profit is settled against what was withheld and paid through the voorlopige aanslag.

Per internal month this module gives the profit as estimated and as realised, puts them into the
columns, and schedules the yearly Wajong settlement. calc/calendar.py calls it only for a business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.business import settlement_month
from calc.columns import UNKNOWN_START, Columns, business_months
from calc.money import round_cents
from calc.months import YearMonth, add_months, month_label, year_rows
from calc.rates import RateBook
from calc.situation import CalendarRequest
from calc.tax.ondernemer import business_profit

Array = NDArray[np.float64]


@dataclass(frozen=True)
class BusinessCalendar:
    """Per internal month: the profit as estimated (what UWV counts for the voorschot) and as realised (what
    comes in and what the law counts), which year of the business it is, and the year's profits."""

    estimate_month: Array
    actual_month: Array
    estimate_year: Array  # the profit of the month's calendar year (0 where there is no business yet)
    actual_year: Array
    business_year: NDArray[np.int64]
    starter: NDArray[np.bool_]
    hours_year: float
    settle_after: int  # months after December of a year in which UWV settles it


def business_calendar(
    req: CalendarRequest, months: list[YearMonth], book: RateBook, day: dt.date
) -> BusinessCalendar:
    """The business's profit per internal month; the realised profit of every year is
    `calendar.business_profit_realised` (default: the estimate)."""
    b = req.business
    assert b is not None
    realised = req.calendar.business_profit_realised
    realised = b.profit_year if realised is None else realised
    n = len(months)
    est, act = np.zeros(n), np.zeros(n)
    est_y, act_y = np.zeros(n), np.zeros(n)
    which = np.zeros(n, dtype=np.int64)
    for i, (y, m) in enumerate(months):
        k = business_months(y, b.started_year, b.started_month)
        if k == 0:
            continue
        active = b.started_year != y or m >= (b.started_month or 1)
        est_y[i], act_y[i] = b.profit_year, realised
        est[i], act[i] = (b.profit_year / k, realised / k) if active else (0.0, 0.0)
        which[i] = UNKNOWN_START if b.started_year is None else y - b.started_year + 1
    starter = (
        (which > 0) & (which <= 5) & (b.started_year is not None) & (not b.was_entrepreneur_last_5_years)
    )
    after = req.calendar.business_settlement_months or int(
        book.value("uwv_timing.business_settlement_months_after_year", day)
    )
    return BusinessCalendar(est, act, est_y, act_y, which, starter, b.hours_year, after)


def with_business(cols: Columns, bc: BusinessCalendar, realised: bool, repeat: int = 1) -> Columns:
    """The columns (internal months, `repeat` stacks of them) with the business of each month: the estimated
    or the realised profit."""
    month = bc.actual_month if realised else bc.estimate_month
    year = bc.actual_year if realised else bc.estimate_year
    return replace(
        cols,
        business_profit_month=np.tile(month, repeat),
        business_profit_year=np.tile(year, repeat),
        business_hours_year=np.full(len(cols), bc.hours_year),
        business_year=np.tile(bc.business_year, repeat),
        business_starter=np.tile(bc.starter, repeat),
    )


@dataclass(frozen=True)
class BusinessSettlement:
    """The yearly Wajong settlement of the business: per internal month the settlement paid in it, the
    difference of each month (law minus what the voorschot counted) and the index of the month it is
    settled in (possibly after the timeline), and one entry per calendar year."""

    settlement: Array
    difference: Array
    paid_in: list[int]
    years: list[dict[str, Any]]


def settle_business(
    entitlement: Array, estimated: Array, months: list[YearMonth], bc: BusinessCalendar, book: RateBook,
    day: dt.date,
) -> BusinessSettlement:  # fmt: skip
    """Each calendar year's difference between the Wajong of the realised profit and of the estimated
    profit, paid or reclaimed once, `bc.settle_after` months after December of that year (UWV: "Wij
    bekijken 1 keer per jaar of u te veel of te weinig uitkering heeft gehad"; AIB art. 4:1 lid 6)."""
    n = len(months)
    diff = round_cents(entitlement - estimated)
    settlement = np.zeros(n)
    paid_in = [n] * n
    years = []
    index = {ym: i for i, ym in enumerate(months)}
    aangifte_month = int(book.value("uwv_timing.aangifte_month", day))
    for year, rows in year_rows(months).items():
        if not (bc.business_year[rows] > 0).any():
            continue
        at = index.get(add_months(year, 12, bc.settle_after), n)  # n: after the timeline
        amount = float(round_cents(diff[rows].sum()))
        for r in rows:
            paid_in[r] = at
        if at < n:
            settlement[at] += amount
        years.append(
            {
                "year": year,
                "complete": len(rows) == 12,
                "profit_estimate": float(bc.estimate_year[rows].max()),
                "profit_realised": float(bc.actual_year[rows].max()),
                "months_with_business": [month_label(months[r]) for r in rows if bc.business_year[r] > 0],
                "wajong_voorschot": float(round_cents(estimated[rows].sum())),
                "wajong_due": float(round_cents(entitlement[rows].sum())),
                "settlement": amount,
                "aangifte_month": month_label((year + 1, aangifte_month)),
                "settlement_month": settlement_month(year, book, day, bc.settle_after),
                "kind": "nabetaling" if amount > 0 else "terugvordering" if amount < 0 else "geen",
            }
        )
    return BusinessSettlement(round_cents(settlement), diff, paid_in, years)


def outstanding(bs: BusinessSettlement, win: slice) -> float:
    """What the window's months still get or pay back after the window through the yearly settlement."""
    return float(
        round_cents(sum(bs.difference[m] for m in range(win.start, win.stop) if bs.paid_in[m] >= win.stop))
    )


def taxable_by_month(
    bc: BusinessCalendar, cols: Columns, months: list[YearMonth], days: list[dt.date], book: RateBook
) -> tuple[Array, Array]:
    """Per internal month, the belastbare winst of its calendar year, for the estimated and the realised
    profit (what the toeslagen's toetsingsinkomen adds: Awir art. 8)."""
    est, act = np.zeros(len(months)), np.zeros(len(months))
    for _, rows in year_rows(months).items():
        last = rows[-1]
        if bc.business_year[last] <= 0:
            continue
        two = replace(
            cols.take(np.array([last, last])),
            business_profit_year=np.array([bc.estimate_year[last], bc.actual_year[last]]),
        )
        taxable = business_profit(two, book, days[last]).belastbare_winst
        est[rows], act[rows] = taxable[0], taxable[1]
    return est, act
