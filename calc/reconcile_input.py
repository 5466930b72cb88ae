"""Klopt mijn Wajong? (issue 21): the input (a letter's months), its checks, and the Wajong due per
month from the core's own compute_wajong. calc/reconcile.py puts the check together."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from calc.benefit import WajongOutcome, compute_wajong
from calc.columns import Columns, columns_from_situation
from calc.errors import InputProblem, InvalidSituation, problems_from_validation
from calc.money import eur, round_cents
from calc.rates import RateBook
from calc.situation import MAX_MONEY, Situation, Wajong, is_month
from calc.validate import check_situation

Array = NDArray[np.float64]

# 60 hours a week (the limit of a job in calc.situation) x 52 / 12 weeks a month.
MAX_HOURS_MONTH = 260


class _Strict(BaseModel):
    # As calc.situation: unknown fields and NaN/Infinity are refused, never ignored.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class ReconcileMonth(_Strict):
    """One month: what the payslip says and what UWV paid (both gross)."""

    period: str
    wage: float = Field(ge=0)  # gross wage of the month, without holiday pay
    wajong_paid: float = Field(ge=0)  # gross Wajong UWV paid for this month
    hours: float | None = Field(default=None, ge=0, le=MAX_HOURS_MONTH)  # hours worked in the month
    holiday_pay: float | None = Field(default=None, ge=0)  # vakantiegeld paid with this month's wage
    periods: Literal[1, 2] = 1  # four-weekly pay: pay periods ending in this month

    @field_validator("period")
    @classmethod
    def _period_is_a_month(cls, v: str) -> str:
        if not is_month(v):
            raise ValueError("period_format")
        return v

    @property
    def first_day(self) -> dt.date:
        return dt.date(int(self.period[:4]), int(self.period[5:]), 1)


class ReconcileRequest(_Strict):
    age: int = Field(ge=0, le=130)
    wajong: Wajong
    loonwaarde: float | None = Field(default=None, gt=0, lt=1)  # loondispensatie: wage = dispensed wage
    pay_period: Literal["month", "four_weeks"] = "month"
    months: list[ReconcileMonth] = Field(min_length=1, max_length=24)
    reclaimed: float | None = Field(default=None, ge=0, le=MAX_MONEY)  # gross amount in UWV's letter
    letter_date: dt.date | None = None  # the date on UWV's letter
    repayment: Literal["pay", "offset"] | None = None  # pay it back yourself, or UWV offsets it
    repayment_year: int | None = Field(default=None, ge=2024, le=2100)


LABELS_NL = {
    "age": "leeftijd",
    "loonwaarde": "loonwaarde",
    "pay_period": "loon per maand of per vier weken",
    "months": "maanden",
    "months.period": "maand",
    "months.wage": "loon",
    "months.wajong_paid": "betaalde Wajong",
    "months.hours": "uren",
    "months.holiday_pay": "vakantiegeld",
    "months.periods": "aantal looptijdvakken",
    "reclaimed": "bedrag dat UWV terugvraagt",
    "letter_date": "datum van de brief",
    "repayment": "terugbetalen of verrekenen",
    "repayment_year": "jaar van terugbetalen",
}


def _labelled(problems: list[InputProblem]) -> list[InputProblem]:
    """The general Dutch messages of calc.errors, with the name of our field in front."""
    out = []
    for p in problems:
        key = re.sub(r"\[\d+\]", "", p.field)
        nl = p.message_nl
        if "date" in p.message_en.lower() and key == "letter_date":
            nl = "schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-11-10."
        if key == "months" and "at least 1" in p.message_en:
            nl = "geef minstens één maand."
        label = LABELS_NL.get(key)
        if label and not nl.startswith(label):
            nl = f"{label}: {nl}"
        out.append(InputProblem(p.field, nl, p.message_en))
    return out


def parse_reconcile_request(raw: Any) -> ReconcileRequest:
    """Validate raw data (JSON) into a request, or raise InvalidSituation in Dutch per field."""
    if not isinstance(raw, dict):
        raise InvalidSituation(
            [
                InputProblem(
                    "(invoer)", "de invoer moet een JSON-object zijn, met velden.", "must be an object."
                )
            ]
        )
    try:
        return ReconcileRequest.model_validate(raw)
    except ValidationError as err:
        raise InvalidSituation(_labelled(problems_from_validation(err))) from None


def check_request(req: ReconcileRequest, book: RateBook) -> None:
    """Refuse what cannot be right, in Dutch, naming the field; never change a value."""
    problems: list[InputProblem] = []
    first, last = book.supported_period()
    seen: dict[str, int] = {}
    for i, m in enumerate(req.months):
        if not first <= m.first_day <= last:
            problems.append(
                InputProblem(
                    f"months[{i}].period",
                    f"maand: we kunnen rekenen van {first:%m-%Y} tot en met {last:%m-%Y}. {m.period} valt "
                    "daarbuiten.",
                    f"period must be between {first:%Y-%m} and {last:%Y-%m}.",
                )
            )
        if m.period in seen:
            problems.append(
                InputProblem(
                    f"months[{i}].period",
                    f"maand: {m.period} staat er twee keer in (ook als maand {seen[m.period] + 1}). Geef "
                    "elke maand één keer.",
                    "each month may appear only once.",
                )
            )
        seen.setdefault(m.period, i)
        problems += _implausible_amounts(i, m, book)
        if m.periods == 2 and req.pay_period != "four_weeks":
            problems.append(
                InputProblem(
                    f"months[{i}].periods",
                    "aantal looptijdvakken: twee tijdvakken in één maand kan alleen bij loon per vier "
                    "weken (pay_period: four_weeks).",
                    "two pay periods in a month only with pay_period four_weeks.",
                )
            )
    if req.repayment_year is not None and req.repayment_year < max(m.first_day.year for m in req.months):
        problems.append(
            InputProblem(
                "repayment_year",
                "jaar van terugbetalen: dat kan niet vóór het jaar van de laatste maand liggen.",
                "the repayment year cannot be before the last month.",
            )
        )
    if problems:
        raise InvalidSituation(problems)
    if req.months and first <= req.months[0].first_day <= last:
        try:  # the age rule of evaluate (18 up to the AOW age), for the first month
            check_situation(Situation(period=req.months[0].period, age=req.age, wajong=req.wajong), book)
        except InvalidSituation as err:
            raise InvalidSituation([p for p in err.problems if p.field == "age"] or err.problems) from None


def _implausible_amounts(i: int, m: ReconcileMonth, book: RateBook) -> list[InputProblem]:
    limit = book.value("reconcile.max_amount_month", m.first_day)
    out = []
    for name in ("wage", "wajong_paid", "holiday_pay"):
        value = getattr(m, name)
        if value is not None and value > limit:
            out.append(
                InputProblem(
                    f"months[{i}].{name}",
                    f"{LABELS_NL['months.' + name]}: {eur(value)} in één maand is niet waarschijnlijk. Wij "
                    f"nemen hoogstens {eur(limit)} per maand aan. Klopt het bedrag?",
                    f"{name} above {limit} a month is not plausible; check the amount.",
                )
            )
    return out


# ------------------------------------------------------------------------ the Wajong per month


@dataclass(frozen=True)
class Months:
    """The request as arrays, one entry per month in the order given."""

    periods: list[str]
    days: list[dt.date]  # first day of each month: the rates in force then apply
    wage: Array  # as entered
    income_wage: Array  # the wage that counts for the Wajong (four-weekly pay: per month)
    holiday_pay: Array
    paid: Array


def months_of(req: ReconcileRequest, book: RateBook) -> Months:
    days = [m.first_day for m in req.months]
    wage = np.array([m.wage for m in req.months], dtype=float)
    if req.pay_period == "four_weeks":
        # AIB art. 4:1 lid 2: a four-week period is 20 days, a month 21,75 days; the pay of the
        # periods ending in the month counts in it (lid 3), as a day amount times 21,75.
        per_month = [
            book.value("wajong.days_per_month", d) / (book.value("wajong.days_per_four_weeks", d) * m.periods)
            for d, m in zip(days, req.months, strict=True)
        ]
        income = round_cents(wage * np.array(per_month))
    else:
        income = wage.copy()
    return Months(
        periods=[m.period for m in req.months],
        days=days,
        wage=wage,
        income_wage=income,
        holiday_pay=np.array([m.holiday_pay or 0.0 for m in req.months], dtype=float),
        paid=np.array([m.wajong_paid for m in req.months], dtype=float),
    )


def month_columns(req: ReconcileRequest, income_wage: Array) -> Columns:
    """The person once per month, through the core's own constructor; only the wage differs.

    With loondispensatie the wage entered is the dispensed wage Ia (what the employer pays), and
    the function wage is Ia / LW (Wet Wajong art. 2:40 lid 3), as calc.columns does for a job."""
    base = columns_from_situation(Situation(period=req.months[0].period, age=req.age, wajong=req.wajong))
    n = len(income_wage)
    tiled = {f.name: np.repeat(getattr(base, f.name), n) for f in dataclasses.fields(Columns)}
    w = round_cents(np.asarray(income_wage, dtype=float))
    if req.loonwaarde is None:
        tiled["wage_regular"] = w
    else:
        tiled["wage_dispensed"] = w
        tiled["function_wage_dispensed"] = w / req.loonwaarde
    return Columns(**tiled)


def _rows(cols: Columns, idx: list[int]) -> Columns:
    return Columns(**{f.name: getattr(cols, f.name)[idx] for f in dataclasses.fields(Columns)})


@dataclass(frozen=True)
class Due:
    """The Wajong due per month and the core's outcome for each month (for its explanation)."""

    wajong: Array  # after the garantiebedrag, rounded to the cent
    before_garantiebedrag: Array
    without_work: Array
    grondslag: Array
    outcomes: list[tuple[WajongOutcome, int]]  # per month: the outcome of its group and its row in it


def wajong_due(req: ReconcileRequest, income_wage: Array, days: list[dt.date], book: RateBook) -> Due:
    """compute_wajong on one row per month, one call per rate day (the rates of each month's first day)."""
    cols = month_columns(req, income_wage)
    n = len(days)
    out = {k: np.zeros(n) for k in ("wajong", "before_garantiebedrag", "without_work", "grondslag")}
    where: list[tuple[WajongOutcome, int] | None] = [None] * n
    for day in sorted(set(days)):
        idx = [i for i, d in enumerate(days) if d == day]
        o = compute_wajong(_rows(cols, idx), book, day)
        for k in out:
            out[k][idx] = getattr(o, k)
        for j, i in enumerate(idx):
            where[i] = (o, j)
    return Due(
        wajong=out["wajong"],
        before_garantiebedrag=out["before_garantiebedrag"],
        without_work=out["without_work"],
        grondslag=out["grondslag"],
        outcomes=[w for w in where if w is not None],
    )
