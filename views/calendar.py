"""The money calendar (issue 5): month by month, when each euro comes in, by source.

One call to `calc.calendar.calendar` for the situation with the new job; this module only shows
it: a stacked bar chart per month (tax withheld below zero) with the net line, the lowest month
marked and explained in calc's sentence, months where UWV or another office asks money back
highlighted, what is settled after the year, and the same figures as a table.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from calc.calendar import calendar
from calc.errors import InvalidSituation
from calc.money import eur
from calc.months import month_name_en, month_name_nl
from calc.net import TOESLAG_KEYS
from calc.rates import RateBook
from calc.validate import parse_calendar_request
from views.charts import arrow_spec, arrow_table, dataset, field, money, summed, vega_spec
from views.i18n import part_label, t
from views.numbers import number_field

# Sources in the order they are stacked; colours: Okabe-Ito, as the hours chart. Each toeslag of
# the registry takes the next colour of TOESLAG_COLOURS.
TOESLAG_COLOURS = ("#009E73", "#66C2A5", "#882255", "#117733", "#44AA99", "#332288")
SOURCES = {
    "wage_paid": "#0072B2",
    "employer_vakantiegeld": "#56B4E9",
    "wajong_paid": "#E69F00",
    "toeslagenwet_paid": "#AA4499",  # the Toeslagenwet top-up UWV pays with the Wajong (issue 16)
    "uwv_vakantie_uitkering": "#F0E442",
    "tegemoetkoming": "#D55E00",
    "other_income": "#999999",
    "business_profit": "#88CCEE",
    **dict(zip(TOESLAG_KEYS, TOESLAG_COLOURS, strict=False)),
    "withholding": "#CC79A7",
    "voorlopige_aanslag": "#AA4499",
}
NEGATIVE = ("withholding", "voorlopige_aanslag")  # drawn below zero
MONTHS = 12


def parse_hours_pattern(text: str) -> list[float] | None:
    """'20; 20; 32,5; 0' -> [20, 20, 32.5, 0]; empty -> None (every month the same).

    Raises ValueError on anything that is not a list of numbers (the view shows a Dutch message).
    """
    parts = [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]
    return [float(p.replace(",", ".")) for p in parts] or None


def calendar_options(
    raw: dict[str, Any],
    new_work: bool = False,
    hours: list[float] | None = None,
    stop: int | None = None,
    realised: float | None = None,
) -> dict[str, Any]:
    """The calendar settings as calc reads them: 12 months from the situation's month.

    `hours` are the new job's (the last job's) hours per week, month by month, repeated as a
    pattern; other jobs keep their hours. `stop`: the new job stops after this many months.
    `realised`: a business's profit as it turns out (issue 17).
    """
    options: dict[str, Any] = {"start": raw["period"], "months": MONTHS, "new_work_at_start": new_work}
    if realised is not None and raw.get("business"):
        options["business_profit_realised"] = realised
    jobs = raw.get("jobs") or []
    if hours and jobs:
        fixed = [j["hours_per_week"] for j in jobs[:-1]]
        options["hours_per_week_by_month"] = [[*fixed, h] if fixed else h for h in hours]
    if stop and jobs:
        options["job_stops_after_months"] = stop
    return options


def calendar_raw(
    raw: dict[str, Any],
    new_work: bool = False,
    hours: list[float] | None = None,
    stop: int | None = None,
    realised: float | None = None,
) -> dict[str, Any]:
    """The CLI situation plus the calendar settings (`python -m calc calendar`)."""
    return {**raw, "calendar": calendar_options(raw, new_work, hours, stop, realised)}


def compute_calendar(
    raw: dict[str, Any],
    book: RateBook,
    new_work: bool = False,
    hours: list[float] | None = None,
    stop: int | None = None,
    realised: float | None = None,
) -> dict[str, Any]:
    """calc's calendar for the situation (raises InvalidSituation with a message per field)."""
    return calendar(parse_calendar_request(calendar_raw(raw, new_work, hours, stop, realised)), book)


def month_label(ym: str, lang: str) -> str:
    """'2027-03' -> 'maart 2027' / 'March 2027'."""
    year, month = int(ym[:4]), int(ym[5:])
    return f"{(month_name_nl if lang == 'nl' else month_name_en)(month)} {year}"


