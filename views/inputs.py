"""The questions: widgets bound to the URL (?age=25&hours=20...), turned into CLI-schema JSON.

The widgets do not clamp values (no min/max): what the user types goes to `calc` unchanged, and
calc's own checks (pydantic limits, `calc.validate.check_situation`) say what is wrong. Their
Dutch message is shown in a slot right below the field it names (`show_problems`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from calc.errors import InputProblem
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur
from calc.months import month_name_nl
from calc.rates import RateBook
from calc.situation import LHK_CHOICES
from views.i18n import t
from views.numbers import Entry, number_field
from views.text import plain
from views.url import link_problems

# Widget keys double as URL parameter names (bind="query-params"): keep them short and stable.
URL_KEYS = (
    "lang",
    "coach",
    "age",
    "wajong",
    "partner",
    "partner_income",
    "persons",
    "rent",
    "service",
    "kids",
    "cur_hours",
    "cur_wage",
    "hours",
    "wage",
    "ld",
    "lw",
    "period",
    "other_income",
    "garantiebedrag",
    "assets",
    "lhk",
    "tti",
    "pby",
    "parents",
    "sharers",
    "tw",
    "costs",
    "travel",
    "work",
    "profit",
    "zzp_hours",
    "zzp_year",
    "zzp_month",
    "zzp_5y",
)
Q = "query-params"
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
# The CLI's values and their labels. A bound selectbox puts the label in the URL, so the labels
# are the same in both languages (Dutch, as the legal terms; the help text explains in English).
LHK_LABELS = dict(zip(LHK_CHOICES, ("UWV", "werkgever", "allebei", "geen"), strict=True))
WAJONG_KINDS = {"met": "Wajong met arbeidsvermogen", "zonder": "Wajong zonder arbeidsvermogen"}
# "Do you get a Toeslagenwet top-up now?": the CLI's true / false / null, Dutch labels in the URL.
TW_RECEIVES = {"weet niet": None, "ja": True, "nee": False}
WORK_KINDS = {"job": "Een baan", "business": "Voor mezelf (zzp)"}  # in the URL: the same in both languages


@dataclass
class Form:
    """What the user entered, as CLI-schema JSON, plus where to show a message per field."""

    raw: dict[str, Any]  # the situation WITH the new job (the last entry of jobs)
    job_slots: list[str]  # jobs[i] -> "cur" / "new": which widgets fed job i
    slots: dict[str, Any] = field(default_factory=dict)  # field path -> a container below it
    blocked: bool = False  # a field holds text that is not one number, or a value not yet confirmed
    new_work: str = "job"  # "business": the client considers working for themself (issue 17)

    @property
    def raw_now(self) -> dict[str, Any]:
        """The same situation without the new job (or the new business): what the client has now."""
        if self.new_work == "business":
            return {k: v for k, v in self.raw.items() if k != "business"}
        return {**self.raw, "jobs": self.raw["jobs"][:-1]}


def months(book: RateBook) -> list[str]:
    """Every month the rates cover, as 'YYYY-MM'."""
    first, last = book.supported_period()
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def today() -> dt.date:
    """The machine's date (tests replace this function to open the app on another day)."""
    return dt.date.today()


def default_month(book: RateBook, on: dt.date | None = None) -> str:
    """This month, or the nearest month the tool computes."""
    options = months(book)
    now = f"{(on or today()):%Y-%m}"
    return min(max(now, options[0]), options[-1])


def minimum_wage_for(age: Any, period: str, book: RateBook) -> float:
    """The statutory minimum hourly wage for this age in this month (adult wage if age unknown)."""
    day = dt.date(int(period[:4]), int(period[5:]), 1)
    a = age if isinstance(age, int) else 99
    return float(minimum_hourly_wage_on(a, book, day))


