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
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import Field, ValidationError, field_validator

from calc.benefit import WajongRates, compute_wajong
from calc.columns import Columns, columns_from_situation, job_wage_month
from calc.errors import InputProblem, InvalidSituation, problems_from_validation
from calc.explain import LawSource
from calc.money import eur, round_cents
from calc.rates import RateBook, load_rates
from calc.situation import Situation, _Model
from calc.validate import check_situation, covered_period, load_json

Array = NDArray[np.float64]

UWV_VOORSCHOT = LawSource(
    "UWV, Wat gebeurt er met mijn Wajong-uitkering als ik ga werken? (voorschot, nabetaling, terugbetalen)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/"
    "wanneer-verandert-wajong-uitkering/wat-gebeurt-er-met-mijn-wajong-uitkering-als-ik-ga-werken",
)
AIB_4_1_3 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 lid 3 (loon telt in het aangiftetijdvak)",
    "https://wetten.overheid.nl/BWBR0029368/2024-01-01#Hoofdstuk4_Artikel4:1",
)
AWIR_19 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen art. 16 en 19 (voorschot; definitieve berekening)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)

FOUR_WEEKS = dt.timedelta(weeks=4)  # "tijdvak van vier weken" (AIB art. 1:1)

LABELS_NL = {
    "calendar": "kalender",
    "calendar.start": "kalender: eerste maand",
    "calendar.months": "kalender: aantal maanden",
    "calendar.hours_per_week_by_month": "kalender: uren per week per maand",
    "calendar.pay_period": "kalender: loon per maand of per vier weken",
    "calendar.lag_months": "kalender: maanden vertraging bij verrekenen",
    "calendar.voorschot_months": "kalender: maanden voorschot",
    "calendar.employer_vakantiegeld": "kalender: vakantiegeld van de werkgever",
    "calendar.wage_paid": "kalender: maand waarin het loon komt",
    "calendar.new_work_at_start": "kalender: nieuw werk in de eerste maand",
    "calendar.tegemoetkoming": "kalender: tegemoetkoming arbeidsongeschikten",
}


# ------------------------------------------------------------------------------ input model


class CalendarOptions(_Model):
    start: str | None = None  # YYYY-MM; default: the situation's period
    months: int = Field(default=12, ge=12, le=24)
    # One entry per month: a number (one job) or a list with one number per job. Shorter than
    # `months`: repeated as a pattern. Missing: every month the jobs' hours_per_week.
    hours_per_week_by_month: list[float | list[float]] | None = Field(
        default=None, min_length=1, max_length=24
    )
    pay_period: Literal["month", "four_weeks"] = "month"
    wage_paid: Literal["same_month", "next_month"] = "same_month"
    lag_months: int | None = Field(default=None, ge=0, le=3)
    voorschot_months: Literal[3, 6] | None = None
    employer_vakantiegeld: Literal["may", "monthly"] = "may"
    new_work_at_start: bool = False  # the jobs with hours in the first month start then (voorschot)
    tegemoetkoming: float | None = Field(default=None, ge=0, le=10_000)  # net, from the UWV letter

    @field_validator("start")
    @classmethod
    def _start_is_a_month(cls, v: str | None) -> str | None:
        if v is not None and (not re.fullmatch(r"\d{4}-\d{2}", v) or not 1 <= int(v[5:]) <= 12):
            raise ValueError("period_format")
        return v

    @field_validator("hours_per_week_by_month")
    @classmethod
    def _hours_in_range(cls, v: list[float | list[float]] | None) -> list[float | list[float]] | None:
        for entry in v or []:
            for h in entry if isinstance(entry, list) else [entry]:
                if not 0 <= h <= 60:
                    raise ValueError("hours_range")
        return v


class CalendarRequest(Situation):
    """The situation (the CLI contract) plus optional calendar settings."""

    calendar: CalendarOptions = Field(default_factory=CalendarOptions)

    def situation(self) -> Situation:
        return Situation.model_validate(self.model_dump(exclude={"calendar"}))


