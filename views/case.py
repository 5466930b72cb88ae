"""Keeping a case: the situation as a JSON file (the CLI schema) to download and upload again.

The URL already holds every answer (widgets bound to query parameters); nothing is stored on
the server or written to disk.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from calc.errors import MAX_SHOWN, InputProblem, InvalidSituation
from calc.numbers import as_typed
from calc.rates import RateBook, load_rates
from calc.report import MAX_NAME, MAX_NOTES, file_name, summary_pdf
from calc.situation import CompareRequest, ReportRequest, Situation
from calc.validate import parse_situation_json
from views.i18n import t
from views.inputs import default_month, months
from views.text import plain


def situation_json(s: Situation) -> str:
    """The situation as the CLI reads it (`python -m calc evaluate FILE`)."""
    return json.dumps(s.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2)


TEXT_NUMBERS = (
    "partner_income", "rent", "service", "other_income", "garantiebedrag", "assets", "tti",
    "cur_hours", "cur_wage", "hours", "wage", "lw", "costs", "travel", "profit", "zzp_hours",
)  # fmt: skip


def form_state(s: Situation) -> tuple[dict[str, Any], list[str]]:
    """Widget values for a situation, and the fields the form cannot show (they are dropped).

    The form has one current job (the first of two) and the new job (always the last one).
    """
    h = s.household
    state: dict[str, Any] = {
        "period": s.period,
        "age": s.age,
        "wajong": "met" if s.wajong.arbeidsvermogen else "zonder",
        "garantiebedrag": s.wajong.garantiebedrag,
        "partner": h.partner,
        "partner_income": h.partner_income_year,
        "persons": h.persons,
        "rent": h.rent,
        "service": h.servicekosten,
        "kids": ", ".join(str(a) for a in h.children_ages),
        "other_income": s.other_income_month,
        "cur_hours": 0.0,
        "cur_wage": None,
        "hours": 0.0,
        "wage": None,
        "ld": False,
        "lw": None,
    }
    state |= {"assets": h.assets, "lhk": s.loonheffingskorting, "tti": s.toetsingsinkomen_year, "work": "job"}
    receives = {None: "weet niet", True: "ja", False: "nee"}[s.toeslagenwet.receives]
    state |= {"pby": h.partner_birth_year, "parents": h.lives_with_parents, "sharers": h.kostendelers}
    state["tw"] = receives
    state |= {"costs": s.costs.work_per_month, "travel": s.costs.travel_allowance_per_month}
    dropped = ["toeslagenwet.disregard_start"] if s.toeslagenwet.disregard_start else []
    dropped += ["costs.travel_km_per_month"] if s.costs.travel_km_per_month is not None else []
    if s.jobs:
        new = s.jobs[-1]
        state |= {"hours": new.hours_per_week, "wage": new.hourly_wage, "ld": new.loonwaarde is not None}
        if new.loonwaarde is not None:
            state["lw"] = new.loonwaarde * 100
    if len(s.jobs) >= 2:
        cur = s.jobs[0]
        state |= {"cur_hours": cur.hours_per_week, "cur_wage": cur.hourly_wage}
        if cur.loonwaarde is not None:
            dropped.append("jobs[0].loonwaarde")
    dropped += [f"jobs[{k}]" for k in range(1, len(s.jobs) - 1)]
    if s.business is not None:  # the business is the new work (issue 17): every job is a current one
        state |= business_state(s)
        if s.jobs:
            cur = s.jobs[-1]
            state |= {
                "cur_hours": cur.hours_per_week,
                "cur_wage": cur.hourly_wage,
                "hours": 0.0,
                "wage": None,
            }
        dropped = [d for d in dropped if not d.startswith("jobs[")] + [
            f"jobs[{k}]" for k in range(len(s.jobs) - 1)
        ]
    # Money and hours are text fields (Dutch numbers): written as the field shows them.
    state |= {k: as_typed(state[k]) for k in TEXT_NUMBERS if k in state}
    return state, dropped


EXAMPLE_HOURS = 20.0  # the job field's example value (views.inputs.EXAMPLE), kept while the business is shown


def business_state(s: Situation) -> dict[str, Any]:
    """The widgets of a business: "Voor mezelf", the profit, the hours, the start, the five years."""
    b = s.business
    assert b is not None
    return {
        "work": "business",
        "profit": b.profit_year,
        "zzp_hours": b.hours_year,
        "zzp_year": b.started_year if b.started_year is not None else int(s.period[:4]),
        "zzp_month": b.started_month or 0,
        "zzp_5y": b.was_entrepreneur_last_5_years,
    }


# A saved case is about 1 kB; anything much larger is not one of ours, so it is refused before
# it is parsed (a 10 MB file gets a Dutch message, not seconds of JSON parsing).
MAX_CASE_FILE_BYTES = 100_000


def read_case_file(data: bytes) -> Situation:
    """An uploaded case file as a Situation, or InvalidSituation with Dutch messages per field."""
    if len(data) > MAX_CASE_FILE_BYTES:
        size = f"{len(data) / 1e6:.1f} MB" if len(data) >= 1e6 else f"{len(data) // 1000} kB"
        raise InvalidSituation(
            [
                InputProblem(
                    "(bestand)",
                    f"dit bestand is te groot ({size.replace('.', ',')}). Een bewaarde situatie "
                    f"is kleiner dan {MAX_CASE_FILE_BYTES // 1000} kB. Kies het JSON-bestand dat u hier "
                    "hebt bewaard.",
                    f"this file is too large ({size}); a saved case is under "
                    f"{MAX_CASE_FILE_BYTES // 1000} kB.",
                )
            ]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidSituation(
            [
                InputProblem(
                    "(bestand)",
                    "dit is geen tekstbestand (geen UTF-8). Kies het JSON-bestand dat u hier hebt bewaard.",
                    "this is not a text file (not UTF-8).",
                )
            ]
        ) from None
    return parse_situation_json(text)


def _load_upload() -> None:
    """on_change of the uploader: runs before the script, so it may set the widgets' values."""
    file = st.session_state.get("upload")
    st.session_state["upload_message"] = []
    if file is None:
        return
    try:
        s = read_case_file(file.getvalue())
    except InvalidSituation as err:
        st.session_state["upload_message"] = [("error", [p.to_dict() for p in err.problems])]
        return
    state, dropped = form_state(s)
    messages: list[tuple[str, Any]] = [("dropped", dropped)] if dropped else []
    if state["period"] not in months(load_rates()):
        # The month list cannot show it: say so, rather than let the form fall back to another month.
        messages.append(("month", state.pop("period")))
    st.session_state.update(state)
    st.session_state["relink"] = state
    st.session_state["upload_message"] = messages