def children_ages(text: str) -> list[Any]:
    """'4, 13' -> [4, 13]. A part that is not a whole number is passed on as typed, so that calc
    refuses it with its Dutch message on this field (the form never guesses)."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return [_whole_number_or_text(p) for p in parts]


def _whole_number_or_text(part: str) -> int | str:
    try:
        return int(part)  # also "-1" (refused by calc as an age) and other scripts' digits
    except ValueError:
        return part  # "²", "vier": calc refuses it with a Dutch message


def language_and_mode() -> tuple[str, str]:
    """Language and view. Bound radios put the option's label in the URL, so these labels are the
    same in both languages (?lang=English&coach=true)."""
    c1, c2 = st.columns(2)
    with c1:
        lang = st.radio(
            t("lang"),
            ["nl", "en"],
            format_func=LANGUAGE_NAMES.get,
            horizontal=True,
            key="lang",
            bind=Q,
        )
    with c2:
        coach = st.toggle(t("mode.coach", lang), key="coach", bind=Q)
    return lang, "coach" if coach else "client"


def _slot(form_slots: dict[str, Any], name: str) -> None:
    form_slots[name] = st.container()


def situation_questions(lang: str, book: RateBook) -> Form:
    """The questions, the most important first (age, Wajong, rent, the job); the household and
    the current job, and the other settings, folded below. Returns the JSON and the message slots."""
    slots: dict[str, Any] = {}
    entries: list[Entry] = []
    st.subheader(t("h.situation", lang), anchor=False)
    age = st.number_input(t("age", lang), value=25, step=1, key="age", bind=Q)
    _slot(slots, "age")
    kind = st.radio(
        t("wajong_kind", lang),
        ["met", "zonder"],
        format_func=WAJONG_KINDS.get,  # the legal terms, in Dutch in both languages
        captions=[t("wajong.met.help", lang), t("wajong.zonder.help", lang)],
        key="wajong",
        bind=Q,
    )
    period = _period_so_far(book)
    day = dt.date(int(period[:4]), int(period[5:]), 1)
    rent = number_field(
        t("rent", lang), "rent", lang, default=0.0, ask_above=book.value("plausibility.rent_month", day),
        ask_key="num.ask.rent",
    )  # fmt: skip
    entries.append(rent)
    _slot(slots, "household.rent")
    minimum = minimum_wage_for(age, period, book)
    chosen = st.session_state.get("work") or (
        "business" if st.query_params.get("work") == WORK_KINDS["business"] else "job"
    )
    st.subheader(t("h.business" if chosen == "business" else "h.job", lang), anchor=False)
    work = st.radio(
        t("work.kind", lang), list(WORK_KINDS), format_func=WORK_KINDS.get,
        captions=[t("work.job", lang), t("work.business.help", lang)], key="work", bind=Q,
    )  # fmt: skip
    if work == "business":
        new_job, business = None, business_questions(lang, slots, entries, day)
    else:
        new_job, business = _new_job_questions(lang, slots, entries, minimum, age, book, day), None
    costs = _costs_questions(lang, slots, entries, book, day) if new_job else {}
    household, current, tw_box = _household_questions(lang, slots, entries, minimum, book, day, age)
    household["rent"] = rent.value if rent.value is not None else 0.0
    more = _more_settings(lang, book, slots, entries, household, day)
    jobs = [*current, *([new_job] if new_job else [])]
    raw = {
        "period": more["period"],
        "age": age,
        "wajong": {"arbeidsvermogen": kind == "met", "garantiebedrag": more["garantiebedrag"]},
        "jobs": jobs,
        "other_income_month": more["other_income_month"],
        "household": household,
        "loonheffingskorting": more["loonheffingskorting"],
    }
    if more["toetsingsinkomen_year"] is not None:
        raw["toetsingsinkomen_year"] = more["toetsingsinkomen_year"]
    if business is not None:
        raw["business"] = business
    if costs:
        raw["costs"] = costs
    with tw_box:
        receives = _toeslagenwet_question(lang, {**raw, "jobs": current}, book)
    if receives is not None:
        raw["toeslagenwet"] = {"receives": receives}
    for key, value, now in link_problems():  # a value in the link this form could not use
        message = t("url.bad", lang, value=plain(value, 60), now=plain(_shown(key, now, lang)))
        slot = slots.get(URL_SLOTS.get(key, ""))
        if slot is not None:
            slot.warning(message, icon="⚠️")
        else:
            st.warning(f"{plain(_url_label(key, lang))}: {message}", icon="⚠️")
    job_slots = ["cur"] * len(current) + (["new"] if new_job else [])
    blocked = not all(e.ok for e in entries)
    return Form(raw=raw, job_slots=job_slots, slots=slots, blocked=blocked, new_work=work)


def _new_job_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], minimum: float, age: Any, book: RateBook,
    day: dt.date,
) -> dict[str, Any]:  # fmt: skip
    """The job the client considers: hours, loondispensatie, wage (empty: the minimum wage)."""
    st.caption(t("job_intro", lang))
    hours = number_field(t("hours", lang), "hours", lang, default=20.0, unit="hours")
    entries.append(hours)
    _slot(slots, "new.hours_per_week")
    ld = st.toggle(t("ld", lang), help=t("ld.help", lang), key="ld", bind=Q)
    wage = number_field(
        t("wage.ld" if ld else "wage", lang), "wage", lang, placeholder=t("wage.placeholder", lang),
        ask_above=book.value("plausibility.hourly_wage", day), ask_key="num.ask.wage",
    )  # fmt: skip
    entries.append(wage)
    if wage.value is None and wage.ok:
        st.caption(t("wage.default", lang, age=str(age), amount=eur(minimum, lang)))
    _slot(slots, "new.hourly_wage")
    job: dict[str, Any] = {
        "hours_per_week": hours.value if hours.value is not None else 0.0,
        "hourly_wage": minimum if wage.value is None else wage.value,
    }
    if ld:
        lw = number_field(t("lw", lang), "lw", lang, unit="pct")
        entries.append(lw)
        # An empty loonwaarde is sent as "" so that calc refuses it on this field.
        job["loonwaarde"] = "" if lw.value is None else lw.value / 100
        _slot(slots, "new.loonwaarde")
    return job


def _costs_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], book: RateBook, day: dt.date
) -> dict[str, float]:
    """Folded: what the new job costs per month and the employer's travel allowance (calc/costs.py)."""
    limit = eur(book.value("work_costs.travel_allowance_max_per_km", day), lang)
    opened = any(k in st.query_params for k in ("costs", "travel"))
    with st.expander(t("costs.more", lang), expanded=opened):
        work = number_field(
            t("costs.work", lang), "costs", lang, default=0.0, help=t("costs.work.help", lang)
        )
        _slot(slots, "costs.work_per_month")
        travel = number_field(
            t("costs.travel", lang),
            "travel",
            lang,
            default=0.0,
            help=t("costs.travel.help", lang, limit=limit),
        )
        _slot(slots, "costs.travel_allowance_per_month")
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
    _slot(slots, "business.profit_year")
    hours = number_field(t("biz.hours", lang), "zzp_hours", lang, default=0.0, unit="hours",
                         help=t("biz.hours.help", lang))  # fmt: skip
    entries.append(hours)
    _slot(slots, "business.hours_year")
    c1, c2 = st.columns(2)
    with c1:
        year = st.number_input(t("biz.started", lang), value=day.year, step=1, key="zzp_year", bind=Q)
    with c2:
        month = st.selectbox(
            t("biz.month", lang), [0, *range(1, 13)], key="zzp_month", bind=Q,
            format_func=lambda m: month_name_nl(m) if m else "—",  # in the URL: one language
            help=t("biz.month.none", lang),
        )  # fmt: skip
    _slot(slots, "business.started_year")
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