def _problems(err: ValidationError) -> list[InputProblem]:
    out = []
    for p in problems_from_validation(err):
        nl = p.message_nl
        if p.field.startswith("calendar"):
            key = re.sub(r"\[\d+\]", "", p.field)
            nl = f"{LABELS_NL.get(key, 'kalender')}: {nl}"
            if "hours_range" in p.message_en:
                nl = f"{LABELS_NL[key]}: uren per week moeten tussen 0 en 60 liggen."
        out.append(InputProblem(p.field, nl, p.message_en))
    return out


def parse_calendar_request(raw: Any) -> CalendarRequest:
    if not isinstance(raw, dict):
        raise InvalidSituation(
            [
                InputProblem(
                    "(invoer)", "de invoer moet een JSON-object zijn, met velden.", "input must be an object."
                )
            ]
        )
    try:
        return CalendarRequest.model_validate(raw)
    except ValidationError as err:
        raise InvalidSituation(_problems(err)) from None


# ------------------------------------------------------------------------------ month arithmetic


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _label(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


@lru_cache(maxsize=12)
def month_name_nl(month: int) -> str:
    """Babel takes ~0.3 ms per call: twelve names, each formatted once."""
    from babel.dates import format_date

    return format_date(dt.date(2000, month, 1), "MMMM", locale="nl_NL")


def month_name_en(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def _last_day(ym: tuple[int, int]) -> dt.date:
    y, m = _add_months(ym[0], ym[1], 1)
    return dt.date(y, m, 1) - dt.timedelta(days=1)


# ------------------------------------------------------------------------------ the timeline


@dataclass(frozen=True)
class Timeline:
    """Internal months: from May of the year before the start (for the May payments) to December
    of the last calendar year (for the yearly settlements). `window` selects the shown months."""

    months: list[tuple[int, int]]
    window: slice
    hours: Array  # (n, jobs): actually worked
    estimate: Array  # (n, jobs): what the client told UWV (contract hours once a job started)
    new_job: NDArray[np.bool_]  # (n,) a job starts this month: a voorschot period begins


def _hours_table(req: CalendarRequest) -> list[list[float]]:
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
                    f"{LABELS_NL[field]}: voeg eerst een baan toe (banen), met uurloon. Dan kunnen we de "
                    "uren per maand gebruiken.",
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
                    f"{LABELS_NL[field]}: u gaf {len(pattern)} maanden, maar de kalender heeft er "
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
                        f"{LABELS_NL[field]}: maand {k + 1} heeft {len(values)} getal(len), maar u "
                        f"heeft {len(jobs)} ba{'an' if len(jobs) == 1 else 'nen'}. Geef per maand "
                        "één getal per baan.",
                        "give one number per job for every month.",
                    )
                ]
            )
        rows.append([float(x) for x in values])
    return [rows[i % len(rows)] for i in range(cal.months)]


def build_timeline(req: CalendarRequest) -> Timeline:
    start = _start(req)
    n_win = req.calendar.months
    first = (start[0] - 1, 5)
    last_window = _add_months(*start, n_win - 1)
    end = (last_window[0], 12)
    n = (end[0] * 12 + end[1]) - (first[0] * 12 + first[1]) + 1
    months = [_add_months(*first, k) for k in range(n)]
    w0 = months.index(start)
    window = slice(w0, w0 + n_win)
    n_jobs = len(req.jobs)
    contract = np.array([j.hours_per_week for j in req.jobs], dtype=float).reshape(n_jobs)
    table = np.array(_hours_table(req), dtype=float).reshape(n_win, n_jobs)
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
    new_job = np.zeros(n, dtype=bool)
    new_job[1:] = (started[1:] & ~started[:-1]).any(axis=1) if n_jobs else False
    return Timeline(months, window, hours, estimate, new_job)


def _start(req: CalendarRequest) -> tuple[int, int]:
    s = req.calendar.start or req.period
    return int(s[:4]), int(s[5:])


# ------------------------------------------------------------------------------ columns per month


