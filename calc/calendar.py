"""The money calendar: month by month, when each euro arrives (issue 5).

The law gives the Wajong of a month from the income of that same month (AIB art. 4:1 lid 3).
UWV pays it at the end of that month, before the employer has reported the wage, so in practice:

* in a voorschot period (usually 6 months after new work, sometimes 3) UWV pays an advance based
  on the estimated income and settles it with the actual income afterwards: nabetaling or
  terugvordering (UWV, "Wat gebeurt er met mijn Wajong-uitkering als ik ga werken?");
* outside a voorschot period UWV pays from the estimate (the contract hours) and corrects each
  month's difference `lag` months later (the lag is an ASSUMPTION, rates/uwv_timing.yaml);
* the vakantie-uitkering comes in May (art. 3:52), the tegemoetkoming arbeidsongeschikten in
  September, the employer's vakantiegeld in May (or monthly), toeslagen as a monthly advance with
  a settlement after the year, and the income tax settlement after the year.

Every euro of entitlement is paid exactly once: as advance, as a later correction, in a
settlement, or (beyond the calendar's end) listed as still to come. See docs/calendar.md.

Wording of the inputs: `jobs[k].hours_per_week` is what the client expects to work (what they
tell UWV: the estimate); `calendar.hours_per_week_by_month` is what they actually work.

The input model (CalendarRequest) lives with the situation in calc/situation.py. This module keeps
`calendar()` and its steps; the parts live in calc/timeline.py (hours, columns, wage payments),
calc/voorschot.py (the Wajong per month and when UWV pays it), calc/settlements.py (toeslagen after the
year) and calc/calendar_tax.py (loonheffing per month and the income tax of each year, on what is paid
when it is paid). Data flows one way: situation -> timeline -> money per month -> rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.calendar_business import (
    BusinessCalendar,
    BusinessSettlement,
    business_calendar,
    outstanding,
    settle_business,
    taxable_by_month,
    with_business,
)
from calc.calendar_tax import PaidIncome, TaxByMonth, tax_by_month
from calc.calendar_texts import calendar_notices, job_stop, lowest_month
from calc.columns import columns_from_situation
from calc.money import round_cents
from calc.months import YearMonth, month_label
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.settlements import ToeslagenByMonth, toeslagen_by_month
from calc.situation import CalendarRequest
from calc.timeline import (
    Timeline,
    build_timeline,
    columns_for_hours,
    disregard_months_used,
    rate_day,
    start_month,
    wage_earned_month,
    wage_payments,
)
from calc.toeslagen import TOESLAGEN
from calc.validate import check_situation, load_json, parse_calendar_request
from calc.voorschot import (
    AIB_4_1_3,
    UWV_VOORSCHOT,
    MonthlyWajong,
    WajongPayments,
    due_after_window,
    once_a_year,
    once_a_year_including,
    outstanding_for_window,
    schedule_wajong_payments,
    uwv_pay_date,
    wajong_by_month,
)

Array = NDArray[np.float64]

TIMING_SOURCES = (
    "uwv_timing.offset_lag_months",
    "uwv_timing.voorschot_months",
    "uwv_timing.wajong_pay_day",
    "uwv_timing.tegemoetkoming_month",
    "uwv_timing.employer_vakantiegeld_month",
    "wajong.vakantie_uitkering_month",
)


def calendar(req: CalendarRequest, book: RateBook | None = None) -> dict[str, Any]:
    """The month-by-month money calendar as plain data (JSON-ready). Raises InvalidSituation.

    `provisional` lists the amounts used that are not yet official, for any month (calc.provisional)."""
    book = book or load_rates()
    with recording() as used:
        result = _calendar(req, book)
    result["provisional"] = provisional_list(used.values())
    return result


@dataclass(frozen=True)
class Setup:
    """The months, the day whose rates each month uses, and UWV's timing for this request."""

    start: YearMonth
    tl: Timeline
    days: list[dt.date]
    first_day: dt.date
    lag: int
    period: int


@dataclass(frozen=True)
class Money:
    """Every amount per internal month (see Timeline: May of the year before to December)."""

    wage_earned: Array
    income_for_wajong: Array
    wage_paid: Array
    pay_dates: list[list[str]]
    employer_vg: Array
    mw: MonthlyWajong
    pay: WajongPayments
    wajong_paid: Array
    uwv_vakantie: Array
    tgm: Array
    other: Array
    gross_in: Array
    toeslagen: ToeslagenByMonth
    tax: TaxByMonth
    net_in: Array
    tw_paid: Array  # the Toeslagenwet top-up UWV pays with the Wajong (advance, corrections, settlements)
    business: BusinessCalendar | None = None  # a business (issue 17): the profit per month
    business_settlement: BusinessSettlement | None = None  # and UWV's yearly settlement of its Wajong


