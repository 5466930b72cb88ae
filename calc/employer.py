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
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import compute_wajong, explain_wajong
from calc.columns import WEEKS_PER_MONTH, Columns, columns_from_situation
from calc.errors import InputProblem, InvalidSituation
from calc.explain import LawSource, Step
from calc.money import eur, round_cents
from calc.provisional import provisional_list
from calc.rates import Rate, RateBook, load_rates, recording
from calc.situation import Situation
from calc.validate import check_situation

Array = NDArray[np.float64]

WTL_2024 = "https://wetten.overheid.nl/BWBR0037522/2024-01-01"
WTL_2026 = "https://wetten.overheid.nl/BWBR0037522/2026-01-01"
WTL_2_13 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.13 (LKV doelgroep banenafspraak)", f"{WTL_2026}#Artikel2.13"
)
WTL_2_10_2024 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.10-2.12 (tekst 2024-2025: doelgroepverklaring, 3 jaar)",
    f"{WTL_2024}#Artikel2.10",
)
WTL_2_10_2026 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.10 en 2.12 (tekst 2026: doelgroepregister)",
    f"{WTL_2026}#Artikel2.10",
)
WTL_2_5 = LawSource(
    "Wet tegemoetkomingen loondomein art. 2.2 en 2.5 (LKV oudere werknemer)", f"{WTL_2024}#Artikel2.5"
)
WTL_4_1 = LawSource(
    "Wet tegemoetkomingen loondomein art. 4.1 lid 3 (alleen het hoogste LKV) en 4.1-4.4 (uitbetaling het "
    "jaar erna)",
    f"{WTL_2026}#Artikel4.1",
)
WAJONG_2_20 = LawSource(
    "Wet Wajong art. 2:20 (loondispensatie)", "https://wetten.overheid.nl/BWBR0008657/2025-01-01#Artikel220"
)
KAMERVRAAG_2019 = LawSource(
    "Aanhangsel Handelingen II 2019/20, nr. 648: inkomen uit arbeid = loonwaarde x deeltijdfactor x "
    "functieloon",
    "https://zoek.officielebekendmakingen.nl/ah-tk-20192020-648.html",
)
ZW_29B = LawSource(
    "Ziektewet art. 29b (no-riskpolis)", "https://wetten.overheid.nl/BWBR0001888/2025-01-01#Artikel29b"
)
UWV_NO_RISK_DURATION = LawSource(
    "UWV: hoelang geldt de no-riskpolis",
    "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/"
    "looncompensatie-bij-ziekte/hoelang-geldt-de-no-riskpolis",
)
UWV_NO_RISK_PREMIUM = LawSource(
    "Rendement: no-riskpolis'ers tellen niet mee voor de gedifferentieerde Whk-premie (secundair)",
    "https://www.rendement.nl/salarisadministratie/no-riskpolis",
)
WML_15 = LawSource(
    "Wet minimumloon en minimumvakantiebijslag art. 15 (vakantiebijslag 8%)",
    "https://wetten.overheid.nl/BWBR0002638/2024-01-01#HoofdstukIII_Artikel15",
)

OVERRIDE_KEYS = {
    "awf": "Awf-premie: 'low' (vast contract, standaard) of 'high'",
    "aof": "Aof-premie: 'low' (kleine werkgever, standaard) of 'high'",
    "whk": "eigen Whk-premie van de werkgever, als fractie (bijv. 0.0152)",
    "extra_cost_rate": "extra werkgeverslasten (pensioen, cao) als fractie van het loon met vakantiegeld",
    "year_of_employment": "het hoeveelste jaar in dienst bij deze werkgever (1 = eerste jaar)",
    "doelgroepverklaring": "2024-2025: doelgroepverklaring binnen 3 maanden aangevraagd (true/false)",
    "in_doelgroepregister": "medewerker staat in het doelgroepregister (true/false)",
}


# --- Rules --------------------------------------------------------------------------------------


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


# --- Orchestration -------------------------------------------------------------------------------


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