def _columns_for_hours(base: Columns, req: CalendarRequest, hours: Array) -> Columns:
    """The situation once per row of `hours` (rows x jobs), wages from each job's hourly wage."""
    n = hours.shape[0]
    tiled = {f: np.repeat(getattr(base, f), n) for f in Columns.__dataclass_fields__}
    regular = np.zeros(n)
    dispensed = np.zeros(n)
    function_wage = np.zeros(n)
    for k, job in enumerate(req.jobs):
        lw = 1.0 if job.loonwaarde is None else job.loonwaarde
        wage = job_wage_month(hours[:, k], job.hourly_wage, lw)
        if job.loonwaarde is None:
            regular = regular + wage
        else:
            dispensed = dispensed + wage
            function_wage = function_wage + wage / lw
    tiled.update(
        wage_regular=round_cents(regular),
        wage_dispensed=round_cents(dispensed),
        function_wage_dispensed=function_wage,
        hours_per_week=hours.sum(axis=1) if hours.shape[1] else np.zeros(n),
    )
    return Columns(**tiled)


def _take(cols: Columns, idx: NDArray[np.int64] | slice) -> Columns:
    return Columns(**{f: getattr(cols, f)[idx] for f in Columns.__dataclass_fields__})


def _concat(parts: list[Columns]) -> Columns:
    fields = Columns.__dataclass_fields__
    return Columns(**{f: np.concatenate([getattr(c, f) for c in parts]) for f in fields})


def _groups(keys: list[Any]) -> list[NDArray[np.int64]]:
    """Row indices grouped by equal (hashable) key, groups in order of first appearance."""
    members: dict[Any, list[int]] = {}
    for i, k in enumerate(keys):
        members.setdefault(k, []).append(i)
    return [np.array(m, dtype=np.int64) for m in members.values()]


def _same_rates(rates: object) -> tuple[dt.date, ...]:
    """A key for a rule's rates object (WajongRates, TaxRates): the start date of each of its
    Rates. Equal keys mean the very same values, so the rows can share one call."""
    return tuple(r.since for r in vars(rates).values())


def rate_day(ym: tuple[int, int], book: RateBook) -> dt.date:
    """The day whose rates apply to a month: its first day, kept inside the years we have rates for."""
    first, last = book.derived(covered_period, lambda: covered_period(book))
    return min(max(dt.date(ym[0], ym[1], 1), first), dt.date(last.year, last.month, 1))


@dataclass(frozen=True)
class MonthlyWajong:
    entitlement: Array  # law: Wajong of the month from the income of the month
    holiday_accrual: Array
    voorschot: Array  # from the estimated income
    without_work: Array


def wajong_by_month(
    actual: Columns, estimate: Columns, days: list[dt.date], book: RateBook, both: Columns | None = None
) -> MonthlyWajong:
    """compute_wajong on all months at once, one call per set of Wajong rates (actual and estimate
    rows stacked; `both` may pass that stack when the caller has it already)."""
    n = len(actual)
    if both is None:
        both = _concat([actual, estimate])
    keys = [_same_rates(WajongRates.on(book, d)) for d in days] * 2
    out = {k: np.zeros(2 * n) for k in ("wajong", "holiday_accrual", "without_work")}
    for idx in _groups(keys):
        o = compute_wajong(_take(both, idx), book, days[idx[0] % n])
        for f in out:
            out[f][idx] = getattr(o, f)
    return MonthlyWajong(
        entitlement=out["wajong"][:n],
        holiday_accrual=out["holiday_accrual"][:n],
        voorschot=out["wajong"][n:],
        without_work=out["without_work"][:n],
    )


# ------------------------------------------------------------------------------ Wajong payments


@dataclass(frozen=True)
class WajongPayments:
    """Per internal month: what UWV pays, and which month each correction belongs to."""

    voorschot: Array
    correction: Array  # difference for one earlier month, `lag` months later
    correction_for: list[int | None]  # index of that earlier month
    settlement: Array  # end of a voorschot period: nabetaling (+) or terugvordering (-)
    settlement_for: list[tuple[int, int] | None]  # (first, last) index of the voorschot period
    in_voorschot: NDArray[np.bool_]
    difference: Array  # entitlement - voorschot, per month
    paid_in: list[int]  # index of the month in which each month's difference is paid (may be >= n)


