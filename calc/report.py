"""The summary PDF (issues 7 and 12): what the client takes home is what was shown.

`summary_pdf(request, ...) -> bytes` builds an A4 PDF (Dutch or English) with typst (template
`calc/templates/summary.typ`) from the same results the app shows: calc.compare (the answer and every
scenario), calc.calendar (with the settings used on screen), calc.evaluate (warnings, sources),
calc.checklist (what to do, the safety net). `request` is a `ReportRequest`: an `evaluate` situation
whose last job is the new one, optional `variants` and optional `calendar` settings.

Every text, including user text (name, notes), goes into typst as JSON through `sys_inputs`: typst
prints strings as written and never reads them as markup. `timestamp=0` makes the bytes the same
for the same input. No streamlit here: the app calls this from a download button (data=callable).
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

from calc.calendar import calendar
from calc.checklist import SAFETY_NET, checklist, checklist_sources
from calc.compare import compare
from calc.errors import InputProblem, InvalidSituation, dutch_number
from calc.evaluate import evaluate
from calc.months import long_date, long_month
from calc.rates import RateBook, load_rates
from calc.report_business import business_section
from calc.report_sections import (
    after_year,
    answer,
    calendar_section,
    calendar_settings,
    chart_svg,
    employer_section,
    facts,
    provisional_sentence,
    scenario_table,
)
from calc.report_texts import TEXT
from calc.situation import CalendarOptions, ReportRequest
from calc.validate import parse_report_request


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


# What the client's name and the notes may hold: a name is a name, the notes a page at most (the app's
# fields stop here too); a million characters would be hundreds of pages (issue 19).
MAX_NAME = 80
MAX_NOTES = 2000


def check_user_text(name: str | None, notes: str | None) -> None:
    """Refuse, in Dutch, a name or notes that are too long or hold characters no text can (a lone
    surrogate from bytes that were not UTF-8, a control character)."""
    problems = []
    for field, text, limit, what in (
        ("name", name, MAX_NAME, "naam"),
        ("notes", notes, MAX_NOTES, "notities"),
    ):
        if not text:
            continue
        if len(text) > limit:
            problems.append(
                InputProblem(
                    field,
                    f"{what}: te lang ({dutch_number(len(text))} tekens). "
                    f"Hoogstens {dutch_number(limit)} tekens.",
                    f"{field}: too long ({len(text)} characters; at most {limit}).",
                )
            )
        elif BAD_CHARACTER.search(text):
            problems.append(
                InputProblem(
                    field,
                    f"{what}: bevat een teken dat geen tekst is. Typ de tekst opnieuw.",
                    f"{field}: holds a character that is not text.",
                )
            )
    if problems:
        raise InvalidSituation(problems)


BAD_CHARACTER = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LONG_WORD = re.compile(r"\S{25,}")
ZWSP = "\u200b"  # a zero-width space: where typst may break a very long word


def breakable(text: str | None) -> str | None:
    """User text with a break chance every 20 characters inside very long words (else they run
    off the page). The characters themselves are unchanged: typst prints the text as written."""
    if not text:
        return None
    return LONG_WORD.sub(lambda m: ZWSP.join(m[0][i : i + 20] for i in range(0, len(m[0]), 20)), text)


def file_name(period: str, name: str | None = None) -> str:
    """'loont-werken-2026-03.pdf', with the client's name only when one was given
    ('loont-werken-sam-de-vries-2026-03.pdf'); only letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:40]
    return f"loont-werken-{slug + '-' if slug else ''}{period}.pdf"


def _sources(*groups: list[dict[str, Any]]) -> list[list[str]]:
    """Every source cited, deduplicated by (title, URL), in order of first use."""
    seen: dict[tuple[str, str], None] = {}
    for group in groups:
        for src in group:
            seen.setdefault((str(src.get("title", "")), str(src.get("url", ""))), None)
    return [list(k) for k in seen]