def calendar_long(cal: dict[str, Any], lang: str) -> pd.DataFrame:
    """Long table for the chart: month, source, amount (tax withheld as a negative amount)."""
    rows = []
    for order, m in enumerate(cal["months"]):
        for key in SOURCES:
            value = m.get(key)
            if value is None or value == 0:
                continue
            rows.append(
                {
                    "order": order,
                    "month": month_label(m["month"], lang),
                    "source": part_label(key, lang, "cal.src"),
                    "amount": round(-value if key in NEGATIVE else value, 2),
                }
            )
    return pd.DataFrame(rows, columns=["order", "month", "source", "amount"])


def calendar_marks(cal: dict[str, Any], lang: str) -> pd.DataFrame:
    """Per month: net in, and whether it is the lowest month or a payback month (for the chart)."""
    payback = set(cal.get("payback_months") or [])
    lowest = (cal.get("lowest_month") or {}).get("month")
    return pd.DataFrame(
        [
            {
                "order": i,
                "month": month_label(m["month"], lang),
                "net_in": round(m["net_in"], 2),
                "top": round(sum(max(m.get(k) or 0.0, 0.0) for k in SOURCES if k not in NEGATIVE), 2),
                "payback": m["month"] in payback,
                "mark": " ".join(
                    x
                    for x, on in (
                        (t("cal.mark.lowest", lang), m["month"] == lowest),
                        (t("cal.mark.payback", lang), m["month"] in payback),
                    )
                    if on
                ),
            }
            for i, m in enumerate(cal["months"])
        ]
    )


def calendar_chart(cal: dict[str, Any], lang: str) -> dict[str, Any]:
    """Stacked bars per month by source, the net line, the marks; payback months shaded (Vega-Lite)."""
    long, marks = calendar_long(cal, lang), calendar_marks(cal, lang)
    datasets: dict[str, list[dict[str, Any]]] = {}
    # "januari 2027" -> "jan 27" on the axis, so twelve months fit a 390 px phone.
    short = "substring(datum.label, 0, 3) + ' ' + slice(datum.label, -2)"
    x = {"axis": {"labelAngle": -60, "labelExpr": short}, "field": "month", "sort": list(marks["month"]),
         "title": t("cal.month", lang), "type": "nominal"}  # fmt: skip
    shade = {  # decorative (aria: false): the warning names the months
        "data": dataset(datasets, marks[marks["payback"]]),
        "mark": {"type": "bar", "aria": False, "color": "#c0392b", "opacity": 0.15},
        "encoding": {"x": x, "y": {"value": 0}, "y2": {"value": 360}},
    }
    # The legend names the sources this calendar has (a legend of all twelve is longer than the plot).
    shown = set(long.loc[long["amount"] != 0, "source"])
    kept = [
        (label, colour) for k, colour in SOURCES.items() if (label := part_label(k, lang, "cal.src")) in shown
    ]
    present, colours = [label for label, _ in kept], [colour for _, colour in kept]
    bars = {
        "data": dataset(datasets, long),
        "mark": {"type": "bar"},
        "encoding": {
            "color": {"field": "source", "scale": {"domain": present, "range": colours},
                      "sort": present, "title": t("chart.source", lang), "type": "nominal"},
            "order": field("source_order", "quantitative"),
            "tooltip": [field("month", "nominal"), field("source", "nominal"), money("amount")],
            "x": x,
            "y": summed("amount", t("chart.amount", lang)),
        },
        "transform": [{"calculate": f"indexof({present!r}, datum.source)", "as": "source_order"}],
    }  # fmt: skip
    line = {
        "data": dataset(datasets, marks),
        "mark": {"type": "line", "color": "black", "point": True, "strokeWidth": 3},
        "encoding": {"tooltip": [field("month", "nominal"), money("net_in")], "x": x,
                     "y": field("net_in", "quantitative")},
    }  # fmt: skip
    text = {
        "data": dataset(datasets, marks[marks["mark"] != ""]),
        "mark": {"type": "text", "color": "#c0392b", "dy": -10, "fontSize": 13, "fontWeight": "bold"},
        "encoding": {"text": field("mark", "nominal"), "x": x, "y": field("top", "quantitative")},
    }
    return {"layer": [shade, bars, line, text], "height": 360, "datasets": datasets}