def _calendar(req: CalendarRequest, book: RateBook) -> dict[str, Any]:
    setup = _setup(req, book)
    money = _money(req, setup, book)
    rows = [
        _month_row(req, setup, money, book, i) for i in range(setup.tl.window.start, setup.tl.window.stop)
    ]
    return _result(req, setup, money, rows, book)


def _setup(req: CalendarRequest, book: RateBook) -> Setup:
    """Check the start month like any situation; the timeline; UWV's lag and voorschot period."""
    start = start_month(req)
    check_situation(req.situation().model_copy(update={"period": month_label(start)}), book)
    tl = build_timeline(req)
    days = [rate_day(ym, book) for ym in tl.months]
    first_day = days[tl.window.start]
    lag = req.calendar.lag_months
    lag = book.value("uwv_timing.offset_lag_months", first_day) if lag is None else lag
    period = req.calendar.voorschot_months or book.value("uwv_timing.voorschot_months", first_day)
    return Setup(start, tl, days, first_day, lag, period)


def _money(req: CalendarRequest, setup: Setup, book: RateBook) -> Money:
    """Wage, Wajong (entitlement, voorschot, corrections), holiday pay, toeslagen and tax per month."""
    tl, days, first_day = setup.tl, setup.days, setup.first_day
    months, n = tl.months, len(tl.months)
    base = columns_from_situation(req.situation().model_copy(update={"jobs": []}))
    # Actual and estimated hours as one stack of rows: row by row the same as two calls. With
    # four-weekly pay the wage counts for the Wajong as a day amount (AIB art. 4:1 lid 2).
    four_weeks = None
    if req.calendar.pay_period == "four_weeks":
        four_weeks = (
            book.value("wajong.days_per_month", first_day),
            book.value("wajong.days_per_four_weeks", first_day),
        )
    both = columns_for_hours(base, req, np.concatenate([tl.hours, tl.estimate]), four_weeks)
    used = disregard_months_used(req, tl)
    both = replace(both, tw_disregard_months_used=np.concatenate([used, used]))
    bc = business_calendar(req, months, book, first_day) if req.business else None
    if bc is not None:  # the voorschot and the job corrections count the estimated profit
        both = with_business(both, bc, realised=False, repeat=2)
    actual, estimate = both.take(slice(0, n)), both.take(slice(n, 2 * n))
    mw = wajong_by_month(actual, estimate, days, book, both)
    pay = schedule_wajong_payments(mw.entitlement, mw.voorschot, tl.new_job, setup.lag, setup.period)
    tw = schedule_wajong_payments(mw.tw_entitlement, mw.tw_voorschot, tl.new_job, setup.lag, setup.period)
    bs, law = None, mw
    if bc is not None:  # the law counts the realised profit, settled once a year (calc/calendar_business)
        law = wajong_by_month(with_business(actual, bc, realised=True), estimate, days, book)
        bs = settle_business(law.entitlement, mw.entitlement, months, bc, book, first_day)
    business_settled = np.zeros(n) if bs is None else bs.settlement
    wajong_paid, tw_paid = round_cents(
        np.array(
            [
                pay.voorschot + pay.correction + pay.settlement + business_settled,
                tw.voorschot + tw.correction + tw.settlement,
            ]
        )
    )
    uwv_vakantie = once_a_year(
        mw.holiday_accrual + mw.tw_holiday_accrual,
        months,
        book.value("wajong.vakantie_uitkering_month", first_day),
    )
    wage_earned = actual.wage if four_weeks is None else wage_earned_month(req, tl.hours)
    wage_paid, pay_dates = wage_payments(req, tl, wage_earned)
    vb = np.array([book.value("minimum_wage.vakantiebijslag_percentage", d) for d in days])
    vb_accrual = round_cents(wage_earned * vb)
    if req.calendar.employer_vakantiegeld == "monthly":
        employer_vg = vb_accrual
    else:
        vg_month = book.value("uwv_timing.employer_vakantiegeld_month", first_day)
        employer_vg = once_a_year_including(vb_accrual, months, vg_month)
    tgm = np.zeros(n)
    if req.calendar.tegemoetkoming is not None:
        tgm_month = book.value("uwv_timing.tegemoetkoming_month", first_day)
        tgm[[i for i, (_, m) in enumerate(months) if m == tgm_month]] = req.calendar.tegemoetkoming
    other = actual.other_income
    profit = bc.actual_month if bc is not None else np.zeros(n)
    gross_in = round_cents(wage_paid + employer_vg + wajong_paid + tw_paid + uwv_vakantie + other + profit)
    paid = PaidIncome(
        wage=wage_paid,
        periods=np.array([len(d) for d in pay_dates]) if four_weeks else np.ones(n, dtype=np.int64),
        four_weekly=four_weeks is not None,
        employer_holiday=employer_vg,
        holiday_monthly=req.calendar.employer_vakantiegeld == "monthly",
        wajong=mw.entitlement + mw.tw_entitlement,  # UWV pays and withholds on both (TW art. 15 lid 3-4)
        wajong_holiday=uwv_vakantie,
        other=other,
        business=bc,
    )
    taxable = taxable_by_month(bc, actual, months, days, book) if bc is not None else None
    toes = toeslagen_by_month(tl, actual, estimate, mw, paid.year_income, days, book, taxable)
    tax = tax_by_month(actual, paid, months, days, book)
    net_in = round_cents(gross_in - tax.withheld_month - tax.voorlopige_aanslag_month + toes.paid_month + tgm)
    shown = replace(mw, entitlement=law.entitlement)  # the law's Wajong (tax, toeslagen: what is paid)
    return Money(
        wage_earned, actual.wage, wage_paid, pay_dates, employer_vg, shown, pay, wajong_paid, uwv_vakantie,
        tgm, other, gross_in, toes, tax, net_in, tw_paid, bc, bs,
    )  # fmt: skip


