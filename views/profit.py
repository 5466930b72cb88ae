"""More or less profit (issue 17): for a business the hours sweep becomes a profit sweep. One call to
`calc.chain.profit_sweep`; the chart shows what arrives each month at each profit per year (tax and the
voorlopige aanslag below zero), the lines the money in the account and the year's money per month."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from calc.business import profit_grid
from calc.chain import profit_sweep
from calc.money import eur
from calc.net import TOESLAG_KEYS
from calc.rates import RateBook
from calc.situation import Situation
from views.charts import LINE_LEGEND, arrow_spec, arrow_table, dataset, field, money, summed, vega_spec
from views.i18n import t

COLORS = {
    "business_profit": "#0072B2",
    "wajong": "#E69F00",
    "wage": "#56B4E9",
    "toeslagen": "#009E73",
    "tax": "#CC79A7",
}


def long_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What arrives in an ordinary month by source, per profit (withholding and aanslag negative)."""
    parts = {
        "business_profit": df["business_profit"],
        "wajong": df["wajong"],
        "wage": df["wage"],
        "toeslagen": sum((df[k].fillna(0) for k in TOESLAG_KEYS), pd.Series(0.0, index=df.index)),
        "tax": -(df["withholding"] + df["voorlopige_aanslag"]),
    }
    names = {"business_profit": "src.business_profit", "tax": "src.tax"}
    frames = [
        pd.DataFrame(
            {"profit": df["profit_year"], "source": t(names.get(k, f"src.{k}"), lang), "amount": v.round(2)}
        )
        for k, v in parts.items()
        if bool((v != 0).any())
    ]
    return pd.concat(frames, ignore_index=True)


def profit_chart(df: pd.DataFrame, lang: str) -> dict[str, Any]:
    """Stacked bars by source per profit, with the two lines (Vega-Lite, without config: vega_spec)."""
    domain = [
        t({"business_profit": "src.business_profit", "tax": "src.tax"}.get(k, f"src.{k}"), lang)
        for k in COLORS
    ]
    datasets: dict[str, list[dict[str, Any]]] = {}
    x = {"field": "profit", "title": t("profit.axis", lang), "type": "quantitative"}
    bars = {
        "data": dataset(datasets, long_table(df, lang)),
        "mark": {"type": "bar"},
        "encoding": {
            "color": {"field": "source", "scale": {"domain": domain, "range": list(COLORS.values())},
                      "title": t("chart.source", lang), "type": "nominal"},
            "tooltip": [field("profit", "quantitative"), field("source", "nominal"), money("amount")],
            "x": x,
            "y": summed("amount", t("chart.amount", lang)),
        },
    }  # fmt: skip
    lines = pd.concat(
        [
            pd.DataFrame(
                {"profit": df["profit_year"], "line": t("src.net", lang), "total": df["net_income"]}
            ),
            pd.DataFrame(
                {"profit": df["profit_year"], "line": t("src.year", lang), "total": df["year_total"] / 12}
            ),
        ],
        ignore_index=True,
    )
    line = {
        "data": dataset(datasets, lines),
        "mark": {"type": "line", "color": "black", "strokeWidth": 3},
        "encoding": {"strokeDash": {"field": "line", "title": None, "type": "nominal", "legend": LINE_LEGEND},
                     "tooltip": [field("profit", "quantitative"), field("line", "nominal"), money("total")],
                     "x": x, "y": field("total", "quantitative")},
    }  # fmt: skip
    return {"layer": [bars, line], "height": 360, "datasets": datasets}


def keep_sentence(df: pd.DataFrame, profit: float, lang: str) -> str:
    """'Verdient u € 1.000 meer winst per jaar? Dan houdt u daarvan ongeveer € 300 over', at the profit
    entered, on the year's money (after the final tax and toeslagen)."""
    x, total = df["profit_year"].to_numpy(), df["year_total"].to_numpy()
    if len(x) < 2 or np.isnan(total).any():
        return ""
    step = float(x[1] - x[0])
    kept = float(np.interp(profit + step, x, total) - np.interp(profit, x, total))
    return t("profit.keep", lang, step=eur(step, lang), kept=eur(kept, lang))


def profit_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The text alternative of the chart: per profit, the money as the page writes it."""
    cols = {"profit_year": t("profit.col", lang), "wajong": t("src.wajong", lang),
            "net_income": t("src.net", lang), "year_total": t("src.year_total", lang)}  # fmt: skip
    out = df[list(cols)].rename(columns=cols)
    for c in cols.values():
        out[c] = [t("bd.none", lang) if pd.isna(v) else eur(v, lang) for v in out[c]]
    return out


@st.cache_data(max_entries=20, show_spinner=False, scope="session")
def profit_view(situation_json: str, grondslag: float, lang: str) -> dict[str, Any]:
    """calc's profit sweep and what render_profit draws of it, for one situation (cached per session)."""
    from calc.rates import load_rates

    s = Situation.model_validate_json(situation_json)
    assert s.business is not None
    df = profit_sweep(s, profit_grid(s.business.profit_year, grondslag), load_rates())
    return {
        "sentence": keep_sentence(df, s.business.profit_year, lang),
        "chart": arrow_spec(vega_spec(profit_chart(df, lang), lang)),
        "table": arrow_table(profit_table(df, lang)),
    }


def render_profit(situation: Situation, grondslag: float, book: RateBook, lang: str) -> None:
    """The profit sweep of the business the client considers."""
    del book  # the cached view loads the same rates
    st.subheader(t("h.profit", lang), anchor=False)
    st.markdown(t("profit.intro", lang))
    view = profit_view(situation.model_dump_json(), grondslag, lang)
    if view["sentence"]:
        st.markdown(f"**{view['sentence']}**")
    st.markdown(f"**{t('profit.chart.title', lang)}**")
    st.vega_lite_chart(view["chart"], width="stretch")
    with st.expander(t("table.show", lang), expanded=False):
        st.table(**view["table"])
