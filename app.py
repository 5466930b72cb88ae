"""Loont werken? The Streamlit front end: questions -> calc -> answer, breakdown, hours, case.

Run: `scripts/app` (or `.venv/bin/streamlit run app.py`). Every rule and amount lives in `calc/`
and `rates/`; the helpers in `views/` only ask and show. Nothing is stored: the answers live in
the URL (shareable link) and in a JSON file the user may download.
"""

from __future__ import annotations

import streamlit as st

from calc.chain import situation_with_carried_toetsingsinkomen
from calc.compare import compare
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import RateBook, RatesError, load_rates
from calc.validate import parse_situation
from views.answer import render_answer
from views.breakdown import render_breakdown
from views.calendar import render_calendar
from views.case import finish_upload, render_case
from views.charts import render_hours
from views.employer import render_employer
from views.i18n import long_date, t
from views.inputs import (
    is_example,
    language_and_mode,
    link_choices,
    minimum_wage_for,
    show_problems,
    situation_questions,
)
from views.profit import render_profit
from views.reconcile import render_reconcile
from views.scenarios import compare_request, render_scenarios
from views.style import apply_style
from views.sweep import session_sweep
from views.text import plain
from views.todo import render_todo
from views.url import check_link

st.set_page_config(page_title="Loont werken?", page_icon="💶", layout="wide")
try:
    book: RateBook | None = load_rates()
    broken: RatesError | None = None
except RatesError as err:  # a broken file in rates/: our own page, never a number computed from it
    book, broken = None, err
check_link(link_choices(book))  # values in the link a field cannot use: taken out, told beside it

# 1. Language and mode, then the questions (left) and the answer (right, first thing to read).
lang, mode = language_and_mode()
apply_style(lang)
st.title(t("title", lang), anchor=False)
if broken is not None or book is None:
    st.error(t("rates.broken", lang))
    st.code(broken.dutch() if broken else "", language=None, wrap_lines=True)
    st.stop()
st.markdown(t("intro", lang) + " " + t("to_answer", lang))
questions, answer = st.columns([2, 3], gap="large")
with questions:
    form = situation_questions(lang, book)

# 2. calc: the situation with the new job and the one without it; calc says what is wrong.
with answer:
    st.html('<div id="antwoord"></div>')  # the target of the link at the top (phones: far below)
    if form.blocked:  # a field holds no clear number, or a high value is not confirmed yet
        st.subheader(t("h.answer", lang), anchor=False)
        st.warning(t("num.fix", lang))
        render_case(None, lang)
        st.stop()
    try:
        now = parse_situation(form.raw_now)
        # A toetsingsinkomen the client entered is the income without the new job; the job moves it.
        with_job = situation_with_carried_toetsingsinkomen(now, parse_situation(form.raw), book)
        answer_cmp = compare(compare_request(with_job, [], form.new_work), book)
        result_job = evaluate(with_job, book).as_json()
    except InvalidSituation as err:
        st.subheader(t("h.answer", lang), anchor=False)
        st.warning(t("fix_first", lang))
        for p in show_problems(err.problems, form, lang):
            st.error(plain(p.message_nl, 500) if lang == "nl" else plain(f"{p.field}: {p.message_en}", 500))
        render_case(None, lang)
        st.stop()

    # 3. The answer, large and first; the disclaimer with the date of the rates.
    render_answer(answer_cmp, result_job, lang, mode, example=is_example(st.query_params, st.session_state))
    st.caption(t("disclaimer", lang, date=long_date(result_job["rates_as_of"], lang)))

# 4. For the coach: every line and its explanation with sources.
if mode == "coach":
    render_breakdown(evaluate(now, book).as_json(), result_job, lang)

# 5. More or fewer hours: the 0-40 hours sweep of the new job (the last job in the list); for a business,
#    more or less profit (issue 17).
business = form.new_work == "business"
if business:
    render_profit(with_job, result_job["month"]["grondslag"] or 0.0, book, lang)
else:
    render_hours(
        session_sweep(with_job, len(with_job.jobs) - 1, book), lang, mode, with_job.jobs[-1].hours_per_week,
        disregard_until=(result_job.get("toeslagenwet") or {}).get("disregard_until"),
    )  # fmt: skip

# 6. Month by month: when the money comes in (calc's calendar for 12 months), and if the job stops;
#    for a business the voorschot now and UWV's settlement later.
calendar_settings = render_calendar(form.raw, book, lang, business=business)
if mode == "coach":  # what the job costs the employer (LKV, loondispensatie, no-riskpolis)
    render_employer(with_job, book, lang)

# 7. Now and up to five jobs side by side (calc's comparison, the same the PDF prints).
wage = (
    with_job.jobs[-1].hourly_wage if with_job.jobs else minimum_wage_for(with_job.age, with_job.period, book)
)
compared = render_scenarios(
    with_job, book, lang, wage_default=wage, new_work=form.new_work, answered=answer_cmp
)

# 8. What to do now, and the safety net (the same list the PDF prints).
render_todo(answer_cmp, result_job, lang)

# 9. Keep or share the case: the PDF of what was shown, the JSON file.
render_case(with_job, lang, coach=mode == "coach", compared=compared, calendar=calendar_settings)

# 10. Klopt mijn Wajong? A UWV letter checked month by month (personal data: never in the link).
render_reconcile(with_job, book, lang)
finish_upload()
