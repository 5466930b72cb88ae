"""Charts over the hours sweep, each with a table alternative, and the plateau sentence.

The charts are Vega-Lite specs written as plain dicts (issue 20): building them with altair cost
50-80 ms per chart, most of it validating and copying its objects. `tests/test_charts_schema.py`
validates every spec the app builds against the Vega-Lite JSON schema that altair ships.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from calc.money import eur
from calc.net import TOESLAG_KEYS
from calc.toeslagenwet_texts import flat_zone_hours, flat_zone_sentence
from views.i18n import part_label, t

# One colour per kind of income (colour-blind safe Okabe-Ito tones); tax in red-purple below 0.
COLORS = {
    "wage": "#0072B2",
    "wajong": "#E69F00",
    "toeslagenwet": "#AA4499",  # the Toeslagenwet top-up UWV pays with the Wajong (issue 16)
    "other_income": "#999999",
    "toeslagen": "#009E73",
    "tax": "#CC79A7",
}
WINDOW = 4  # hours per week: the step the plateau sentence compares ("van 24 naar 28 uur")
KEEP_LOW = 0.5  # an extra hour where you keep less than half of the extra wage is marked


# The two lines' legend above the plot, one per row: beside the sources' legend below it, its long
# labels ("Gemiddeld per maand over het hele jaar") were cut off at 390 px.
LINE_LEGEND = {"orient": "top", "direction": "vertical"}


def has_net(df: pd.DataFrame) -> bool:
    return "net_income" in df and bool(df["net_income"].notna().all())


def has_costs(df: pd.DataFrame) -> bool:
    """The client gave costs of working (or an untaxed allowance): the money after them differs."""
    return has_net(df) and bool((df["net_income_after_costs"] - df["net_income"]).abs().max() > 0.005)


def has_year(df: pd.DataFrame) -> bool:
    """The year's money is known for every row (it is not where a toeslag cannot be computed)."""
    return has_net(df) and "year_total" in df and bool(df["year_total"].notna().all())