def _month_row(req: CalendarRequest, setup: Setup, m: Money, book: RateBook, i: int) -> dict[str, Any]:
    """One shown month of the calendar (the CLI contract's fields, in its order)."""
    months, tl, pay = setup.tl.months, setup.tl, m.pay
    cf, sf = pay.correction_for[i], pay.settlement_for[i]
    return {
        "month": month_label(months[i]),
        "hours_per_week": [float(h) for h in tl.hours[i]],
        "hours_per_week_estimate": [float(h) for h in tl.estimate[i]],
        "wage_earned": float(m.wage_earned[i]),
        "income_for_wajong": float(m.income_for_wajong[i]),
        "wage_paid": float(m.wage_paid[i]),
        "wage_pay_dates": m.pay_dates[i],
        "employer_vakantiegeld": float(m.employer_vg[i]),
        "wajong_entitlement": float(m.mw.entitlement[i]),
        "wajong_voorschot": float(pay.voorschot[i]),
        "wajong_in_voorschot_period": bool(pay.in_voorschot[i]),
        "wajong_correction": float(pay.correction[i]),
        "wajong_correction_for": month_label(months[cf]) if cf is not None else None,
        "wajong_settlement": float(pay.settlement[i]),
        "wajong_settlement_for": [month_label(months[sf[0]]), month_label(months[sf[1]])] if sf else None,
        "wajong_business_settlement": float(m.business_settlement.settlement[i])
        if m.business_settlement
        else 0.0,
        "wajong_paid": float(m.wajong_paid[i]),
        "wajong_pay_date": uwv_pay_date(months[i], book, setup.days[i]),
        "toeslagenwet_entitlement": float(m.mw.tw_entitlement[i]),
        "toeslagenwet_paid": float(m.tw_paid[i]),
        "uwv_vakantie_uitkering": float(m.uwv_vakantie[i]),
        "tegemoetkoming": float(m.tgm[i]) if req.calendar.tegemoetkoming is not None else None,
        "other_income": float(m.other[i]),
        "business_profit": float(m.business.actual_month[i]) if m.business else 0.0,
        "business_income_estimate": float(m.business.estimate_month[i]) if m.business else 0.0,
        "gross_in": float(m.gross_in[i]),
        "withholding": float(m.tax.withheld_month[i]),
        "voorlopige_aanslag": float(m.tax.voorlopige_aanslag_month[i]),
        **{t.key: _nan_none(m.toeslagen.month[t.key][i]) for t in TOESLAGEN},
        "net_in": float(m.net_in[i]),
        "flags": [],
    }


def _totals(setup: Setup, m: Money) -> dict[str, float]:
    """Sums over the shown months, and what of them UWV still settles after the calendar."""
    win = setup.tl.window
    sums = _sums(
        {
            "wage_earned": m.wage_earned,
            "wage_paid": m.wage_paid,
            "employer_vakantiegeld": m.employer_vg,
            "wajong_entitlement": m.mw.entitlement,
            "wajong_paid": m.wajong_paid,
            "toeslagenwet_paid": m.tw_paid,
            "uwv_vakantie_uitkering": m.uwv_vakantie,
            "tegemoetkoming": m.tgm,
            "other_income": m.other,
            "business_profit": m.business.actual_month if m.business else np.zeros(len(m.net_in)),
            "voorlopige_aanslag": m.tax.voorlopige_aanslag_month,
            "gross_in": m.gross_in,
            "net_in": m.net_in,
        },
        win,
    )
    later = outstanding(m.business_settlement, win) if m.business_settlement else 0.0
    still = {"wajong_still_to_settle": float(round_cents(outstanding_for_window(m.pay, win) + later))}
    keys = list(sums)
    at = keys.index("wajong_paid") + 1
    return {**{k: sums[k] for k in keys[:at]}, **still, **{k: sums[k] for k in keys[at:]}}


