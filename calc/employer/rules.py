"""What hiring a Wajonger costs the employer and what comes back, rule by rule: the wage with
loondispensatie (Wet Wajong art. 2:20), the employer's premiums (Wfsv, Zvw), the loonkostenvoordeel
(Wet tegemoetkomingen loondomein) and the no-riskpolis ziekengeld (Ziektewet art. 29b). Every amount
and percentage is in rates/employer.yaml."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import InputProblem, InvalidSituation
from calc.money import round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]

OVERRIDE_KEYS = {
    "awf": "Awf-premie: 'low' (vast contract, standaard) of 'high'",
    "aof": "Aof-premie: 'low' (kleine werkgever, standaard) of 'high'",
    "whk": "eigen Whk-premie van de werkgever, als fractie (bijv. 0.0152)",
    "extra_cost_rate": "extra werkgeverslasten (pensioen, cao) als fractie van het loon met vakantiegeld",
    "year_of_employment": "het hoeveelste jaar in dienst bij deze werkgever (1 = eerste jaar)",
    "doelgroepverklaring": "2024-2025: doelgroepverklaring binnen 3 maanden aangevraagd (true/false)",
    "in_doelgroepregister": "medewerker staat in het doelgroepregister (true/false)",
}


def employer_hourly_wage(function_wage: ArrayLike, loonwaarde: ArrayLike = 1.0) -> Array:
    """Hourly wage the employer pays: loonwaarde x functieloon (Wet Wajong art. 2:20 lid 1;
    Aanhangsel Handelingen II 2019/20, nr. 648: "loonwaarde x deeltijdfactor x functieloon").
    Without loondispensatie the loonwaarde is 1."""
    return np.asarray(function_wage, dtype=float) * np.asarray(loonwaarde, dtype=float)


def employer_premium_rate(
    awf: ArrayLike, aof: ArrayLike, wko: ArrayLike, whk: ArrayLike, zvw: ArrayLike
) -> Array:
    """Employer's premiums as one share of the SV wage: Awf + Aof + Wko-opslag + Whk (Wfsv) plus the
    Zvw werkgeversheffing (Zvw art. 42-45). Volksverzekeringen are withheld from the worker, not here."""
    return (
        np.asarray(awf, float)
        + np.asarray(aof, float)
        + np.asarray(wko, float)
        + np.asarray(whk, float)
        + np.asarray(zvw, float)
    )


def employer_cost_year(
    hourly_wage: ArrayLike,
    hours_year: ArrayLike,
    vakantiegeld: float,
    premium_rate: ArrayLike,
    max_premieloon: float,
    extra_cost_rate: ArrayLike = 0.0,
) -> Array:
    """Wage + vakantiegeld (WML art. 15) + premiums on that SV wage up to the maximumpremieloon
    (Wfsv art. 17; Zvw maximumbijdrageloon, the same amount) + optional extra costs, per year."""
    sv = np.asarray(hourly_wage, float) * (1 + vakantiegeld) * np.asarray(hours_year, float)
    return (
        sv
        + np.asarray(premium_rate, float) * np.minimum(sv, max_premieloon)
        + np.asarray(extra_cost_rate, float) * sv
    )


def loonkostenvoordeel(
    hours_year: ArrayLike, per_hour: ArrayLike, cap_year: ArrayLike, eligible: ArrayLike = True
) -> Array:
    """An LKV for one worker and one calendar year: per verloond uur, at most the yearly cap
    (Wtl art. 2.5, 2.9, 2.13, 2.17); 0 where the conditions are not met."""
    amount = np.minimum(
        np.asarray(per_hour, float) * np.asarray(hours_year, float), np.asarray(cap_year, float)
    )
    return np.where(np.asarray(eligible, bool), amount, 0.0)


def highest_loonkostenvoordeel(*candidates: ArrayLike) -> tuple[Array, NDArray[np.int64]]:
    """Only the highest LKV is paid for a worker (Wtl art. 4.1 lid 3); with equal amounts the one
    named first in the law. Candidates must be given in the order of Wtl art. 2.1. Returns the
    amount and the index of the candidate that is paid."""
    stacked = np.vstack([np.atleast_1d(np.asarray(c, float)) for c in candidates])
    return stacked.max(axis=0), stacked.argmax(axis=0)  # argmax picks the first of equal maxima


def cost_per_hour(cost_year: ArrayLike, lkv_year: ArrayLike, hours_year: ArrayLike) -> Array:
    """Employer cost per paid hour after LKV; NaN without hours."""
    h = np.asarray(hours_year, float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(
            h > 0,
            (np.asarray(cost_year, float) - np.asarray(lkv_year, float)) / np.where(h > 0, h, 1),
            np.nan,
        )


def no_riskpolis_ziekengeld_month(
    wage_month: ArrayLike, vakantiegeld: float, pct: float, max_dagloon: float, days_per_month: float
) -> Array:
    """Ziekengeld UWV pays the employer per month of illness: pct x dagloon (ZW art. 29b lid 5; on
    request 100% in the first 52 weeks, lid 6), dagloon capped at the maximum dagloon. Estimate:
    dagloon = the SV wage (with vakantiegeld) per day of 21.75 per month (docs/employer.md)."""
    dagloon = np.minimum(np.asarray(wage_month, float) * (1 + vakantiegeld) / days_per_month, max_dagloon)
    return round_cents(pct * dagloon * days_per_month)


@dataclass(frozen=True)
class EmployerRates:
    awf: Rate
    aof: Rate
    wko: Rate
    whk: Rate
    zvw: Rate
    max_premieloon: Rate
    vakantiegeld: Rate
    lkv_ba_hour: Rate
    lkv_ba_cap: Rate
    lkv_ba_conditions: Rate
    lkv_old_hour: Rate
    lkv_old_cap: Rate
    lkv_old_age: Rate
    weeks: Rate
    zw_pct: Rate
    zw_pct_request: Rate
    dagloon_days: Rate
    days_per_month: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date, awf: str, aof: str) -> EmployerRates:
        g = book.get
        return cls(
            awf=g(f"employer.awf_{awf}", day),
            aof=g(f"employer.aof_{aof}", day),
            wko=g("employer.wko_opslag", day),
            whk=g("employer.whk_default", day),
            zvw=g("employer.zvw_werkgeversheffing", day),
            max_premieloon=g("employer.max_premieloon_year", day),
            vakantiegeld=g("minimum_wage.vakantiebijslag_percentage", day),
            lkv_ba_hour=g("employer.lkv_banenafspraak_per_hour", day),
            lkv_ba_cap=g("employer.lkv_banenafspraak_cap_year", day),
            lkv_ba_conditions=g("employer.lkv_banenafspraak_conditions", day),
            lkv_old_hour=g("employer.lkv_oudere_werknemer_per_hour", day),
            lkv_old_cap=g("employer.lkv_oudere_werknemer_cap_year", day),
            lkv_old_age=g("employer.lkv_oudere_werknemer_min_age", day),
            weeks=g("employer.weeks_per_year", day),
            zw_pct=g("employer.ziekengeld_no_riskpolis", day),
            zw_pct_request=g("employer.ziekengeld_no_riskpolis_on_request", day),
            dagloon_days=g("employer.dagloon_days_per_year", day),
            days_per_month=g("wajong.days_per_month", day),
        )


def _problem(key: str, nl: str, en: str) -> InvalidSituation:
    return InvalidSituation([InputProblem(f"overrides.{key}", nl, en)])


def check_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
    o = dict(overrides or {})
    unknown = sorted(set(o) - set(OVERRIDE_KEYS))
    if unknown:
        raise _problem(
            unknown[0],
            f"onbekende instelling '{unknown[0]}'. Kies uit: {', '.join(OVERRIDE_KEYS)}.",
            f"unknown override {unknown[0]!r}.",
        )
    for key in ("awf", "aof"):
        if key in o and o[key] not in ("low", "high"):
            raise _problem(key, f"{OVERRIDE_KEYS[key]}.", f"{key} must be 'low' or 'high'.")
    for key, hi in (("whk", 0.2), ("extra_cost_rate", 1.0)):
        if key in o:
            v = o[key]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= hi or math.isnan(v):
                raise _problem(
                    key,
                    f"{OVERRIDE_KEYS[key]}; een getal van 0 tot {hi}.",
                    f"{key} must be a number from 0 to {hi}.",
                )
    if "year_of_employment" in o:
        v = o["year_of_employment"]
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 60:
            raise _problem(
                "year_of_employment",
                "jaar in dienst: een heel getal vanaf 1.",
                "year_of_employment must be a whole number from 1.",
            )
    for key in ("doelgroepverklaring", "in_doelgroepregister"):
        if key in o and not isinstance(o[key], bool):
            raise _problem(
                key, f"{OVERRIDE_KEYS[key]}: vul true of false in.", f"{key} must be true or false."
            )
    return o
