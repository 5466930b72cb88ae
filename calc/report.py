"""The summary PDF (issue 7): what the client takes home from the meeting.

`summary_pdf(situation_dict, ...) -> bytes` builds an A4 PDF (2-4 pages, Dutch or English) with
typst (template `calc/templates/summary.typ`) and the chart as SVG from vl-convert. Every text,
including user text (name, notes), goes into typst as JSON through `sys_inputs`: typst prints
strings as written and never reads them as markup. `timestamp=0` makes the bytes the same for the
same input. No streamlit here: the app calls this from a download button (data=callable).
See docs/report.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

from calc.chain import situation_with_carried_toetsingsinkomen
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.money import eur
from calc.rates import RateBook, load_rates
from calc.situation import Situation
from calc.validate import parse_situation

HOURS = np.arange(0, 41, dtype=float)  # the chart: 0, 1, ..., 40 hours per week

UWV_REPORT = (
    "UWV, Wat gebeurt er met mijn Wajong-uitkering als ik ga werken? (wijzigingen binnen 1 week doorgeven)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/"
    "wanneer-verandert-wajong-uitkering/wat-gebeurt-er-met-mijn-wajong-uitkering-als-ik-ga-werken",
)
UWV_SAFETY = (
    "UWV, Inkomsten uit werk (einde Wajong): "
    "'Als u weer ziek wordt of uw werk stopt, krijgt u gewoon weer Wajong.'",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/einde-wajong/detail/inkomsten-uit-werk",
)

TEXT: dict[str, dict[str, Any]] = {
    "nl": {
        "title": "Loont werken? Uw overzicht",
        "provisional": "Een deel van de bedragen voor {year} is nog niet bekend. Dit is een voorlopige "
        "schatting. Nog niet zeker:",
        "for_whom": "Voor",
        "page": "Pagina",
        "made_on": "Gemaakt op",
        "rates_as_of": "Bedragen geldig vanaf",
        "period": "Maand van de berekening",
        "version": "Versie rekenhulp",
        "footer": "Loont werken? – een schatting, geen besluit van UWV of Belastingdienst",
        "h_situation": "Uw situatie zoals ingevuld",
        "h_notes": "Notities",
        "h_scenarios": "Zonder en met werk naast elkaar",
        "h_chart": "Netto per maand bij meer of minder uren",
        "h_calendar": "Maand voor maand: wanneer komt welk geld binnen",
        "h_settlement": "Na het jaar: belasting en toeslagen",
        "h_employer": "Voor de werkgever",
        "h_checklist": "Wat moet u nu doen?",
        "h_safety": "Uw vangnet",
        "h_agreements": "Afspraken",
        "h_sources": "Bronnen",
        "h_disclaimer": "Let op",
        "appointment": ["Volgende afspraak (datum en tijd)", "Met wie", "Waar"],
        "yes": "ja",
        "no": "nee",
        "f_age": "Leeftijd",
        "f_wajong": "Wajong",
        "f_av_yes": "met arbeidsvermogen (mogelijkheid tot werken)",
        "f_av_no": "zonder arbeidsvermogen (duurzaam geen mogelijkheid tot werken)",
        "f_garantiebedrag": "Garantiebedrag",
        "f_job": "Baan {n}",
        "f_job_text": "{hours} uur per week, {wage} per uur",
        "f_loonwaarde": ", loonwaarde {lw}% (loondispensatie)",
        "f_no_job": "Baan",
        "f_no_job_text": "geen baan ingevuld",
        "f_other": "Ander inkomen per maand",
        "f_partner": "Partner",
        "f_partner_income": "Inkomen partner per jaar",
        "f_persons": "Personen in huis",
        "f_rent": "Huur per maand",
        "f_servicekosten": "Servicekosten per maand",
        "f_children": "Leeftijden kinderen onder 18",
        "f_assets": "Vermogen",
        "f_lhk": "Loonheffingskorting bij",
        "lhk": {"uwv": "UWV", "employer": "werkgever", "both": "UWV én werkgever", "none": "niemand"},
        "f_toetsingsinkomen": "Geschat inkomen voor toeslagen (jaar)",
        "answer_more": "Met {what} heeft u elke maand {diff} meer: {job} in plaats van {now}.",
        "answer_less": "Met {what} heeft u elke maand {diff} minder: {job} in plaats van {now}.",
        "answer_same": "Met {what} heeft u elke maand evenveel: {job}.",
        "answer_nojob": "U heeft nu geen baan ingevuld. U heeft elke maand {now}.",
        "this_job": "deze baan",
        "these_jobs": "deze banen",
        "answer_note": "Netto per maand: loon, Wajong en ander inkomen, min de loonheffing, plus "
        "zorgtoeslag, huurtoeslag en kindgebonden budget. De belasting die u na het jaar terugkrijgt "
        "of terugbetaalt is per maand meegeteld (1/12 per maand).",
        "answer_note_gross": "Bruto per maand: de netto bedragen konden we niet berekenen.",
        "sc_name": "Situatie",
        "sc_now": "Nu (geen baan)",
        "sc_this": "Deze situatie",
        "sc_jobs": "Werk",
        "sc_net": "Netto per maand",
        "sc_diff": "Verschil met nu",
        "sc_none": "geen",
        "sc_hours": "{hours} uur × {wage}",
        "sc_note": "Netto per maand, met de belasting na het jaar per maand meegeteld.",
        "sc_problem": "niet te berekenen: {msg}",
        "chart_net": "Netto per maand",
        "chart_net_settled": "Netto, met belasting na het jaar",
        "chart_hours": "Uren per week (baan 1)",
        "chart_eur": "Euro per maand",
        "chart_alt": "Grafiek: netto inkomen per maand bij 0 tot 40 uur werk per week.",
        "chart_no_job": "Er is geen baan ingevuld, dus er is geen grafiek per uur.",
        "chart_note": "Van 0 tot 40 uur per week bij baan 1, met hetzelfde uurloon. "
        "De andere gegevens blijven gelijk.",
        "cal_month": "Maand",
        "cal_wage": "Loon",
        "cal_wajong": "Wajong",
        "cal_tax": "Loonheffing (eraf)",
        "cal_toeslagen": "Toeslagen",
        "cal_net": "Netto binnen",
        "cal_lowest_mark": " (laagst)",
        "cal_error": "De maandkalender kon niet worden gemaakt: {msg}",
        "st_tax_refund": "Belasting: na het jaar krijgt u ongeveer {amount} terug.",
        "st_tax_pay": "Belasting: na het jaar betaalt u ongeveer {amount} terug.",
        "st_tax_zero": "Belasting: na het jaar krijgt u ongeveer niets terug en betaalt u niets bij.",
        "st_toeslag": "{kind} {year}: als voorschot {paid}, echt recht {final}. {outcome}",
        "st_toeslag_back": "U krijgt {amount} bij.",
        "st_toeslag_pay": "U moet {amount} terugbetalen. Zet dit geld opzij of pas uw toeslag nu aan.",
        "st_toeslag_zero": "Er hoeft niets verrekend te worden.",
        "st_tax_year": "Inkomstenbelasting {year}: ingehouden {withheld}, echt te betalen {tax}. {outcome}",
        "st_when": "Wanneer: {when}.",
        "emp_job": "Baan",
        "emp_hours": "Uren/week",
        "emp_wage": "Uurloon werkgever",
        "emp_cost": "Kosten per uur",
        "emp_cost_after": "Na voordeel",
        "emp_lkv": "Voordeel per jaar",
        "emp_note": "Voordeel: het loonkostenvoordeel (LKV). "
        "Kosten: loon met vakantiegeld en werkgeverslasten (standaardwaarden). Meer in de "
        "werkgeverspagina van de rekenhulp.",
        "emp_none": "Er is geen baan ingevuld.",
        "ck_uwv": "Geef uw nieuwe inkomen binnen een week door aan UWV (via Mijn UWV of telefonisch).",
        "ck_toeslagen": "Pas uw toeslagen aan: geef uw nieuwe inkomen door in Mijn toeslagen "
        "(Belastingdienst). Dan hoeft u later minder terug te betalen.",
        "ck_toeslagen_none": "Krijgt u zorgtoeslag of huurtoeslag? Geef dan uw nieuwe inkomen door in Mijn "
        "toeslagen (Belastingdienst).",
        "ck_lhk": "Kies waar de loonheffingskorting wordt toegepast: bij UWV óf bij uw werkgever, niet bij "
        "allebei. Dat zet u op het formulier voor de loonheffingen.",
        "ck_lhk_both": "Let op: nu wordt de loonheffingskorting twee keer toegepast. Kies één plek (UWV of "
        "werkgever), anders moet u na het jaar belasting terugbetalen.",
        "ck_tw": "Vraag UWV of u een toeslag op uw Wajong kunt krijgen (Toeslagenwet): uw inkomen samen "
        "is misschien lager dan het sociaal minimum.",
        "ck_keep": "Bewaar uw loonstroken en de brieven van UWV en de Belastingdienst.",
        "safety": "Stopt uw werk, of wordt u weer ziek? Dan krijgt u gewoon weer Wajong. Geef het direct "
        "door aan UWV. Werken is dus geen risico voor uw Wajong-recht.",
        "disclaimer": "Dit overzicht is een schatting met de regels en bedragen die wij kennen. Het is geen "
        "besluit van UWV of de Belastingdienst. Wat u echt krijgt, staat in de brieven van UWV, de "
        "Belastingdienst en op uw loonstrook. Hebben wij iets niet goed ingevuld? Dan klopt de "
        "uitkomst ook niet.",
    },
    "en": {
        "title": "Does work pay? Your summary",
        "provisional": "Some of the amounts for {year} are not known yet. This is a provisional "
        "estimate. Not certain yet:",
        "for_whom": "For",
        "page": "Page",
        "made_on": "Made on",
        "rates_as_of": "Amounts valid from",
        "period": "Month calculated",
        "version": "Calculator version",
        "footer": "Does work pay? – an estimate, not a decision by UWV or the Belastingdienst",
        "h_situation": "Your situation as entered",
        "h_notes": "Notes",
        "h_scenarios": "Without and with work side by side",
        "h_chart": "Net per month at more or fewer hours",
        "h_calendar": "Month by month: when which money comes in",
        "h_settlement": "After the year: tax and toeslagen",
        "h_employer": "For the employer",
        "h_checklist": "What to do now",
        "h_safety": "Your safety net",
        "h_agreements": "Agreements",
        "h_sources": "Sources",
        "h_disclaimer": "Please note",
        "appointment": ["Next appointment (date and time)", "With whom", "Where"],
        "yes": "yes",
        "no": "no",
        "f_age": "Age",
        "f_wajong": "Wajong",
        "f_av_yes": "with arbeidsvermogen (able to work)",
        "f_av_no": "without arbeidsvermogen (permanently unable to work)",
        "f_garantiebedrag": "Garantiebedrag",
        "f_job": "Job {n}",
        "f_job_text": "{hours} hours a week, {wage} an hour",
        "f_loonwaarde": ", loonwaarde {lw}% (loondispensatie)",
        "f_no_job": "Job",
        "f_no_job_text": "no job entered",
        "f_other": "Other income per month",
        "f_partner": "Partner",
        "f_partner_income": "Partner's income per year",
        "f_persons": "People in the household",
        "f_rent": "Rent per month",
        "f_servicekosten": "Service costs per month",
        "f_children": "Ages of children under 18",
        "f_assets": "Assets",
        "f_lhk": "Loonheffingskorting applied by",
        "lhk": {"uwv": "UWV", "employer": "employer", "both": "UWV and employer", "none": "nobody"},
        "f_toetsingsinkomen": "Estimated income for toeslagen (year)",
        "answer_more": "With {what} you have {diff} more every month: {job} instead of {now}.",
        "answer_less": "With {what} you have {diff} less every month: {job} instead of {now}.",
        "answer_same": "With {what} you have the same every month: {job}.",
        "answer_nojob": "No job has been entered. You have {now} every month.",
        "this_job": "this job",
        "these_jobs": "these jobs",
        "answer_note": "Net per month: wage, Wajong and other income, minus the wage tax withheld, plus "
        "zorgtoeslag, huurtoeslag and kindgebonden budget. The tax you get back or pay after the year "
        "is spread over the months (1/12 a month).",
        "answer_note_gross": "Gross per month: the net amounts could not be calculated.",
        "sc_name": "Situation",
        "sc_now": "Now (no job)",
        "sc_this": "This situation",
        "sc_jobs": "Work",
        "sc_net": "Net per month",
        "sc_diff": "Difference with now",
        "sc_none": "none",
        "sc_hours": "{hours} h × {wage}",
        "sc_note": "Net per month, with the tax settled after the year spread over the months.",
        "sc_problem": "cannot be calculated: {msg}",
        "chart_net": "Net per month",
        "chart_net_settled": "Net, with tax after the year",
        "chart_hours": "Hours per week (job 1)",
        "chart_eur": "Euro per month",
        "chart_alt": "Chart: net income per month at 0 to 40 hours of work per week.",
        "chart_no_job": "No job has been entered, so there is no chart by hours.",
        "chart_note": "From 0 to 40 hours a week in job 1 at the same hourly wage; "
        "everything else stays the same.",
        "cal_month": "Month",
        "cal_wage": "Wage",
        "cal_wajong": "Wajong",
        "cal_tax": "Wage tax (off)",
        "cal_toeslagen": "Toeslagen",
        "cal_net": "Net in",
        "cal_lowest_mark": " (lowest)",
        "cal_error": "The month calendar could not be made: {msg}",
        "st_tax_refund": "Tax: after the year you get about {amount} back.",
        "st_tax_pay": "Tax: after the year you pay about {amount} back.",
        "st_tax_zero": "Tax: after the year you get about nothing back and pay nothing.",
        "st_toeslag": "{kind} {year}: paid as advance {paid}, actual right {final}. {outcome}",
        "st_toeslag_back": "You get {amount} extra.",
        "st_toeslag_pay": "You must pay back {amount}. Put this money aside or change your toeslag now.",
        "st_toeslag_zero": "Nothing to settle.",
        "st_tax_year": "Income tax {year}: withheld {withheld}, actually due {tax}. {outcome}",
        "st_when": "When: {when}.",
        "emp_job": "Job",
        "emp_hours": "Hours/week",
        "emp_wage": "Employer's hourly wage",
        "emp_cost": "Cost per hour",
        "emp_cost_after": "After LKV",
        "emp_lkv": "LKV per year",
        "emp_note": "LKV: loonkostenvoordeel. "
        "Cost: wage with holiday pay and employer's charges (default rates). More on the "
        "calculator's employer page.",
        "emp_none": "No job has been entered.",
        "ck_uwv": "Report your new income to UWV within one week (Mijn UWV or by phone).",
        "ck_toeslagen": "Change your toeslagen: enter your new income in Mijn toeslagen (Belastingdienst), "
        "so you pay back less later.",
        "ck_toeslagen_none": "Do you get zorgtoeslag or huurtoeslag? Then enter your new income in Mijn "
        "toeslagen (Belastingdienst).",
        "ck_lhk": "Choose where the loonheffingskorting is applied: at UWV or at your employer, not both. "
        "You state this on the form for the loonheffingen.",
        "ck_lhk_both": "Note: the loonheffingskorting is now applied twice. Choose one place (UWV or "
        "employer), or you will have to pay tax back after the year.",
        "ck_tw": "Ask UWV whether you can get a top-up on your Wajong (Toeslagenwet): your household "
        "income may be below the social minimum.",
        "ck_keep": "Keep your payslips and the letters from UWV and the Belastingdienst.",
        "safety": "If your work stops, or you fall ill again, you simply get Wajong again. Report it to UWV "
        "straight away. Working does not put your right to Wajong at risk.",
        "disclaimer": "This summary is an estimate with the rules and amounts we know. It is not a decision "
        "by UWV or the Belastingdienst. What you really get is in the letters from UWV and the "
        "Belastingdienst and on your payslip. If something was entered wrongly, the result is wrong too.",
    },
}

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


@cache
def tool_version() -> str:
    """The version in pyproject.toml (the one place it is written)."""
    path = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("loont-werken")
        except PackageNotFoundError:
            return "?"


@cache
def _template() -> bytes:
    return files("calc.templates").joinpath("summary.typ").read_bytes()


LONG_WORD = re.compile(r"\S{25,}")
ZWSP = "\u200b"  # a zero-width space: where typst may break a very long word


def breakable(text: str | None) -> str | None:
    """User text with a break chance every 20 characters inside very long words (else they run
    off the page). The characters themselves are unchanged: typst prints the text as written."""
    if not text:
        return None
    return LONG_WORD.sub(lambda m: ZWSP.join(m[0][i : i + 20] for i in range(0, len(m[0]), 20)), text)


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _month_label(ym: str, lang: str) -> str:
    return f"{MONTHS[lang][int(ym[5:]) - 1]} {ym[:4]}"


def monthly_amount(result: dict[str, Any]) -> tuple[float, bool]:
    """(amount, is_net): net per month with the settlement spread over the months, else gross."""
    m = result["month"]
    for key in ("net_income_with_settlement", "net_income"):
        if m.get(key) is not None:
            return float(m[key]), True
    return float(m["gross_income"]), False


def _facts(s: Situation, T: dict[str, Any], lang: str) -> list[list[str]]:
    yn = {True: T["yes"], False: T["no"]}
    facts = [
        [T["f_age"], str(s.age)],
        [T["f_wajong"], T["f_av_yes"] if s.wajong.arbeidsvermogen else T["f_av_no"]],
    ]
    if s.wajong.garantiebedrag is not None:
        facts.append([T["f_garantiebedrag"], eur(s.wajong.garantiebedrag, lang)])
    for n, job in enumerate(s.jobs, start=1):
        text = T["f_job_text"].format(hours=_num(job.hours_per_week), wage=eur(job.hourly_wage, lang))
        if job.loonwaarde is not None:
            text += T["f_loonwaarde"].format(lw=_num(round(100 * job.loonwaarde, 2)))
        facts.append([T["f_job"].format(n=n), text])
    if not s.jobs:
        facts.append([T["f_no_job"], T["f_no_job_text"]])
    h = s.household
    facts += [
        [T["f_other"], eur(s.other_income_month, lang)],
        [T["f_partner"], yn[h.partner]],
    ]
    if h.partner:
        facts.append([T["f_partner_income"], eur(h.partner_income_year, lang)])
    facts += [
        [T["f_persons"], str(h.persons)],
        [T["f_rent"], eur(h.rent, lang)],
    ]
    if h.servicekosten:
        facts.append([T["f_servicekosten"], eur(h.servicekosten, lang)])
    if h.children_ages:
        facts.append([T["f_children"], ", ".join(str(a) for a in h.children_ages)])
    facts += [
        [T["f_assets"], eur(h.assets, lang)],
        [T["f_lhk"], T["lhk"][s.loonheffingskorting]],
    ]
    if s.toetsingsinkomen_year is not None:
        facts.append([T["f_toetsingsinkomen"], eur(s.toetsingsinkomen_year, lang)])
    return facts


def answer_sentence(now: float, job: float, n_jobs: int, T: dict[str, Any], lang: str) -> str:
    """The answer in one sentence: money per month now vs with the job(s), and the difference."""
    if n_jobs == 0:
        return T["answer_nojob"].format(now=eur(now, lang))
    what = T["this_job"] if n_jobs == 1 else T["these_jobs"]
    diff = round(job - now, 2)
    key = "answer_same" if abs(diff) < 0.005 else ("answer_more" if diff > 0 else "answer_less")
    return T[key].format(what=what, diff=eur(abs(diff), lang), job=eur(job, lang), now=eur(now, lang))


def _jobs_text(jobs: list[Any], T: dict[str, Any], lang: str) -> str:
    if not jobs:
        return T["sc_none"]
    return "; ".join(
        T["sc_hours"].format(hours=_num(j.hours_per_week), wage=eur(j.hourly_wage, lang))
        + ("" if j.loonwaarde is None else f" ({_num(round(100 * j.loonwaarde, 2))}%)")
        for j in jobs
    )


def _scenario_table(
    s: Situation,
    raw: dict[str, Any],
    scenarios: list[dict[str, Any]] | None,
    result: dict[str, Any],
    result_now: dict[str, Any],
    book: RateBook,
    T: dict[str, Any],
    lang: str,
) -> dict[str, Any]:
    now, _ = monthly_amount(result_now)
    rows = [[T["sc_now"], T["sc_none"], eur(now, lang), ""]]
    variants: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = []
    if scenarios is None and s.jobs:
        variants.append((T["sc_this"], None, result))
    for n, sc in enumerate(scenarios or [], start=1):
        label = str(sc.get("label") or f"{T['sc_name']} {n}")
        variants.append((label, {**raw, "jobs": sc.get("jobs", [])}, None))
    for label, variant, res in variants:
        try:
            vs = (
                s
                if variant is None
                else situation_with_carried_toetsingsinkomen(s, parse_situation(variant), book)
            )
            res = res or evaluate(vs, book)
        except InvalidSituation as err:
            msg = "; ".join(
                p.message_nl if lang == "nl" else f"{p.field}: {p.message_en}" for p in err.problems
            )
            rows.append([label, "", T["sc_problem"].format(msg=msg), ""])
            continue
        amount, _ = monthly_amount(res)
        diff = round(amount - now, 2)
        rows.append(
            [
                label,
                _jobs_text(vs.jobs, T, lang),
                eur(amount, lang),
                ("+ " if diff > 0 else "") + eur(diff, lang),
            ]
        )
    return {
        "header": [T["sc_name"], T["sc_jobs"], T["sc_net"], T["sc_diff"]],
        "rows": rows,
        "align": ["left", "left", "right", "right"],
        "note": T["sc_note"],
    }


def chart_svg(s: Situation, book: RateBook, T: dict[str, Any], lang: str) -> str:
    """Net per month by hours of job 1 (calc.chain.sweep), as SVG via vl-convert; '' without a job."""
    if not s.jobs:
        return ""
    import altair as alt
    import vl_convert as vlc

    from calc.chain import sweep

    df = sweep(s, HOURS, job_index=0, book=book)
    long = df[["hours_per_week", "net_income", "net_income_with_settlement"]].rename(
        columns={"net_income": T["chart_net"], "net_income_with_settlement": T["chart_net_settled"]}
    )
    long = long.melt("hours_per_week", var_name="serie", value_name="eur")
    chart = (
        alt.Chart(long)
        .mark_line(strokeWidth=2.5)
        .encode(
            x=alt.X("hours_per_week:Q", title=T["chart_hours"]),
            y=alt.Y("eur:Q", title=T["chart_eur"], axis=alt.Axis(format="$,.0f")),
            color=alt.Color("serie:N", title=None, legend=alt.Legend(orient="bottom")),
            strokeDash=alt.StrokeDash("serie:N", legend=None),
        )
        .properties(width=440, height=165)
    )
    return vlc.vegalite_to_svg(chart.to_json(), format_locale="nl-NL" if lang == "nl" else "en-GB")


def _calendar(s: Situation, raw: dict[str, Any], book: RateBook, T: dict[str, Any], lang: str):
    """(table for the template, the calendar result) or (None, error message)."""
    from calc.calendar import calendar
    from calc.validate import parse_calendar_request

    try:
        cal = calendar(parse_calendar_request({**raw, "calendar": {"start": s.period, "months": 12}}), book)
    except InvalidSituation as err:
        return None, T["cal_error"].format(msg=err.dutch() if lang == "nl" else str(err))
    rows = []
    for m in cal["months"]:
        mark = T["cal_lowest_mark"] if "lowest" in m["flags"] else ""
        toeslagen = sum(m.get(k) or 0.0 for k in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"))
        rows.append(
            [
                _month_label(m["month"], lang) + mark,
                eur(m["wage_paid"], lang),
                eur(m["wajong_paid"], lang),
                eur(m["withholding"], lang),
                eur(toeslagen, lang),
                eur(m["net_in"], lang),
            ]
        )
    low = cal["lowest_month"]
    notes = [w[lang] for w in cal["warnings"]]
    table = {
        "header": [
            T["cal_month"],
            T["cal_wage"],
            T["cal_wajong"],
            T["cal_tax"],
            T["cal_toeslagen"],
            T["cal_net"],
        ],
        "rows": rows,
        "align": ["left", "right", "right", "right", "right", "right"],
        "lowest": low["text_nl" if lang == "nl" else "text_en"],
        "notes": notes,
    }
    return table, cal


def _settlement(
    result: dict[str, Any], cal: dict[str, Any] | None, T: dict[str, Any], lang: str
) -> list[str]:
    out: list[str] = []
    settlement = result["year"].get("settlement")
    codes = {w.get("code") for w in result["warnings"]}
    if settlement is not None and not codes & {"tax_refund", "tax_pay_back"}:
        if settlement > 0.005:
            out.append(T["st_tax_refund"].format(amount=eur(settlement, lang)))
        elif settlement < -0.005:
            out.append(T["st_tax_pay"].format(amount=eur(-settlement, lang)))
        else:
            out.append(T["st_tax_zero"])
    out += [w[lang] for w in result["warnings"]]
    if cal:
        for a in cal["after_year"]:
            amount = a.get("settlement") or 0.0
            if amount > 0.005:
                outcome = T["st_toeslag_back"].format(amount=eur(amount, lang))
            elif amount < -0.005:
                outcome = T["st_toeslag_pay"].format(amount=eur(-amount, lang))
            else:
                outcome = T["st_toeslag_zero"]
            if a["kind"] == "inkomstenbelasting":
                continue  # the year's tax is the evaluate result above (the same as in the answer)
            text = T["st_toeslag"].format(
                kind=a["kind"].capitalize(),
                year=a["year"],
                paid=eur(a["paid_as_advance"], lang),
                final=eur(a["final"], lang),
                outcome=outcome,
            )
            if lang == "nl" and a.get("when_nl"):
                text += " " + T["st_when"].format(when=a["when_nl"])
            out.append(text)
    return out


def _employer(s: Situation, T: dict[str, Any], lang: str) -> dict[str, Any]:
    from calc.employer import employer_panel

    panel = employer_panel(s)
    rows = []
    for j in panel["jobs"]:
        cost = j["cost"]
        after = cost.get("with_loondispensatie") or cost.get("without_loondispensatie") or {}
        rows.append(
            [
                str(j["index"] + 1),
                _num(j["hours_per_week"]),
                eur(j["employer_wage_per_hour"], lang),
                eur(cost["regular"]["per_hour"], lang),
                eur(after.get("per_hour") or cost["regular"]["per_hour"], lang),
                eur(j["lkv"]["year"], lang),
            ]
        )
    sentence = panel.get(f"sentence_{lang}") or T["emp_none"]
    return {
        "sentence": sentence,
        "header": [
            T["emp_job"],
            T["emp_hours"],
            T["emp_wage"],
            T["emp_cost"],
            T["emp_cost_after"],
            T["emp_lkv"],
        ],
        "rows": rows,
        "align": ["left", "right", "right", "right", "right", "right"],
        "note": T["emp_note"],
    }


def _provisional(result: dict[str, Any], T: dict[str, Any], lang: str) -> str | None:
    """Page 1: the sentence that some amounts are not known yet, naming them (calc's `provisional`)."""
    items = result.get("provisional") or []
    if not items:
        return None
    names = sorted(
        {
            p["topic_label"] if lang == "nl" else p["parameter"].partition(".")[0].replace("_", " ")
            for p in items
        }
    )
    return T["provisional"].format(year=result["period"][:4]) + " " + "; ".join(names) + "."


def _checklist(s: Situation, result: dict[str, Any], T: dict[str, Any]) -> list[str]:
    items = []
    if s.jobs:
        items.append(T["ck_uwv"])
    m = result["month"]
    has_toeslagen = any((m.get(k) or 0) > 0 for k in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"))
    items.append(T["ck_toeslagen"] if has_toeslagen else T["ck_toeslagen_none"])
    codes = {w.get("code") for w in result["warnings"]}
    items.append(T["ck_lhk_both"] if "loonheffingskorting_both" in codes else T["ck_lhk"])
    signals = {x["code"] for x in result["toeslagen"]["signals"]}
    if "toeslagenwet_check" in signals:
        items.append(T["ck_tw"])
    items.append(T["ck_keep"])
    return items


def _sources(result: dict[str, Any], cal: dict[str, Any] | None, with_checklist: bool) -> list[list[str]]:
    """Every source cited by the rules used, deduplicated, in order of first use."""
    seen: dict[tuple[str, str], None] = {}
    cited = [src for step in result["explanation"] for src in step.get("sources", [])]
    cited += [src for sig in result["toeslagen"]["signals"] for src in sig.get("sources", [])]
    if cal:
        cited += cal.get("sources", [])
    for src in cited:
        seen.setdefault((str(src.get("title", "")), str(src.get("url", ""))), None)
    if with_checklist:
        seen.setdefault(UWV_REPORT, None)
    seen.setdefault(UWV_SAFETY, None)
    return [list(k) for k in seen]


def summary_pdf(
    situation_dict: dict[str, Any],
    *,
    lang: str = "nl",
    name: str | None = None,
    notes: str | None = None,
    scenarios: list[dict[str, Any]] | None = None,
    include_employer: bool = False,
    coach: bool = False,
    today: dt.date | None = None,
    book: RateBook | None = None,
) -> bytes:
    """The summary PDF for one situation (the CLI JSON schema). Raises InvalidSituation.

    `scenarios`: variants of the jobs, each `{"label": str, "jobs": [job, ...]}`, shown side by side
    with "now (no job)"; without them: "now (no job)" vs this situation. `today` is printed as the
    date made (default: today); pass it to get the same bytes on another day.
    """
    import typst

    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}")
    T = TEXT[lang]
    book = book or load_rates()
    s = parse_situation(situation_dict)
    raw = s.model_dump(mode="json")
    result = evaluate(s, book)
    # A given toetsingsinkomen is for this situation; without the job(s) it moves with the income.
    result_now = evaluate(
        situation_with_carried_toetsingsinkomen(s, s.model_copy(update={"jobs": []}), book), book
    )
    now, is_net = monthly_amount(result_now)
    job, _ = monthly_amount(result)
    cal_table, cal = _calendar(s, raw, book, T, lang)
    svg = chart_svg(s, book, T, lang)
    today = today or dt.date.today()
    data = {
        "lang": lang,
        "labels": T,
        "title": T["title"],
        "name": breakable(name),
        "notes": breakable(notes),
        "footer": T["footer"],
        "meta": [
            [T["made_on"], f"{today.day} {MONTHS[lang][today.month - 1]} {today.year}"],
            [T["period"], _month_label(s.period, lang)],
            [T["rates_as_of"], result["rates_as_of"]],
            [T["version"], tool_version()],
        ],
        "answer": answer_sentence(now, job, len(s.jobs), T, lang),
        "answer_note": T["answer_note" if is_net else "answer_note_gross"],
        "provisional": _provisional(result, T, lang),
        "facts": _facts(s, T, lang),
        "scenarios": _scenario_table(s, raw, scenarios, result, result_now, book, T, lang),
        "chart_alt": T["chart_alt"],
        "chart_note": T["chart_note"] if svg else T["chart_no_job"],
        "calendar": cal_table,
        "calendar_error": cal if cal_table is None else "",
        "settlement": _settlement(result, cal if cal_table else None, T, lang),
        "employer": _employer(s, T, lang) if include_employer else None,
        "checklist": _checklist(s, result, T),
        "safety": T["safety"],
        "coach": coach,
        "sources": _sources(result, cal if cal_table else None, bool(s.jobs)),
        "disclaimer": T["disclaimer"],
    }
    return typst.compile(
        _template(),
        format="pdf",
        timestamp=0,
        sys_inputs={"data": json.dumps(data, ensure_ascii=False), "chart": svg},
    )
