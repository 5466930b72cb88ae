"""The employer panel: what hiring this Wajonger costs the employer, and what comes back.

Per job of the situation, three ways of filling the same hours at the same function wage:
(a) a regular worker, (b) this Wajonger without loondispensatie, (c) this Wajonger with
loondispensatie. Each costs the employer the wage, vakantiegeld and the employer's premiums
(werknemersverzekeringen and Zvw werkgeversheffing), minus the loonkostenvoordeel (LKV) for
(b) and (c). The Wajong side of (b) and (c) comes from `calc.benefit.compute_wajong`, so the
panel shows both sides of one job. All amounts and percentages are in rates/employer.yaml;
the percentages that differ per employer (Awf, Aof, Whk) are documented defaults the user can
override. See docs/employer.md.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.benefit import WajongOutcome, compute_wajong
from calc.columns import WEEKS_PER_MONTH, Columns, columns_from_situation
from calc.employer import texts
from calc.employer.rules import (
    EmployerRates,
    check_overrides,
    cost_per_hour,
    employer_cost_year,
    employer_hourly_wage,
    employer_premium_rate,
    highest_loonkostenvoordeel,
    loonkostenvoordeel,
    no_riskpolis_ziekengeld_month,
)
from calc.explain import Notice, Step
from calc.money import round_cents
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.situation import Situation
from calc.validate import check_situation
from calc.wajong_texts import explain_wajong

Array = NDArray[np.float64]


def employer_panel(
    situation: Situation, book: RateBook | None = None, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The employer panel for one situation as plain data (JSON-ready). Raises InvalidSituation.

    `provisional` lists the amounts used that are not yet official (calc.provisional)."""
    book = book or load_rates()
    with recording() as used:
        result = _employer_panel(situation, book, overrides)
    result["provisional"] = provisional_list(used.values())
    return result


@dataclass(frozen=True)
class Settings:
    """The employer's rates and choices, and whether each LKV's conditions are met."""

    r: EmployerRates
    overrides: dict[str, Any]
    whk: float
    extra: float
    rate: float  # all employer premiums as one share of the SV wage
    vg: float
    weeks: float
    year: int
    year_of_employment: int
    in_register: bool
    verklaring: bool
    ba_ok: bool  # LKV doelgroep banenafspraak (Wtl art. 2.10-2.12)
    old_ok: bool  # LKV oudere werknemer (Wtl art. 2.2-2.4)


@dataclass(frozen=True)
class JobFigures:
    """The employer's side of every job, one entry per job."""

    hours: Array
    fl: Array  # function wage per hour
    has_lw: NDArray[np.bool_]
    lw: Array  # NaN without loondispensatie
    hours_year: Array
    wage_ld: Array  # the hourly wage the employer pays (loonwaarde x function wage)
    cost_full: Array
    cost_ld: Array
    lkv_ba: Array
    lkv_old: Array
    lkv: Array
    lkv_kind: NDArray[np.str_]
    per_hour_regular: Array
    per_hour_wajonger: Array
    per_hour_ld: Array


def _settings(s: Situation, book: RateBook, overrides: dict[str, Any] | None) -> Settings:
    o = check_overrides(overrides)
    day = s.first_day
    r = EmployerRates.on(book, day, o.get("awf", "low"), o.get("aof", "low"))
    whk = float(o.get("whk", r.whk.value))
    year_of_employment = int(o.get("year_of_employment", 1))
    in_register = bool(o.get("in_doelgroepregister", True))
    verklaring = bool(o.get("doelgroepverklaring", True))
    cond = r.lkv_ba_conditions.value
    if cond["max_years"] is None:  # 2026: in the doelgroepregister, for as long as the job lasts
        ba_ok, old_ok = in_register, False
    else:  # 2024-2025: Wajong before the start, doelgroepverklaring within 3 months, at most 3 years
        within = year_of_employment <= cond["max_years"]
        ba_ok = verklaring and within
        old_ok = verklaring and within and s.age >= r.lkv_old_age.value
    return Settings(
        r=r,
        overrides=o,
        whk=whk,
        extra=float(o.get("extra_cost_rate", 0.0)),
        rate=float(employer_premium_rate(r.awf.value, r.aof.value, r.wko.value, whk, r.zvw.value)),
        vg=float(r.vakantiegeld.value),
        weeks=float(r.weeks.value),
        year=day.year,
        year_of_employment=year_of_employment,
        in_register=in_register,
        verklaring=verklaring,
        ba_ok=ba_ok,
        old_ok=old_ok,
    )


