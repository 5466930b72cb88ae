"""The Toeslagenwet top-up in the app and the PDF (issue 16): the questions appear only when they can
matter, the flat zone is said in words, the "ask UWV" line reaches the client.

The done-when case: a couple with a child of 3, partner without income, Wajong with arbeidsvermogen, 20 h at
the minimum wage of July 2026 (tests/cases/evaluate-2026-toeslagenwet-couple-child-3.yaml: top-up
€ 661,95 a month, vrijlating 0,15 x 2.337,00 = 350,55 until June 2028). The flat zone starts where the
vrijlating reaches its maximum: 0,05 x 2.337,00 + 0,3 x (w - 116,85) = 350,55 gives a wage of € 895,85, at
€ 14,99 x 52 / 12 = € 64,957 an hour 13,8 hours, so 14 hours; at 40 hours the top-up is still 2.337,0375 +
350,55 - 40 x 64,957 = € 89,32 (it stops at 41,4 hours).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest

from calc.chain import sweep
from calc.rates import load_rates
from calc.toeslagenwet_texts import flat_zone_hours, flat_zone_sentence
from calc.validate import parse_situation

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BOOK = load_rates()
COUPLE = {
    "period": "2026-07", "age": 25, "wajong": {"arbeidsvermogen": True},
    "jobs": [{"hours_per_week": 20, "hourly_wage": 14.99}],
    "household": {"partner": True, "persons": 3, "children_ages": [3]},
}  # fmt: skip


def run(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def texts(at: AppTest) -> str:
    parts = [*at.markdown, *at.info, *at.warning]
    return "\n".join(str(x.value) for x in parts)


def couple(**extra: str) -> AppTest:
    return run(period="2026-07", partner="true", persons="3", kids="3", hours="20", **extra)


def test_the_flat_zone_of_the_done_when_case_in_hours() -> None:
    df = sweep(parse_situation(COUPLE), np.arange(0, 41, dtype=float), 0, BOOK)
    assert flat_zone_hours(df["hours_per_week"], df["toeslagenwet_flat_zone"]) == (14.0, 40.0)
    assert round(float(df.loc[40, "toeslagenwet"]), 2) == round(2337.0375 + 350.55 - 2598.27, 2)  # 89,32
    gross = df.loc[14:40, "gross_income"].to_numpy()
    assert np.allclose(gross, 2337.04 + 350.55, atol=0.01)  # the norm plus the vrijlating, at every hour
    text = flat_zone_sentence(df["hours_per_week"], df["toeslagenwet_flat_zone"], "2028-06")
    assert text.startswith("Tussen 14 en 40 uur per week gaat uw inkomen")
    assert "tot en met juni 2028" in text and "stopt de toeslag" not in text  # it does not stop by 40 h


def test_the_app_says_the_flat_zone_and_asks_uwv() -> None:
    at = couple()
    assert not at.exception
    shown = texts(at)
    assert "Tussen 14 en 40 uur per week gaat uw inkomen" in shown
    assert "tot en met juni 2028" in shown  # how long the art. 7 vrijlating lasts
    assert "Vraag hem aan bij UWV" in shown  # client view: the top-up is not paid by itself
    # The partner's year of birth does not matter with a child under 12: not asked.
    assert not [w for w in at.number_input if w.key == "pby"]
    assert [r for r in at.radio if r.key == "tw"]  # the top-up is positive: do you get it?
    # The scenario card names it (21,75 x 107,45 - (726,51 + 1.299,13 - 350,55) = 661,95 with the job).
    assert "Toeslag van UWV per maand: € 661,95" in "\n".join(m.value for m in at.markdown).replace(
        "\xa0", " "
    )


def test_the_app_in_english() -> None:
    shown = texts(couple(lang="English"))
    assert "Between 14 and 40 hours a week your income" in shown


def test_saying_no_top_up_takes_it_out_of_the_month_but_keeps_the_hint() -> None:
    at = couple(tw="nee")
    assert not at.exception
    shown = texts(at)
    assert "u zei dat u hem niet krijgt" in shown
    assert "Tussen 14 en 40 uur" in shown  # the law's zone is the same; only the money in the month changes


def test_the_questions_appear_only_when_they_can_matter() -> None:
    no_kids = run(period="2026-07", partner="true", persons="2")
    assert [w for w in no_kids.number_input if w.key == "pby"]  # art. 3 decides: asked
    assert not [w for w in no_kids.number_input if w.key == "sharers"]  # a couple: no woningdeler norm
    young = run(period="2026-07", age="19")
    assert [w for w in young.toggle if w.key == "parents"]  # art. 2 lid 3
    assert not [w for w in young.number_input if w.key == "sharers"]  # lid 8: not under 21
    adult = run(period="2026-07")
    assert not [w for w in adult.toggle if w.key == "parents"]
    assert [w for w in adult.number_input if w.key == "sharers"]
    # A partner who earns well: no top-up, so the question whether the client gets one is not asked.
    rich = run(period="2026-07", partner="true", persons="3", kids="3", partner_income="60000")
    assert not [r for r in rich.radio if r.key == "tw"]


def test_the_pdf_shows_the_top_up_where_it_is_paid_and_the_flat_zone() -> None:
    import io
    import re

    import pypdf

    from calc.report import summary_pdf

    pdf = summary_pdf({**COUPLE, "calendar": {"new_work_at_start": True}}, book=BOOK)
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    text = text.replace("\xa0", " ")
    assert "Toeslag UWV" in text  # the calendar's column, only when UWV pays one
    assert "juli 2026 (laagst) € 1.299,13 € 0,00 € 726,51 € 661,95" in text
    assert "Tussen 14 en 40 uur per week gaat uw inkomen" in text
    assert "Vraag bij UWV een toeslag op uw Wajong aan (Toeslagenwet)" in text