def _check_overrides(overrides: dict[str, Any] | None) -> dict[str, Any]:
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


def _stack(cols: list[Columns]) -> Columns:
    return Columns(**{f.name: np.concatenate([getattr(c, f.name) for c in cols]) for f in fields(Columns)})


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


def _pct(x: float) -> str:
    return f"{x * 100:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def _links() -> list[dict[str, Any]]:
    """Plain notes on instruments without an amount we can compute (reference: docs/employer.md)."""
    return [
        {
            "topic": "jobcoach",
            "nl": (
                "Jobcoach: een jobcoach helpt de medewerker bij het werk. UWV betaalt een erkende "
                "jobcoachorganisatie "
                "(externe jobcoach) of geeft de werkgever subsidie (interne jobcoach). Vraag het aan bij "
                "UWV, samen met "
                "de medewerker. Het bedrag hangt af van de situatie."
            ),
            "en": (
                "Job coach: UWV pays a recognised job coach organisation (external) or gives the employer a "
                "subsidy "
                "(internal coach). Apply to UWV together with the employee; the amount depends on the case."
            ),
            "links": [
                "https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/jobcoach",
                "https://wetten.overheid.nl/BWBR0008657/2025-01-01#Artikel222",
            ],
        },
        {
            "topic": "werkplekaanpassingen",
            "nl": (
                "Werkplekaanpassingen en hulpmiddelen: UWV kan aanpassingen en hulpmiddelen voor de "
                "werkplek vergoeden. "
                "Vraag dit aan voordat u iets koopt. Het bedrag hangt af van wat nodig is."
            ),
            "en": (
                "Workplace adjustments and aids: UWV can pay for them. Apply before buying; the amount "
                "depends "
                "on what is needed."
            ),
            "links": [
                "https://wetten.overheid.nl/BWBR0008657/2025-01-01#Artikel222",
                "https://wetten.overheid.nl/BWBR0046028/2021-12-16",
            ],
        },
        {
            "topic": "proefplaatsing",
            "nl": (
                "Proefplaatsing: de medewerker werkt eerst op proef, meestal 2 maanden en hooguit 6 "
                "maanden, met "
                "toestemming van UWV. U betaalt dan geen loon; de Wajong loopt door. U moet een "
                "aansprakelijkheidsverzekering hebben en van plan zijn daarna een contract van minstens 6 "
                "maanden te geven."
            ),
            "en": (
                "Trial placement: with UWV's permission the person works on trial, usually 2 and at most 6 "
                "months, "
                "unpaid; the Wajong continues. You need liability insurance and must intend to offer a "
                "contract of "
                "at least 6 months afterwards."
            ),
            "links": [
                "https://wetten.overheid.nl/BWBR0008657/2025-01-01#Artikel224",
                "https://zoek.officielebekendmakingen.nl/stcrt-2012-25702.html",
            ],
        },
    ]


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