def _job_figures(s: Situation, st: Settings) -> JobFigures:
    """Cost per year and per hour of each job for the three ways, and the LKV (only the highest)."""
    r = st.r
    hours = np.array([j.hours_per_week for j in s.jobs], float)
    fl = np.array([j.hourly_wage for j in s.jobs], float)
    has_lw = np.array([j.loonwaarde is not None for j in s.jobs])
    lw = np.array([j.loonwaarde if j.loonwaarde is not None else np.nan for j in s.jobs], float)
    hours_year = hours * st.weeks
    maxp = float(r.max_premieloon.value)
    wage_full = employer_hourly_wage(fl)
    wage_ld = employer_hourly_wage(fl, np.where(has_lw, lw, 1.0))
    cost_full = employer_cost_year(wage_full, hours_year, st.vg, st.rate, maxp, st.extra)
    cost_ld = employer_cost_year(wage_ld, hours_year, st.vg, st.rate, maxp, st.extra)
    lkv_ba = loonkostenvoordeel(hours_year, r.lkv_ba_hour.value, r.lkv_ba_cap.value, st.ba_ok)
    lkv_old = loonkostenvoordeel(hours_year, r.lkv_old_hour.value, r.lkv_old_cap.value, st.old_ok)
    # Wtl art. 2.1 names the oudere werknemer (a) before the banenafspraak (c).
    lkv, which = highest_loonkostenvoordeel(lkv_old, lkv_ba)
    lkv_kind = np.where(lkv > 0, np.where(which == 0, "oudere_werknemer", "doelgroep_banenafspraak"), "none")
    return JobFigures(
        hours, fl, has_lw, lw, hours_year, wage_ld, cost_full, cost_ld, lkv_ba, lkv_old, lkv, lkv_kind,
        cost_per_hour(cost_full, 0.0, hours_year),
        cost_per_hour(cost_full, lkv, hours_year),
        np.where(has_lw, cost_per_hour(cost_ld, lkv, hours_year), np.nan),
    )  # fmt: skip


def _wajong_side(s: Situation, book: RateBook) -> WajongOutcome:
    """Job k without (row 2k) and with (row 2k + 1) loondispensatie, the other jobs as given."""
    variants: list[Columns] = []
    for k, job in enumerate(s.jobs):
        others = [j for i, j in enumerate(s.jobs) if i != k]
        no_ld = s.model_copy(update={"jobs": [*others, job.model_copy(update={"loonwaarde": None})]})
        variants.append(columns_from_situation(no_ld))
        variants.append(columns_from_situation(s.model_copy(update={"jobs": [*others, job]})))
    return compute_wajong(Columns.concat(variants), book, s.first_day)


def _employer_panel(situation: Situation, book: RateBook, overrides: dict[str, Any] | None) -> dict[str, Any]:
    check_situation(situation, book)
    s = situation
    st = _settings(s, book, overrides)
    # Wtl art. 6.2a: a job started before 2024 keeps the amount of the 2024 text.
    old_hour_2024 = float(book.value("employer.lkv_oudere_werknemer_per_hour", dt.date(2024, 1, 1)))
    notices: list[Notice] = texts.situation_notices(st, s.age, s.wajong.arbeidsvermogen, old_hour_2024)
    steps: list[Step] = [texts.premium_step(st)]
    jobs_out: list[dict[str, Any]] = []
    if s.jobs:
        f = _job_figures(s, st)
        outcome = _wajong_side(s, book)
        for k, job in enumerate(s.jobs):
            jobs_out.append(_job_out(k, f, outcome, st))
            steps += texts.job_steps(k, job, f, st)
            if f.has_lw[k]:
                steps += [
                    Step(**{**x.__dict__, "rule": f"job{k}.{x.rule}"})
                    for x in explain_wajong(outcome, 2 * k + 1)
                    if x.rule in ("offset_loondispensatie", "offset_earnings")
                ]
                if not s.wajong.arbeidsvermogen:
                    notices.append(texts.LOONDISPENSATIE_DGA)
    else:
        notices.append(texts.NO_JOB)
    steps.append(texts.no_riskpolis_step(st.r))
    return _result(s, book, st, jobs_out, notices, steps)