def report_data(
    req: ReportRequest,
    *,
    lang: str,
    name: str | None,
    notes: str | None,
    include_employer: bool,
    coach: bool,
    today: dt.date,
    book: RateBook,
) -> tuple[dict[str, Any], str]:
    """(the JSON the template reads, the chart's SVG): every section from calc's results."""
    T = TEXT[lang]
    s = req.situation()
    cmp = compare(req.compare_request(), book)
    result = evaluate(s, book).as_json()
    options = req.calendar or CalendarOptions()
    try:
        cal = calendar(req.calendar_request(), book)
        cal_part: dict[str, Any] | None = calendar_section(
            cal, calendar_settings(options, s.period, T, lang, jobs=bool(s.jobs)), T, lang
        )
        cal_error = ""
    except InvalidSituation as err:
        cal, cal_part = None, None
        cal_error = T["cal_error"].format(msg=err.dutch() if lang == "nl" else str(err))
    business = cmp.get("new_work") == "business"
    note = T["chart_note_profit"] if business else T["chart_note"]
    svg, flat = chart_svg(
        s, book, T, lang, result["month"]["grondslag"] if business else None,
        (result.get("toeslagenwet") or {}).get("disregard_until"),
    )  # fmt: skip
    todo = checklist(cmp, result)
    sources = _sources(
        [src for step in result["explanation"] for src in step.get("sources", [])],
        [src for sig in result["toeslagen"]["signals"] for src in sig.get("sources", [])],
        (cal or {}).get("sources", []),
        ((cal or {}).get("job_stop") or {}).get("sources", []),
        checklist_sources(cmp),
        cmp["costs"]["sources"] if cmp["costs"]["given"] else [],
        [src for n in cmp.get("safety_net") or [] for src in n["sources"]],
    )
    data = {
        "lang": lang,
        "labels": T,
        "title": T["title"],
        "name": breakable(name),
        "notes": breakable(notes),
        "footer": T["footer"],
        "meta": [
            [T["made_on"], long_date(today, lang)],
            [T["period"], long_month(s.period, lang)],
            [T["rates_as_of"], long_date(cmp["rates_as_of"], lang)],
            [T["version"], tool_version()],
        ],
        "answer": answer(cmp, lang),
        "answer_note": T["answer_note"],
        "provisional": provisional_sentence(cmp, T, lang),
        "facts": facts(s, T, lang),
        "scenarios": scenario_table(cmp, T, lang),
        "chart_alt": T["chart_alt"],
        "chart_title": T["h_chart_profit"] if business else T["h_chart"],
        "chart_note": (note + (" " + flat if flat else "")) if svg else T["chart_no_job"],
        "calendar": cal_part,
        "calendar_error": cal_error,
        "settlement": after_year(cmp, cal, T, lang),
        "business": business_section(result, cal, T, lang),
        "employer": employer_section(s, T, lang) if include_employer else None,
        "checklist": [n.nl if lang == "nl" else n.en for n in todo],
        "safety": SAFETY_NET.nl if lang == "nl" else SAFETY_NET.en,
        "safety_more": [n[lang] for n in cmp.get("safety_net") or []],
        "coach": coach,
        "sources": sources,
        "disclaimer": T["disclaimer"],
    }
    return data, svg


def summary_pdf(
    request: dict[str, Any] | ReportRequest,
    *,
    lang: str = "nl",
    name: str | None = None,
    notes: str | None = None,
    include_employer: bool = False,
    coach: bool = False,
    today: dt.date | None = None,
    book: RateBook | None = None,
) -> bytes:
    """The summary PDF. `request`: the `compare` input (a situation whose last job is the new one,
    optional `variants`) plus optional `calendar` settings, as a dict (validated here; bad input
    raises InvalidSituation in Dutch) or a ReportRequest. `today` is printed as the date made
    (default: today); pass it to get the same bytes on another day."""
    import typst

    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}")
    check_user_text(name, notes)
    req = request if isinstance(request, ReportRequest) else parse_report_request(request)
    data, svg = report_data(
        req,
        lang=lang,
        name=name,
        notes=notes,
        include_employer=include_employer,
        coach=coach,
        today=today or dt.date.today(),
        book=book or load_rates(),
    )
    return typst.compile(
        _template(),
        format="pdf",
        timestamp=0,
        sys_inputs={"data": json.dumps(data, ensure_ascii=False), "chart": svg},
    )