def _employer_panel(situation: Situation, book: RateBook, overrides: dict[str, Any] | None) -> dict[str, Any]:
    check_situation(situation, book)
    o = _check_overrides(overrides)
    s = situation
    day = s.first_day
    year = day.year
    r = EmployerRates.on(book, day, o.get("awf", "low"), o.get("aof", "low"))
    whk = float(o.get("whk", r.whk.value))
    extra = float(o.get("extra_cost_rate", 0.0))
    rate = float(employer_premium_rate(r.awf.value, r.aof.value, r.wko.value, whk, r.zvw.value))
    vg = float(r.vakantiegeld.value)
    weeks = float(r.weeks.value)
    cond = r.lkv_ba_conditions.value
    year_of_employment = int(o.get("year_of_employment", 1))
    in_register = bool(o.get("in_doelgroepregister", True))
    verklaring = bool(o.get("doelgroepverklaring", True))
    warnings: list[dict[str, str]] = []

    # Eligibility for the LKV doelgroep banenafspraak (Wtl art. 2.10-2.12) and oudere werknemer (2.2-2.4).
    if cond["max_years"] is None:  # 2026: in the doelgroepregister, for as long as the job lasts
        ba_ok = in_register
        old_ok = False
    else:  # 2024-2025: Wajong before the start, doelgroepverklaring within 3 months, at most 3 years
        within = year_of_employment <= cond["max_years"]
        ba_ok = verklaring and within
        old_ok = verklaring and within and s.age >= r.lkv_old_age.value
    if not s.wajong.arbeidsvermogen and year >= 2026:
        warnings.append(
            {
                "code": "doelgroepregister_dga",
                "nl": "Wajongers zonder arbeidsvermogen die werken, staan pas vanaf maart 2026 in het "
                "doelgroepregister. Controleer dit.",
                "en": "Working Wajongers without work capacity enter the doelgroepregister only from March "
                "2026; check this.",
            }
        )
    if year == 2025 and s.age >= r.lkv_old_age.value and year_of_employment >= 3:
        warnings.append(
            {
                "code": "lkv_oudere_overgangsrecht",
                "nl": "Baan begonnen vóór 2024: voor het LKV oudere werknemer geldt overgangsrecht (€ 3,05 "
                "per uur). Dat rekenen we niet uit.",
                "en": "Job started before 2024: transitional law for the LKV oudere werknemer applies "
                "(€3.05/h); not computed.",
            }
        )

    steps: list[Step] = [
        Step(
            rule="employer_premium_rate",
            text_nl=(
                f"Werkgeverslasten: Awf {_pct(r.awf.value)} + Aof {_pct(r.aof.value)} + kinderopvang "
                f"{_pct(r.wko.value)} "
                f"+ Whk {_pct(whk)} + Zvw {_pct(r.zvw.value)} = {_pct(rate)} van het loon met {_pct(vg)} "
                "vakantiegeld. "
                "Awf, Aof en Whk verschillen per werkgever: dit zijn standaardwaarden die u kunt aanpassen."
            ),
            text_en=(
                f"Employer charges: Awf {_pct(r.awf.value)} + Aof {_pct(r.aof.value)} + childcare "
                f"{_pct(r.wko.value)} "
                f"+ Whk {_pct(whk)} + Zvw {_pct(r.zvw.value)} = {_pct(rate)} of the wage incl. {_pct(vg)} "
                "holiday pay. "
                "Awf, Aof and Whk differ per employer: these are defaults you can change."
            ),
            amount=rate,
            unit="fraction",
            inputs={
                "awf": o.get("awf", "low"),
                "aof": o.get("aof", "low"),
                "whk": whk,
                "extra_cost_rate": extra,
            },
            rates=(r.awf, r.aof, r.wko, r.whk, r.zvw, r.max_premieloon, r.vakantiegeld),
            law=(WML_15,),
        )
    ]

    jobs_out: list[dict[str, Any]] = []
    n = len(s.jobs)
    if n:
        hours = np.array([j.hours_per_week for j in s.jobs], float)
        fl = np.array([j.hourly_wage for j in s.jobs], float)
        has_lw = np.array([j.loonwaarde is not None for j in s.jobs])
        lw = np.array([j.loonwaarde if j.loonwaarde is not None else np.nan for j in s.jobs], float)
        hours_year = hours * weeks
        maxp = float(r.max_premieloon.value)

        wage_full = employer_hourly_wage(fl)
        wage_ld = employer_hourly_wage(fl, np.where(has_lw, lw, 1.0))
        cost_full = employer_cost_year(wage_full, hours_year, vg, rate, maxp, extra)
        cost_ld = employer_cost_year(wage_ld, hours_year, vg, rate, maxp, extra)

        lkv_ba = loonkostenvoordeel(hours_year, r.lkv_ba_hour.value, r.lkv_ba_cap.value, ba_ok)
        lkv_old = loonkostenvoordeel(hours_year, r.lkv_old_hour.value, r.lkv_old_cap.value, old_ok)
        # Wtl art. 2.1 names the oudere werknemer (a) before the banenafspraak (c).
        lkv, which = highest_loonkostenvoordeel(lkv_old, lkv_ba)
        lkv_kind = np.where(
            lkv > 0, np.where(which == 0, "oudere_werknemer", "doelgroep_banenafspraak"), "none"
        )

        per_hour_regular = cost_per_hour(cost_full, 0.0, hours_year)
        per_hour_wajonger = cost_per_hour(cost_full, lkv, hours_year)
        per_hour_ld = np.where(has_lw, cost_per_hour(cost_ld, lkv, hours_year), np.nan)

        # The Wajong side: job k without and with loondispensatie, the other jobs as given (samenloop).
        variants: list[Columns] = []
        for k, job in enumerate(s.jobs):
            others = [j for i, j in enumerate(s.jobs) if i != k]
            no_ld = s.model_copy(update={"jobs": [*others, job.model_copy(update={"loonwaarde": None})]})
            variants.append(columns_from_situation(no_ld))
            variants.append(columns_from_situation(s.model_copy(update={"jobs": [*others, job]})))
        outcome = compute_wajong(_stack(variants), book, day)
        cols = outcome.cols
        gross = cols.wage + cols.other_income + outcome.wajong
        days_pm = float(r.days_per_month.value)
        max_dagloon = maxp / float(r.dagloon_days.value)

        for k, job in enumerate(s.jobs):
            b, c = 2 * k, 2 * k + 1
            wage_month_ld = float(round_cents(hours[k] * WEEKS_PER_MONTH * wage_ld[k]))
            scen = {
                "regular": {
                    "per_hour": _num(per_hour_regular[k]),
                    "per_month": _per_month(per_hour_regular[k], hours[k]),
                },
                "without_loondispensatie": {
                    "per_hour": _num(per_hour_wajonger[k]),
                    "per_month": _per_month(per_hour_wajonger[k], hours[k]),
                },
                "with_loondispensatie": (
                    {"per_hour": _num(per_hour_ld[k]), "per_month": _per_month(per_hour_ld[k], hours[k])}
                    if has_lw[k]
                    else None
                ),
            }
            zw_low = no_riskpolis_ziekengeld_month(wage_month_ld, vg, r.zw_pct.value, max_dagloon, days_pm)
            zw_high = np.minimum(
                no_riskpolis_ziekengeld_month(
                    wage_month_ld, vg, r.zw_pct_request.value, max_dagloon, days_pm
                ),
                round_cents(wage_month_ld * (1 + vg)),
            )
            a_h, b_h, c_h = per_hour_regular[k], per_hour_wajonger[k], per_hour_ld[k]
            if has_lw[k] and not math.isnan(c_h):
                nl = (
                    f"Met loondispensatie (loonwaarde {lw[k]:.0%}) kost deze medewerker u {eur(c_h)} "
                    f"per uur in plaats van {eur(a_h)}."
                )
                en = (
                    f"With loondispensatie (loonwaarde {lw[k]:.0%}) this employee costs you {eur(c_h, 'en')} "
                    f"per hour instead of {eur(a_h, 'en')}."
                )
            elif not math.isnan(b_h):
                nl = (
                    f"Deze medewerker kost u {eur(b_h)} per uur na loonkostenvoordeel, "
                    f"in plaats van {eur(a_h)}."
                )
                en = (
                    f"This employee costs you {eur(b_h, 'en')} per hour after the loonkostenvoordeel, "
                    f"instead of {eur(a_h, 'en')}."
                )
            else:
                nl, en = "Deze baan heeft 0 uur per week.", "This job has 0 hours per week."
            jobs_out.append(
                {
                    "index": k,
                    "hours_per_week": float(hours[k]),
                    "function_wage_per_hour": float(fl[k]),
                    "loonwaarde": None if not has_lw[k] else float(lw[k]),
                    "employer_wage_per_hour": _num(wage_ld[k]),
                    "employer_wage_month": wage_month_ld,
                    "function_wage_month": float(round_cents(hours[k] * WEEKS_PER_MONTH * fl[k])),
                    "wajong_month": {
                        "without_loondispensatie": _num(outcome.wajong[b]),
                        "with_loondispensatie": _num(outcome.wajong[c]) if has_lw[k] else None,
                    },
                    "wajonger_gross_month": {
                        "without_loondispensatie": _num(gross[b]),
                        "with_loondispensatie": _num(gross[c]) if has_lw[k] else None,
                    },
                    "cost": scen,
                    "lkv": {
                        "kind": str(lkv_kind[k]),
                        "year": _num(lkv[k]),
                        "per_month": _num(lkv[k] / 12),
                        "per_hour": _num(lkv[k] / hours_year[k]) if hours_year[k] > 0 else None,
                        "doelgroep_banenafspraak_year": _num(lkv_ba[k]),
                        "oudere_werknemer_year": _num(lkv_old[k]),
                        "paid_in_year": year + 1,
                    },
                    "no_riskpolis_ziekengeld_month": {
                        "standard": _num(zw_low),
                        "on_request_first_52_weeks": _num(zw_high),
                    },
                    "sentence": {"nl": nl, "en": en},
                }
            )
            steps += _job_steps(
                k,
                job,
                r,
                rate,
                vg,
                extra,
                hours_year[k],
                wage_ld[k],
                cost_full[k],
                cost_ld[k],
                lkv_ba[k],
                lkv_old[k],
                lkv[k],
                str(lkv_kind[k]),
                a_h,
                b_h,
                c_h,
                bool(has_lw[k]),
                year,
            )
            if has_lw[k]:
                steps += [
                    Step(**{**st.__dict__, "rule": f"job{k}.{st.rule}"})
                    for st in explain_wajong(outcome, c)
                    if st.rule in ("offset_loondispensatie", "offset_earnings")
                ]
                if not s.wajong.arbeidsvermogen:
                    warnings.append(
                        {
                            "code": "loondispensatie_dga",
                            "nl": "Loondispensatie is er voor Wajongers met arbeidsvermogen. Zonder "
                            "arbeidsvermogen kan het alleen in het experiment van UWV.",
                            "en": "Loondispensatie is for Wajongers with work capacity; without it only in "
                            "UWV's experiment.",
                        }
                    )
    else:
        warnings.append(
            {"code": "no_job", "nl": "Er is nog geen baan ingevuld.", "en": "No job has been entered."}
        )

    steps.append(
        Step(
            rule="no_riskpolis",
            text_nl=(
                "No-riskpolis: is de medewerker ziek, dan krijgt u van UWV ziekengeld: "
                f"{_pct(r.zw_pct.value)} van het dagloon, "
                f"of op uw verzoek {_pct(r.zw_pct_request.value)} in de eerste 52 weken (niet meer dan het "
                "loon). Dit geldt zolang "
                "de medewerker Wajong heeft of had. U betaalt hierdoor geen hogere premie."
            ),
            text_en=(
                "No-riskpolis: if the employee is ill, UWV pays you sickness benefit of "
                f"{_pct(r.zw_pct.value)} of the daily wage, "
                f"or on request {_pct(r.zw_pct_request.value)} in the first 52 weeks (not more than the "
                "wage), for as long as "
                "the employee has or had Wajong. Your premium does not go up."
            ),
            amount=None,
            unit="note",
            rates=(r.zw_pct, r.zw_pct_request, r.max_premieloon, r.dagloon_days),
            law=(ZW_29B, UWV_NO_RISK_DURATION, UWV_NO_RISK_PREMIUM),
        )
    )
    first = next((j for j in jobs_out if j["loonwaarde"] is not None), jobs_out[0] if jobs_out else None)
    return {
        "period": s.period,
        "rates_as_of": book.latest_start(day).isoformat(),
        "settings": {
            "awf": o.get("awf", "low"),
            "aof": o.get("aof", "low"),
            "whk": whk,
            "whk_is_default": "whk" not in o,
            "extra_cost_rate": extra,
            "premium_rate": round(rate, 6),
            "vakantiegeld": vg,
            "year_of_employment": year_of_employment,
            "doelgroepverklaring": verklaring,
            "in_doelgroepregister": in_register,
        },
        "jobs": jobs_out,
        "lkv_conditions": _lkv_conditions(r, year),
        "no_riskpolis": {
            "percentage": r.zw_pct.value,
            "percentage_on_request_first_52_weeks": r.zw_pct_request.value,
            "premium_penalty": False,
            "nl": (
                "Is de medewerker ziek? Meld dit binnen 6 weken bij UWV en geef aan dat de no-riskpolis "
                "geldt. "
                "UWV betaalt u dan ziekengeld. Uw premie gaat hierdoor niet omhoog."
            ),
            "en": (
                "If the employee is ill, report it to UWV within 6 weeks and state that the no-riskpolis "
                "applies. "
                "UWV pays you sickness benefit; your premium does not go up."
            ),
            "sources": [ZW_29B.citation(), UWV_NO_RISK_DURATION.citation(), UWV_NO_RISK_PREMIUM.citation()],
        },
        "notes": _links(),
        "sentence_nl": first["sentence"]["nl"] if first else "",
        "sentence_en": first["sentence"]["en"] if first else "",
        "warnings": warnings,
        "explanation": [st.to_dict() for st in steps],
    }