def _result(
    s: Situation, book: RateBook, st: Settings, jobs_out: list[dict[str, Any]], notices: list[Notice],
    steps: list[Step],
) -> dict[str, Any]:  # fmt: skip
    o = st.overrides
    first = next((j for j in jobs_out if j["loonwaarde"] is not None), jobs_out[0] if jobs_out else None)
    return {
        "period": s.period,
        "rates_as_of": book.latest_start(s.first_day).isoformat(),
        "settings": {
            "awf": o.get("awf", "low"),
            "aof": o.get("aof", "low"),
            "whk": st.whk,
            "whk_is_default": "whk" not in o,
            "extra_cost_rate": st.extra,
            "premium_rate": round(st.rate, 6),
            "vakantiegeld": st.vg,
            "year_of_employment": st.year_of_employment,
            "doelgroepverklaring": st.verklaring,
            "in_doelgroepregister": st.in_register,
        },
        "jobs": jobs_out,
        "lkv_conditions": texts.lkv_conditions(st.r, st.year),
        "no_riskpolis": texts.no_riskpolis(st.r),
        "notes": texts.notes(),
        "sentence_nl": first["sentence"]["nl"] if first else "",
        "sentence_en": first["sentence"]["en"] if first else "",
        "warnings": [n.to_dict() for n in notices],
        "explanation": [x.to_dict() for x in steps],
    }


def _num(x: Any, cents: bool = True) -> float | None:
    v = float(np.asarray(x).reshape(-1)[0])
    if math.isnan(v):
        return None
    return float(round_cents(v)) if cents else round(v, 6)


def _per_month(per_hour: float, hours_per_week: float) -> float | None:
    """Cost per month = cost per hour x hours per week x 52/12 (the CLI's month)."""
    if math.isnan(per_hour):
        return None
    return float(round_cents(per_hour * hours_per_week * WEEKS_PER_MONTH))


def _job_out(k: int, f: JobFigures, outcome: WajongOutcome, st: Settings) -> dict[str, Any]:
    """Job k in the CLI contract's shape: wages, the Wajong beside it, the cost, the LKV, ziekengeld."""
    r, hours, b, c = st.r, f.hours, 2 * k, 2 * k + 1
    wage_month_ld = float(round_cents(hours[k] * WEEKS_PER_MONTH * f.wage_ld[k]))
    gross = outcome.cols.wage + outcome.cols.other_income + outcome.wajong
    days_pm = float(r.days_per_month.value)
    max_dagloon = float(r.max_premieloon.value) / float(r.dagloon_days.value)
    zw_low = no_riskpolis_ziekengeld_month(wage_month_ld, st.vg, r.zw_pct.value, max_dagloon, days_pm)
    zw_high = np.minimum(
        no_riskpolis_ziekengeld_month(wage_month_ld, st.vg, r.zw_pct_request.value, max_dagloon, days_pm),
        round_cents(wage_month_ld * (1 + st.vg)),
    )
    has_lw = bool(f.has_lw[k])

    def cost(per_hour: float) -> dict[str, float | None]:
        return {"per_hour": _num(per_hour), "per_month": _per_month(per_hour, hours[k])}

    return {
        "index": k,
        "hours_per_week": float(hours[k]),
        "function_wage_per_hour": float(f.fl[k]),
        "loonwaarde": None if not has_lw else float(f.lw[k]),
        "employer_wage_per_hour": _num(f.wage_ld[k]),
        "employer_wage_month": wage_month_ld,
        "function_wage_month": float(round_cents(hours[k] * WEEKS_PER_MONTH * f.fl[k])),
        "wajong_month": {
            "without_loondispensatie": _num(outcome.wajong[b]),
            "with_loondispensatie": _num(outcome.wajong[c]) if has_lw else None,
        },
        "wajonger_gross_month": {
            "without_loondispensatie": _num(gross[b]),
            "with_loondispensatie": _num(gross[c]) if has_lw else None,
        },
        "cost": {
            "regular": cost(f.per_hour_regular[k]),
            "without_loondispensatie": cost(f.per_hour_wajonger[k]),
            "with_loondispensatie": cost(f.per_hour_ld[k]) if has_lw else None,
        },
        "lkv": {
            "kind": str(f.lkv_kind[k]),
            "year": _num(f.lkv[k]),
            "per_month": _num(f.lkv[k] / 12),
            "per_hour": _num(f.lkv[k] / f.hours_year[k]) if f.hours_year[k] > 0 else None,
            "doelgroep_banenafspraak_year": _num(f.lkv_ba[k]),
            "oudere_werknemer_year": _num(f.lkv_old[k]),
            "paid_in_year": st.year + 1,
        },
        "no_riskpolis_ziekengeld_month": {
            "standard": _num(zw_low),
            "on_request_first_52_weeks": _num(zw_high),
        },
        "sentence": texts.job_sentence(f, k),
    }
