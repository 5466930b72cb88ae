"""The breakdown for the coach: each line of the month, expandable into calc's own explanation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from calc.money import eur
from calc.net import NET_PARTS, TOESLAG_KEYS
from views.i18n import part_label, t

# Which explanation steps (by calc's rule name) belong under which line of the breakdown: the
# parts of the net month from calc's registry (calc.net.NET_PARTS), then the totals.
LINES: list[tuple[str, str, Callable[[str], bool]]] = [
    *((p.key, "month", lambda r, rules=p.rules: r in rules) for p in NET_PARTS),
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
# A toeslag line only where there is (or may be) one; a business's lines only with a business.
ONLY_WHEN_NOT_ZERO = (*TOESLAG_KEYS, "toeslagenwet", "business_profit", "voorlopige_aanslag")


def _label(key: str, lang: str) -> str:
    return t(LABEL_KEYS[key], lang) if key in LABEL_KEYS else part_label(key, lang)


def _amount(result: dict[str, Any], part: str, key: str, lang: str) -> str:
    value = (result.get(part) or {}).get(key)
    return t("bd.none", lang) if value is None else eur(value, lang)


def breakdown_table(now: dict[str, Any], job: dict[str, Any], lang: str) -> pd.DataFrame:
    """One row per line: what it is, now, with the job (formatted money)."""
    rows = []
    for key, part, _ in LINES:
        if key == "net_income" and now["month"].get("net_income") is None:
            key = "gross_income"
        if key in ONLY_WHEN_NOT_ZERO and now[part].get(key) == 0 and job[part].get(key) == 0:
            continue
        rows.append(
            {
                t("bd.col.item", lang): _label(key, lang),
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
    st.subheader(t("h.breakdown", lang), anchor=False)
    st.table(breakdown_table(now, job, lang))
    steps = job.get("explanation") or []
    shown: set[int] = set()
    for key, part, belongs in LINES:
        mine = [s for s in steps if belongs(s["rule"])]
        if not mine:
            continue
        shown.update(id(s) for s in mine)
        label = _label(key, lang)
        with st.expander(f"{label}: {_amount(job, part, key, lang)} — {t('bd.steps', lang)}"):
            for s in mine:
                st.markdown(_step_markdown(s, lang))
    rest = [s for s in steps if id(s) not in shown]
    if rest:
        with st.expander(t("bd.steps", lang)):
            for s in rest:
                st.markdown(_step_markdown(s, lang))
