"""Up to four jobs side by side: the job from the form plus three alternatives, each in calc."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from calc.chain import situation_with_carried_toetsingsinkomen
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.money import eur
from calc.rates import RateBook
from calc.validate import parse_situation
from views.answer import monthly_totals
from views.i18n import t

EXTRA = 3  # alternatives next to the job in the form: four scenarios in all


def alternative_jobs(lang: str) -> list[dict[str, Any] | None]:
    """Hours, wage and (optional) loonwaarde per alternative, bound to ?s1_hours=... (None = empty)."""
    jobs: list[dict[str, Any] | None] = []
    for i, col in enumerate(st.columns(EXTRA), start=1):
        with col:
            st.markdown(f"**{t('sc.name', lang, n=str(i + 1))}**")
            hours = st.number_input(
                t("sc.hours", lang, n=str(i + 1)),
                value=None,
                step=1.0,
                key=f"s{i}_hours",
                bind="query-params",
            )
            wage = st.number_input(
                t("sc.wage", lang, n=str(i + 1)), value=None, step=0.1, key=f"s{i}_wage", bind="query-params"
            )
            lw = st.number_input(
                t("sc.lw", lang, n=str(i + 1)), value=None, step=5.0, key=f"s{i}_lw", bind="query-params"
            )
            if hours is None:
                jobs.append(None)
                continue
            job: dict[str, Any] = {"hours_per_week": hours, "hourly_wage": wage}
            if lw is not None:
                job["loonwaarde"] = lw / 100
            jobs.append(job)
    return jobs


def compare(
    raw_now: dict[str, Any], base_job: dict[str, Any], alternatives: list[dict[str, Any] | None],
    result_now: dict[str, Any], book: RateBook, lang: str,
) -> pd.DataFrame:  # fmt: skip
    """One row per scenario: its job, money per month with it, and the difference with now."""
    rows = []
    for n, job in enumerate([base_job, *alternatives], start=1):
        if job is None:
            continue
        job = {**job, "hourly_wage": job["hourly_wage"] or base_job["hourly_wage"]}
        row = {
            t("sc.col", lang): t("sc.name", lang, n=str(n)),
            t("chart.hours", lang): f"{job['hours_per_week']:g}",
            t("wage", lang): eur(job["hourly_wage"], lang),
            t("lw", lang): "" if job.get("loonwaarde") in (None, "") else f"{100 * job['loonwaarde']:g}%",
        }
        try:
            now = parse_situation(raw_now)
            other = parse_situation({**raw_now, "jobs": [*raw_now["jobs"], job]})
            result = evaluate(situation_with_carried_toetsingsinkomen(now, other, book), book).as_json()
        except InvalidSituation as err:
            msg = "; ".join(
                p.message_nl if lang == "nl" else f"{p.field}: {p.message_en}" for p in err.problems
            )
            row |= {t("with_job", lang): msg, t("difference", lang): ""}
        else:
            a_now, a_job, is_net = monthly_totals(result_now, result)
            unit = t("per_month_net" if is_net else "per_month_gross", lang)
            row |= {
                f"{t('with_job', lang)} ({unit})": eur(a_job, lang),
                t("difference", lang): eur(a_job - a_now, lang),
            }
        rows.append(row)
    return pd.DataFrame(rows)


def render_scenarios(raw_now: dict[str, Any], base_job: dict[str, Any], result_now: dict[str, Any],
                     book: RateBook, lang: str) -> None:  # fmt: skip
    st.subheader(t("h.scenarios", lang))
    st.markdown(t("sc.intro", lang))
    alternatives = alternative_jobs(lang)
    st.table(compare(raw_now, base_job, alternatives, result_now, book, lang))
