"""The questions about the work the client considers and what comes with it, asked by
views/inputs.py: the new job (hours, loondispensatie, wage), its costs (issue 16), an own business
(issue 17), the current job, and the Toeslagenwet questions that appear only when they can change the
top-up (issue 16). Each returns CLI-schema JSON; calc checks it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import streamlit as st

from calc.money import eur
from calc.months import month_name_nl
from calc.rates import RateBook
from views.i18n import t
from views.memo import session_memo
from views.numbers import Entry, Q, number_field

# "Do you get a Toeslagenwet top-up now?": the CLI's true / false / null, Dutch labels in the URL.
TW_RECEIVES = {"weet niet": None, "ja": True, "nee": False}
# The business's start month as the field and the link show it (one language in the URL); 0: not known.
ZZP_MONTHS = {0: "—", **{m: month_name_nl(m) for m in range(1, 13)}}


def slot(form_slots: dict[str, Any], name: str) -> None:
    """A place right below a field for calc's message about it (views/inputs.show_problems)."""
    form_slots[name] = st.container()


def new_job_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], minimum: float, age: Any, book: RateBook,
    day: dt.date,
) -> dict[str, Any]:  # fmt: skip
    """The job the client considers: hours, loondispensatie, wage (empty: the minimum wage)."""
    st.caption(t("job_intro", lang))
    hours = number_field(t("hours", lang), "hours", lang, default=20.0, unit="hours")
    entries.append(hours)
    slot(slots, "new.hours_per_week")
    ld = st.toggle(t("ld", lang), help=t("ld.help", lang), key="ld", bind=Q)
    wage = number_field(
        t("wage.ld" if ld else "wage", lang), "wage", lang, placeholder=t("wage.placeholder", lang),
        ask_above=book.value("plausibility.hourly_wage", day), ask_key="num.ask.wage",
    )  # fmt: skip
    entries.append(wage)
    if wage.value is None and wage.ok:
        st.caption(t("wage.default", lang, age=str(age), amount=eur(minimum, lang)))
    slot(slots, "new.hourly_wage")
    job: dict[str, Any] = {
        "hours_per_week": hours.value if hours.value is not None else 0.0,
        "hourly_wage": minimum if wage.value is None else wage.value,
    }
    if ld:
        lw = number_field(t("lw", lang), "lw", lang, unit="pct")
        entries.append(lw)
        # An empty loonwaarde is sent as "" so that calc refuses it on this field.
        job["loonwaarde"] = "" if lw.value is None else lw.value / 100
        slot(slots, "new.loonwaarde")
    return job


def costs_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], book: RateBook, day: dt.date
) -> dict[str, float]:
    """Folded: what the new job costs per month and the employer's travel allowance (calc/costs.py)."""
    limit = eur(book.value("work_costs.travel_allowance_max_per_km", day), lang)
    opened = any(k in st.query_params for k in ("costs", "travel"))
    with st.expander(t("costs.more", lang), expanded=opened):
        work = number_field(
            t("costs.work", lang), "costs", lang, default=0.0, help=t("costs.work.help", lang)
        )
        slot(slots, "costs.work_per_month")
        travel = number_field(
            t("costs.travel", lang),
            "travel",
            lang,
            default=0.0,
            help=t("costs.travel.help", lang, limit=limit),
        )
        slot(slots, "costs.travel_allowance_per_month")
    entries += [work, travel]
    out = {"work_per_month": work.value or 0.0, "travel_allowance_per_month": travel.value or 0.0}
    return out if any(out.values()) else {}