def components(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Long table for the stacked chart: what arrives in an ordinary month by source, tax withheld as
    a negative amount (the bars add up to the money in the account)."""
    parts: dict[str, Any] = {k: df[k] for k in ("wage", "wajong", "toeslagenwet", "other_income")}
    if has_net(df):
        parts["toeslagen"] = sum((df[k].fillna(0) for k in TOESLAG_KEYS), pd.Series(0.0, index=df.index))
        parts["tax"] = -df["withholding"]
    frames = [
        pd.DataFrame({"hours": df["hours_per_week"], "source": t(f"src.{k}", lang), "amount": v.round(2)})
        for k, v in parts.items()
        if bool((v != 0).any())
    ]
    return pd.concat(frames, ignore_index=True)


def total(df: pd.DataFrame) -> pd.Series:
    """The year's money per month on average (holiday pay in, after the final tax and toeslagen): it
    does not depend on withholding, so an extra hour is measured on it. Else net, else gross."""
    if has_year(df):
        return df["year_total"] / 12
    return df["net_income"] if has_net(df) else df["gross_income"]


def lines(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The chart's lines: the money in the account each month, and the year's money per month."""
    series = {"src.net": df["net_income"] if has_net(df) else df["gross_income"]}
    if has_year(df):
        series["src.year"] = df["year_total"] / 12
    if has_costs(df):  # the new job's costs of working, when the client gave them (calc/costs.py)
        series["src.after_costs"] = df["net_income_after_costs"]
    return pd.concat(
        [
            pd.DataFrame({"hours": df["hours_per_week"], "line": t(k, lang), "total": v.round(2)})
            for k, v in series.items()
        ],
        ignore_index=True,
    )


def income_chart(df: pd.DataFrame, lang: str) -> dict[str, Any]:
    """Stacked bars by source per hour, with the two lines (Vega-Lite, without config: vega_spec)."""
    datasets: dict[str, list[dict[str, Any]]] = {}
    hours = df["hours_per_week"]
    # Bars are centred on their hour: pad half a step so the axis starts at 0, not at -4.
    x = {
        "field": "hours",
        "scale": {"domain": [float(hours.min()) - 0.5, float(hours.max()) + 0.5], "nice": False},
        "title": t("chart.hours", lang),
        "type": "quantitative",
    }
    bars = {
        "data": dataset(datasets, components(df, lang)),
        "mark": {"type": "bar"},
        "encoding": {
            "color": {
                "field": "source",
                "scale": {"domain": [t(f"src.{k}", lang) for k in COLORS], "range": list(COLORS.values())},
                "title": t("chart.source", lang),
                "type": "nominal",
            },
            "tooltip": [field("hours", "quantitative"), field("source", "nominal"), money("amount")],
            "x": x,
            "y": {
                "aggregate": "sum",
                "field": "amount",
                "title": t("chart.amount", lang),
                "type": "quantitative",
            },
        },
    }
    line = {
        "data": dataset(datasets, lines(df, lang)),
        "mark": {"type": "line", "color": "black", "strokeWidth": 3},
        "encoding": {
            "strokeDash": {"field": "line", "title": None, "type": "nominal", "legend": LINE_LEGEND},
            "tooltip": [field("hours", "quantitative"), field("line", "nominal"), money("total")],
            "x": x,
            "y": field("total", "quantitative"),
        },
    }
    return {"layer": [flat_zone_layer(df, datasets, x), bars, line], "height": 360, "datasets": datasets}


def flat_zone_layer(
    df: pd.DataFrame, datasets: dict[str, list[dict[str, Any]]], x: dict[str, Any]
) -> dict[str, Any]:
    """A light band over the hours where more work does not raise wage + Wajong + TW top-up (calc's
    `toeslagenwet_flat_zone`); decorative: the sentence above the chart says the same in words."""
    zone = flat_zone_hours(df["hours_per_week"].to_numpy(), df["toeslagenwet_flat_zone"].to_numpy())
    band = pd.DataFrame(
        {"hours": [zone[0] - 0.5], "end": [zone[1] + 0.5]} if zone else {"hours": [], "end": []}
    )
    return {
        "data": dataset(datasets, band),
        "mark": {"type": "rect", "color": "#AA4499", "opacity": 0.12, "aria": False},
        # No y: a rect spans the plot's full height, whatever it is.
        "encoding": {"x": x, "x2": {"field": "end"}},
    }


def extra_hour(df: pd.DataFrame) -> pd.DataFrame:
    """Per hour h: what going from h-1 to h hours a week adds per month, on the year's money (so no
    step from withholding), else net, else gross."""
    tot = total(df).to_numpy()
    wage = df["wage"].to_numpy()
    d_total, d_wage = np.diff(tot), np.diff(wage)
    with np.errstate(invalid="ignore", divide="ignore"):
        keep = np.where(d_wage > 0, d_total / d_wage, np.nan)
    return pd.DataFrame(
        {"hours": df["hours_per_week"].to_numpy()[1:], "extra": d_total.round(2), "keep": keep}
    )


FIVES = list(range(0, 41, 5))  # hour labels that fit a phone
KEEP_CLASSES = ("keep.half", "keep.less", "keep.none")  # the colours of the extra-hour chart
KEEP_COLOURS = ("#0072B2", "#E69F00", "#c0392b")


def keep_class(keep: float) -> str:
    """What one more hour leaves: half or more of the extra wage, less than half, or nothing."""
    if np.isnan(keep) or keep <= 0:
        return KEEP_CLASSES[2]
    return KEEP_CLASSES[0] if keep >= KEEP_LOW else KEEP_CLASSES[1]


def extra_hour_chart(df: pd.DataFrame, lang: str) -> dict[str, Any]:
    """What one more hour adds per hour, coloured by how much of the extra wage is kept."""
    data = extra_hour(df)
    data["kind"] = [t(f"chart.{keep_class(k)}", lang) for k in data["keep"]]
    names = [t(f"chart.{k}", lang) for k in KEEP_CLASSES]
    datasets: dict[str, list[dict[str, Any]]] = {}
    return {
        "data": dataset(datasets, data),
        "mark": {"type": "bar"},
        "encoding": {
            "color": {"field": "kind", "scale": {"domain": names, "range": list(KEEP_COLOURS)}, "title": None,
                      "type": "nominal"},
            "tooltip": [field("hours", "ordinal"), money("extra")],
            "x": {"axis": {"labelAngle": 0, "values": FIVES}, "field": "hours",
                  "title": t("chart.hours", lang), "type": "ordinal"},
            "y": {"field": "extra", "title": t("chart.extra", lang), "type": "quantitative"},
        },
        "height": 260,
        "datasets": datasets,
    }  # fmt: skip


def keep_sentences(df: pd.DataFrame, hours: float, lang: str) -> list[str]:
    """At the hours entered, over the whole year: what each extra euro of wage leaves, what an hour
    of work leaves, and from how many hours working pays at all (on the year's money per month)."""
    d = df.set_index("hours_per_week")
    if not has_net(df) or hours not in d.index or hours <= 0:
        return []
    tot = total(df).to_numpy()
    base, here = tot[0], float(total(df)[df["hours_per_week"] == hours].iloc[0])
    gain, wage = here - base, float(d.loc[hours, "wage"] - d.loc[0.0, "wage"]) if 0.0 in d.index else 0.0
    out = []
    if wage > 0:
        out.append(t("keep.cents", lang, cents=f"{100 * gain / wage:.0f}", hours=f"{hours:g}"))
        per_hour = gain / (hours * 52 / 12)
        out.append(t("keep.per_hour", lang, amount=eur(per_hour, lang)))
    worse = df["hours_per_week"][(tot <= base + 0.005) & (df["hours_per_week"] > 0).to_numpy()]
    if len(worse):
        out.append(t("keep.break_even", lang, hours=f"{float(worse.max()) + 1:g}"))
    return out


def plateau_sentence(df: pd.DataFrame, lang: str) -> str:
    """Where, per WINDOW hours, the least of the extra wage is kept, and where it mostly goes."""
    if not has_net(df):
        return ""
    tax = df["income_tax_year"] / 12 if has_year(df) else df["withholding"]
    d = df.assign(_total=total(df), _tax=tax).set_index("hours_per_week")
    best: tuple[float, str] | None = None
    for h0 in d.index:
        h1 = h0 + WINDOW
        if h1 not in d.index:
            continue
        a, b = d.loc[h0], d.loc[h1]
        d_wage = b["wage"] - a["wage"]
        if d_wage <= 0:
            continue
        kept = b["_total"] - a["_total"]
        losses = {
            "wajong": a["wajong"] - b["wajong"],
            "toeslagenwet": a["toeslagenwet"] - b["toeslagenwet"],
            "tax": b["_tax"] - a["_tax"],
            **{k: np.nan_to_num(a[k] - b[k]) for k in TOESLAG_KEYS},
        }
        cause = max(losses, key=lambda k: losses[k])
        ratio = kept / d_wage
        if best is None or ratio < best[0]:
            text = t(
                "plateau" if kept >= 0 else "plateau.loss",
                lang,
                h0=f"{h0:g}",
                h1=f"{h1:g}",
                wage=eur(d_wage, lang),
                kept=eur(abs(kept), lang),
                cause=t(f"cause.{cause}", lang)
                if cause not in TOESLAG_KEYS
                else t("cause.less", lang, name=part_label(cause, lang).lower()),
            )
            best = (ratio, text)
    if best is None or best[0] > 1 - KEEP_LOW / 5:
        return t("plateau.flat", lang)
    return best[1]


def sweep_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The text alternative for both charts: per hour, the amounts as money."""
    cols = {
        "hours_per_week": t("chart.hours", lang),
        "wage": t("src.wage", lang),
        "wajong": t("src.wajong", lang),
    }
    if bool((df["toeslagenwet"] != 0).any()):
        cols["toeslagenwet"] = t("src.toeslagenwet", lang)
    if has_net(df):
        cols["withholding"] = t("bd.withholding", lang)
        for k in TOESLAG_KEYS:  # a toeslag column only where there is one, or where it cannot be computed
            if bool((df[k].fillna(-1) != 0).any()):
                cols[k] = part_label(k, lang)
        cols["net_income"] = t("src.net", lang)
        if has_costs(df):
            cols["net_income_after_costs"] = t("src.after_costs", lang)
        if has_year(df):
            cols["year_total"] = t("src.year_total", lang)
    else:
        cols["gross_income"] = t("src.gross", lang)
    out = df[list(cols)].rename(columns=cols)
    for c in list(cols.values())[1:]:
        out[c] = [t("bd.none", lang) if pd.isna(v) else eur(v, lang) for v in out[c]]
    out[cols["hours_per_week"]] = [f"{h:g}" for h in df["hours_per_week"]]
    extra = [""] + [eur(x, lang) for x in extra_hour(df)["extra"]]
    out[t("chart.extra", lang)] = extra
    return out


# Number formats on the axes: "1.000" and "2,5" on the Dutch page (Vega's d3-format locale).
NUMBER_LOCALE = {
    "nl": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]},
}


# The Vega-Lite version of the specs: the one altair (requirements.txt) writes for the PDF's charts.
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"


def field(name: str, kind: str) -> dict[str, Any]:
    """An encoding of one column: {"field": "hours", "type": "quantitative"}."""
    return {"field": name, "type": kind}


def money(name: str) -> dict[str, Any]:
    """A tooltip with an amount: two decimals, grouped in the page's language (NUMBER_LOCALE)."""
    return {"field": name, "format": ",.2f", "type": "quantitative"}


def summed(name: str, title: str) -> dict[str, Any]:
    """The stacked bars' height: the sum of the column per x."""
    return {"aggregate": "sum", "field": name, "title": title, "type": "quantitative"}


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame as Vega-Lite's inline rows: plain Python numbers, strings and booleans, NaN as null
    (what DataFrame.to_dict("records") gives, at a fraction of its cost for these small frames)."""
    names = [str(c) for c in df.columns]
    columns = []
    for c in df.columns:
        values = df[c].tolist()
        if bool(df[c].isna().any()):
            values = [None if v is None or v is pd.NA or v != v else v for v in values]  # NaN -> null
        columns.append(values)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def dataset(datasets: dict[str, list[dict[str, Any]]], df: pd.DataFrame) -> dict[str, str]:
    """Put the frame's rows in the spec's datasets under a name from their content (as altair named
    them: the browser redraws a layer whose data changed); return the layer's `data`."""
    rows = records(df)
    text = json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str)
    name = "data-" + hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
    datasets[name] = rows
    return {"name": name}


