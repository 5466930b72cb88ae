"""The employer panel (issue 6): what this Wajonger costs an employer, per job, in one sentence.

One call to `calc.employer.employer_panel(situation)`; this module only shows it: per job a short
table (cost per hour and per month of a regular worker vs. this Wajonger without and with
loondispensatie, after the loonkostenvoordeel; the LKV itself; what UWV adds as Wajong), calc's
sentence, the LKV conditions, the no-riskpolis, notes with links and calc's warnings.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from calc.employer import employer_panel
from calc.errors import InvalidSituation
from calc.money import eur
from calc.rates import RateBook
from calc.situation import Situation
from views.i18n import t


def _money(x: float | None, lang: str) -> str:
    return t("bd.none", lang) if x is None else eur(x, lang)


def employer_table(job: dict[str, Any], lang: str) -> pd.DataFrame:
    """Rows: regular worker, this Wajonger (without / with loondispensatie), LKV, Wajong from UWV."""
    cost = job["cost"]
    rows = [
        ("emp.regular", cost["regular"]),
        ("emp.without_ld", cost["without_loondispensatie"]),
    ]
    if cost.get("with_loondispensatie"):
        rows.append(("emp.with_ld", cost["with_loondispensatie"]))
    out = [
        {
            t("emp.col.what", lang): t(key, lang),
            t("emp.col.hour", lang): _money(c["per_hour"], lang),
            t("emp.col.month", lang): _money(c["per_month"], lang),
        }
        for key, c in rows
    ]
    lkv = job["lkv"]
    out.append(
        {
            t("emp.col.what", lang): t("emp.lkv", lang, year=str(lkv["paid_in_year"])),
            t("emp.col.hour", lang): _money(lkv["per_hour"], lang),
            t("emp.col.month", lang): _money(lkv["per_month"], lang),
        }
    )
    wajong = job["wajong_month"]
    adds = wajong["with_loondispensatie"] if job.get("loonwaarde") is not None else None
    if adds is None:
        adds = wajong["without_loondispensatie"]
    out.append(
        {
            t("emp.col.what", lang): t("emp.uwv_adds", lang),
            t("emp.col.hour", lang): "",
            t("emp.col.month", lang): _money(adds, lang),
        }
    )
    return pd.DataFrame(out)


def job_title(job: dict[str, Any], lang: str) -> str:
    title = t("emp.job", lang, n=str(job["index"] + 1), hours=f"{job['hours_per_week']:g}",
              wage=eur(job["function_wage_per_hour"], lang))  # fmt: skip
    if job.get("loonwaarde") is not None:
        title += t("emp.job.lw", lang, lw=f"{100 * job['loonwaarde']:g}")
    return title


def _links(sources: list[dict[str, Any]]) -> str:
    return "; ".join(f"[{s['title']}]({s['url']})" for s in sources if s.get("url"))


def render_employer(situation: Situation, book: RateBook, lang: str) -> None:
    st.subheader(t("h.employer", lang), anchor=False)
    st.markdown(t("emp.intro", lang))
    try:
        panel = employer_panel(situation, book)
    except InvalidSituation as err:
        for p in err.problems:
            st.error(p.message_nl if lang == "nl" else f"{p.field}: {p.message_en}")
        return
    sentence = panel["sentence_nl"] if lang == "nl" else panel["sentence_en"]
    if sentence:
        st.markdown(f"### {sentence}")
    for job in panel["jobs"]:
        st.markdown(f"**{job_title(job, lang)}**")
        st.table(employer_table(job, lang))
        if len(panel["jobs"]) > 1:
            st.markdown(job["sentence"][lang])
    lkv = panel["lkv_conditions"]
    st.markdown(f"**{t('emp.h.lkv', lang)}** {lkv[lang]}")
    st.caption(f"{t('source', lang)}: {_links(lkv.get('sources', []))}")
    nr = panel["no_riskpolis"]
    st.markdown(f"**{t('emp.h.norisk', lang)}** {nr[lang]}")
    st.caption(f"{t('source', lang)}: {_links(nr.get('sources', []))}")
    with st.expander(t("emp.h.notes", lang)):
        for note in panel.get("notes") or []:
            links = ", ".join(f"<{u}>" for u in note.get("links", []))
            st.markdown(f"{note[lang]} {links}")
    for w in panel.get("warnings") or []:
        st.info(w[lang])
    rate = f"{100 * panel['settings']['premium_rate']:.2f}"
    st.caption(t("emp.assumed", lang, rate=rate.replace(".", ",") if lang == "nl" else rate))
