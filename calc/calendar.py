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

This module keeps the input model and `calendar()`; the parts live in calc/timeline.py (months,
hours, columns, wage payments), calc/voorschot.py (the Wajong per month and when UWV pays it) and
calc/settlements.py (toeslagen and income tax after the year).
"""

from __future__ import annotations

import re
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import Field, ValidationError, field_validator

from calc.columns import columns_from_situation
from calc.errors import InputProblem, InvalidSituation, problems_from_validation
from calc.money import eur, round_cents
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.settlements import _tax, _toeslagen
from calc.situation import Situation, _Model
from calc.timeline import (
    LABELS_NL,
    _columns_for_hours,
    _label,
    _start,
    _take,
    build_timeline,
    month_name_en,
    month_name_nl,
    rate_day,
    wage_payments,
)
from calc.validate import check_situation, load_json
from calc.voorschot import (
    AIB_4_1_3,
    UWV_VOORSCHOT,
    _due_after_window,
    _outstanding_for_window,
    _uwv_pay_date,
    once_a_year,
    once_a_year_including,
    schedule_wajong_payments,
    wajong_by_month,
)

Array = NDArray[np.float64]


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


# ------------------------------------------------------------------------------ the calendar


def calendar(req: CalendarRequest, book: RateBook | None = None) -> dict[str, Any]:
    """The month-by-month money calendar as plain data (JSON-ready). Raises InvalidSituation.

    `provisional` lists the amounts used that are not yet official, for any month (calc.provisional)."""
    book = book or load_rates()
    with recording() as used:
        result = _calendar(req, book)
    result["provisional"] = provisional_list(used.values())
    return result


def _calendar(req: CalendarRequest, book: RateBook) -> dict[str, Any]:
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
                "kindgebonden_budget": float(toes["kgb_month"][i]) if toes else None,
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
    last = book.confirmed_until()
    if months[win.stop - 1] > (last.year, last.month):
        out.append(
            {
                "code": "rates_extended",
                "nl": f"Een deel van de bedragen na {last:%m-%Y} is nog niet bekend. Voor die maanden is dit "
                "een voorlopige schatting. Welke bedragen het zijn, staat in de lijst 'voorlopig'.",
                "en": f"Some amounts after {last:%Y-%m} are not known yet; for those months this is a "
                "provisional estimate. The 'provisional' list names them.",
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


# ------------------------------------------------------------------------------ JSON entry point


def calendar_from_json_text(text: str, book: RateBook | None = None) -> dict[str, Any]:
    """`python -m calc calendar FILE`: parse, validate (Dutch errors) and build the calendar."""
    return calendar(parse_calendar_request(load_json(text)), book)