def vega_spec(chart: dict[str, Any], lang: str = "nl") -> dict[str, Any]:
    """The chart as the page shows it: the Vega-Lite version, numbers in the page's language, the legend
    below the chart so it fits a 390 px phone."""
    return {
        "config": {
            "locale": {"number": NUMBER_LOCALE.get(lang, NUMBER_LOCALE["nl"])},
            "legend": {"orient": "bottom", "columns": 1, "labelLimit": 320, "symbolLimit": 0},
            "axis": {"labelFontSize": 12, "titleFontSize": 13},
        },
        **chart,
        # The height is the plot's; the legend comes below it. Streamlit's default ("fit") squeezed the
        # plot into the height together with the legend: the calendar's 12-entry legend left it flat.
        "autosize": {"type": "fit-x", "contains": "padding"},
        "$schema": SCHEMA,
    }


def arrow_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with its rows already in Arrow, as st.vega_lite_chart sends them: Streamlit converts
    the rows on every call, so the cached views convert them once (the same Streamlit function)."""
    from streamlit import dataframe_util

    datasets = {k: dataframe_util.convert_anything_to_arrow_bytes(v) for k, v in spec["datasets"].items()}
    return {**spec, "datasets": datasets}


def arrow_table(df: pd.DataFrame) -> dict[str, Any]:
    """st.table's arguments for a cached view: the rows already in Arrow (Streamlit's own conversion, so
    the same bytes go to the browser) and whether the index is hidden, as st.table decides for the
    frame; st.table would convert the frame again on every rerun."""
    from streamlit import dataframe_util

    return {
        "data": dataframe_util.convert_pandas_df_to_arrow_table(df),
        "hide_index": dataframe_util.has_range_index(df),
    }


# Per session, not global: a client's situation is the cache key, and it must not outlive the
# session in server memory or be shared with other sessions (README: what is stored where).
@st.cache_data(max_entries=20, show_spinner=False, scope="session")
def hours_view(sweep_key: str, lang: str, _df: pd.DataFrame) -> dict[str, Any]:
    """Everything render_hours shows, for one sweep: it does not depend on the hours chosen. Cached by
    the sweep's key (views.sweep.sweep_key), a short text, not by hashing the frame's 41 rows."""
    df = _df
    extra = extra_hour(df)["extra"]
    return {
        "sentence": plateau_sentence(df, lang),
        "best": t("best_hour", lang, low=eur(extra.min(), lang), high=eur(extra.max(), lang)),
        "income": arrow_spec(vega_spec(income_chart(df, lang), lang)),
        "extra": arrow_spec(vega_spec(extra_hour_chart(df, lang), lang)),
        "table": arrow_table(sweep_table(df, lang)),
    }


def render_hours(
    sweep: tuple[str, pd.DataFrame],
    lang: str,
    mode: str,
    hours: float | None = None,
    disregard_until: str | None = None,
) -> None:
    """The hours sweep: what an hour leaves at the hours entered, the plateau, the Toeslagenwet's flat
    zone in words (`disregard_until`: the last month of the art. 7 vrijlating), both charts (their titles
    as text above them, so they wrap on a phone) and the table alternative."""
    st.subheader(t("h.hours", lang), anchor=False)
    key, df = sweep  # views.sweep.session_sweep
    view = hours_view(key, lang, df)
    lines_ = keep_sentences(df, hours, lang) if hours is not None else []
    if lines_:
        st.markdown("\n".join(f"- {x}" for x in lines_))
    flat = flat_zone_sentence(
        df["hours_per_week"].to_numpy(), df["toeslagenwet_flat_zone"].to_numpy(), disregard_until, lang
    )
    if flat:
        st.warning(flat, icon=":material/horizontal_rule:")
    if view["sentence"]:
        st.markdown(f"**{view['sentence']}**")
    st.markdown(view["best"])
    if not has_net(df):
        st.caption(t("sweep.gross", lang))
    st.markdown(f"**{t('chart.income.title', lang)}**")
    st.vega_lite_chart(view["income"], width="stretch")
    st.markdown(f"**{t('chart.extra.title', lang)}**")
    st.vega_lite_chart(view["extra"], width="stretch")
    with st.expander(t("table.show", lang), expanded=False):
        st.table(**view["table"])
