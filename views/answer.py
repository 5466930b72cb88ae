"""The answer, large and first: money per month now, with the job, the difference, one sentence."""

from __future__ import annotations

from typing import Any

import streamlit as st

from calc.money import eur
from views.i18n import t


def monthly_totals(now: dict[str, Any], job: dict[str, Any]) -> tuple[float, float, bool]:
    """(now, with job, is_net): net per month when calc gives it for both, else gross."""
    net_now, net_job = now["month"].get("net_income"), job["month"].get("net_income")
    if net_now is not None and net_job is not None:
        return float(net_now), float(net_job), True
    return float(now["month"]["gross_income"]), float(job["month"]["gross_income"]), False


def answer_sentence(difference: float, lang: str) -> str:
    """'Met deze baan heeft u elke maand € 214,00 meer.' (money to the cent, as calc gives it)."""
    if abs(difference) < 0.005:
        return t("same_sentence", lang)
    key = "more_sentence" if difference > 0 else "less_sentence"
    return t(key, lang, amount=eur(abs(difference), lang))


def render_answer(now: dict[str, Any], job: dict[str, Any], lang: str, mode: str) -> None:
    a_now, a_job, is_net = monthly_totals(now, job)
    diff = round(a_job - a_now, 2)
    st.subheader(t("h.answer", lang))
    st.markdown(f"## {answer_sentence(diff, lang)}")
    unit = t("per_month_net" if is_net else "per_month_gross", lang)
    c1, c2, c3 = st.columns(3)
    c1.metric(t("now", lang), eur(a_now, lang), help=unit)
    c2.metric(t("with_job", lang), eur(a_job, lang), help=unit)
    c3.metric(t("difference", lang), ("+ " if diff > 0 else "") + eur(diff, lang), help=unit)
    st.markdown(f"**{t('amounts_are', lang, unit=unit)}** {t('net_note' if is_net else 'gross_note', lang)}")
    warnings = job.get("warnings") or []
    signals = (job.get("toeslagen") or {}).get("signals") or []
    if warnings or (signals and mode == "coach"):
        st.markdown(f"**{t('h.warnings', lang)}**")
        for w in warnings:
            st.info(w["nl"] if lang == "nl" else w["en"])
        if mode == "coach":
            for s in signals:
                st.info(s["text_nl"] if lang == "nl" else s["text_en"])
