"""The situation of one client, as the CLI, the app and the batch run receive it, and the calendar's
request (the situation plus how the months run).

Field names are a public contract (`python -m calc evaluate`): more may be added, none may
change meaning. Defaults: no job, no partner, one person, no rent, loonheffingskorting at UWV.
Checks that need the rates (a wage below the minimum for the age) live in `calc.validate`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

MAX_MONEY = 10_000_000.0  # far above any real amount; stops overflow and typos like 1e308


def is_month(text: str) -> bool:
    """'YYYY-MM' naming a month that exists: month 01-12 and a year from 0001 (there is no year 0, so
    '0000-01' has no first day and would crash every date computed from it)."""
    return bool(re.fullmatch(r"\d{4}-\d{2}", text)) and 1 <= int(text[5:]) <= 12 and int(text[:4]) >= 1


# Yes and no as a person types them (the batch reads the same words).
TRUE_WORDS = frozenset({"true", "ja", "yes", "1", "j", "y", "waar"})
FALSE_WORDS = frozenset({"false", "nee", "no", "0", "n", "onwaar"})


def _not_a_boolean(v: Any) -> Any:
    """JSON `true` is not a number: pydantic would read it as 1 (one hour, one euro)."""
    if isinstance(v, bool):
        raise ValueError("bool_as_number")
    return v


def _yes_or_no(v: Any) -> Any:
    """'ja'/'nee' (and the batch's other words) as true/false; anything else as pydantic reads it."""
    if isinstance(v, str) and v.strip().lower() in TRUE_WORDS | FALSE_WORDS:
        return v.strip().lower() in TRUE_WORDS
    return v


Num = Annotated[float, BeforeValidator(_not_a_boolean)]
Whole = Annotated[int, BeforeValidator(_not_a_boolean)]
YesNo = Annotated[bool, BeforeValidator(_yes_or_no)]


class _Model(BaseModel):
    # Unknown fields are refused: a misspelt field would otherwise be silently ignored.
    # NaN and Infinity (which JSON readers accept) are refused as "not a number", not compared.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Job(_Model):
    hours_per_week: Num = Field(ge=0, le=60)
    hourly_wage: Num = Field(gt=0, le=1000)
    loonwaarde: Num | None = Field(default=None, gt=0, lt=1)


class Wajong(_Model):
    arbeidsvermogen: YesNo
    garantiebedrag: Num | None = Field(default=None, ge=0, le=MAX_MONEY)


class Household(_Model):
    partner: YesNo = False
    partner_income_year: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    persons: Whole = Field(default=1, ge=1, le=20)
    rent: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    # Monthly servicekosten that count for huurtoeslag (energy for shared spaces, cleaning,
    # caretaker, shared rooms); `rent` is the kale huur without them.
    servicekosten: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    assets: Num = Field(default=0.0, ge=0, le=1_000_000_000)
    # Ages of the children under 18 in the household (kindgebonden budget).
    children_ages: list[Whole] = Field(default_factory=list, max_length=20)
    # Toeslagenwet (issue 16): the partner's year of birth (art. 3), whether a client under 21 lives
    # with a parent (art. 2 lid 3), and the other adults of 27 or older who share the home and are not
    # a commercial renter or a student (art. 2 lid 7-9). null: not known (art. 3 then assumes after 1971).
    partner_birth_year: Whole | None = Field(default=None, ge=1900, le=2100)
    lives_with_parents: YesNo = False
    kostendelers: Whole = Field(default=0, ge=0, le=20)

    @field_validator("children_ages")
    @classmethod
    def _children_are_under_18(cls, v: list[int]) -> list[int]:
        if any(not 0 <= a <= 17 for a in v):
            raise ValueError("child_age")
        return v


class Toeslagenwet(_Model):
    """What the client says about a Toeslagenwet top-up (issue 16). `receives`: true, false or null (not
    known). `disregard_start`: the month (YYYY-MM) the two-year vrijlating of work income began (TW art. 7);
    null: it starts with the work now (a new job)."""

    receives: YesNo | None = None
    disregard_start: str | None = None

    @field_validator("disregard_start")
    @classmethod
    def _start_is_a_month(cls, v: str | None) -> str | None:
        if v is not None and (not re.fullmatch(r"\d{4}-\d{2}", v) or not 1 <= int(v[5:]) <= 12):
            raise ValueError("period_format")
        return v


class Costs(_Model):
    """What the new job costs the client per month (issue 16): `work_per_month` (travel not reimbursed,
    clothes, lunch, childcare hours, the eigen risico...) and `travel_allowance_per_month`, the employer's
    travel allowance, untaxed up to the fiscal limit per km (Wet LB 1964 art. 31a; rates/work_costs.yaml).
    `travel_km_per_month`: the km travelled for work per month, if known, to check the limit; without it the
    allowance is taken as untaxed as given. Used by the comparison and the sweep, not by evaluate."""

    work_per_month: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    travel_allowance_per_month: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    travel_km_per_month: Num | None = Field(default=None, ge=0, le=100_000)


class Business(_Model):
    """An own business (zzp) beside the Wajong (issue 17). `profit_year` is the profit the client
    expects in the calendar year of `period`, before the ondernemersaftrek and the MKB-winstvrijstelling
    (what UWV counts, AIB art. 3:2 lid 1 d); a loss is negative. `hours_year`: hours in the business in
    that year (the urencriteria of Wet IB 2001 art. 3.6 and 3.78a). `started_year` (and `started_month`):
    when the business started; the profit of the start year is spread over its months with the business
    (AIB art. 4:1 lid 5). `was_entrepreneur_last_5_years`: the client was an ondernemer in EVERY one of the
    five calendar years before the year (then there is no startersaftrek, art. 3.76 lid 3, 3.78a lid 1)."""

    profit_year: Num = Field(ge=-MAX_MONEY, le=MAX_MONEY)
    hours_year: Num = Field(default=0.0, ge=0, le=8784)
    started_year: Whole | None = Field(default=None, ge=1950, le=2100)
    started_month: Whole | None = Field(default=None, ge=1, le=12)
    was_entrepreneur_last_5_years: YesNo = False


Loonheffingskorting = Literal["uwv", "employer", "both", "none"]
LHK_CHOICES: tuple[str, ...] = get_args(Loonheffingskorting)


class Situation(_Model):
    period: str
    age: Whole = Field(ge=0, le=130)
    wajong: Wajong
    jobs: list[Job] = Field(default_factory=list, max_length=10)
    other_income_month: Num = Field(default=0.0, ge=0, le=MAX_MONEY)
    household: Household = Field(default_factory=Household)
    loonheffingskorting: Loonheffingskorting = "uwv"
    toetsingsinkomen_year: Num | None = Field(default=None, ge=0, le=MAX_MONEY)
    toeslagenwet: Toeslagenwet = Field(default_factory=Toeslagenwet)
    costs: Costs = Field(default_factory=Costs)
    business: Business | None = None  # an own business (zzp) beside or instead of jobs (issue 17)

    @field_validator("period")
    @classmethod
    def _period_is_a_month(cls, v: str) -> str:
        if not is_month(v):
            raise ValueError("period_format")
        return v

    @property
    def first_day(self) -> dt.date:
        """The rates that apply are those in force on the first day of the period."""
        return dt.date(int(self.period[:4]), int(self.period[5:]), 1)


# --- the calendar (`python -m calc calendar`): the situation plus how the months run ---------


class CalendarOptions(_Model):
    start: str | None = None  # YYYY-MM; default: the situation's period
    months: Whole = Field(default=12, ge=12, le=24)
    # One entry per month: a number (one job) or a list with one number per job. Shorter than
    # `months`: repeated as a pattern. Missing: every month the jobs' hours_per_week.
    hours_per_week_by_month: list[Num | list[Num]] | None = Field(default=None, min_length=1, max_length=24)
    pay_period: Literal["month", "four_weeks"] = "month"
    wage_paid: Literal["same_month", "next_month"] = "same_month"
    lag_months: Whole | None = Field(default=None, ge=0, le=3)
    voorschot_months: Literal[3, 6] | None = None
    employer_vakantiegeld: Literal["may", "monthly"] = "may"
    new_work_at_start: YesNo = False  # the jobs with hours in the first month start then (voorschot)
    tegemoetkoming: Num | None = Field(default=None, ge=0, le=10_000)  # net, from the UWV letter
    # "What if the job stops?": the new (last) job ends after this many months of the calendar.
    job_stops_after_months: Whole | None = Field(default=None, ge=1, le=23)
    # A business (issue 17): the profit as it turns out, per calendar year (default: the estimate,
    # `business.profit_year`), and how many months after a year UWV settles its Wajong (default: rates).
    business_profit_realised: Num | None = Field(default=None, ge=-MAX_MONEY, le=MAX_MONEY)
    business_settlement_months: Whole | None = Field(default=None, ge=1, le=36)

    @field_validator("start")
    @classmethod
    def _start_is_a_month(cls, v: str | None) -> str | None:
        if v is not None and not is_month(v):
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


def field_limits(model: type[BaseModel], name: str) -> tuple[float, bool, float, bool]:
    """(lower, lower is strict, upper, upper is strict) of a numeric field, as the model declares it
    (so the batch checks a column exactly as the CLI checks the field). For a list: 0 to its length."""
    info = model.model_fields[name]
    lower, lower_strict, upper, upper_strict = -math.inf, False, math.inf, False
    for m in info.metadata:
        bound: Any
        for attr, strict in (("ge", False), ("gt", True)):
            if (bound := getattr(m, attr, None)) is not None:
                lower, lower_strict = float(bound), strict
        for attr, strict in (("le", False), ("lt", True)):
            if (bound := getattr(m, attr, None)) is not None:
                upper, upper_strict = float(bound), strict
        if (bound := getattr(m, "max_length", None)) is not None:
            lower, upper = 0.0, float(bound)
    return lower, lower_strict, upper, upper_strict


# --- the comparison (`python -m calc compare`): the situation plus other jobs to weigh -------


class CompareRequest(Situation):
    """A situation whose LAST job is the new one, plus optional variants: each a list of jobs that
    replaces the new job (any current jobs stay). Compared with "now": the same situation without the
    new job. A given `toetsingsinkomen_year` is the income of the situation as given (with the new
    job), as for `evaluate`; now and every variant carry it by their change in income."""

    variants: list[list[Job]] = Field(default_factory=list, max_length=4)
    # What is new (issue 17): "job" (the last job), "business" (the business: "now" is without it), or
    # null: the last job if there is one, else the business.
    new_work: Literal["job", "business"] | None = None

    def situation(self) -> Situation:
        return Situation.model_validate(self.model_dump(exclude={"variants", "new_work"}))


class ReportRequest(CompareRequest):
    """What the summary PDF shows: the comparison (the new job and its variants) and, when the
    calendar was shown with settings, those settings (`calendar.start` defaults to the period)."""

    calendar: CalendarOptions | None = None

    def situation(self) -> Situation:
        return Situation.model_validate(self.model_dump(exclude={"variants", "calendar", "new_work"}))

    def compare_request(self) -> CompareRequest:
        return CompareRequest.model_validate(self.model_dump(exclude={"calendar"}))

    def calendar_request(self) -> CalendarRequest:
        options = self.calendar or CalendarOptions()
        return CalendarRequest.model_validate(
            {**self.situation().model_dump(), "calendar": options.model_dump(exclude_none=True)}
        )
