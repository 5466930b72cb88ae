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
from calc.rates import RateBook
from calc.situation import LHK_CHOICES
from views.i18n import t
from views.inputs_work import (
    TW_RECEIVES,
    ZZP_MONTHS,
    business_questions,
    costs_questions,
    current_job_questions,
    new_job_questions,
    toeslagenwet_household,
    toeslagenwet_question,
)
from views.inputs_work import slot as _slot
from views.numbers import Entry, number_field
from views.scenarios import is_other_job_field
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
        new_job, business = new_job_questions(lang, slots, entries, minimum, age, book, day), None
    costs = costs_questions(lang, slots, entries, book, day) if new_job else {}
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
        receives = toeslagenwet_question(lang, {**raw, "jobs": current}, book)
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
        household |= toeslagenwet_household(lang, slots, partner, age, household["children_ages"])
        tw_box = st.container()
        current = current_job_questions(lang, slots, entries, minimum, book, day)
    return household, current, tw_box


def _shown(key: str, now: Any, lang: str) -> str:
    """A field's value as the form shows it."""
    if now is None or now == "":
        return t("url.empty", lang)
    if isinstance(now, bool):
        return t("url.on" if now else "url.off", lang)
    if isinstance(now, float) and now.is_integer():
        return str(int(now))
    names = {"wajong": WAJONG_KINDS, "lhk": LHK_LABELS, "lang": LANGUAGE_NAMES, "work": WORK_KINDS,
             "zzp_month": ZZP_MONTHS}.get(key, {})  # fmt: skip
    return str(names.get(now, now))


def _url_label(key: str, lang: str) -> str:
    """The name of a field outside this form's slots (the scenarios', the calendar's, the toggles)."""
    if is_other_job_field(key):
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
    labels |= {
        "zzp_5y": "biz.was5",
        "parents": "lives_with_parents",
        "tw": "tw_receives",
        "cal_open": "cal.open",
        "sc_open": "sc.add",
    }
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
        "zzp_month": list(ZZP_MONTHS.values()),
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
