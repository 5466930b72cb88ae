"""The employer panel's words: the notes on instruments without an amount, the LKV conditions, and
each job's steps, in Dutch (B1) and English with their sources (calc/employer/panel.py computes)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from calc.employer.rules import EmployerRates
from calc.employer.sources import (
    KAMERVRAAG_2019,
    UWV_NO_RISK_DURATION,
    UWV_NO_RISK_PREMIUM,
    WAJONG_2_20,
    WML_15,
    WTL_2_5,
    WTL_2_10_2024,
    WTL_2_10_2026,
    WTL_2_13,
    WTL_4_1,
    ZW_29B,
)
from calc.explain import Notice, Step
from calc.money import eur, percent, round_cents

if TYPE_CHECKING:
    from calc.employer.panel import JobFigures, Settings


def pct(x: float) -> str:
    return percent(x)


def notes() -> list[dict[str, Any]]:
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


def lkv_conditions(r: EmployerRates, year: int) -> dict[str, Any]:
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


def job_steps(k: int, job: Any, f: JobFigures, st: Settings) -> list[Step]:
    """Job k's wage, loonkostenvoordeel and cost per hour, explained."""
    r, year = st.r, st.year
    hours_year, wage_ld = f.hours_year[k], f.wage_ld[k]
    lkv_ba, lkv_old, lkv, kind = f.lkv_ba[k], f.lkv_old[k], f.lkv[k], str(f.lkv_kind[k])
    a_h, has_lw = f.per_hour_regular[k], bool(f.has_lw[k])
    lw = job.loonwaarde
    out = [
        Step(
            rule=f"job{k}.employer_wage",
            text_nl=(
                f"Loon: {'loonwaarde ' + percent(lw, 'nl', 0) + ' × ' if has_lw else ''}functieloon "
                f"{eur(job.hourly_wage)} "
                f"= {eur(wage_ld)} per uur, {job.hours_per_week:g} uur per week."
            ),
            text_en=(
                f"Wage: {'loonwaarde ' + percent(lw, 'en', 0) + ' × ' if has_lw else ''}function wage "
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
        out.append(_cost_per_hour_step(k, f, st))
    return out


def _cost_per_hour_step(k: int, f: JobFigures, st: Settings) -> Step:
    """Cost per hour of the three ways: wage, vakantiegeld and premiums, minus the LKV."""
    r, rate, vg, extra = st.r, st.rate, st.vg, st.extra
    a_h, b_h, c_h, has_lw = f.per_hour_regular[k], f.per_hour_wajonger[k], f.per_hour_ld[k], bool(f.has_lw[k])
    cost_full, cost_ld, lkv = f.cost_full[k], f.cost_ld[k], f.lkv[k]
    ld_nl = f" Met loondispensatie: {eur(c_h)}." if has_lw else ""
    ld_en = f" With loondispensatie: {eur(c_h, 'en')}." if has_lw else ""
    return Step(
        rule=f"job{k}.cost_per_hour",
        text_nl=(
            f"Kosten per uur (loon + {pct(vg)} vakantiegeld + {pct(rate)} premies, min "
            "loonkostenvoordeel): "
            f"gewone medewerker {eur(a_h)}; deze medewerker zonder loondispensatie {eur(b_h)}.{ld_nl}"
        ),
        text_en=(
            f"Cost per hour (wage + {pct(vg)} holiday pay + {pct(rate)} charges, minus LKV): "
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


def premium_step(st: Settings) -> Step:
    """The employer's premiums as one share of the wage with vakantiegeld (WML art. 15)."""
    r, o = st.r, st.overrides
    return Step(
        rule="employer_premium_rate",
        text_nl=(
            f"Werkgeverslasten: Awf {pct(r.awf.value)} + Aof {pct(r.aof.value)} + kinderopvang "
            f"{pct(r.wko.value)} "
            f"+ Whk {pct(st.whk)} + Zvw {pct(r.zvw.value)} = {pct(st.rate)} van het loon met {pct(st.vg)} "
            "vakantiegeld. "
            "Awf, Aof en Whk verschillen per werkgever: dit zijn standaardwaarden die u kunt aanpassen."
        ),
        text_en=(
            f"Employer charges: Awf {pct(r.awf.value)} + Aof {pct(r.aof.value)} + childcare "
            f"{pct(r.wko.value)} "
            f"+ Whk {pct(st.whk)} + Zvw {pct(r.zvw.value)} = {pct(st.rate)} of the wage incl. {pct(st.vg)} "
            "holiday pay. "
            "Awf, Aof and Whk differ per employer: these are defaults you can change."
        ),
        amount=st.rate,
        unit="fraction",
        inputs={
            "awf": o.get("awf", "low"),
            "aof": o.get("aof", "low"),
            "whk": st.whk,
            "extra_cost_rate": st.extra,
        },
        rates=(r.awf, r.aof, r.wko, r.whk, r.zvw, r.max_premieloon, r.vakantiegeld),
        law=(WML_15,),
    )


def no_riskpolis_step(r: EmployerRates) -> Step:
    """Ziektewet art. 29b: what UWV pays the employer when the worker is ill."""
    return Step(
        rule="no_riskpolis",
        text_nl=(
            "No-riskpolis: is de medewerker ziek, dan krijgt u van UWV ziekengeld: "
            f"{pct(r.zw_pct.value)} van het dagloon, "
            f"of op uw verzoek {pct(r.zw_pct_request.value)} in de eerste 52 weken (niet meer dan het "
            "loon). Dit geldt zolang "
            "de medewerker Wajong heeft of had. U betaalt hierdoor geen hogere premie."
        ),
        text_en=(
            "No-riskpolis: if the employee is ill, UWV pays you sickness benefit of "
            f"{pct(r.zw_pct.value)} of the daily wage, "
            f"or on request {pct(r.zw_pct_request.value)} in the first 52 weeks (not more than the "
            "wage), for as long as "
            "the employee has or had Wajong. Your premium does not go up."
        ),
        amount=None,
        unit="note",
        rates=(r.zw_pct, r.zw_pct_request, r.max_premieloon, r.dagloon_days),
        law=(ZW_29B, UWV_NO_RISK_DURATION, UWV_NO_RISK_PREMIUM),
    )


def no_riskpolis(r: EmployerRates) -> dict[str, Any]:
    return {
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
    }


def job_sentence(f: JobFigures, k: int) -> dict[str, str]:
    """What job k costs per hour, in one sentence."""
    a_h, b_h, c_h = f.per_hour_regular[k], f.per_hour_wajonger[k], f.per_hour_ld[k]
    if f.has_lw[k] and not math.isnan(c_h):
        nl = (
            f"Met loondispensatie (loonwaarde {f.lw[k]:.0%}) kost deze medewerker u {eur(c_h)} "
            f"per uur in plaats van {eur(a_h)}."
        )
        en = (
            f"With loondispensatie (loonwaarde {f.lw[k]:.0%}) this employee costs you {eur(c_h, 'en')} "
            f"per hour instead of {eur(a_h, 'en')}."
        )
    elif not math.isnan(b_h):
        nl = f"Deze medewerker kost u {eur(b_h)} per uur na loonkostenvoordeel, in plaats van {eur(a_h)}."
        en = (
            f"This employee costs you {eur(b_h, 'en')} per hour after the loonkostenvoordeel, "
            f"instead of {eur(a_h, 'en')}."
        )
    else:
        nl, en = "Deze baan heeft 0 uur per week.", "This job has 0 hours per week."
    return {"nl": nl, "en": en}


def situation_notices(st: Settings, age: int, arbeidsvermogen: bool, old_hour_2024: float) -> list[Notice]:
    """The doelgroepregister for Wajongers without arbeidsvermogen, the LKV's transitional law."""
    out = []
    if not arbeidsvermogen and st.year >= 2026:
        out.append(
            Notice(
                "doelgroepregister_dga",
                "Wajongers zonder arbeidsvermogen die werken, staan pas vanaf maart 2026 in het "
                "doelgroepregister. Controleer dit.",
                "Working Wajongers without work capacity enter the doelgroepregister only from March "
                "2026; check this.",
            )
        )
    if st.year == 2025 and age >= st.r.lkv_old_age.value and st.year_of_employment >= 3:
        out.append(
            Notice(
                "lkv_oudere_overgangsrecht",
                "Baan begonnen vóór 2024: voor het LKV oudere werknemer geldt overgangsrecht "
                f"({eur(old_hour_2024)} per uur). Dat rekenen we niet uit.",
                "Job started before 2024: transitional law for the LKV oudere werknemer applies "
                f"({eur(old_hour_2024, 'en')}/h); not computed.",
            )
        )
    return out


LOONDISPENSATIE_DGA = Notice(
    "loondispensatie_dga",
    "Loondispensatie is er voor Wajongers met arbeidsvermogen. Zonder "
    "arbeidsvermogen kan het alleen in het experiment van UWV.",
    "Loondispensatie is for Wajongers with work capacity; without it only in UWV's experiment.",
)
NO_JOB = Notice("no_job", "Er is nog geen baan ingevuld.", "No job has been entered.")
