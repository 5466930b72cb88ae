"""The answer, large and first: money per month now, with the job, the difference, one sentence.

The compared amount is calc's `month.net_income_with_settlement`: the net month plus 1/12 of the
income tax settlement after the year (refund or payback). With the default loonheffingskorting
("uwv") too much tax is withheld from the wage, so the plain net month can look worse than the
year really is; the line under the figures says what comes in each month and what comes back (or
has to be paid) after the year.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from calc.money import eur
from views.i18n import long_date, t

SETTLEMENT_CODES = ("tax_refund", "tax_pay_back")  # calc's warnings with the advice on the settlement


def _net(result: dict[str, Any]) -> float | None:
    month = result["month"]
    value = month.get("net_income_with_settlement")
    return value if value is not None else month.get("net_income")


def monthly_totals(now: dict[str, Any], job: dict[str, Any]) -> tuple[float, float, bool]:
    """(now, with job, is_net): net per month including 1/12 of the settlement after the year when
    calc gives it for both (else the plain net month), otherwise gross."""
    net_now, net_job = _net(now), _net(job)
    if net_now is not None and net_job is not None:
        return float(net_now), float(net_job), True
    return float(now["month"]["gross_income"]), float(job["month"]["gross_income"]), False


def answer_sentence(difference: float, lang: str) -> str:
    """'Met deze baan heeft u elke maand € 214,00 meer.' (money to the cent, as calc gives it)."""
    if abs(difference) < 0.005:
        return t("same_sentence", lang)
    key = "more_sentence" if difference > 0 else "less_sentence"
    return t(key, lang, amount=eur(abs(difference), lang))


def settlement_line(job: dict[str, Any], lang: str) -> str:
    """'Elke maand komt er € 1.691,39 binnen. Na het jaar krijgt u ongeveer € 3.406,48 terug ...'"""
    month_net = job["month"].get("net_income")
    settlement = (job.get("year") or {}).get("settlement")
    if month_net is None:
        return ""
    line = t("in_each_month", lang, amount=eur(month_net, lang))
    if settlement is None or abs(settlement) < 0.005:
        return f"{line} {t('settle.none', lang)}"
    key = "settle.refund" if settlement > 0 else "settle.pay"
    return f"{line} {t(key, lang, amount=eur(abs(settlement), lang))}"


def provisional_lines(result: dict[str, Any], lang: str) -> list[str]:
    """One line per amount that is not official yet: its name, the value used and why (coach view)."""
    out = []
    for p in result.get("provisional") or []:
        why = t(f"provisional.{p['status']}", lang, since=long_date(p["since"], lang))
        name = p["label"] if lang == "nl" else p["parameter"]
        out.append(f"- [{name}]({p['source']['url']}): {why}")
    return out


def render_provisional(result: dict[str, Any], lang: str, mode: str) -> None:
    """The banner for a month whose amounts are partly not yet known (calc's `provisional`)."""
    if not result.get("provisional"):
        return
    topics = sorted({p["topic_label"] if lang == "nl" else p["parameter"].partition(".")[0].replace("_", " ")
                     for p in result["provisional"]})  # fmt: skip
    st.warning(
        t("provisional", lang, year=result["period"][:4])
        + " "
        + t("provisional.topics", lang, topics=", ".join(topics)),
        icon="⏳",
    )
    if mode == "coach":
        with st.expander(t("provisional.list", lang)):
            st.markdown("\n".join(provisional_lines(result, lang)))


def render_answer(now: dict[str, Any], job: dict[str, Any], lang: str, mode: str) -> None:
    a_now, a_job, is_net = monthly_totals(now, job)
    diff = round(a_job - a_now, 2)
    st.subheader(t("h.answer", lang))
    render_provisional(job, lang, mode)
    st.markdown(f"## {answer_sentence(diff, lang)}")
    unit = t("per_month_net" if is_net else "per_month_gross", lang)
    c1, c2, c3 = st.columns(3)
    c1.metric(t("now", lang), eur(a_now, lang), help=unit)
    c2.metric(t("with_job", lang), eur(a_job, lang), help=unit)
    c3.metric(t("difference", lang), ("+ " if diff > 0 else "") + eur(diff, lang), help=unit)
    st.markdown(f"**{t('amounts_are', lang, unit=unit)}** {t('net_note' if is_net else 'gross_note', lang)}")
    warnings = job.get("warnings") or []
    advice = [w for w in warnings if w.get("code") in SETTLEMENT_CODES]
    line = settlement_line(job, lang) if is_net else ""
    if line:
        st.markdown(line)
        for w in advice:
            st.info(w["nl"] if lang == "nl" else w["en"])
    rest = [w for w in warnings if not (line and w.get("code") in SETTLEMENT_CODES)]
    signals = (job.get("toeslagen") or {}).get("signals") or []
    if rest or (signals and mode == "coach"):
        st.markdown(f"**{t('h.warnings', lang)}**")
        for w in rest:
            st.info(w["nl"] if lang == "nl" else w["en"])
        if mode == "coach":
            for s in signals:
                st.info(s["text_nl"] if lang == "nl" else s["text_en"])