def calendar_table(cal: dict[str, Any], lang: str) -> pd.DataFrame:
    """The text alternative: one row per month, money per source and net in, and the marks."""
    marks = calendar_marks(cal, lang)
    rows = []
    # A toeslag column only where there is one (no column of zeros for everyone else).
    optional = (*TOESLAG_KEYS, "toeslagenwet_paid", "business_profit", "voorlopige_aanslag")
    keys = [k for k in SOURCES if k not in optional or any(m.get(k) for m in cal["months"])]
    for m, mark in zip(cal["months"], marks["mark"], strict=True):
        row = {t("cal.month", lang): month_label(m["month"], lang)}
        for key in keys:
            value = m.get(key)
            if key == "tegemoetkoming" and value is None:
                continue
            row[part_label(key, lang, "cal.src")] = t("bd.none", lang) if value is None else eur(value, lang)
        row[t("cal.net_in", lang)] = eur(m["net_in"], lang)
        row[t("cal.note", lang)] = mark
        rows.append(row)
    return pd.DataFrame(rows)


def after_year_lines(cal: dict[str, Any], lang: str) -> list[str]:
    """'Zorgtoeslag 2026: u krijgt ongeveer € 2,00 terug, na afloop van 2026, ...'"""
    out = []
    for x in cal.get("after_year") or []:
        amount = x.get("settlement") or 0.0
        key = "cal.after.back" if amount > 0 else "cal.after.pay" if amount < 0 else "cal.after.none"
        line = t(key, lang, kind=part_label(x["kind"], lang, "cal.kind"), year=str(x["year"]),
                 amount=eur(abs(amount), lang))  # fmt: skip
        if lang == "nl" and x.get("when_nl"):
            line += f" ({x['when_nl']})"
        out.append(line)
    for x in cal.get("wajong_due_after_calendar") or []:
        amount = x.get("amount", 0.0)
        if x.get("kind") == "business_settlement":
            continue  # below, with its year (business_lines)
        key = "cal.after.wajong_back" if amount >= 0 else "cal.after.wajong_pay"
        out.append(t(key, lang, month=month_label(x["month"], lang), amount=eur(abs(amount), lang)))
    return out


def business_lines(cal: dict[str, Any], lang: str) -> list[str]:
    """Per year of a business: the voorschot, the aangifte, UWV's settlement later (issue 17)."""
    out = []
    for y in (cal.get("business") or {}).get("years") or []:
        line = t("cal.biz.year", lang, year=str(y["year"]), estimate=eur(y["profit_estimate"], lang),
                 aangifte=month_label(y["aangifte_month"], lang), realised=eur(y["profit_realised"], lang),
                 when=month_label(y["settlement_month"], lang))  # fmt: skip
        amount = y["settlement"]
        key = "cal.biz.pay" if amount < 0 else "cal.biz.back" if amount > 0 else "cal.biz.none"
        out.append(f"{line} {t(key, lang, amount=eur(abs(amount), lang))}")
    return out


# Per session, not global: a client's situation is the cache key, and it must not outlive the
# session in server memory or be shared with other sessions (README: what is stored where).
@st.cache_data(max_entries=20, show_spinner=False, scope="session")
def calendar_view(
    raw: dict[str, Any],
    new_work: bool,
    hours: list[float] | None,
    stop: int | None,
    lang: str,
    realised: float | None = None,
) -> dict[str, Any]:
    """calc's calendar and what render_calendar draws of it, for one situation (cached per input)."""
    from calc.rates import load_rates

    cal = compute_calendar(raw, load_rates(), new_work, hours, stop, realised)
    return {
        "cal": cal,
        "chart": arrow_spec(vega_spec(calendar_chart(cal, lang), lang)),
        "lines": after_year_lines(cal, lang),
        "business": business_lines(cal, lang),
        "table": arrow_table(calendar_table(cal, lang)),
    }


SETTINGS = ("cal_new", "cal_hours", "cal_stop", "cal_stop_after", "cal_profit")  # the section's fields
CHOICES = "cal_choices"  # session state: the settings last used while the section was open (for the PDF)