# Streamlit writes a bound widget's value to the link only when the user changes it, not when an
# upload sets it in code (issue 13: the link lost the loonwaarde and the current job's wage, and
# lagged one upload behind). So after an upload the address bar is set to the uploaded case's link
# (history.replaceState from a one-pixel frame; no page load, nothing leaves the browser).


def link_query(state: dict[str, Any], keep: dict[str, str]) -> str:
    """The query string of a case as the bound widgets write it (labels for radios and selects,
    'true' for toggles, text fields as typed); defaults left out; `keep`: lang, coach."""
    from views.inputs import EXAMPLE, LHK_LABELS, WAJONG_KINDS, WORK_KINDS
    from views.inputs_work import ZZP_MONTHS

    params = dict(keep)
    for key, value in state.items():
        if value is None or value == "" or value == EXAMPLE.get(key) or value is False:
            continue
        if key == "wajong":
            value = WAJONG_KINDS[value]
        elif key == "lhk":
            value = LHK_LABELS[value]
        elif key == "work":
            value = WORK_KINDS[value]
        elif key == "zzp_month":
            if not value:
                continue
            value = ZZP_MONTHS[int(value)]
        elif value is True:
            value = "true"
        params[key] = str(value)
    return urlencode(params)


def finish_upload() -> None:
    """After an upload: the address bar holds the uploaded case's link."""
    state = st.session_state.pop("relink", None)
    if state:  # the run of the upload itself: its page is not drawn until the next run
        st.session_state["relink_now"] = state
        st.rerun()
    state = st.session_state.pop("relink_now", None)
    if not state:
        return
    keep = {k: st.query_params[k] for k in ("lang", "coach") if k in st.query_params}
    query = json.dumps("?" + link_query(state, keep))
    st.iframe(
        "<script>setTimeout(() => window.parent.history.replaceState(null, '', "
        f"window.parent.location.pathname + {query}), 800);</script>",
        height=1,
        tab_index=-1,
    )


