"""Klopt mijn Wajong? (issue 21): check what UWV paid and asks back, month by month.

The person (age, Wajong kind, garantiebedrag) is the one from question 1; this section asks the
months (pasted from a spreadsheet or the betaalspecificatie, or a small CSV file), the amount in UWV's
letter and its date. calc reads and checks every value (calc.reconcile_io, calc.reconcile) and
refuses in Dutch naming the line or field; this module only asks and shows what calc returns, the
answer first (calc.reconcile_summary).

These are personal letter data: the widgets are NOT bound to the URL (no `bind="query-params"`),
nothing is written to disk or to the log; an uploaded file is read in memory. The PDF is built in
memory when its button is clicked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from calc.errors import InputProblem, InvalidSituation
from calc.money import eur
from calc.numbers import NumberProblem, read_number
from calc.rates import RateBook
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_input import ReconcileRequest
from calc.reconcile_io import needs_first_month, parse_amount, read_pasted_months, with_lines
from calc.reconcile_report import reconcile_file_name, reconcile_pdf
from calc.reconcile_summary import causes_shown, month_rows
from calc.reconcile_texts import month_label
from calc.situation import Situation
from views.i18n import long_date, t
from views.inputs import WAJONG_KINDS, default_month, months

# Twenty-four months of a few columns are well under 2 kB; a larger file is not a list of months.
MAX_MONTHS_FILE_BYTES = 20_000
REPAYMENT = {"unknown": None, "pay": "pay", "offset": "offset"}


def months_questions(book: RateBook, lang: str) -> dict[str, Any]:
    """The months as text (the text area), an uploaded CSV file's bytes (read in memory, used instead
    of the text) and, for two pasted columns without a month, the first month."""
    text = st.text_area(
        t("rc.months", lang),
        key="rc_months",
        height=180,
        placeholder=t("rc.months.placeholder", lang),
        help=t("rc.months.help", lang),
    )
    st.caption(t("rc.months.more", lang))
    file = st.file_uploader(t("rc.file", lang), type=["csv", "txt"], key="rc_file", max_upload_size=1)
    out: dict[str, Any] = {"text": text, "file": None, "start": None}
    if file is not None:
        st.caption(t("rc.file.used", lang, name=file.name))
        out["file"] = file.getvalue()
    elif needs_first_month(text):
        options = months(book)
        out["start"] = st.selectbox(
            t("rc.start", lang), options, index=options.index(default_month(book)), key="rc_start",
            format_func=lambda p: month_label(p, lang),
        )  # fmt: skip
    return out


def decode_months_file(data: bytes) -> str:
    """A CSV file's text: UTF-8 (with or without BOM), or Windows-1252 as Excel writes it on Windows.
    Raises InvalidSituation (this view's words) for a file too large to be a list of months or one that
    is no text."""
    if len(data) > MAX_MONTHS_FILE_BYTES:
        raise InvalidSituation([InputProblem("(bestand)", "rc.file.big", "rc.file.big")])
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise InvalidSituation([InputProblem("(bestand)", "rc.file.text", "rc.file.text")])


def letter_questions(lang: str) -> dict[str, Any]:
    """The amount in UWV's letter (as typed; calc's parse_amount reads it), its date and the repayment."""
    c1, c2 = st.columns(2)
    with c1:
        amount = st.text_input(t("rc.letter", lang), key="rc_reclaimed", help=t("rc.letter.help", lang))
    with c2:
        date = st.date_input(t("rc.date", lang), value=None, format="DD-MM-YYYY", key="rc_letter_date")
    repayment = st.radio(
        t("rc.repayment", lang),
        list(REPAYMENT),
        format_func=lambda k: t(f"rc.repayment.{k}", lang),
        key="rc_repayment",
    )
    out: dict[str, Any] = {"reclaimed": amount.strip()}
    if date is not None:
        out["letter_date"] = date.isoformat()
    if REPAYMENT[repayment] is not None:
        out["repayment"] = REPAYMENT[repayment]
    return out


def more_settings(lang: str) -> tuple[dict[str, Any], list[InputProblem]]:
    """Loondispensatie (loonwaarde in percent, typed as text: calc.numbers reads '37,5' as people
    write it, where Streamlit's number field would drop the comma) and four-weekly pay, folded away."""
    out: dict[str, Any] = {}
    problems = []
    with st.expander(t("rc.more", lang)):
        text = st.text_input(t("rc.lw", lang), key="rc_lw", help=t("rc.lw.help", lang))
        period = st.radio(
            t("rc.pay_period", lang),
            ["month", "four_weeks"],
            format_func=lambda k: t(f"rc.pay_period.{k}", lang),
            key="rc_pay_period",
            horizontal=True,
        )
    try:
        lw = read_number(text, lang)
    except NumberProblem as p:
        lw = None
        problems.append(InputProblem("loonwaarde", f"loonwaarde: {p.nl}", f"loonwaarde: {p.en}"))
    if lw is not None:
        out["loonwaarde"] = lw / 100
    if period != "month":
        out["pay_period"] = period
    return out, problems


def problem_lines(
    read: list[InputProblem], checked: list[InputProblem], lines: list[int], lang: str
) -> list[str]:
    """The messages to show: `read` (months or an amount that could not be read, or this view's own;
    they name their line already) and `checked` (calc's checks of what could be read, whose
    'months[i]' is the i-th month read: it gets that month's line)."""
    out = []
    for p in read:
        if p.message_nl.startswith("rc."):  # a message of this view (the uploaded file)
            out.append(t(p.message_nl, lang, kb=str(MAX_MONTHS_FILE_BYTES // 1000)))
        else:
            out.append(p.message_nl if lang == "nl" else p.message_en)
    for p in with_lines(checked, lines):
        if p.field == "loonwaarde":
            out.append(t("lw.range", lang))  # the form asks a percentage; calc's range 0-1 reads wrongly
        elif lang == "nl":
            out.append(p.message_nl)
        else:
            m = re.match(r"months\[(\d+)\]", p.field)
            where = f"line {lines[int(m[1])]}" if m and int(m[1]) < len(lines) else p.field
            out.append(f"{where}: {p.message_en}")
    return out


def request_data(
    situation: Situation, asked: dict[str, Any], letter: dict[str, Any], settings: dict[str, Any], lang: str
) -> tuple[dict[str, Any] | None, list[int], list[InputProblem]]:
    """The request as calc.reconcile reads it (None while nothing is entered), each month's line, and
    what could not be read (the months that could be read are in the request, to be checked too).
    Raises InvalidSituation for a text or file that is no table of months at all."""
    text = decode_months_file(asked["file"]) if asked["file"] is not None else asked["text"]
    if not text.strip():
        return None, [], []
    month_list, lines, problems = read_pasted_months(text, asked["start"])
    if not month_list and not problems:  # only a line with the column names
        return None, [], []
    raw: dict[str, Any] = {
        "age": situation.age,
        "wajong": situation.wajong.model_dump(mode="json"),
        "months": month_list,
        **settings,
        **{k: v for k, v in letter.items() if k != "reclaimed"},
    }
    if letter["reclaimed"]:
        try:
            raw["reclaimed"] = parse_amount(letter["reclaimed"])
        except ValueError as err:
            message = t("rc.letter.bad", lang, message=str(err))
            problems.append(InputProblem("reclaimed", message, message))
    return raw, lines, problems


def month_table(result: dict[str, Any], lang: str) -> pd.DataFrame:
    """calc's month rows (calc.reconcile_summary.month_rows): month, due, paid and the difference in
    words, with this language's column names. The wage and holiday pay the user entered are left out
    here (they are in the text above and in the reasons), so that on a phone the difference fits."""
    table = month_rows(result, lang)
    keep = [0, -3, -2, -1]  # month, due, paid, difference
    columns = [t(f"rc.col.{n}", lang) for n in ("month", "due", "paid", "diff")]
    return pd.DataFrame([[row[k] for k in keep] for row in [*table["rows"], table["total"]]], columns=columns)


def render_result(result: dict[str, Any], lang: str, weeks: int, pdf: Callable[[], bytes] | None) -> None:
    """The answer first, then the months, the money (gross or net, tax, toeslagen), the bezwaar
    deadline, the warnings, what to do, the PDF and the sources."""
    a, reclaim = result["answer"], result["reclaim"]
    st.markdown(f"#### {a[f'short_{lang}']}")
    st.markdown(a[lang])
    render_deadline(reclaim, lang, weeks)
    if result["provisional"]:
        st.warning(t("rc.provisional", lang), icon="⏳")
    st.markdown(f"**{t('rc.table', lang)}**")
    st.table(month_table(result, lang), hide_index=True)
    st.caption(t("rc.table.note", lang))
    with st.expander(t("rc.why", lang)):
        st.markdown(
            "\n".join(
                f"- **{month_label(m['period'], lang)}**: {m[f'reason_{lang}']}" for m in result["months"]
            )
        )
    causes, not_applicable = causes_shown(reclaim, lang)
    if causes:
        with st.expander(t("rc.causes", lang)):
            for c in causes:
                st.markdown(f"**{c['title']}**  \n{c['text']}  \n*{t('rc.causes.check', lang)}* {c['check']}")
            if not_applicable:
                st.caption(not_applicable)
    render_money(reclaim, lang)
    if result["warnings"]:
        st.markdown(f"**{t('rc.h.warnings', lang)}**")
        for w in result["warnings"]:
            st.info(w[lang])
    st.markdown(f"**{t('rc.h.todo', lang)}**")
    st.markdown("\n".join(f"- {item[lang]}" for item in result["checklist"]))
    if pdf is not None:
        st.download_button(
            t("rc.pdf", lang),
            data=pdf,
            file_name=reconcile_file_name(result, st.session_state.get("pdf_name") or None),
            mime="application/pdf",
            on_click="ignore",
            help=t("rc.pdf.help", lang),
        )
    with st.expander(t("rc.sources", lang)):
        st.markdown("\n".join(f"- [{s['title']}]({s['url']})" for s in result["sources"]))
    st.caption(t("rc.disclaimer", lang))


def render_money(reclaim: dict[str, Any], lang: str) -> None:
    """Gross or net, and what it does to the tax return and the toeslagen."""
    g = reclaim["gross_or_net"]
    st.markdown(f"**{t('rc.h.money', lang)}**")
    st.markdown(g[lang])
    if g["rule"] != "none":
        st.markdown(f"{g['tax'][lang]}\n\n{g['toeslagen'][lang]}")
        with st.expander(t("rc.room", lang)):
            st.markdown(g[f"room_{lang}"])


def render_deadline(reclaim: dict[str, Any], lang: str, weeks: int) -> None:
    """The bezwaar deadline, right below the answer: the one date a person with a letter must not miss."""
    if reclaim["bezwaar_deadline"]:
        st.warning(t("rc.bezwaar", lang, date=long_date(reclaim["bezwaar_deadline"], lang)))
    elif reclaim["letter"] is not None:
        st.info(t("rc.bezwaar.nodate", lang, weeks=str(weeks)))


def pdf_builder(
    req: ReconcileRequest, result: dict[str, Any], book: RateBook, lang: str
) -> Callable[[], bytes]:
    """The PDF is built only when the button is clicked (Streamlit calls this), in memory. The client's
    name is the one typed for the summary PDF in "Bewaren en delen" (session only), if any."""
    name = st.session_state.get("pdf_name") or None

    def build() -> bytes:
        return reconcile_pdf(req, lang=lang, name=name, book=book, result=result)

    return build


def show_problems(messages: list[str], lang: str) -> None:
    st.error(t("rc.fix", lang) + "\n" + "\n".join(f"- {m}" for m in messages))


def render_reconcile(situation: Situation, book: RateBook, lang: str) -> None:
    """The section: questions, then calc's check, or calc's Dutch messages naming the line or field."""
    st.subheader(t("rc.h", lang), anchor=False)
    st.markdown(t("rc.intro", lang))
    kind = WAJONG_KINDS["met" if situation.wajong.arbeidsvermogen else "zonder"]
    person = t("rc.person", lang, age=str(situation.age), kind=kind)
    if situation.wajong.garantiebedrag is not None:
        person += " " + t("rc.person.garantie", lang, amount=eur(situation.wajong.garantiebedrag, lang))
    st.caption(person)
    st.caption(t("rc.privacy", lang))
    weeks = int(book.value("reconcile.bezwaar_weeks", situation.first_day))
    asked = months_questions(book, lang)
    letter = letter_questions(lang)
    settings, unreadable = more_settings(lang)
    try:
        raw, lines, unread = request_data(situation, asked, letter, settings, lang)
        unread += unreadable
    except InvalidSituation as err:  # no table of months at all
        show_problems(problem_lines(err.problems, [], [], lang), lang)
        return
    if raw is None:
        st.info(t("rc.empty", lang))
        return
    try:  # also when some lines could not be read: every problem is told at once
        req = parse_reconcile_request(raw) if raw["months"] else None
        result = reconcile(req, book) if req is not None else None
    except InvalidSituation as err:
        show_problems(problem_lines(unread, err.problems, lines, lang), lang)
        return
    if unread or req is None or result is None:
        show_problems(problem_lines(unread, [], lines, lang), lang)
        return
    render_result(result, lang, weeks, pdf=pdf_builder(req, result, book, lang))
