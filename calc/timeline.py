"""The calendar's months: the timeline of hours worked and estimated, the situation as columns per
month, the day whose rates apply, and when the wage is paid (see calc/calendar.py, docs/calendar.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns, job_wage_month
from calc.errors import CALENDAR_LABELS_NL, InputProblem, InvalidSituation
from calc.money import round_cents
from calc.months import YearMonth, add_months, last_day, parse_month
from calc.rates import RateBook
from calc.situation import CalendarRequest

Array = NDArray[np.float64]


FOUR_WEEKS = dt.timedelta(weeks=4)  # "tijdvak van vier weken" (AIB art. 1:1)


@dataclass(frozen=True)
class Timeline:
    """Internal months: from May of the year before the start (for the May payments) to December
    of the last calendar year (for the yearly settlements). `window` selects the shown months."""

    months: list[YearMonth]
    window: slice
    hours: Array  # (n, jobs): actually worked
    estimate: Array  # (n, jobs): what the client told UWV (contract hours once a job started)
    new_job: NDArray[np.bool_]  # (n,) a job starts this month: a voorschot period begins


def hours_table(req: CalendarRequest) -> list[list[float]]:
    """Hours per week per window month and job; raises InvalidSituation in Dutch."""
    cal, jobs = req.calendar, req.jobs
    if cal.hours_per_week_by_month is None:
        return [[j.hours_per_week for j in jobs] for _ in range(cal.months)]
    field = "calendar.hours_per_week_by_month"
    if not jobs:
        raise InvalidSituation(
            [
                InputProblem(
                    field,
                    f"{CALENDAR_LABELS_NL[field]}: voeg eerst een baan toe (banen), met uurloon. "
                    "Dan kunnen we de uren per maand gebruiken.",
                    "add a job (jobs) first; hours per month need an hourly wage.",
                )
            ]
        )
    pattern = cal.hours_per_week_by_month
    if len(pattern) > cal.months:
        raise InvalidSituation(
            [
                InputProblem(
                    field,
                    f"{CALENDAR_LABELS_NL[field]}: u gaf {len(pattern)} maanden, maar de kalender heeft er "
                    f"{cal.months}. Geef er niet meer dan {cal.months}.",
                    "more months of hours than the calendar has.",
                )
            ]
        )
    rows = []
    for k, entry in enumerate(pattern):
        values = entry if isinstance(entry, list) else [entry]
        if len(values) != len(jobs):
            raise InvalidSituation(
                [
                    InputProblem(
                        f"{field}[{k}]",
                        f"{CALENDAR_LABELS_NL[field]}: maand {k + 1} heeft {len(values)} getal(len), maar u "
                        f"heeft {len(jobs)} ba{'an' if len(jobs) == 1 else 'nen'}. Geef per maand "
                        "één getal per baan.",
                        "give one number per job for every month.",
                    )
                ]
            )
        rows.append([float(x) for x in values])
    return [rows[i % len(rows)] for i in range(cal.months)]


def build_timeline(req: CalendarRequest) -> Timeline:
    start = start_month(req)
    n_win = req.calendar.months
    first = (start[0] - 1, 5)
    last_window = add_months(*start, n_win - 1)
    end = (last_window[0], 12)
    n = (end[0] * 12 + end[1]) - (first[0] * 12 + first[1]) + 1
    months = [add_months(*first, k) for k in range(n)]
    w0 = months.index(start)
    window = slice(w0, w0 + n_win)
    n_jobs = len(req.jobs)
    contract = np.array([j.hours_per_week for j in req.jobs], dtype=float).reshape(n_jobs)
    table = np.array(hours_table(req), dtype=float).reshape(n_win, n_jobs)
    hours = np.zeros((n, n_jobs))
    hours[window] = table
    running_at_start = (table[0] > 0) & (not req.calendar.new_work_at_start)
    hours[:w0] = np.where(running_at_start, contract, 0.0)  # before: the client's situation now
    hours[window.stop :] = table[-1]  # after: as in the last month (only for yearly totals)
    # A job counts as started from the first month with hours (or before the calendar when it was
    # already running); from then on the estimate is the contract hours.
    worked = hours > 0
    started = np.logical_or.accumulate(worked, axis=0)
    estimate = np.where(started, contract, 0.0)
    stop = req.calendar.job_stops_after_months
    if stop is not None and n_jobs:  # the new (last) job ends: no hours, and UWV is told (no estimate)
        hours[w0 + stop :, -1] = 0.0
        estimate[w0 + stop :, -1] = 0.0
    new_job = np.zeros(n, dtype=bool)
    new_job[1:] = (started[1:] & ~started[:-1]).any(axis=1) if n_jobs else False
    return Timeline(months, window, hours, estimate, new_job)


def disregard_months_used(req: CalendarRequest, tl: Timeline) -> Array:
    """Per internal month, the months of the Toeslagenwet vrijlating (art. 7, at most two years) used
    before it: counted from `toeslagenwet.disregard_start`, else from the first month with hours in the
    calendar (the work starts there; the calendar's first month when there are none), 0 before that."""
    given = req.toeslagenwet.disregard_start
    if given:
        y, m = parse_month(given)
    else:
        shown = tl.hours[tl.window].sum(axis=1) > 0
        y, m = tl.months[tl.window.start + int(np.argmax(shown))] if shown.any() else start_month(req)
    return np.array([max(0, (yy - y) * 12 + mm - m) for yy, mm in tl.months], dtype=float)


def start_month(req: CalendarRequest) -> YearMonth:
    """The calendar's first shown month: `calendar.start`, else the situation's period."""
    return parse_month(req.calendar.start or req.period)


def four_weekly_pay(hours_per_week: ArrayLike, hourly_wage: float, loonwaarde: float) -> Array:
    """The pay of one four-week period (4 x weekly hours x hourly wage x loonwaarde), to the cent."""
    return round_cents(4 * np.asarray(hours_per_week, dtype=float) * hourly_wage * loonwaarde)


def four_weekly_income_month(pay: ArrayLike, days_per_month: float, days_per_four_weeks: float) -> Array:
    """Four-weekly pay as monthly income for the Wajong: a day amount times the days of a month
    (AIB art. 4:1 lid 1 b, lid 2: "de kalendermaand wordt gesteld op 21,75 dagen. De kalenderweek wordt
    gesteld op vijf dagen", so four weeks are 20 days, a derivation the article leaves to the reader).
    A four-weekly pay of € 1.200 counts as 1.200 / 20 x 21,75 = € 1.305 a month, not 1.200 x 13 / 12."""
    return round_cents(np.asarray(pay, dtype=float) / days_per_four_weeks * days_per_month)


def wage_earned_month(req: CalendarRequest, hours: Array) -> Array:
    """The wage earned per month at these hours (hours x 52/12 x hourly wage x loonwaarde per job)."""
    total = np.zeros(hours.shape[0])
    for k, job in enumerate(req.jobs):
        total = total + job_wage_month(hours[:, k], job.hourly_wage, job.loonwaarde or 1.0)
    return round_cents(total)


def columns_for_hours(
    base: Columns, req: CalendarRequest, hours: Array, four_weeks: tuple[float, float] | None = None
) -> Columns:
    """The situation once per row of `hours` (rows x jobs), wages from each job's hourly wage: per
    month (hours x 52/12), or with `four_weeks` (days per month, days per four weeks) the four-weekly
    pay as the Wajong counts it per month (`four_weekly_income_month`)."""
    n = hours.shape[0]
    regular = np.zeros(n)
    dispensed = np.zeros(n)
    function_wage = np.zeros(n)
    for k, job in enumerate(req.jobs):
        lw = 1.0 if job.loonwaarde is None else job.loonwaarde
        if four_weeks is None:
            wage = job_wage_month(hours[:, k], job.hourly_wage, lw)
        else:
            wage = four_weekly_income_month(four_weekly_pay(hours[:, k], job.hourly_wage, lw), *four_weeks)
        if job.loonwaarde is None:
            regular = regular + wage
        else:
            dispensed = dispensed + wage
            function_wage = function_wage + wage / lw
    return replace(
        base.repeat(n),
        wage_regular=round_cents(regular),
        wage_dispensed=round_cents(dispensed),
        function_wage_dispensed=function_wage,
        hours_per_week=hours.sum(axis=1) if hours.shape[1] else np.zeros(n),
    )


def rate_day(ym: YearMonth, book: RateBook) -> dt.date:
    """The day whose rates apply to a month: its first day, kept inside the months the tool
    computes (a calendar's lead-in before 2024 or tail after the last month uses the nearest one;
    the result lists such carried amounts with the rest, see calc.provisional)."""
    first, last = book.supported_period()
    return min(max(dt.date(ym[0], ym[1], 1), first), dt.date(last.year, last.month, 1))


def four_week_pay_dates(first: dt.date, last: dt.date) -> list[dt.date]:
    """Pay dates (last day, a Sunday) of consecutive four-week periods from the Monday of ISO week 1
    of `first`'s year: 13 periods a year (the 53rd week of some years shifts the series)."""
    monday = dt.date.fromisocalendar(first.year, 1, 1)
    out, end = [], monday + FOUR_WEEKS - dt.timedelta(days=1)
    while end <= last:
        if end >= first:
            out.append(end)
        end += FOUR_WEEKS
    return out


def wage_payments(req: CalendarRequest, tl: Timeline, wage_earned: Array) -> tuple[Array, list[list[str]]]:
    """Wage paid per internal month and the pay dates shown."""
    months = tl.months
    n = len(months)
    paid = np.zeros(n)
    dates: list[list[str]] = [[] for _ in range(n)]
    if req.calendar.pay_period == "month":
        shift = 1 if req.calendar.wage_paid == "next_month" else 0
        for i in range(n - shift):
            paid[i + shift] = wage_earned[i]
            if wage_earned[i] > 0:
                dates[i + shift].append(last_day(months[i + shift]).isoformat())
        return round_cents(paid), dates
    index = {ym: i for i, ym in enumerate(months)}
    first = dt.date(months[0][0], months[0][1], 1)
    for d in four_week_pay_dates(first, last_day(months[-1])):
        i = index[(d.year, d.month)]
        amount = 0.0
        for k, job in enumerate(req.jobs):
            lw = 1.0 if job.loonwaarde is None else job.loonwaarde
            amount += float(four_weekly_pay(tl.hours[i, k], job.hourly_wage, lw))
        if amount > 0:
            paid[i] += amount
            dates[i].append(d.isoformat())
    return round_cents(paid), dates