def schedule_wajong_payments(
    entitlement: Array, voorschot: Array, new_job: NDArray[np.bool_], lag: int, period: int
) -> WajongPayments:
    """Who pays what when (our model of UWV practice; docs/calendar.md).

    * voorschot[M] is paid in M (UWV pays "achteraf, aan het eind van de maand").
    * A voorschot period of `period` months starts in each month a job starts; overlapping
      periods join. Its total difference (entitlement - voorschot) is settled in the month
      `lag` months after its last month (UWV: "Blijkt achteraf dat u te weinig voorschot van ons
      heeft gekregen? Dan krijgt u een nabetaling ... te veel ... terugbetalen").
    * Outside a voorschot period the difference of month M is corrected in month M + lag.
    Every month's difference is paid exactly once; `paid_in` says when (possibly after the range).
    """
    n = len(entitlement)
    diff = round_cents(entitlement - voorschot)
    in_v = np.zeros(n, dtype=bool)
    for m in np.flatnonzero(new_job):
        in_v[m : m + period] = True
    correction = np.zeros(n)
    correction_for: list[int | None] = [None] * n
    settlement = np.zeros(n)
    settlement_for: list[tuple[int, int] | None] = [None] * n
    paid_in = [0] * n
    m = 0
    while m < n:
        if in_v[m]:
            end = m
            while end + 1 < n and in_v[end + 1]:
                end += 1
            amount = float(round_cents(diff[m : end + 1].sum()))
            pay = end + lag
            paid_in[m : end + 1] = [pay] * (end + 1 - m)
            if pay < n:
                settlement[pay] += amount
                settlement_for[pay] = (m, end)
            m = end + 1
            continue
        pay = m + lag
        paid_in[m] = pay
        if diff[m] != 0 and pay < n:
            correction[pay] += diff[m]
            correction_for[pay] = m
        m += 1
    return WajongPayments(
        voorschot=voorschot,
        correction=round_cents(correction),
        correction_for=correction_for,
        settlement=round_cents(settlement),
        settlement_for=settlement_for,
        in_voorschot=in_v,
        difference=diff,
        paid_in=paid_in,
    )


def once_a_year(accrual: Array, months: list[tuple[int, int]], pay_month: int) -> Array:
    """Pay in `pay_month` the accrual of the twelve months before it (Wajong art. 3:25, 3:52: the
    vakantie-uitkering in May over the twelve months before May)."""
    paid = np.zeros(len(months))
    for i, (_, m) in enumerate(months):
        if m == pay_month and i >= 12:
            paid[i] = accrual[i - 12 : i].sum()
    return round_cents(paid)


def once_a_year_including(accrual: Array, months: list[tuple[int, int]], pay_month: int) -> Array:
    """Pay in `pay_month` the accrual of the twelve months ending with it (employer's vakantiegeld,
    year 1 June - 31 May, paid in May)."""
    paid = np.zeros(len(months))
    for i, (_, m) in enumerate(months):
        if m == pay_month and i >= 11:
            paid[i] = accrual[i - 11 : i + 1].sum()
    return round_cents(paid)


# ------------------------------------------------------------------------------ wage payments


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
                dates[i + shift].append(_last_day(months[i + shift]).isoformat())
        return round_cents(paid), dates
    index = {ym: i for i, ym in enumerate(months)}
    first = dt.date(months[0][0], months[0][1], 1)
    for d in four_week_pay_dates(first, _last_day(months[-1])):
        i = index[(d.year, d.month)]
        amount = 0.0
        for k, job in enumerate(req.jobs):
            lw = 1.0 if job.loonwaarde is None else job.loonwaarde
            amount += float(round_cents(4 * tl.hours[i, k] * job.hourly_wage * lw))
        if amount > 0:
            paid[i] += amount
            dates[i].append(d.isoformat())
    return round_cents(paid), dates


# ------------------------------------------------------------------------------ the calendar


