"""The breakdown for the coach: each line of the month, expandable into calc's own explanation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from calc.money import eur
from views.i18n import t

# Which explanation steps (by calc's rule name) belong under which line of the breakdown.
LINES: list[tuple[str, str, Callable[[str], bool]]] = [
    ("wage", "month", lambda r: r == "income_for_wajong"),
    (
        "wajong",
        "month",
        lambda r: (
            r
            in (
                "grondslag",
                "income_for_wajong",
                "offset_earnings",
                "offset_loondispensatie",
                "garantiebedrag",
            )
        ),
    ),
    ("other_income", "month", lambda r: False),
    ("withholding", "month", lambda r: r.startswith("withholding")),
    ("zorgtoeslag", "month", lambda r: r in ("toetsingsinkomen", "zorgtoeslag")),
    ("huurtoeslag", "month", lambda r: r in ("toetsingsinkomen", "huurtoeslag")),
    ("kindgebonden_budget", "month", lambda r: r.startswith("kindgebonden_budget")),
    ("net_income", "month", lambda r: r.startswith("net_income")),
    ("wajong_holiday_accrual", "month", lambda r: r == "vakantie_uitkering"),
    (
        "settlement",
        "year",
        lambda r: (
            r in ("taxable_income_year", "box1_tax", "income_tax_year", "settlement_year")
            or r.endswith("korting")
        ),
    ),
]
LABEL_KEYS = {"wajong_holiday_accrual": "bd.holiday"}
ONLY_WHEN_NOT_ZERO = ("kindgebonden_budget",)  # a line for parents only


def _amount(result: dict[str, Any], part: str, key: str, lang: str) -> str:
    value = (result.get(part) or {}).get(key)
    return t("bd.none", lang) if value is None else eur(value, lang)


def breakdown_table(now: dict[str, Any], job: dict[str, Any], lang: str) -> pd.DataFrame:
    """One row per line: what it is, now, with the job (formatted money)."""
    rows = []
    for key, part, _ in LINES:
        if key == "net_income" and now["month"].get("net_income") is None:
            key = "gross_income"
        if key in ONLY_WHEN_NOT_ZERO and not (now[part].get(key) or job[part].get(key)):
            continue
        rows.append(
            {
                t("bd.col.item", lang): t(LABEL_KEYS.get(key, f"bd.{key}"), lang),
                t("bd.col.now", lang): _amount(now, part, key, lang),
                t("bd.col.job", lang): _amount(job, part, key, lang),
            }
        )
    return pd.DataFrame(rows)


def _step_markdown(step: dict[str, Any], lang: str) -> str:
    text = step["text_nl"] if lang == "nl" else step["text_en"]
    links = "; ".join(f"[{s['title']}]({s['url']})" for s in step.get("sources", []))
    return f"{text}\n\n{t('source', lang)}: {links}" if links else text


def render_breakdown(now: dict[str, Any], job: dict[str, Any], lang: str) -> None:
    st.subheader(t("h.breakdown", lang))
    st.table(breakdown_table(now, job, lang))
    steps = job.get("explanation") or []
    shown: set[int] = set()
    for key, part, belongs in LINES:
        mine = [s for s in steps if belongs(s["rule"])]
        if not mine:
            continue
        shown.update(id(s) for s in mine)
        label = t(LABEL_KEYS.get(key, f"bd.{key}"), lang)
        with st.expander(f"{label}: {_amount(job, part, key, lang)} — {t('bd.steps', lang)}"):
            for s in mine:
                st.markdown(_step_markdown(s, lang))
    rest = [s for s in steps if id(s) not in shown]
    if rest:
        with st.expander(t("bd.steps", lang)):
            for s in rest:
                st.markdown(_step_markdown(s, lang))