def _lkv_conditions(r: EmployerRates, year: int) -> dict[str, Any]:
    cond = r.lkv_ba_conditions.value
    if cond["max_years"] is None:
        nl = (
            f"LKV doelgroep banenafspraak: {eur(r.lkv_ba_hour.value)} per verloond uur, hooguit "
            f"{eur(r.lkv_ba_cap.value)} per jaar. "
            "Zolang de medewerker bij u werkt en in het doelgroepregister staat. Geen doelgroepverklaring "
            "nodig: u vraagt het aan "
            f"in de loonaangifte. U krijgt het geld in {year + 1}."
        )
        en = (
            f"LKV doelgroep banenafspraak: {eur(r.lkv_ba_hour.value, 'en')} per paid hour, at most "
            f"{eur(r.lkv_ba_cap.value, 'en')} "
            "a year, for as long as the employee works for you and is in the doelgroepregister. No "
            "doelgroepverklaring needed: "
            f"request it in the loonaangifte. Paid in {year + 1}."
        )
        law = WTL_2_10_2026
    else:
        nl = (
            f"LKV doelgroep banenafspraak: {eur(r.lkv_ba_hour.value)} per verloond uur, hooguit "
            f"{eur(r.lkv_ba_cap.value)} per jaar, "
            f"hooguit {cond['max_years']} jaar. De medewerker vraagt binnen "
            f"{cond['doelgroepverklaring_months']} maanden na de start "
            "een doelgroepverklaring aan bij UWV. U vraagt het LKV aan in de loonaangifte. "
            f"U krijgt het geld in {year + 1}."
        )
        en = (
            f"LKV doelgroep banenafspraak: {eur(r.lkv_ba_hour.value, 'en')} per paid hour, at most "
            f"{eur(r.lkv_ba_cap.value, 'en')} "
            f"a year, for at most {cond['max_years']} years. The employee requests a doelgroepverklaring "
            "from UWV within "
            f"{cond['doelgroepverklaring_months']} months of the start. Request the LKV in the "
            f"loonaangifte. Paid in {year + 1}."
        )
        law = WTL_2_10_2024
    return {
        "per_hour": r.lkv_ba_hour.value,
        "cap_year": r.lkv_ba_cap.value,
        "max_years": cond["max_years"],
        "doelgroepverklaring_months": cond["doelgroepverklaring_months"],
        "paid_in_year": year + 1,
        "only_highest": True,
        "nl": nl,
        "en": en,
        "sources": [law.citation(), WTL_2_13.citation(), WTL_4_1.citation(), r.lkv_ba_hour.citation()],
    }