def _year_rows(months: list[tuple[int, int]]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, (y, _) in enumerate(months):
        out.setdefault(y, []).append(i)
    return out


def calendar(req: CalendarRequest, book: RateBook | None = None) -> dict[str, Any]:
    """The month-by-month money calendar as plain data (JSON-ready). Raises InvalidSituation."""
    book = book or load_rates()
    s = req.situation()
    start = _start(req)
    check_situation(s.model_copy(update={"period": _label(start)}), book)
    tl = build_timeline(req)
    months, win = tl.months, tl.window
    n = len(months)
    days = [rate_day(ym, book) for ym in months]
    first_day = days[win.start]
    lag = req.calendar.lag_months
    lag = book.value("uwv_timing.offset_lag_months", first_day) if lag is None else lag
    period = req.calendar.voorschot_months or book.value("uwv_timing.voorschot_months", first_day)

    base = columns_from_situation(s.model_copy(update={"jobs": []}))
    # Actual and estimated hours as one stack of rows: row by row the same as two calls.
    both = _columns_for_hours(base, req, np.concatenate([tl.hours, tl.estimate]))
    actual, estimate = _take(both, slice(0, n)), _take(both, slice(n, 2 * n))
    mw = wajong_by_month(actual, estimate, days, book, both)
    pay = schedule_wajong_payments(mw.entitlement, mw.voorschot, tl.new_job, lag, period)
    wajong_paid = round_cents(pay.voorschot + pay.correction + pay.settlement)

    vu_month = book.value("wajong.vakantie_uitkering_month", first_day)
    uwv_vakantie = once_a_year(mw.holiday_accrual, months, vu_month)

    wage_earned = actual.wage
    wage_paid, pay_dates = wage_payments(req, tl, wage_earned)
    vb = np.array([book.value("minimum_wage.vakantiebijslag_percentage", d) for d in days])
    vb_accrual = round_cents(wage_earned * vb)
    if req.calendar.employer_vakantiegeld == "monthly":
        employer_vg = vb_accrual
    else:
        employer_vg = once_a_year_including(
            vb_accrual, months, book.value("uwv_timing.employer_vakantiegeld_month", first_day)
        )

    tgm = np.zeros(n)
    tgm_month = book.value("uwv_timing.tegemoetkoming_month", first_day)
    if req.calendar.tegemoetkoming is not None:
        tgm[[i for i, (_, m) in enumerate(months) if m == tgm_month]] = req.calendar.tegemoetkoming

    other = actual.other_income
    gross_in = round_cents(wage_paid + employer_vg + wajong_paid + uwv_vakantie + other)

    toes = _toeslagen(req, tl, actual, estimate, mw, vb_accrual, days, book)
    tax = _tax(actual, mw, wage_earned, vb_accrual, months, days, book)
    withheld = tax["withheld_month"] if tax else np.zeros(n)
    toeslagen_paid = toes["paid_month"] if toes else np.zeros(n)
    net_in = round_cents(gross_in - withheld + toeslagen_paid + tgm)

    rows = []
    for i in range(win.start, win.stop):
        cf = pay.correction_for[i]
        sf = pay.settlement_for[i]
        rows.append(
            {
                "month": _label(months[i]),
                "hours_per_week": [float(h) for h in tl.hours[i]],
                "hours_per_week_estimate": [float(h) for h in tl.estimate[i]],
                "wage_earned": float(wage_earned[i]),
                "wage_paid": float(wage_paid[i]),
                "wage_pay_dates": pay_dates[i],
                "employer_vakantiegeld": float(employer_vg[i]),
                "wajong_entitlement": float(mw.entitlement[i]),
                "wajong_voorschot": float(pay.voorschot[i]),
                "wajong_in_voorschot_period": bool(pay.in_voorschot[i]),
                "wajong_correction": float(pay.correction[i]),
                "wajong_correction_for": _label(months[cf]) if cf is not None else None,
                "wajong_settlement": float(pay.settlement[i]),
                "wajong_settlement_for": [_label(months[sf[0]]), _label(months[sf[1]])] if sf else None,
                "wajong_paid": float(wajong_paid[i]),
                "wajong_pay_date": _uwv_pay_date(months[i], book, days[i]),
                "uwv_vakantie_uitkering": float(uwv_vakantie[i]),
                "tegemoetkoming": float(tgm[i]) if req.calendar.tegemoetkoming is not None else None,
                "other_income": float(other[i]),
                "gross_in": float(gross_in[i]),
                "withholding": float(withheld[i]) if tax else None,
                "zorgtoeslag": float(toes["zorg_month"][i]) if toes else None,
                "huurtoeslag": _nan_none(toes["huur_month"][i]) if toes else None,
                "net_in": float(net_in[i]),
                "flags": [],
            }
        )
    _flag_months(rows, months, win)
    due_after = _due_after_window(pay, months, win)
    win_idx = range(win.start, win.stop)
    outstanding_window = _outstanding_for_window(pay, win)
    sums = _sums(
        {
            "wage_earned": wage_earned,
            "wage_paid": wage_paid,
            "employer_vakantiegeld": employer_vg,
            "wajong_entitlement": mw.entitlement,
            "wajong_paid": wajong_paid,
            "uwv_vakantie_uitkering": uwv_vakantie,
            "tegemoetkoming": tgm,
            "other_income": other,
            "gross_in": gross_in,
            "net_in": net_in,
        },
        win,
    )
    totals = {
        "wage_earned": sums["wage_earned"],
        "wage_paid": sums["wage_paid"],
        "employer_vakantiegeld": sums["employer_vakantiegeld"],
        "wajong_entitlement": sums["wajong_entitlement"],
        "wajong_paid": sums["wajong_paid"],
        "wajong_still_to_settle": outstanding_window,
        "uwv_vakantie_uitkering": sums["uwv_vakantie_uitkering"],
        "tegemoetkoming": sums["tegemoetkoming"],
        "other_income": sums["other_income"],
        "gross_in": sums["gross_in"],
        "net_in": sums["net_in"],
    }
    after_year = (toes["settlements"] if toes else []) + (tax["settlements"] if tax else [])
    after_year = [x for x in after_year if x["year"] in {months[i][0] for i in win_idx}]
    lowest = _lowest(rows)
    warnings = _warnings(req, book, months, win, lag, period, toes is not None, tax is not None)
    return {
        "start": _label(start),
        "months_count": req.calendar.months,
        "rates_as_of": book.latest_start(first_day).isoformat(),
        "settings": {
            "lag_months": lag,
            "lag_is_assumption": req.calendar.lag_months is None,
            "voorschot_months": period,
            "pay_period": req.calendar.pay_period,
            "wage_paid": req.calendar.wage_paid,
            "employer_vakantiegeld": req.calendar.employer_vakantiegeld,
        },
        "months": rows,
        "totals": totals,
        "wajong_due_after_calendar": due_after,
        "after_year": after_year,
        "lowest_month": lowest,
        "payback_months": [r["month"] for r in rows if "payback" in r["flags"]],
        "warnings": warnings,
        "sources": [
            UWV_VOORSCHOT.citation(),
            AIB_4_1_3.citation(),
            *[
                book.get(k, first_day).citation()
                for k in (
                    "uwv_timing.offset_lag_months",
                    "uwv_timing.voorschot_months",
                    "uwv_timing.wajong_pay_day",
                    "uwv_timing.tegemoetkoming_month",
                    "uwv_timing.employer_vakantiegeld_month",
                    "wajong.vakantie_uitkering_month",
                )
            ],
        ],
    }


def _sums(columns: dict[str, Array], win: slice) -> dict[str, float]:
    """The sum of each column over the window, to the cent (rounded in one numpy call)."""
    totals = round_cents(np.array([np.asarray(x)[win].sum() for x in columns.values()]))
    return dict(zip(columns, totals.tolist(), strict=True))


def _nan_none(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def _outstanding_for_window(pay: WajongPayments, win: slice) -> float:
    """Differences of window months that UWV pays or reclaims after the window."""
    return float(
        round_cents(sum(pay.difference[m] for m in range(win.start, win.stop) if pay.paid_in[m] >= win.stop))
    )


def _due_after_window(pay: WajongPayments, months: list[tuple[int, int]], win: slice) -> list[dict[str, Any]]:
    """What the window's months still bring after the calendar: amount per payment month."""
    due: dict[int, float] = {}
    kind: dict[int, str] = {}
    for m in range(win.start, win.stop):
        if pay.paid_in[m] >= win.stop and pay.difference[m] != 0:
            due[pay.paid_in[m]] = due.get(pay.paid_in[m], 0.0) + float(pay.difference[m])
            kind[pay.paid_in[m]] = "settlement" if pay.in_voorschot[m] else "correction"
    return [
        {
            "month": _label(_add_months(*months[0], i)),
            "amount": float(round_cents(a)),
            "kind": kind[i],
        }
        for i, a in sorted(due.items())
    ]


def _uwv_pay_date(ym: tuple[int, int], book: RateBook, day: dt.date) -> str:
    days = book.value("uwv_timing.wajong_pay_day", day)
    d = days.get(str(ym[1]), days["default"])
    return dt.date(ym[0], ym[1], min(int(d), _last_day(ym).day)).isoformat()


def _flag_months(rows: list[dict[str, Any]], months: list[tuple[int, int]], win: slice) -> None:
    for r in rows:
        if r["wajong_settlement"] < 0 or r["wajong_paid"] < 0:
            r["flags"].append("payback")
        elif r["wajong_settlement"] > 0:
            r["flags"].append("nabetaling")
        if r["wajong_correction"] < 0:
            r["flags"].append("offset_earlier_wage")


def _lowest(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The month with the least money in, and one sentence why (B1 Dutch + English)."""
    i = min(range(len(rows)), key=lambda k: rows[k]["net_in"])
    r = rows[i]
    r["flags"].append("lowest")
    y, m = int(r["month"][:4]), int(r["month"][5:])
    nl_m, en_m = month_name_nl(m), month_name_en(m)
    typical = float(np.median([x["net_in"] for x in rows]))
    if r["wajong_settlement"] < 0:
        a = -r["wajong_settlement"]
        f0, f1 = r["wajong_settlement_for"]
        nl = (
            f"In {nl_m} krijgt u minder Wajong, omdat UWV dan {eur(a)} voorschot terugvraagt: u verdiende "
            f"van {month_name_nl(int(f0[5:]))} tot en met {month_name_nl(int(f1[5:]))} meer dan geschat."
        )
        en = (
            f"In {en_m} you get less Wajong, because UWV then reclaims {eur(a, 'en')} of advance: you earned "
            f"more than estimated from {month_name_en(int(f0[5:]))} to {month_name_en(int(f1[5:]))}."
        )
    elif r["wajong_correction"] < 0 and r["wajong_correction_for"]:
        fm = int(r["wajong_correction_for"][5:])
        nl = f"In {nl_m} krijgt u minder Wajong, omdat UWV dan uw loon van {month_name_nl(fm)} verrekent."
        en = f"In {en_m} you get less Wajong, because UWV then offsets your wage of {month_name_en(fm)}."
    elif r["wage_paid"] == 0 and sum(r["hours_per_week"]) == 0 and any(x["wage_paid"] > 0 for x in rows):
        nl = f"In {nl_m} krijgt u geen loon, omdat u dan niet werkt. UWV vult dat maar voor een deel aan."
        en = f"In {en_m} you get no wage, because you do not work then; the Wajong makes up only part of it."
    elif r["wage_paid"] < float(np.median([x["wage_paid"] for x in rows])):
        nl = f"In {nl_m} krijgt u minder loon, omdat u in die maand minder uren werkt of minder loon krijgt."
        en = f"In {en_m} you get less wage, because you work fewer hours or are paid less that month."
    elif r["withholding"] and r["withholding"] > float(np.median([x["withholding"] or 0 for x in rows])):
        nl = f"In {nl_m} houden UWV en uw werkgever meer belasting in dan in andere maanden."
        en = f"In {en_m} more tax is withheld than in other months."
    else:
        nl = f"In {nl_m} komt er het minste geld binnen, maar het verschil met andere maanden is klein."
        en = f"In {en_m} the least money comes in, but the difference with other months is small."
    return {
        "month": r["month"],
        "year": y,
        "net_in": r["net_in"],
        "typical_net_in": round(typical, 2),
        "text_nl": nl,
        "text_en": en,
    }


def _warnings(
    req: CalendarRequest,
    book: RateBook,
    months: list[tuple[int, int]],
    win: slice,
    lag: int,
    period: int,
    has_toeslagen: bool,
    has_tax: bool,
) -> list[dict[str, str]]:
    out = []
    if req.calendar.lag_months is None:
        out.append(
            {
                "code": "lag_assumed",
                "nl": f"We nemen aan dat UWV uw loon {lag} maanden later verrekent. UWV schrijft dit nergens "
                "precies. Kijk in uw brief van UWV wanneer het bij u gebeurt.",
                "en": f"We assume UWV offsets your wage {lag} months later; UWV does not publish this. "
                "Check your UWV letter.",
            }
        )
    out.append(
        {
            "code": "voorschot_method",
            "nl": f"Bij nieuw werk betaalt UWV eerst een voorschot, hier {period} maanden lang. "
            "Daarna rekent UWV uit wat u echt had moeten krijgen. "
            "U krijgt dan geld bij of u moet iets terugbetalen.",
            "en": f"With new work UWV first pays an advance ({period} months here), then settles with the "
            "actual income: a back-payment or a repayment.",
        }
    )
    _, last = covered_period(book)
    if months[win.stop - 1] > (last.year, last.month):
        out.append(
            {
                "code": "rates_extended",
                "nl": f"De bedragen na {last:%m-%Y} zijn nog niet bekend. We rekenen voor die maanden met de "
                "laatste bedragen die we hebben.",
                "en": f"Amounts after {last:%Y-%m} are not known yet; the latest known amounts are used.",
            }
        )
    if req.calendar.tegemoetkoming is None:
        out.append(
            {
                "code": "tegemoetkoming_not_included",
                "nl": "In september krijgt u van UWV meestal de tegemoetkoming arbeidsongeschikten. "
                "Het bedrag staat niet in deze kalender. U kunt het invullen als u het weet. "
                "De regering wil deze tegemoetkoming vanaf 2027 stoppen.",
                "en": "UWV pays the tegemoetkoming arbeidsongeschikten in September; not included unless "
                "you enter it. It may be abolished from 2027.",
            }
        )
    if not has_tax:
        out.append(
            {
                "code": "tax_not_included",
                "nl": "Belasting staat niet in deze kalender.",
                "en": "Tax not included.",
            }
        )
    if not has_toeslagen:
        out.append(
            {
                "code": "toeslagen_not_included",
                "nl": "Toeslagen staan niet in deze kalender.",
                "en": "Toeslagen not included.",
            }
        )
    return out


# ------------------------------------------------------------------------------ toeslagen and tax


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
    try:
        from calc.toeslagen import compute_toeslagen
    except ImportError:  # pragma: no cover - the module exists in this repository
        return None
    months, win = tl.months, tl.window
    n = len(months)
    zorg = np.zeros(n)
    huur = np.full(n, np.nan)
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
        zorg[ii] = both.zorgtoeslag_month[0]
        huur[ii] = both.huurtoeslag_month[0]
        zorg_final = float(both.zorg.year[1])
        zorg_paid = float(zorg[ii].sum())
        huur_final = float(both.huurtoeslag_month[1]) * 12
        huur_paid = float(np.nansum(huur[ii]))
        est_ti = float(both.toetsingsinkomen_year[0])
        for kind, final_amt, paid_amt in (
            ("zorgtoeslag", zorg_final, zorg_paid),
            ("huurtoeslag", huur_final, huur_paid),
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
                start_nl = f"Uw inkomen stijgt in {month_name_nl(job_starts[0][1])}. " if job_starts else ""
                item["advice_nl"] = (
                    f"{start_nl}Uw inkomen over {year} wordt ongeveer {eur(actual_ti)}, niet {eur(est_ti)}. "
                    f"Dan moet u na {year} ongeveer {eur(-diff)} {kind} terugbetalen. Geef uw nieuwe "
                    "inkomen nu door bij Mijn toeslagen. Dan krijgt u elke maand minder, maar hoeft u "
                    "later niets terug te betalen."
                )
                item["advice_en"] = (
                    f"Your {year} income will be about {eur(actual_ti, 'en')}, not {eur(est_ti, 'en')}: "
                    f"about {eur(-diff, 'en')} of {kind} to repay after {year}. Change your estimate in Mijn "
                    "toeslagen now."
                )
            settlements.append(item)
    return {
        "zorg_month": zorg,
        "huur_month": huur,
        "paid_month": zorg + np.nan_to_num(huur),
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


# ------------------------------------------------------------------------------ JSON entry point


def calendar_from_json_text(text: str, book: RateBook | None = None) -> dict[str, Any]:
    """`python -m calc calendar FILE`: parse, validate (Dutch errors) and build the calendar."""
    return calendar(parse_calendar_request(load_json(text)), book)
