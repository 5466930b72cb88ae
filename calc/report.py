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
from calc.net import TOESLAG_KEYS
from calc.rates import RateBook, load_rates
from calc.report_texts import MONTHS, TEXT, UWV_REPORT, UWV_SAFETY
from calc.situation import Situation
from calc.validate import parse_situation

HOURS = np.arange(0, 41, dtype=float)  # the chart: 0, 1, ..., 40 hours per week


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
            res = res or evaluate(vs, book).as_json()
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
        toeslagen = sum(m.get(k) or 0.0 for k in TOESLAG_KEYS)
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
    has_toeslagen = any((m.get(k) or 0) > 0 for k in TOESLAG_KEYS)
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
    result = evaluate(s, book).as_json()
    # A given toetsingsinkomen is for this situation; without the job(s) it moves with the income.
    result_now = evaluate(
        situation_with_carried_toetsingsinkomen(s, s.model_copy(update={"jobs": []}), book), book
    ).as_json()
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
