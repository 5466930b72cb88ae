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
from views.answer import signed
from views.i18n import t

EXTRA = 4  # other jobs beside the one in the form ("now" is not a slot)
PER_ROW = 3  # cards per row on a wide screen; a phone stacks them


def alternative_jobs(lang: str, wage_default: float) -> list[dict[str, Any]]:
    """Hours, wage and (optional) loonwaarde per other job, bound to ?s1_hours=... (empty = unused)."""
    jobs: list[dict[str, Any]] = []
    for i, col in enumerate(st.columns(2) * (EXTRA // 2), start=2):
        with col:
            st.markdown(f"**{t('sc.name', lang, n=str(i))}**")
            k = i - 1
            hours = st.number_input(
                t("sc.hours", lang, n=str(i)), value=None, step=1.0, key=f"s{k}_hours", bind="query-params"
            )
            wage = st.number_input(
                t("sc.wage", lang, n=str(i)), value=None, step=0.1, key=f"s{k}_wage", bind="query-params"
            )
            lw = st.number_input(
                t("sc.lw", lang, n=str(i)), value=None, step=5.0, key=f"s{k}_lw", bind="query-params"
            )
            if hours is None:
                continue
            job: dict[str, Any] = {
                "hours_per_week": hours,
                "hourly_wage": wage_default if wage is None else wage,
            }
            if lw is not None:
                job["loonwaarde"] = lw / 100
            jobs.append(job)
    return jobs


def compare_request(with_job: Situation, alternatives: list[dict[str, Any]]) -> CompareRequest:
    """The situation with the new job, each other job as a variant (raises InvalidSituation)."""
    return parse_compare_request(
        {**with_job.model_dump(mode="json"), "variants": [[a] for a in alternatives]}
    )


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
        st.caption("; ".join(jobs) if jobs else t("sc.no_job", lang))
        d_cash = None if is_now else signed(sc["difference_cash_month"], lang)
        d_year = None if is_now else signed(sc["difference_year_total"], lang)
        st.metric(t("sc.cash", lang), eur(sc["cash_month"], lang), d_cash, help=t("cash.help", lang))
        st.metric(t("sc.year", lang), eur(sc["year_total"], lang), d_year, help=t("sc.year.help", lang))
        m = sc["month"]
        toeslagen = sum(m.get(k) or 0.0 for k in TOESLAG_KEYS)
        st.markdown(
            f"{t('sc.wajong', lang)}: {eur(m['wajong'] or 0.0, lang)}  \n"
            f"{t('sc.toeslagen', lang)}: {eur(toeslagen, lang)}"
        )


def render_scenarios(
    with_job: Situation, book: RateBook, lang: str, wage_default: float
) -> CompareRequest | None:
    """The inputs for other jobs and the cards; returns what was compared (the PDF shows the same)."""
    st.subheader(t("h.scenarios", lang))
    st.markdown(t("sc.intro", lang))
    alternatives = alternative_jobs(lang, wage_default)
    try:
        request = compare_request(with_job, alternatives)
        cmp = compare(request, book)
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
