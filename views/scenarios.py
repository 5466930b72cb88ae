"""Scenarios side by side: "now" and the job from the form, plus up to four other jobs, each as a
card with the money per month, the year, the Wajong and the toeslagen. One call to calc's comparison
(`calc.compare`), the same one the answer, the PDF and `python -m calc compare` use."""

from __future__ import annotations

from typing import Any

import streamlit as st

from calc.compare import compare
from calc.errors import InvalidSituation
from calc.money import eur
from calc.net import TOESLAG_KEYS
from calc.rates import RateBook
from calc.situation import CompareRequest, Situation
from calc.validate import parse_compare_request
from views.answer import metric_delta
from views.i18n import t
from views.numbers import number_field

EXTRA = 4  # other jobs beside the one in the form ("now" is not a slot)
PER_ROW = 3  # cards per row on a wide screen; a phone stacks them


def alternative_jobs(lang: str, wage_default: float) -> tuple[list[dict[str, Any]], bool]:
    """Hours, wage and (optional) loonwaarde per other job, bound to ?s1_hours=... (empty = unused),
    two jobs per row so the keyboard goes Baan 2, 3, 4, 5; numbers as people type them. Returns the
    jobs and whether every field holds a usable number."""
    jobs: list[dict[str, Any]] = []
    ok = True
    for first in range(2, 2 + EXTRA, 2):
        for i, col in zip(range(first, first + 2), st.columns(2), strict=True):
            with col:
                job, fine = _alternative(i, lang, wage_default)
            ok &= fine
            if job is not None:
                jobs.append(job)
    return jobs, ok


def _alternative(i: int, lang: str, wage_default: float) -> tuple[dict[str, Any] | None, bool]:
    st.markdown(f"**{t('sc.name', lang, n=str(i))}**")
    k = i - 1
    hours = number_field(t("sc.hours", lang, n=str(i)), f"s{k}_hours", lang, unit="hours")
    wage = number_field(t("sc.wage", lang, n=str(i)), f"s{k}_wage", lang)
    lw = number_field(t("sc.lw", lang, n=str(i)), f"s{k}_lw", lang, unit="pct")
    fine = hours.ok and wage.ok and lw.ok
    if hours.value is None or not fine:
        return None, fine
    job: dict[str, Any] = {
        "hours_per_week": hours.value,
        "hourly_wage": wage_default if wage.value is None else wage.value,
    }
    if lw.value is not None:
        job["loonwaarde"] = lw.value / 100
    return job, True


def compare_request(
    with_job: Situation, alternatives: list[dict[str, Any]], new_work: str = "job"
) -> CompareRequest:
    """The situation with the new job (or the new business), each other job as a variant (raises
    InvalidSituation)."""
    raw = {**with_job.model_dump(mode="json"), "variants": [[a] for a in alternatives]}
    return parse_compare_request({**raw, "new_work": new_work} if new_work == "business" else raw)


def is_other_job_field(key: str) -> bool:
    """s1_hours, s2_wage, s4_lw, ...: a field of another job."""
    return key[:1] == "s" and key[1:2].isdigit() and "_" in key


def problem_text(field: str, message: str, lang: str) -> str:
    """'variants[0][0].hours_per_week' -> 'Baan 2: <message>' (the card's own name)."""
    if field.startswith("variants["):
        k = int(field[len("variants[") : field.index("]")])
        return f"{t('sc.name', lang, n=str(k + 2))}: {message}"
    return message


def _card(sc: dict[str, Any], lang: str, is_now: bool) -> None:
    with st.container(border=True):
        st.markdown(f"**{sc[f'label_{lang}']}**")
        jobs = [j[f"label_{lang}"] for j in sc["jobs"]]
        if sc.get("business"):
            jobs.append(t("sc.business", lang, profit=eur(sc["business"]["profit_year"], lang)))
        st.caption("; ".join(jobs) if jobs else t("sc.no_job", lang))
        d_cash = {} if is_now else metric_delta(sc["difference_cash_month"], lang)
        d_year = {} if is_now else metric_delta(sc["difference_year_total"], lang)
        st.metric(t("sc.cash", lang), eur(sc["cash_month"], lang), help=t("cash.help", lang), **d_cash)
        st.metric(t("sc.year", lang), eur(sc["year_total"], lang), help=t("sc.year.help", lang), **d_year)
        m = sc["month"]
        toeslagen = sum(m.get(k) or 0.0 for k in TOESLAG_KEYS)
        tw = m.get("toeslagenwet") or 0.0  # the Toeslagenwet top-up, a line only where UWV pays one
        st.markdown(
            f"{t('sc.wajong', lang)}: {eur(m['wajong'] or 0.0, lang)}  \n"
            + (f"{t('sc.toeslagenwet', lang)}: {eur(tw, lang)}  \n" if tw else "")
            + f"{t('sc.toeslagen', lang)}: {eur(toeslagen, lang)}"
        )


def render_scenarios(
    with_job: Situation,
    book: RateBook,
    lang: str,
    wage_default: float,
    new_work: str = "job",
    answered: dict[str, Any] | None = None,
) -> CompareRequest | None:
    """The inputs for other jobs and the cards; returns what was compared (the PDF shows the same).
    `answered`: the answer's comparison of the same situation without other jobs, reused when none is
    entered."""
    st.subheader(t("h.scenarios", lang), anchor=False)
    st.markdown(t("sc.intro", lang))
    linked = any(is_other_job_field(k) for k in st.query_params)
    with st.expander(t("sc.add", lang), expanded=linked, key="sc_open", on_change="rerun",
                     bind="query-params") as section:  # fmt: skip
        # Closed and empty, the twelve fields are not drawn (issue 20: a rerun sends fewer elements);
        # a field that holds something is always drawn, so Streamlit keeps its value and its link.
        filled = any(is_other_job_field(k) and st.session_state[k] for k in st.session_state)
        alternatives, fields_ok = (
            alternative_jobs(lang, wage_default) if section.open or filled else ([], True)
        )
    if not fields_ok:
        return None
    try:
        request = compare_request(with_job, alternatives, new_work)
        cmp = answered if answered is not None and not alternatives else compare(request, book)
    except InvalidSituation as err:
        for p in err.problems:
            st.error(problem_text(p.field, p.message_nl if lang == "nl" else p.message_en, lang))
        return None
    cards = [(cmp["now"], True), *((v, False) for v in cmp["variants"])]
    for start in range(0, len(cards), PER_ROW):
        for col, (sc, is_now) in zip(st.columns(PER_ROW), cards[start : start + PER_ROW], strict=False):
            with col:
                _card(sc, lang, is_now)
    return request