def report_request(
    situation: Situation, compared: CompareRequest | None, calendar: dict[str, Any] | None
) -> ReportRequest:
    """What the PDF shows: the situation, the jobs compared on screen and the calendar's settings."""
    variants = [] if compared is None else [[j.model_dump(mode="json") for j in v] for v in compared.variants]
    new_work = None if compared is None else compared.new_work
    return ReportRequest.model_validate(
        {
            **situation.model_dump(mode="json"),
            "variants": variants,
            "calendar": calendar,
            "new_work": new_work,
        }
    )


def summary_pdf_builder(
    request: ReportRequest, lang: str, coach: bool, name: str | None = None, notes: str | None = None
) -> Callable[[], bytes]:
    """The PDF is built only when the button is clicked (Streamlit calls this), in memory."""

    def build() -> bytes:
        return summary_pdf(request, lang=lang, name=name, notes=notes, include_employer=coach, coach=coach)

    return build


def render_case(
    situation: Situation | None,
    lang: str,
    coach: bool = False,
    compared: CompareRequest | None = None,
    calendar: dict[str, Any] | None = None,
) -> None:
    """The PDF of what was shown (every job compared, the calendar with its settings, an optional
    name and notes, kept in this session only), and the case as a JSON file to download and upload."""
    st.subheader(t("h.case", lang), anchor=False)
    st.markdown(t("share", lang))
    if situation is not None:
        name = st.text_input(t("pdf.name", lang), key="pdf_name", max_chars=MAX_NAME) or None
        notes = st.text_area(t("pdf.notes", lang), key="pdf_notes", max_chars=MAX_NOTES) if coach else None
        request = report_request(situation, compared, calendar)
        st.download_button(
            t("download_pdf", lang),
            data=summary_pdf_builder(request, lang, coach, name, notes or None),
            file_name=file_name(situation.period, name),
            mime="application/pdf",
            on_click="ignore",
        )
        st.download_button(
            t("download", lang),
            data=situation_json(situation),
            file_name=f"loont-werken-{situation.period}.json",
            mime="application/json",
            on_click="ignore",
        )
    st.file_uploader(t("upload", lang), type=["json"], key="upload", on_change=_load_upload)
    st.caption(t("upload.help", lang))
    render_upload_messages(lang, book=load_rates())


def render_upload_messages(lang: str, book: RateBook) -> None:
    """What the last upload could not use. Field names and values come from the file: they are
    printed as text (`plain`), never as Markdown, so a file cannot put a link or an image here."""
    for kind, payload in st.session_state.get("upload_message") or []:
        if kind == "error":
            lines = [
                f"- {plain(p['field'])}: {plain(p['message_nl' if lang == 'nl' else 'message_en'], 300)}"
                for p in payload[:MAX_SHOWN]
            ]
            if len(payload) > MAX_SHOWN:
                lines.append(f"- … (+{len(payload) - MAX_SHOWN})")
            st.error(t("upload.bad", lang) + "\n" + "\n".join(lines))
        elif kind == "dropped":
            st.warning(t("upload.extra", lang, fields=", ".join(plain(f) for f in payload)))
        elif kind == "month":
            current = st.session_state.get("period") or default_month(book)
            st.warning(t("upload.month", lang, month=plain(payload), current=plain(current)))