def business_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], day: dt.date
) -> dict[str, Any]:
    """The business the client considers (issue 17): the profit expected this year, the hours in it,
    when it started, and whether they had a business in each of the five years before."""
    st.caption(t("biz.intro", lang))
    profit = number_field(t("biz.profit", lang), "profit", lang, default=0.0, help=t("biz.profit.help", lang))
    entries.append(profit)
    slot(slots, "business.profit_year")
    hours = number_field(t("biz.hours", lang), "zzp_hours", lang, default=0.0, unit="hours",
                         help=t("biz.hours.help", lang))  # fmt: skip
    entries.append(hours)
    slot(slots, "business.hours_year")
    c1, c2 = st.columns(2)
    with c1:
        year = st.number_input(t("biz.started", lang), value=day.year, step=1, key="zzp_year", bind=Q)
    with c2:
        month = st.selectbox(
            t("biz.month", lang), [0, *range(1, 13)], key="zzp_month", bind=Q,
            format_func=ZZP_MONTHS.get,
            help=t("biz.month.none", lang),
        )  # fmt: skip
    slot(slots, "business.started_year")
    was = st.checkbox(t("biz.was5", lang), help=t("biz.was5.help", lang), key="zzp_5y", bind=Q)
    business: dict[str, Any] = {
        "profit_year": profit.value or 0.0,
        "hours_year": hours.value or 0.0,
        "started_year": year,
        "was_entrepreneur_last_5_years": was,
    }
    if month:
        business["started_month"] = month
    return business


def toeslagenwet_household(
    lang: str, slots: dict[str, Any], partner: bool, age: Any, kids: list[Any]
) -> dict[str, Any]:
    """Only the questions that can change the Toeslagenwet top-up: the partner's year of birth when no child
    under 12 lives at home (art. 3), living with the parents under 21 (art. 2 lid 3), sharing the home with
    adults of 27 or older from 21 (art. 2 lid 7-8)."""
    out: dict[str, Any] = {}
    young_child = any(isinstance(a, int) and 0 <= a < 12 for a in kids)
    adult = not isinstance(age, int) or age >= 21
    if partner and not young_child:
        year = st.number_input(
            t("partner_birth_year", lang), value=None, step=1, key="pby", bind=Q,
            help=t("partner_birth_year.help", lang), placeholder="1975",
        )  # fmt: skip
        slot(slots, "household.partner_birth_year")
        if year is not None:
            out["partner_birth_year"] = int(year)
    if not partner and not adult:
        out["lives_with_parents"] = st.toggle(
            t("lives_with_parents", lang), key="parents", bind=Q, help=t("lives_with_parents.help", lang)
        )
    if not partner and adult:
        out["kostendelers"] = st.number_input(
            t("kostendelers", lang), value=0, step=1, key="sharers", bind=Q, help=t("kostendelers.help", lang)
        )
        slot(slots, "household.kostendelers")
    return out


def toeslagenwet_question(lang: str, raw_now: dict[str, Any], book: RateBook) -> bool | None:
    """ "Do you get a Toeslagenwet top-up now?", only when calc finds one without the new job (the most the
    client can get; with the job it is less or none). None: not asked, or not known."""
    from calc.errors import InvalidSituation
    from calc.evaluate import evaluate
    from calc.validate import parse_situation

    def entitled() -> bool:
        try:
            tw = evaluate(parse_situation(raw_now), book).as_json().get("toeslagenwet") or {}
        except (InvalidSituation, ValueError, TypeError):
            return False
        return bool(tw.get("entitlement_month"))

    # The situation without the new job: a change of hours of the new job leaves it as it was.
    if not session_memo("tw_entitled", json.dumps(raw_now, sort_keys=True, default=str), entitled):
        return None
    choice = st.radio(
        t("tw_receives", lang), list(TW_RECEIVES), key="tw", bind=Q, horizontal=True,
        help=t("tw_receives.help", lang),
        captions=[t(f"tw_receives.{k}", lang) for k in ("unknown", "yes", "no")] if lang == "en" else None,
    )  # fmt: skip
    return TW_RECEIVES.get(choice)


def current_job_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], minimum: float, book: RateBook, day: dt.date
) -> list[dict[str, Any]]:
    """The job the client has now (if any): it stays in "now" and in every scenario."""
    hours = number_field(t("cur_hours", lang), "cur_hours", lang, default=0.0, unit="hours")
    entries.append(hours)
    slot(slots, "cur.hours_per_week")
    if not hours.value:
        return []
    wage = number_field(
        t("cur_wage", lang), "cur_wage", lang, placeholder=t("wage.placeholder", lang),
        ask_above=book.value("plausibility.hourly_wage", day), ask_key="num.ask.wage",
    )  # fmt: skip
    entries.append(wage)
    slot(slots, "cur.hourly_wage")
    return [{"hours_per_week": hours.value, "hourly_wage": minimum if wage.value is None else wage.value}]
