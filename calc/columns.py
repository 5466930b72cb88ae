"""Situations as columns: row i of every array is one client, or one point of an hours sweep.

The rules work on these arrays, so evaluating one situation, sweeping 0-40 hours and running a
whole caseload go through the same code.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import round_cents
from calc.situation import Situation

# A month has 52/12 weeks on average: the CLI contract defines month.wage as
# weekly hours x hourly wage x 52 / 12.
WEEKS_PER_MONTH = 52 / 12

FloatArray = NDArray[np.float64]


def job_wage_month(
    hours_per_week: ArrayLike, hourly_wage: ArrayLike, loonwaarde: ArrayLike = 1.0
) -> FloatArray:
    """Gross wage the employer pays per month, without vakantiegeld, rounded to the cent.

    With loondispensatie the employer pays loonwaarde x the function wage (Wet Wajong art. 2:20;
    Kamerstukken ah-tk-20192020-648: "loonwaarde x deeltijdfactor x functieloon").
    """
    hours = np.asarray(hours_per_week, dtype=float)
    return round_cents(hours * WEEKS_PER_MONTH * np.asarray(hourly_wage) * np.asarray(loonwaarde))


@dataclass(frozen=True)
class Columns:
    """The inputs of n situations, one array per field; amounts per month unless named _year."""

    age: NDArray[np.int64]
    arbeidsvermogen: NDArray[np.bool_]
    garantiebedrag: FloatArray  # NaN where there is none
    wage_regular: FloatArray  # jobs without loondispensatie
    wage_dispensed: FloatArray  # Ia: wage of jobs with loondispensatie, as paid
    function_wage_dispensed: FloatArray  # Ia / LW: the full function wage of those jobs
    hours_per_week: FloatArray  # all jobs together
    other_income: FloatArray  # WW, ZW, WIA...: income for the Wajong (AIB 3:6), not a wage
    partner: NDArray[np.bool_]
    partner_income_year: FloatArray
    persons: NDArray[np.int64]
    rent: FloatArray  # kale huur
    servicekosten: FloatArray  # servicekosten that count for huurtoeslag
    assets: FloatArray
    children: NDArray[np.int64]  # children under 18
    children_12_15: NDArray[np.int64]
    children_16_17: NDArray[np.int64]
    loonheffingskorting: NDArray[np.str_]
    toetsingsinkomen_year: FloatArray  # NaN where not given
    # Toeslagenwet (issue 16): partner's year of birth (NaN: not known), under 21 at the parents', the
    # adults of 27+ sharing the home, and the months of the two-year vrijlating (art. 7) used before this row.
    partner_birth_year: FloatArray
    lives_with_parents: NDArray[np.bool_]
    kostendelers: NDArray[np.int64]
    tw_disregard_months_used: FloatArray
    tw_receives: FloatArray  # 1 yes, 0 no (the toeslag is then not in the month), NaN not known
    # An own business (issue 17; zeros without one): the profit of this month as the year's profit
    # spread over its months with the business (AIB art. 4:1 lid 5; negative for a loss), the year's
    # profit before the ondernemersaftrek, hours in the business, which year of the business this is
    # (1 = the start year; 0 = no business; UNKNOWN_START when the start is not given) and whether the
    # client was no ondernemer in one or more of the five previous years (Wet IB 2001 art. 3.76 lid 3).
    business_profit_month: FloatArray
    business_profit_year: FloatArray
    business_hours_year: FloatArray
    business_year: NDArray[np.int64]
    business_starter: NDArray[np.bool_]

    def __len__(self) -> int:
        return len(self.age)

    def take(self, idx: NDArray[np.int64] | slice) -> Columns:
        """The rows `idx` (an index array or a slice), every field alike."""
        return Columns(**{f: getattr(self, f)[idx] for f in COLUMN_FIELDS})

    def repeat(self, n: int) -> Columns:
        """Every row repeated n times in a row (a length-1 situation becomes n equal rows)."""
        return Columns(**{f: np.repeat(getattr(self, f), n) for f in COLUMN_FIELDS})

    @staticmethod
    def concat(parts: Sequence[Columns]) -> Columns:
        """The rows of `parts`, one after the other."""
        return Columns(**{f: np.concatenate([getattr(c, f) for c in parts]) for f in COLUMN_FIELDS})

    @property
    def wage(self) -> FloatArray:
        return self.wage_regular + self.wage_dispensed

    @property
    def loonwaarde(self) -> FloatArray:
        """Effective loonwaarde of the dispensed jobs: Ia / function wage (NaN without).

        With several dispensed jobs this single LW reproduces the law's formulas applied to each
        job and summed, because CF x Ia = (Ia - 0.3 x Ia / LW) / 0.7 is linear in Ia and Ia / LW.
        """
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(
                self.function_wage_dispensed > 0,
                self.wage_dispensed / self.function_wage_dispensed,
                np.nan,
            )

    @property
    def has_loondispensatie(self) -> NDArray[np.bool_]:
        return self.function_wage_dispensed > 0

    @property
    def has_business(self) -> NDArray[np.bool_]:
        return self.business_year > 0


COLUMN_FIELDS = tuple(f.name for f in fields(Columns))
UNKNOWN_START = 99  # business_year when the start is not given: never a starter


def business_months(year: int, started_year: int | None, started_month: int | None) -> int:
    """The months of `year` with the business: from the start month in the start year, else all 12
    (AIB art. 4:1 lid 5: "de betreffende kalendermaanden"); 0 before the start year."""
    if started_year is None or started_year < year:
        return 12
    if started_year > year:
        return 0
    return 13 - (started_month or 1)


def business_spread(s: Situation, year: int, month: int) -> tuple[int, bool]:
    """(months of `year` with the business, whether `month` is one of them)."""
    b = s.business
    if b is None:
        return 0, False
    n = business_months(year, b.started_year, b.started_month)
    return n, n > 0 and (b.started_year != year or month >= (b.started_month or 1))


def business_fields(s: Situation, year: int, month: int) -> dict[str, float | int | bool]:
    """The business columns of one situation in `year`/`month` (zeros without a business)."""
    b = s.business
    if b is None:
        return {"business_profit_month": 0.0, "business_profit_year": 0.0, "business_hours_year": 0.0,
                "business_year": 0, "business_starter": False}  # fmt: skip
    n, active = business_spread(s, year, month)
    which = UNKNOWN_START if b.started_year is None else max(year - b.started_year + 1, 0)
    return {
        "business_profit_month": b.profit_year / n if active else 0.0,
        "business_profit_year": b.profit_year if n else 0.0,
        "business_hours_year": b.hours_year,
        "business_year": which,
        "business_starter": b.started_year is not None and not b.was_entrepreneur_last_5_years and which <= 5,
    }


def group_rows(keys: Sequence[Hashable]) -> list[NDArray[np.int64]]:
    """Row indices grouped by equal key, groups in order of first appearance: rows whose rates are
    the same go through one call of a rule (the calendar's months, a caseload's periods)."""
    members: dict[Any, list[int]] = {}
    for i, k in enumerate(keys):
        members.setdefault(k, []).append(i)
    return [np.array(m, dtype=np.int64) for m in members.values()]


def columns_from_situation(s: Situation) -> Columns:
    """One situation as columns of length 1."""
    regular = sum(
        (float(job_wage_month(j.hours_per_week, j.hourly_wage)[()]) for j in s.jobs if j.loonwaarde is None),
        0.0,
    )
    dispensed = [j for j in s.jobs if j.loonwaarde is not None]
    paid = [float(job_wage_month(j.hours_per_week, j.hourly_wage, j.loonwaarde)[()]) for j in dispensed]
    ia = sum(paid, 0.0)
    # The function wage as the law reads it: Ia / LW, per job (art. 2:40 lid 3).
    fl = sum((w / (j.loonwaarde or 1.0) for w, j in zip(paid, dispensed, strict=True)), 0.0)
    h = s.household
    gb = s.wajong.garantiebedrag
    tti = s.toetsingsinkomen_year
    pby = h.partner_birth_year
    biz = business_fields(s, s.first_day.year, s.first_day.month)

    def one(x: object, dtype: type) -> NDArray:  # type: ignore[type-arg]
        return np.array([x], dtype=dtype)

    return Columns(
        age=one(s.age, np.int64),
        arbeidsvermogen=one(s.wajong.arbeidsvermogen, np.bool_),
        garantiebedrag=one(np.nan if gb is None else gb, float),
        wage_regular=one(regular, float),
        wage_dispensed=one(ia, float),
        function_wage_dispensed=one(fl, float),
        hours_per_week=one(sum(j.hours_per_week for j in s.jobs), float),
        other_income=one(s.other_income_month, float),
        partner=one(h.partner, np.bool_),
        partner_income_year=one(h.partner_income_year, float),
        persons=one(h.persons, np.int64),
        rent=one(h.rent, float),
        servicekosten=one(h.servicekosten, float),
        assets=one(h.assets, float),
        children=one(len(h.children_ages), np.int64),
        children_12_15=one(sum(12 <= a <= 15 for a in h.children_ages), np.int64),
        children_16_17=one(sum(16 <= a <= 17 for a in h.children_ages), np.int64),
        loonheffingskorting=one(s.loonheffingskorting, np.str_),
        toetsingsinkomen_year=one(np.nan if tti is None else tti, float),
        partner_birth_year=one(np.nan if pby is None else pby, float),
        lives_with_parents=one(h.lives_with_parents, np.bool_),
        kostendelers=one(h.kostendelers, np.int64),
        tw_disregard_months_used=one(disregard_months_used(s.toeslagenwet.disregard_start, s.period), float),
        tw_receives=one(np.nan if s.toeslagenwet.receives is None else float(s.toeslagenwet.receives), float),
        **{k: one(v, {bool: np.bool_, int: np.int64}.get(type(v), float)) for k, v in biz.items()},
    )


def disregard_months_used(start: str | None, period: str) -> float:
    """Months of the Toeslagenwet vrijlating (art. 7) used before `period`: from `start` (YYYY-MM) to the
    period; 0 when it starts now (null) or later."""
    if start is None:
        return 0.0
    months = (int(period[:4]) - int(start[:4])) * 12 + int(period[5:]) - int(start[5:])
    return float(max(months, 0))


def sweep_hours(s: Situation, hours: ArrayLike, job_index: int = 0) -> Columns:
    """The situation repeated once per value of `hours`, with job `job_index` at those hours.

    Without a job in the situation there is nothing to sweep: the caller adds one first.
    """
    hours = np.asarray(hours, dtype=float)
    n = len(hours)
    base = columns_from_situation(
        s.model_copy(update={"jobs": [j for k, j in enumerate(s.jobs) if k != job_index]})
    )
    job = s.jobs[job_index]
    lw = 1.0 if job.loonwaarde is None else job.loonwaarde
    wage = job_wage_month(hours, job.hourly_wage, lw)
    cols = base.repeat(n)
    if job.loonwaarde is None:
        return replace(
            cols, wage_regular=cols.wage_regular + wage, hours_per_week=cols.hours_per_week + hours
        )
    return replace(
        cols,
        wage_dispensed=cols.wage_dispensed + wage,
        function_wage_dispensed=cols.function_wage_dispensed + wage / lw,
        hours_per_week=cols.hours_per_week + hours,
    )


def sweep_profit(s: Situation, profits: ArrayLike) -> Columns:
    """The situation repeated once per value of `profits` (the business's profit of the year, before the
    ondernemersaftrek), spread over the months with the business as for one situation."""
    profits = np.asarray(profits, dtype=float)
    cols = columns_from_situation(s).repeat(len(profits))
    n, active = business_spread(s, s.first_day.year, s.first_day.month)
    return replace(
        cols,
        business_profit_year=profits if n else np.zeros(len(profits)),
        business_profit_month=profits / n if active else np.zeros(len(profits)),
    )