# The example person: what every field holds before anything is entered.
EXAMPLE = {
    "age": 25, "wajong": "met", "rent": "0", "hours": "20", "wage": "", "ld": False, "partner": False,
    "persons": 1, "kids": "", "cur_hours": "0", "partner_income": "0", "other_income": "0",
    "garantiebedrag": "", "service": "0", "assets": "0", "lhk": "uwv", "tti": "", "costs": "0", "travel": "0",
    "work": "job",
}  # fmt: skip


def is_example(params: Any, state: Any) -> bool:
    """Nothing about the client entered yet (not in the link, not in a field): the answer is the
    example person's, and says so."""
    if any(k in params for k in URL_KEYS if k not in ("lang", "coach", "period")):
        return False
    return all(state.get(k, v) in (v, None) for k, v in EXAMPLE.items())


def _period_so_far(book: RateBook) -> str:
    """The month chosen (its field comes later, folded): from this run's state or the link."""
    chosen = st.session_state.get("period") or st.query_params.get("period")
    return chosen if chosen in months(book) else default_month(book)


HOUSEHOLD_KEYS = (
    "partner", "partner_income", "persons", "kids", "cur_hours", "cur_wage",
    "pby", "parents", "sharers", "tw",
)  # fmt: skip


def _household_questions(
    lang: str, slots: dict[str, Any], entries: list[Entry], minimum: float, book: RateBook, day: dt.date,
    age: Any = None,
) -> tuple[dict[str, Any], list[dict[str, Any]], Any]:  # fmt: skip
    """Folded: partner, persons, children, the Toeslagenwet's questions where they can matter, and the
    current job (open when a link or a file set one). Also returns the place of the question whether the
    client gets a Toeslagenwet top-up (asked once the whole situation is known)."""
    opened = any(k in st.query_params for k in HOUSEHOLD_KEYS)
    with st.expander(t("more.household", lang), expanded=opened):
        partner = st.toggle(t("partner", lang), key="partner", bind=Q)
        household: dict[str, Any] = {"partner": partner}
        if partner:
            income = number_field(t("partner_income", lang), "partner_income", lang, default=0.0)
            entries.append(income)
            household["partner_income_year"] = income.value or 0.0
            _slot(slots, "household.partner_income_year")
        household["persons"] = st.number_input(t("persons", lang), value=1, step=1, key="persons", bind=Q)
        _slot(slots, "household.persons")
        household["children_ages"] = children_ages(st.text_input(t("children", lang), key="kids", bind=Q))
        _slot(slots, "household.children_ages")
        household |= _toeslagenwet_household(lang, slots, partner, age, household["children_ages"])
        tw_box = st.container()
        current = _current_job(lang, slots, entries, minimum, book, day)
    return household, current, tw_box