def render_calendar(
    raw: dict[str, Any], book: RateBook, lang: str, business: bool = False
) -> dict[str, Any] | None:
    """The calendar with its settings; returns the settings (the PDF shows the same calendar). With a
    business (issue 17) the settings are the profit as it turns out, not the hours of a job.

    The calendar is computed and drawn only while its section is open (issue 20: that was most of a
    rerun). Closed, the PDF gets the settings last used when it was open, else calc's defaults; a link
    with calendar settings opens it, and the open section is in the link (`cal_open`)."""
    st.subheader(t("h.calendar", lang), anchor=False)
    st.markdown(t("cal.intro", lang))
    # Without a current job the job is new (UWV pays a voorschot first): on unless the user says not.
    no_job_now = len(raw.get("jobs") or []) <= 1
    linked = any(k in st.query_params for k in SETTINGS)
    with st.expander(t("cal.open", lang), expanded=linked, key="cal_open", on_change="rerun",
                     bind="query-params") as section:  # fmt: skip
        if not section.open:
            for key in SETTINGS:  # Streamlit forgets a field that is not drawn: keep what was entered
                if key in st.session_state:
                    st.session_state[key] = st.session_state[key]
            kept = st.session_state.get(CHOICES)
            if kept is None or kept["business"] != business:
                kept = {"business": business, "choices": (not business and no_job_now, None, None, None)}
            return None if kept["choices"] is None else calendar_options(raw, *kept["choices"])
        choices = _open_section(raw, lang, business, no_job_now)
        st.session_state[CHOICES] = {"business": business, "choices": choices}
        return None if choices is None else calendar_options(raw, *choices)


def _open_section(
    raw: dict[str, Any], lang: str, business: bool, no_job_now: bool
) -> tuple[bool, list[float] | None, int | None, float | None] | None:
    """The settings and the calendar; returns the choices (new work, hours, stop, profit), or None
    when there is no calendar to show (a setting or the situation calc cannot use)."""
    stop, hours, realised = None, None, None
    if business:
        new_work = False
        entry = number_field(
            t("cal.biz.realised", lang), "cal_profit", lang, help=t("cal.biz.realised.help", lang)
        )
        if not entry.ok:
            return None
        realised = entry.value
    else:
        new_work = st.checkbox(t("cal.new_work", lang), value=no_job_now, key="cal_new", bind="query-params")
        pattern = st.text_input(t("cal.hours", lang), key="cal_hours", bind="query-params")
        if st.checkbox(t("cal.stop", lang), key="cal_stop", bind="query-params"):
            stop = int(st.number_input(t("cal.stop_after", lang), min_value=1, max_value=MONTHS - 1, value=6,
                                       step=1, key="cal_stop_after", bind="query-params"))  # fmt: skip
        try:
            hours = parse_hours_pattern(pattern)
        except ValueError:
            st.error(t("cal.hours_bad", lang))
            return None
    try:
        view = calendar_view(raw, new_work, hours, stop, lang, realised)
    except InvalidSituation as err:
        for p in err.problems:
            st.error(p.message_nl if lang == "nl" else f"{p.field}: {p.message_en}")
        return None
    _show(view, lang)
    return new_work, hours, stop, realised


def _show(view: dict[str, Any], lang: str) -> None:
    """The calendar's sentence, chart, later settlements and table."""
    cal = view["cal"]
    lowest = cal.get("lowest_month") or {}
    if lowest:
        st.markdown(f"**{lowest['text_nl'] if lang == 'nl' else lowest['text_en']}**")
    if cal.get("payback_months"):
        months = ", ".join(month_label(m, lang) for m in cal["payback_months"])
        st.warning(t("cal.payback", lang, months=months))
    st.markdown(f"**{t('cal.title', lang)}**")
    st.vega_lite_chart(view["chart"], width="stretch")
    if cal.get("job_stop"):
        st.markdown(f"**{t('cal.stop.h', lang)}**")
        st.info(cal["job_stop"][f"text_{lang}"])
    if view["business"]:
        st.markdown(f"**{t('cal.biz.h', lang)}**")
        for line in view["business"]:
            st.info(line)
    lines = view["lines"]
    if lines:
        st.markdown(f"**{t('cal.after', lang)}**")
        st.markdown("\n".join(f"- {x}" for x in lines))
    for w in cal.get("warnings") or []:
        st.caption(w["nl"] if lang == "nl" else w["en"])
    with st.expander(t("table.show", lang), expanded=False):
        st.table(**view["table"])