def _job_steps(
    k: int,
    job: Any,
    r: EmployerRates,
    rate: float,
    vg: float,
    extra: float,
    hours_year: float,
    wage_ld: float,
    cost_full: float,
    cost_ld: float,
    lkv_ba: float,
    lkv_old: float,
    lkv: float,
    kind: str,
    a_h: float,
    b_h: float,
    c_h: float,
    has_lw: bool,
    year: int,
) -> list[Step]:
    lw = job.loonwaarde
    out = [
        Step(
            rule=f"job{k}.employer_wage",
            text_nl=(
                f"Loon: {'loonwaarde ' + format(lw, '.0%') + ' × ' if has_lw else ''}functieloon "
                f"{eur(job.hourly_wage)} "
                f"= {eur(wage_ld)} per uur, {job.hours_per_week:g} uur per week."
            ),
            text_en=(
                f"Wage: {'loonwaarde ' + format(lw, '.0%') + ' × ' if has_lw else ''}function wage "
                f"{eur(job.hourly_wage, 'en')} "
                f"= {eur(wage_ld, 'en')} per hour, {job.hours_per_week:g} hours per week."
            ),
            amount=float(round_cents(wage_ld)),
            unit="EUR/hour",
            inputs={"function_wage": job.hourly_wage, "loonwaarde": lw, "hours_per_week": job.hours_per_week},
            law=(WAJONG_2_20, KAMERVRAAG_2019) if has_lw else (),
        ),
        Step(
            rule=f"job{k}.loonkostenvoordeel",
            text_nl=(
                f"Loonkostenvoordeel {year}: {hours_year:g} verloonde uren per jaar. Doelgroep "
                f"banenafspraak {eur(lkv_ba)}, "
                f"oudere werknemer {eur(lkv_old)}. Alleen het hoogste telt: {eur(lkv)} per jaar, uitbetaald "
                f"in {year + 1}."
            ),
            text_en=(
                f"Loonkostenvoordeel {year}: {hours_year:g} paid hours a year. Banenafspraak "
                f"{eur(lkv_ba, 'en')}, "
                f"older worker {eur(lkv_old, 'en')}. Only the highest counts: {eur(lkv, 'en')} a year, paid "
                f"in {year + 1}."
            ),
            amount=float(round_cents(lkv)),
            unit="EUR/year",
            inputs={"hours_year": hours_year, "kind": kind},
            rates=(
                r.lkv_ba_hour,
                r.lkv_ba_cap,
                r.lkv_ba_conditions,
                r.lkv_old_hour,
                r.lkv_old_cap,
                r.lkv_old_age,
            ),
            law=(WTL_2_13, WTL_2_5, WTL_4_1),
        ),
    ]
    if not math.isnan(a_h):
        ld_nl = f" Met loondispensatie: {eur(c_h)}." if has_lw else ""
        ld_en = f" With loondispensatie: {eur(c_h, 'en')}." if has_lw else ""
        out.append(
            Step(
                rule=f"job{k}.cost_per_hour",
                text_nl=(
                    f"Kosten per uur (loon + {_pct(vg)} vakantiegeld + {_pct(rate)} premies, min "
                    "loonkostenvoordeel): "
                    f"gewone medewerker {eur(a_h)}; deze medewerker zonder loondispensatie {eur(b_h)}.{ld_nl}"
                ),
                text_en=(
                    f"Cost per hour (wage + {_pct(vg)} holiday pay + {_pct(rate)} charges, minus LKV): "
                    "regular worker "
                    f"{eur(a_h, 'en')}; this employee without loondispensatie {eur(b_h, 'en')}.{ld_en}"
                ),
                amount=float(round_cents(c_h if has_lw else b_h)),
                unit="EUR/hour",
                inputs={
                    "cost_year_full": float(cost_full),
                    "cost_year_dispensed": float(cost_ld),
                    "lkv_year": float(lkv),
                    "extra_cost_rate": extra,
                },
                rates=(r.vakantiegeld, r.max_premieloon),
            )
        )
    return out
