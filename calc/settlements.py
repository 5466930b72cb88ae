"""After the year: the toeslagen advance per month and its settlement after each full year (see
calc/calendar.py, docs/calendar.md; the income tax of the year is in calc/calendar_tax.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.columns import Columns
from calc.money import eur, round_cents
from calc.months import YearMonth, month_name_nl, year_rows
from calc.rates import RateBook
from calc.timeline import Timeline
from calc.toeslagen import TOESLAGEN, toeslagen_for_income
from calc.toeslagen.awir import projected_year_income
from calc.voorschot import MonthlyWajong

Array = NDArray[np.float64]


@dataclass(frozen=True)
class ToeslagenByMonth:
    """Per internal month the advance of each toeslag of the registry (NaN where it cannot be
    computed), and the settlement of each toeslag and year after the year."""

    month: dict[str, Array]
    settlements: list[dict[str, Any]]

    @property
    def paid_month(self) -> Array:
        total = np.zeros(len(next(iter(self.month.values()))))
        for amounts in self.month.values():
            total = total + np.nan_to_num(amounts)
        return total


def toeslagen_by_month(
    tl: Timeline,
    actual: Columns,
    estimate: Columns,
    mw: MonthlyWajong,
    paid_income: Array,
    days: list[dt.date],
    book: RateBook,
    business_taxable: tuple[Array, Array] | None = None,
) -> ToeslagenByMonth:
    """Toeslagen advance per month (from the income estimate the client gives Dienst Toeslagen at the
    start of each year) and the settlement after the year with the actual toetsingsinkomen (Awir
    art. 16, 19): the income genoten in the year (`paid_income` per month: what the tax counts,
    calc/calendar_tax.py; Awir art. 8 takes the verzamelinkomen or the jaaropgaven's loon). With a business,
    `business_taxable` gives per internal month its year's belastbare winst, as estimated and as realised
    (issue 17: in the verzamelinkomen)."""
    n = len(tl.months)
    month = {t.key: np.zeros(n) for t in TOESLAGEN}
    settlements: list[dict[str, Any]] = []
    for year, idx in year_rows(tl.months).items():
        if len(idx) < 12:
            continue  # the May-December lead-in of the year before: only for May payments
        biz = (
            (0.0, 0.0)
            if business_taxable is None
            else (business_taxable[0][idx], business_taxable[1][idx[-1]])
        )
        settlements += _toeslagen_year(
            year, idx, tl, actual, estimate, mw, paid_income, days, book, month, biz
        )
    return ToeslagenByMonth(month, settlements)


def _toeslagen_year(
    year: int, idx: list[int], tl: Timeline, actual: Columns, estimate: Columns, mw: MonthlyWajong,
    paid_income: Array, days: list[dt.date], book: RateBook, month: dict[str, Array],
    business: tuple[Any, float] = (0.0, 0.0),
) -> list[dict[str, Any]]:  # fmt: skip
    """One calendar year: fills `month` with the advances and returns the settlements.

    The advance of each month comes from the estimate of that month (what the client has told by
    then: before a new job the situation without it, from its first month the situation with it),
    projected as if it lasts the whole year (Awir art. 16: the voorschot from the expected income).
    The final amount comes from the year's actual income (Awir art. 19); the settlement is the final
    amount minus the advances that were really paid."""
    win = tl.window
    shown = [i for i in idx if win.start <= i < win.stop]
    ref = shown[0] if shown else idx[0]
    ii = np.array(idx)
    partner = float(actual.partner_income_year[ref]) if bool(actual.partner[ref]) else 0.0
    actual_ti = float(round_cents(max(paid_income[ii].sum() + business[1], 0.0) + partner))
    day = days[idx[0]]
    est = estimate.take(ii)
    holiday = book.value("wajong.vakantie_uitkering_percentage", day)
    vb = book.value("minimum_wage.vakantiebijslag_percentage", day)
    ti = np.append(projected_year_income(est, mw.uwv_voorschot[ii], holiday, vb, business[0]), actual_ti)
    # Rows 0-11: each month's advance from its estimate; row 12: the final amount. One call.
    rows = Columns.concat([est, estimate.take(np.array([ref]))])
    both = toeslagen_for_income(rows, ti, book, day)
    n = len(idx)
    job_starts = [tl.months[i] for i in shown if tl.new_job[i]]
    out = []
    for t in TOESLAGEN:
        month[t.key][ii] = both.month(t.key)[:n]
        final_amt, paid_amt = float(both.parts[t.key].year[n]), float(np.nansum(month[t.key][ii]))
        if np.isnan(final_amt) or (final_amt == 0 and paid_amt == 0):
            continue
        out.append(_settlement(year, t.key, float(ti[ref - idx[0]]), actual_ti,
                               paid_amt, final_amt, job_starts))  # fmt: skip
    return out


def _settlement(
    year: int, kind: str, est_ti: float, actual_ti: float, paid_amt: float, final_amt: float,
    job_starts: list[YearMonth],
) -> dict[str, Any]:  # fmt: skip
    """One toeslag's settlement after the year, with advice when it has to be paid back."""
    diff = float(round_cents(final_amt - paid_amt))
    item: dict[str, Any] = {
        "year": year,
        "kind": kind,
        "estimated_toetsingsinkomen": est_ti,
        "actual_toetsingsinkomen": actual_ti,
        "paid_as_advance": round(paid_amt, 2),
        "final": round(final_amt, 2),
        "settlement": diff,
        "payback_risk": diff < 0,
        "when_nl": f"na afloop van {year}, als de Belastingdienst uw inkomen van {year} weet",
    }
    if diff < 0:
        what = kind.replace("_", " ")
        start_nl = f"Uw inkomen stijgt in {month_name_nl(job_starts[0][1])}. " if job_starts else ""
        item["advice_nl"] = (
            f"{start_nl}Uw inkomen over {year} wordt ongeveer {eur(actual_ti)}, niet {eur(est_ti)}. "
            f"Dan moet u na {year} ongeveer {eur(-diff)} {what} terugbetalen. Geef uw nieuwe "
            "inkomen nu door bij Mijn toeslagen. Dan krijgt u elke maand minder, maar hoeft u "
            "later niets terug te betalen."
        )
        item["advice_en"] = (
            f"Your {year} income will be about {eur(actual_ti, 'en')}, not {eur(est_ti, 'en')}: "
            f"about {eur(-diff, 'en')} of {what} to repay after {year}. Change your estimate in Mijn "
            "toeslagen now."
        )
    return item