def _result(
    req: CalendarRequest, setup: Setup, m: Money, rows: list[dict[str, Any]], book: RateBook
) -> dict[str, Any]:
    months, win = setup.tl.months, setup.tl.window
    _flag_months(rows)
    shown_years = {months[i][0] for i in range(win.start, win.stop)}
    after_year = [x for x in m.toeslagen.settlements + m.tax.settlements if x["year"] in shown_years]
    lowest = lowest_month(rows)
    return {
        "start": month_label(setup.start),
        "months_count": req.calendar.months,
        "rates_as_of": book.latest_start(setup.first_day).isoformat(),
        "settings": {
            "lag_months": setup.lag,
            "lag_is_assumption": req.calendar.lag_months is None,
            "voorschot_months": setup.period,
            "pay_period": req.calendar.pay_period,
            "wage_paid": req.calendar.wage_paid,
            "employer_vakantiegeld": req.calendar.employer_vakantiegeld,
        },
        "months": rows,
        "totals": _totals(setup, m),
        "wajong_due_after_calendar": due_after_window(m.pay, months, win) + business_due(m, win, months),
        "after_year": after_year,
        "lowest_month": lowest,
        "payback_months": [r["month"] for r in rows if "payback" in r["flags"]],
        "warnings": [x.to_dict() for x in calendar_notices(req, book, months, win, setup.lag, setup.period)],
        "job_stop": job_stop(req, setup.tl, m.mw.entitlement, m.mw.tw_entitlement)
        if req.calendar.job_stops_after_months
        else None,
        "business": business_result(m, months, win),
        "sources": [
            UWV_VOORSCHOT.citation(),
            AIB_4_1_3.citation(),
            *[book.get(k, setup.first_day).citation() for k in TIMING_SOURCES],
        ],
    }


def _sums(columns: dict[str, Array], win: slice) -> dict[str, float]:
    """The sum of each column over the window, to the cent (rounded in one numpy call)."""
    totals = round_cents(np.array([np.asarray(x)[win].sum() for x in columns.values()]))
    return dict(zip(columns, totals.tolist(), strict=True))


def _nan_none(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def _flag_months(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        if r["wajong_settlement"] < 0 or r["wajong_paid"] < 0:
            r["flags"].append("payback")
        elif r["wajong_settlement"] > 0:
            r["flags"].append("nabetaling")
        if r["wajong_correction"] < 0:
            r["flags"].append("offset_earlier_wage")


# ------------------------------------------------------------------------------ JSON entry point


def calendar_from_json_text(text: str, book: RateBook | None = None) -> dict[str, Any]:
    """`python -m calc calendar FILE`: parse, validate (Dutch errors) and build the calendar."""
    return calendar(parse_calendar_request(load_json(text)), book)


def business_due(m: Money, win: slice, months: list[YearMonth]) -> list[dict[str, Any]]:
    """The yearly Wajong settlements of a business that come after the calendar (kind
    "business_settlement"), for the years of the shown months."""
    if m.business_settlement is None:
        return []
    shown = {months[i][0] for i in range(win.start, win.stop)}
    return [
        {"month": y["settlement_month"], "amount": y["settlement"], "kind": "business_settlement"}
        for y in m.business_settlement.years
        if y["year"] in shown and y["settlement_month"] > month_label(months[win.stop - 1])
    ]


def business_result(m: Money, months: list[YearMonth], win: slice) -> dict[str, Any] | None:
    """The calendar's `business` (null without one): per shown calendar year the profit as estimated and
    as realised, the Wajong paid as voorschot and due by law, the aangifte and UWV's settlement."""
    if m.business_settlement is None:
        return None
    shown = {months[i][0] for i in range(win.start, win.stop)}
    first, last = month_label(months[win.start]), month_label(months[win.stop - 1])
    years = []
    for y in m.business_settlement.years:
        if y["year"] in shown:
            inside = [x for x in y["months_with_business"] if first <= x <= last]
            years.append({**y, "months_with_business": inside})
    return {"years": years, "settlement_months_after_year": m.business.settle_after if m.business else None}
