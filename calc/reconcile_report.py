"""The PDF "Controle van uw Wajong" (issue 21, item 3): the check a coach can hand over.

`reconcile_pdf(request, ...) -> bytes` builds an A4 PDF (Dutch or English) with typst (template
`calc/templates/reconcile.typ`) from calc.reconcile's result for the request, the same result the app
shows: the answer in words (calc.reconcile_summary.answer), the months as a table whose rows add up
(due − paid = the difference in words, calc.reconcile_summary.month_rows), the reason per month, the
causes when the letter differs, gross or net with the tax and toeslagen effect, the bezwaar deadline,
the checklist with tick boxes, the warnings, the sources and the disclaimer.

As calc/report.py: every text, including the name, goes into typst as JSON through `sys_inputs`
(printed as written, never read as markup); `timestamp=0` makes the bytes the same for the same input
and the same `today`. No streamlit here: the app calls this from a download button (data=callable).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib.resources import files
from typing import Any

from calc.months import long_date
from calc.rates import RateBook, load_rates
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_input import ReconcileRequest
from calc.reconcile_report_texts import TEXT
from calc.reconcile_summary import causes_shown, month_rows
from calc.reconcile_texts import month_label, months_label
from calc.report import breakable, file_name, tool_version


@cache
def _template() -> bytes:
    return files("calc.templates").joinpath("reconcile.typ").read_bytes()


def reconcile_file_name(result: dict[str, Any], name: str | None = None) -> str:
    """'controle-wajong-2026-04-2026-09.pdf' (the months checked), with the name only when given."""
    periods = [m["period"] for m in result["months"]]
    span = periods[0] if len(periods) == 1 else f"{periods[0]}-{periods[-1]}"
    return file_name(span, name).replace("loont-werken-", "controle-wajong-", 1)


def sources(result: dict[str, Any]) -> list[list[str]]:
    """Every source the check cites (its rules, the money, the causes, the checklist), deduplicated by
    (title, URL) in order of first use; titles as a reader sees them."""
    g = result["reclaim"]["gross_or_net"]
    groups = [
        result["sources"],
        g.get("sources", []),
        (g.get("tax") or {}).get("sources", []),
        (g.get("toeslagen") or {}).get("sources", []),
        *(c["sources"] for c in result["reclaim"]["causes"]),
        *(item["sources"] for item in result["checklist"]),
    ]
    seen: dict[tuple[str, str], None] = {}
    for group in groups:
        for src in group:
            seen.setdefault((str(src["title"]), str(src["url"])), None)
    return [list(k) for k in seen]


def person(req: ReconcileRequest, T: dict[str, Any], lang: str) -> list[list[str]]:
    """What the check used, as label-value pairs."""
    from calc.money import eur, percent

    out = [
        [T["f_age"], str(req.age)],
        [T["f_wajong"], T["f_av_yes"] if req.wajong.arbeidsvermogen else T["f_av_no"]],
    ]
    if req.wajong.garantiebedrag is not None:
        out.append([T["f_garantiebedrag"], eur(req.wajong.garantiebedrag, lang)])
    if req.loonwaarde is not None:
        out.append([T["f_loonwaarde"], percent(req.loonwaarde, lang)])
    out.append([T["f_pay_period"], T["pay_period"][req.pay_period]])
    out.append([T["f_repayment"], T["repayment"][req.repayment]])
    return out


def month_table(result: dict[str, Any], T: dict[str, Any], lang: str) -> dict[str, Any]:
    """The months and the total, as calc.reconcile_summary.month_rows gives them, with the header."""
    table = month_rows(result, lang)
    header = list(T["columns"])
    if not table["holiday_pay"]:
        header.pop(2)
    return {"header": header, "rows": table["rows"], "total": table["total"]}


def report_data(
    req: ReconcileRequest,
    result: dict[str, Any],
    *,
    lang: str,
    name: str | None,
    today: dt.date,
    book: RateBook,
) -> dict[str, Any]:
    """The JSON the template reads: every section from calc.reconcile's result (testable without typst)."""
    from calc.money import eur

    T = TEXT[lang]
    reclaim = result["reclaim"]
    g = reclaim["gross_or_net"]
    periods = [m["period"] for m in result["months"]]
    weeks = int(book.value("reconcile.bezwaar_weeks", req.months[-1].first_day))
    deadline = reclaim["bezwaar_deadline"]
    causes, not_applicable = causes_shown(reclaim, lang)
    return {
        "lang": lang,
        "labels": T,
        "title": T["title"],
        "name": breakable(name),
        "meta": [
            [T["made_on"], long_date(today, lang)],
            [T["months"], months_label(periods, lang)],
            [
                T["letter_amount"],
                eur(reclaim["letter"], lang) if reclaim["letter"] is not None else T["no_letter"],
            ],
            [T["letter_date"], long_date(req.letter_date, lang) if req.letter_date else "–"],
            [T["version"], tool_version()],
        ],
        "answer": {"short": result["answer"][f"short_{lang}"], "text": result["answer"][lang]},
        "provisional": T["provisional"] if result["provisional"] else None,
        "person": person(req, T, lang),
        "table": month_table(result, T, lang),
        "why": [[month_label(m["period"], lang), m[f"reason_{lang}"]] for m in result["months"]],
        "causes": causes,
        "not_applicable": not_applicable,
        "money": [g[lang], *([g["tax"][lang], g["toeslagen"][lang]] if g["rule"] != "none" else [])],
        "room": g.get(f"room_{lang}"),
        "bezwaar": T["bezwaar"].format(date=long_date(deadline, lang))
        if deadline
        else T["bezwaar_nodate"].format(weeks=weeks),
        "warnings": [w[lang] for w in result["warnings"]],
        "checklist": [item[lang] for item in result["checklist"]],
        "sources": sources(result),
        "disclaimer": T["disclaimer"],
    }


def reconcile_pdf(
    request: dict[str, Any] | ReconcileRequest,
    *,
    lang: str = "nl",
    name: str | None = None,
    today: dt.date | None = None,
    book: RateBook | None = None,
    result: dict[str, Any] | None = None,
) -> bytes:
    """The PDF for a reconcile request (a dict is validated here; bad input raises InvalidSituation in
    Dutch). `result`: calc.reconcile's result for the same request when already computed. `today` is
    printed as the date made (default: today); pass it to get the same bytes on another day."""
    import typst

    if lang not in TEXT:
        raise ValueError(f"lang must be one of {sorted(TEXT)}")
    req = request if isinstance(request, ReconcileRequest) else parse_reconcile_request(request)
    book = book or load_rates()
    result = result if result is not None else reconcile(req, book)
    data = report_data(req, result, lang=lang, name=name, today=today or dt.date.today(), book=book)
    return typst.compile(
        _template(), format="pdf", timestamp=0, sys_inputs={"data": json.dumps(data, ensure_ascii=False)}
    )