def _toeslagenwet_household(
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
        _slot(slots, "household.partner_birth_year")
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
        _slot(slots, "household.kostendelers")
    return out


def _toeslagenwet_question(lang: str, raw_now: dict[str, Any], book: RateBook) -> bool | None:
    """ "Do you get a Toeslagenwet top-up now?", only when calc finds one without the new job (the most the
    client can get; with the job it is less or none). None: not asked, or not known."""
    from calc.errors import InvalidSituation
    from calc.evaluate import evaluate
    from calc.validate import parse_situation

    try:
        tw = evaluate(parse_situation(raw_now), book).as_json().get("toeslagenwet") or {}
    except (InvalidSituation, ValueError, TypeError):
        return None
    if not tw.get("entitlement_month"):
        return None
    choice = st.radio(
        t("tw_receives", lang), list(TW_RECEIVES), key="tw", bind=Q, horizontal=True,
        help=t("tw_receives.help", lang),
        captions=[t(f"tw_receives.{k}", lang) for k in ("unknown", "yes", "no")] if lang == "en" else None,
    )  # fmt: skip
    return TW_RECEIVES.get(choice)


def _current_job(
    lang: str, slots: dict[str, Any], entries: list[Entry], minimum: float, book: RateBook, day: dt.date
) -> list[dict[str, Any]]:
    """The job the client has now (if any): it stays in "now" and in every scenario."""
    hours = number_field(t("cur_hours", lang), "cur_hours", lang, default=0.0, unit="hours")
    entries.append(hours)
    _slot(slots, "cur.hours_per_week")
    if not hours.value:
        return []
    wage = number_field(
        t("cur_wage", lang), "cur_wage", lang, placeholder=t("wage.placeholder", lang),
        ask_above=book.value("plausibility.hourly_wage", day), ask_key="num.ask.wage",
    )  # fmt: skip
    entries.append(wage)
    _slot(slots, "cur.hourly_wage")
    return [{"hours_per_week": hours.value, "hourly_wage": minimum if wage.value is None else wage.value}]


def _shown(key: str, now: Any, lang: str) -> str:
    """A field's value as the form shows it."""
    if now is None or now == "":
        return t("url.empty", lang)
    if isinstance(now, bool):
        return t("url.on" if now else "url.off", lang)
    if isinstance(now, float) and now.is_integer():
        return str(int(now))
    zzp_months = {0: "—", **{m: month_name_nl(m) for m in range(1, 13)}}
    names = {"wajong": WAJONG_KINDS, "lhk": LHK_LABELS, "lang": LANGUAGE_NAMES, "work": WORK_KINDS,
             "zzp_month": zzp_months}.get(key, {})  # fmt: skip
    return str(names.get(now, now))


def _url_label(key: str, lang: str) -> str:
    """The name of a field outside this form's slots (the scenarios', the calendar's, the toggles)."""
    if key[:1] == "s" and key[1:2].isdigit():
        return t(f"sc.{key.partition('_')[2]}", lang, n=str(int(key[1]) + 1))
    labels = {
        "wajong": "wajong_kind",
        "coach": "mode.coach",
        "lang": "lang",
        "partner": "partner",
        "ld": "ld",
    }
    labels |= {"cal_new": "cal.new_work", "cal_hours": "cal.hours", "cal_stop": "cal.stop"}
    labels |= {"cal_stop_after": "cal.stop_after", "work": "work.kind", "zzp_month": "biz.month"}
    labels |= {"zzp_5y": "biz.was5", "parents": "lives_with_parents", "tw": "tw_receives"}
    return t(labels[key], lang) if key in labels else key


# URL key -> the slot below its field (the others are told at the end of the questions).
URL_SLOTS = {
    "age": "age",
    "persons": "household.persons",
    "rent": "household.rent",
    "service": "household.servicekosten",
    "partner_income": "household.partner_income_year",
    "kids": "household.children_ages",
    "cur_hours": "cur.hours_per_week",
    "cur_wage": "cur.hourly_wage",
    "hours": "new.hours_per_week",
    "wage": "new.hourly_wage",
    "lw": "new.loonwaarde",
    "period": "period",
    "other_income": "other_income_month",
    "garantiebedrag": "wajong.garantiebedrag",
    "assets": "household.assets",
    "lhk": "loonheffingskorting",
    "tti": "toetsingsinkomen_year",
    "zzp_year": "business.started_year",
    "pby": "household.partner_birth_year",
    "sharers": "household.kostendelers",
}


def link_choices(book: RateBook | None) -> dict[str, list[str]]:
    """The labels a bound choice field accepts from the link (a radio or selectbox holds its label)."""
    out = {
        "lang": list(LANGUAGE_NAMES.values()),
        "wajong": list(WAJONG_KINDS.values()),
        "lhk": list(LHK_LABELS.values()),
        "work": list(WORK_KINDS.values()),
        "zzp_month": ["—", *(month_name_nl(m) for m in range(1, 13))],
        "tw": list(TW_RECEIVES),
    }
    if book is not None:
        out["period"] = months(book)
    return out


def _more_settings(
    lang: str, book: RateBook, slots: dict[str, Any], entries: list[Entry], household: dict[str, Any],
    day: dt.date,
) -> dict[str, Any]:  # fmt: skip
    """The folded settings: month, other income, garantiebedrag, servicekosten, assets, who applies
    the loonheffingskorting, a known toetsingsinkomen (servicekosten and assets go to `household`)."""
    with st.expander(t("more", lang)):
        options = months(book)
        period = st.selectbox(
            t("period", lang), options, index=options.index(default_month(book)), key="period", bind=Q
        )
        _slot(slots, "period")
        other = number_field(
            t("other_income", lang), "other_income", lang, default=0.0,
            ask_above=book.value("plausibility.other_income_month", day), ask_key="num.ask.other",
        )  # fmt: skip
        _slot(slots, "other_income_month")
        gb = number_field(t("garantiebedrag", lang), "garantiebedrag", lang)
        _slot(slots, "wajong.garantiebedrag")
        service = number_field(t("servicekosten", lang), "service", lang, default=0.0)
        _slot(slots, "household.servicekosten")
        assets = number_field(t("assets", lang), "assets", lang, default=0.0)
        _slot(slots, "household.assets")
        lhk = st.selectbox(
            t("lhk", lang),
            list(LHK_LABELS),
            format_func=LHK_LABELS.get,
            help=t("lhk.help", lang),
            key="lhk",
            bind=Q,
        )
        _slot(slots, "loonheffingskorting")
        tti = number_field(t("tti", lang), "tti", lang)
        _slot(slots, "toetsingsinkomen_year")
    entries += [other, gb, service, assets, tti]
    household["servicekosten"] = service.value or 0.0
    household["assets"] = assets.value or 0.0
    return {
        "period": period,
        "other_income_month": other.value or 0.0,
        "garantiebedrag": gb.value,
        "loonheffingskorting": lhk,
        "toetsingsinkomen_year": tti.value,
    }


def slot_for(problem_field: str, form: Form) -> str:
    """'jobs[1].hourly_wage' -> 'new.hourly_wage', 'household.children_ages[2]' -> the ages field;
    other field paths stay as they are."""
    if problem_field.startswith("household.children_ages"):
        return "household.children_ages"
    if problem_field == "business.started_month":
        return "business.started_year"
    if problem_field.startswith("jobs["):
        idx, _, rest = problem_field[5:].partition("]")
        if idx.isdigit() and int(idx) < len(form.job_slots):
            return f"{form.job_slots[int(idx)]}{rest}"
    return problem_field


def show_problems(problems: list[InputProblem], form: Form, lang: str) -> list[InputProblem]:
    """Write each message below its field; return those without a field on screen."""
    unplaced = []
    for p in problems:
        name = slot_for(p.field, form)
        if name.endswith(".loonwaarde"):
            # The form asks a percentage; calc's range (0-1) would read wrongly here.
            message = t("lw.range", lang)
        elif p.field.startswith("household.children_ages[") and "heel getal" in p.message_nl:
            message = t("children.bad", lang)  # the form asks a list as text, so say how to write it
        else:
            message = p.message_nl if lang == "nl" else p.message_en
        slot = form.slots.get(name)
        if slot is None:
            unplaced.append(p)
        else:
            slot.error(message, icon=":material/warning:")
    return unplaced
