"""The situation of one client, as the CLI, the app and the batch run receive it.

Field names are a public contract (`python -m calc evaluate`): more may be added, none may
change meaning. Defaults: no job, no partner, one person, no rent, loonheffingskorting at UWV.
Checks that need the rates (a wage below the minimum for the age) live in `calc.validate`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_MONEY = 10_000_000.0  # far above any real amount; stops overflow and typos like 1e308


class _Model(BaseModel):
    # Unknown fields are refused: a misspelt field would otherwise be silently ignored.
    # NaN and Infinity (which JSON readers accept) are refused as "not a number", not compared.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Job(_Model):
    hours_per_week: float = Field(ge=0, le=60)
    hourly_wage: float = Field(gt=0, le=1000)
    loonwaarde: float | None = Field(default=None, gt=0, lt=1)


class Wajong(_Model):
    arbeidsvermogen: bool
    garantiebedrag: float | None = Field(default=None, ge=0, le=MAX_MONEY)


class Household(_Model):
    partner: bool = False
    partner_income_year: float = Field(default=0.0, ge=0, le=MAX_MONEY)
    persons: int = Field(default=1, ge=1, le=20)
    rent: float = Field(default=0.0, ge=0, le=MAX_MONEY)
    # Monthly servicekosten that count for huurtoeslag (energy for shared spaces, cleaning,
    # caretaker, shared rooms); `rent` is the kale huur without them.
    servicekosten: float = Field(default=0.0, ge=0, le=MAX_MONEY)
    assets: float = Field(default=0.0, ge=0, le=1_000_000_000)
    # Ages of the children under 18 in the household (kindgebonden budget).
    children_ages: list[int] = Field(default_factory=list, max_length=20)

    @field_validator("children_ages")
    @classmethod
    def _children_are_under_18(cls, v: list[int]) -> list[int]:
        if any(not 0 <= a <= 17 for a in v):
            raise ValueError("child_age")
        return v


Loonheffingskorting = Literal["uwv", "employer", "both", "none"]


class Situation(_Model):
    period: str
    age: int = Field(ge=0, le=130)
    wajong: Wajong
    jobs: list[Job] = Field(default_factory=list, max_length=10)
    other_income_month: float = Field(default=0.0, ge=0, le=MAX_MONEY)
    household: Household = Field(default_factory=Household)
    loonheffingskorting: Loonheffingskorting = "uwv"
    toetsingsinkomen_year: float | None = Field(default=None, ge=0, le=MAX_MONEY)

    @field_validator("period")
    @classmethod
    def _period_is_a_month(cls, v: str) -> str:
        if not re.fullmatch(r"\d{4}-\d{2}", v) or not 1 <= int(v[5:]) <= 12:
            raise ValueError("period_format")
        return v

    @property
    def first_day(self) -> dt.date:
        """The rates that apply are those in force on the first day of the period."""
        return dt.date(int(self.period[:4]), int(self.period[5:]), 1)
