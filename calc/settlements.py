"""After the year: the toeslagen advance per month and its settlement, the loonheffing per month
and the income tax settlement of each full year (see calc/calendar.py, docs/calendar.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from calc.benefit import compute_wajong
from calc.columns import Columns
from calc.explain import LawSource
from calc.money import eur, round_cents
from calc.rates import RateBook
from calc.timeline import Timeline, _concat, _groups, _same_rates, _take, _year_rows, month_name_nl
from calc.voorschot import MonthlyWajong

if TYPE_CHECKING:
    from calc.calendar import CalendarRequest

Array = NDArray[np.float64]


AWIR_19 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen art. 16 en 19 (voorschot; definitieve berekening)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)


def _toeslagen(
    req: CalendarRequest,
    tl: Timeline,
    actual: Columns,
    estimate: Columns,
    mw: MonthlyWajong,
    vb_accrual: Array,
    days: list[dt.date],
    book: RateBook,
) -> dict[str, Any] | None:
    """Toeslagen advance per month (from the income estimate the client gives Dienst Toeslagen at the
    start of each year) and the settlement after the year with the actual toetsingsinkomen (Awir
    art. 16, 19). None when calc.toeslagen is not available."""
    from calc.kindgebonden import compute_kindgebonden_budget
    from calc.toeslagen import compute_toeslagen

    months, win = tl.months, tl.window
    n = len(months)
    zorg = np.zeros(n)
    huur = np.full(n, np.nan)
    kgb = np.zeros(n)
    settlements = []
    for year, idx in _year_rows(months).items():
        if len(idx) < 12:
            continue  # the May-December lead-in of the year before: only for May payments
        day = days[idx[0]]
        shown = [i for i in idx if win.start <= i < win.stop]
        ref = shown[0] if shown else idx[0]
        # The estimate given to Dienst Toeslagen: this month as if it lasts all year (the core's
        # projection), or the toetsingsinkomen the client entered.
        est_cols = _take(estimate, np.array([ref], dtype=np.int64))
        ii = np.array(idx)
        partner = float(actual.partner_income_year[ref]) if bool(actual.partner[ref]) else 0.0
        actual_ti = float(
            round_cents(
                actual.wage[ii].sum()
                + vb_accrual[ii].sum()
                + mw.entitlement[ii].sum()
                + mw.holiday_accrual[ii].sum()
                + actual.other_income[ii].sum()
                + partner
            )
        )
        final_cols = dataclasses.replace(est_cols, toetsingsinkomen_year=np.array([actual_ti]))
        # Row 0: the advance from the estimate; row 1: the final amount from the actual income.
        # One call for both (every rule works row by row; the Wajong ignores the toetsingsinkomen).
        pair = _concat([est_cols, final_cols])
        both = compute_toeslagen(pair, compute_wajong(pair, book, days[ref]), book, day)
        kgb_out = compute_kindgebonden_budget(pair, both.toetsingsinkomen_year, book, day)
        zorg[ii] = both.zorgtoeslag_month[0]
        huur[ii] = both.huurtoeslag_month[0]
        kgb[ii] = kgb_out.month[0]
        kgb_final, kgb_paid = float(kgb_out.year[1]), float(kgb[ii].sum())
        zorg_final = float(both.zorg.year[1])
        zorg_paid = float(zorg[ii].sum())
        huur_final = float(both.huur.year[1])
        huur_paid = float(np.nansum(huur[ii]))
        est_ti = float(both.toetsingsinkomen_year[0])
        for kind, final_amt, paid_amt in (
            ("zorgtoeslag", zorg_final, zorg_paid),
            ("huurtoeslag", huur_final, huur_paid),
            ("kindgebonden_budget", kgb_final, kgb_paid),
        ):
            if np.isnan(final_amt) or (final_amt == 0 and paid_amt == 0):
                continue
            diff = float(round_cents(final_amt - paid_amt))
            job_starts = [months[i] for i in shown if tl.new_job[i]]
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
            settlements.append(item)
    return {
        "zorg_month": zorg,
        "huur_month": huur,
        "kgb_month": kgb,
        "paid_month": zorg + np.nan_to_num(huur) + kgb,
        "settlements": settlements,
    }


def _tax(
    actual: Columns,
    mw: MonthlyWajong,
    wage_earned: Array,
    vb_accrual: Array,
    months: list[tuple[int, int]],
    days: list[dt.date],
    book: RateBook,
) -> dict[str, Any] | None:
    """Loonheffing per month (each month's wage and Wajong as the core withholds them) and the
    income tax settlement of each full year (the core's yearly tax on the year's actual income).
    An approximation: see docs/calendar.md. None when calc.tax is not available."""
    try:
        from calc.tax import TaxRates, tax_on_income
    except ImportError:  # pragma: no cover
        return None
    n = len(months)
    full_years = [(year, np.array(idx)) for year, idx in _year_rows(months).items() if len(idx) == 12]
    # Each month with the rates of the first month of its (rates) year, as in the monthly
    # tables; then one row per full year: the year's income spread evenly over 12 months.
    keys = [d.year for d in days]
    month_day = {k: days[keys.index(k)] for k in keys}
    averages = []
    for _, ii in full_years:
        avg = _take(actual, ii[:1])
        averages.append(
            dataclasses.replace(
                avg,
                wage_regular=np.array([wage_earned[ii].sum() / 12]),
                wage_dispensed=np.zeros(1),
                function_wage_dispensed=np.zeros(1),
                other_income=np.array([actual.other_income[ii].sum() / 12]),
            )
        )
    rows = _concat([actual, *averages])
    row_day = [month_day[k] for k in keys] + [days[ii[0]] for _, ii in full_years]
    wajong_m = np.concatenate([mw.entitlement, [mw.entitlement[ii].sum() / 12 for _, ii in full_years]])
    holiday = np.concatenate(
        [mw.holiday_accrual, [mw.holiday_accrual[ii].sum() / 12 for _, ii in full_years]]
    )
    # One tax call per set of tax rates (every row is computed on its own).
    out = {
        f: np.zeros(len(row_day))
        for f in (
            "withheld_month",
            "withheld_year_uwv",
            "withheld_month_uwv",
            "withheld_year_employer",
            "withheld_month_employer",
            "income_tax_year",
        )
    }
    for idx in _groups([_same_rates(TaxRates.on(book, d)) for d in row_day]):
        t = tax_on_income(_take(rows, idx), wajong_m[idx], holiday[idx], book, row_day[idx[0]])
        for f in out:
            out[f][idx] = getattr(t, f)
    withheld = out["withheld_month"][:n]
    settlements = []
    for k, (year, ii) in enumerate(full_years):
        a = n + k
        holiday_withheld = float(
            out["withheld_year_uwv"][a]
            - 12 * out["withheld_month_uwv"][a]
            + out["withheld_year_employer"][a]
            - 12 * out["withheld_month_employer"][a]
        )
        withheld_year = float(round_cents(withheld[ii].sum() + holiday_withheld))
        tax_year = float(out["income_tax_year"][a])
        diff = float(round_cents(withheld_year - tax_year))
        settlements.append(
            {
                "year": year,
                "kind": "inkomstenbelasting",
                "withheld": withheld_year,
                "income_tax": tax_year,
                "settlement": diff,
                "payback_risk": diff < 0,
                "when_nl": f"na afloop van {year}, na uw aangifte inkomstenbelasting",
            }
        )
    return {"withheld_month": round_cents(withheld), "settlements": settlements}
