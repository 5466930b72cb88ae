"""The app's flow with Streamlit's AppTest: answer, every validation message, language, link, case.

The app must show exactly what `calc.evaluate` computes for the situation the user entered, so
expected amounts come from the core (tested against official examples elsewhere) for the same
situation written out by hand here, and messages are the Dutch texts the rules promise.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from calc.calendar import calendar as calc_calendar
from calc.chain import situation_with_carried_toetsingsinkomen
from calc.compare import compare
from calc.employer import employer_panel
from calc.evaluate import evaluate
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur
from calc.numbers import read_number
from calc.rates import load_rates
from calc.situation import CompareRequest, Situation
from calc.validate import parse_calendar_request, parse_situation_json
from views.answer import metric_delta, signed
from views.calendar import calendar_chart, calendar_marks
from views.case import form_state, situation_json
from views.charts import extra_hour_chart, hours_view, income_chart, plateau_sentence, sweep_table, vega_spec
from views.inputs import default_month
from views.sweep import hours_sweep, sweep_key

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BOOK = load_rates()
PERIOD = default_month(BOOK)


def run(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def minimum(age: int) -> float:
    day = Situation.model_validate(
        {"period": PERIOD, "age": age, "wajong": {"arbeidsvermogen": True}}
    ).first_day
    return float(minimum_hourly_wage_on(age, BOOK, day))


def situation(jobs: list[dict[str, Any]], age: int = 25, **extra: Any) -> Situation:
    return Situation.model_validate(
        {"period": PERIOD, "age": age, "wajong": {"arbeidsvermogen": True}, "jobs": jobs, **extra}
    )


def compared(jobs: list[dict[str, Any]], age: int = 25, **extra: Any) -> dict[str, Any]:
    """calc's comparison for the situation whose last job is the new one (what the app must show)."""
    raw = situation(jobs, age, **extra).model_dump(mode="json")
    return compare(CompareRequest.model_validate(raw), BOOK)


def headline(jobs: list[dict[str, Any]], lang: str = "nl", age: int = 25, **extra: Any) -> str:
    return f"## {compared(jobs, age, **extra)['headline'][f'short_{lang}']}"


def cash(s: Situation) -> float:
    """What arrives each month: calc.evaluate's net month (the comparison must say the same)."""
    return evaluate(s, BOOK).as_json()["month"]["net_income"]


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


# --- the flow -------------------------------------------------------------------------------


def test_the_answer_is_the_money_in_the_account_then_the_year() -> None:
    """The headline is what arrives each month (evaluate's net month, not net plus a spread refund),
    the year with holiday pay after tax and toeslagen is beside it, and the advice says what to do."""
    at = run()
    job = {"hours_per_week": 20, "hourly_wage": minimum(25)}
    cmp = compared([job])
    now, variant = cmp["now"], cmp["variants"][0]
    assert variant["cash_month"] == cash(situation([job]))
    assert now["cash_month"] == cash(situation([]))
    values = [m.value for m in at.metric][:3]
    assert values == [
        eur(now["cash_month"]),
        eur(variant["cash_month"]),
        signed(variant["difference_cash_month"]),
    ]
    text = markdown(at)
    h = cmp["headline"]
    assert f"## {h['short_nl']}" in text and h["short_nl"].startswith("Elke maand ")
    assert h["cash_nl"] in text and f"**{h['year_nl']}**" in text
    assert f"{eur(abs(variant['difference_year_total']))}" in h["year_nl"]
    infos = [i.value for i in at.info]
    assert all(n["nl"] in infos for n in h["advice"])


def test_default_answer_is_20_hours_at_minimum_wage() -> None:
    at = run()
    assert not at.exception
    assert headline([{"hours_per_week": 20, "hourly_wage": minimum(25)}]) in markdown(at)
    assert not errors(at)


def test_changing_hours_changes_the_answer() -> None:
    at = run()
    at.text_input(key="hours").set_value("32").run()
    assert headline([{"hours_per_week": 32, "hourly_wage": minimum(25)}]) in markdown(at)


def test_rent_and_wage_and_wajong_kind_go_into_the_calculation() -> None:
    at = run()
    at.text_input(key="rent").set_value("650")
    at.text_input(key="wage").set_value("16.5")
    at.radio(key="wajong").set_value("zonder")
    at.run()
    s_job = situation([{"hours_per_week": 20, "hourly_wage": 16.5}], household={"rent": 650.0})
    s_job = s_job.model_copy(update={"wajong": s_job.wajong.model_copy(update={"arbeidsvermogen": False})})
    cmp = compare(CompareRequest.model_validate(s_job.model_dump(mode="json")), BOOK)
    assert f"## {cmp['headline']['short_nl']}" in markdown(at)
    assert at.metric[1].value == eur(cash(s_job))


def test_current_work_stays_in_both_columns() -> None:
    """'Now' keeps the current job, and says so: never 'zonder baan' when there is one."""
    at = run()
    at.text_input(key="cur_hours").set_value("8").run()
    at.text_input(key="cur_wage").set_value("15").run()
    cur = {"hours_per_week": 8, "hourly_wage": 15.0}
    new = {"hours_per_week": 20, "hourly_wage": minimum(25)}
    assert at.metric[0].value == eur(cash(situation([cur])))
    assert at.metric[1].value == eur(cash(situation([cur, new])))
    assert at.metric[0].label == "Nu, zonder de nieuwe baan"


def test_youth_default_wage_is_the_youth_minimum() -> None:
    at = run(age="19")
    assert not errors(at)
    assert minimum(19) < minimum(25)
    captions = " ".join(c.value for c in at.caption)
    assert f"minimumloon voor 19 jaar: {eur(minimum(19))} per uur" in captions


def test_disclaimer_names_the_rates_date() -> None:
    at = run()
    from babel.dates import format_date

    iso = evaluate(situation([]), BOOK).as_json()["rates_as_of"]
    date = format_date(dt.date.fromisoformat(iso), format="long", locale="nl_NL")  # e.g. "1 juli 2026"
    captions = " ".join(c.value for c in at.caption)
    assert "geen besluit van UWV of de Belastingdienst" in captions
    assert date in captions


# --- every validation message, next to its field, and no answer -----------------------------


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("hours", -4.0, "uren per week: moet 0 of meer zijn."),
        ("hours", 61.0, "uren per week: mag niet meer dan 60 zijn."),
        ("cur_hours", -1.0, "uren per week: moet 0 of meer zijn."),
        ("rent", -10.0, "huur per maand: moet 0 of meer zijn."),
        ("persons", 0, "aantal personen: moet 1 of meer zijn."),
        ("age", 15, "leeftijd: Wajong is er vanaf 18 jaar"),
        ("other_income", -5.0, "ander inkomen per maand: moet 0 of meer zijn."),
    ],
)
def test_validation_message(key: str, value: float, message: str) -> None:
    at = run()
    if key in ("age", "persons"):
        at.number_input(key=key).set_value(value).run()
    else:  # money and hours are text fields read as Dutch numbers
        at.text_input(key=key).set_value(f"{value:g}").run()
    assert not at.exception
    assert any(message in e for e in errors(at)), errors(at)
    assert not at.metric  # no answer from wrong input
    assert "Pas de velden met een fout aan" in at.warning[0].value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("4, vier", "leeftijden van de kinderen: schrijf hele getallen met een komma ertussen"),
        ("4; 19", "leeftijden van de kinderen: vul voor elk kind een leeftijd van 0 tot en met 17 jaar in."),
        ("-1", "leeftijden van de kinderen: vul voor elk kind een leeftijd van 0 tot en met 17 jaar in."),
        ("2²", "leeftijden van de kinderen: schrijf hele getallen met een komma ertussen"),
    ],
)
def test_children_ages_that_are_not_ages_get_a_message_below_the_field(text: str, message: str) -> None:
    at = run()
    at.text_input(key="kids").set_value(text).run()
    assert not at.exception
    assert any(message in e for e in errors(at)), errors(at)
    assert not at.metric


def test_servicekosten_below_zero_get_a_message() -> None:
    at = run()
    at.text_input(key="service").set_value("-5").run()
    assert any("servicekosten per maand: moet 0 of meer zijn." in e for e in errors(at)), errors(at)


def test_wage_under_the_minimum_without_loondispensatie() -> None:
    at = run()
    at.text_input(key="wage").set_value("10").run()
    (msg,) = errors(at)
    assert msg.startswith(
        f"uurloon: {eur(10.0)} is lager dan het minimumloon voor 25 jaar ({eur(minimum(25))}"
    )
    assert not at.metric


def test_low_wage_is_fine_as_function_wage_with_loondispensatie() -> None:
    """With loondispensatie the form asks the function wage; the loonwaarde lowers what is paid."""
    at = run()
    at.toggle(key="ld").set_value(True).run()
    at.text_input(key="lw").set_value("50").run()
    assert not errors(at)
    assert headline([{"hours_per_week": 20, "hourly_wage": minimum(25), "loonwaarde": 0.5}]) in markdown(at)


@pytest.mark.parametrize("lw", [0.0, 100.0, 150.0, -20.0, None])
def test_loonwaarde_outside_0_100(lw: float | None) -> None:
    at = run()
    at.toggle(key="ld").set_value(True).run()
    if lw is not None:
        at.text_input(key="lw").set_value(f"{lw:g}").run()
    assert errors(at) == ["loonwaarde: vul een percentage in tussen 0 en 100."]
    assert not at.metric


def test_message_sits_below_its_field() -> None:
    """The error is the element right after the hours field in the questions column."""
    at = run()
    at.text_input(key="hours").set_value("-4").run()
    column = at.columns[2]  # columns 0-1: language and mode; 2: questions; 3: answer
    kinds = [(type(el).__name__, getattr(el, "key", None)) for el in column]
    at_hours = kinds.index(("TextInput", "hours"))
    slot = list(column)[at_hours + 1]  # the container right below the field
    assert [e.value for e in slot.error] == ["uren per week: moet 0 of meer zijn."]


# --- language, mode, link --------------------------------------------------------------------


def test_english_switch() -> None:
    at = run()
    at.radio(key="lang").set_value("en").run()
    assert headline([{"hours_per_week": 20, "hourly_wage": minimum(25)}], "en") in markdown(at)
    assert at.text_input(key="hours").label == "How many hours a week will you work?"
    at.text_input(key="hours").set_value("70").run()
    assert errors(at) == ["must be at most 60."]


def test_coach_mode_shows_breakdown_with_sources() -> None:
    at = run(coach="true")
    assert at.table  # the breakdown table
    labels = [e.label for e in at.expander]
    assert any(label.startswith("Wajong na verrekening") for label in labels)
    text = markdown(at)
    assert "https://wetten.overheid.nl/" in text  # source links in the explanation
    client = run()
    assert not any(label.startswith("Wajong na verrekening") for label in [e.label for e in client.expander])


def test_shared_link_sets_every_answer() -> None:
    at = run(
        age="30", wajong="Wajong zonder arbeidsvermogen", rent="700", hours="24", wage="15.5", lang="English"
    )
    assert not at.exception
    s_job = Situation.model_validate(
        {
            "period": PERIOD,
            "age": 30,
            "wajong": {"arbeidsvermogen": False},
            "jobs": [{"hours_per_week": 24, "hourly_wage": 15.5}],
            "household": {"rent": 700},
        }
    )
    assert at.metric[1].value == eur(cash(s_job), "en")
    assert at.radio(key="wajong").value == "zonder"


def test_charts_and_their_table_alternative() -> None:
    assert len(run().get("vega_lite_chart")) == 2  # the month calendar is closed: not computed
    at = run(cal_open="true")
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3  # income by hours, one extra hour, the month calendar
    tables = at.table
    assert tables  # the sweep as a table (inside the "Toon als tabel" expander)
    assert "Eén uur per week extra levert u tussen" in markdown(at)


def test_cached_chart_specs_are_valid_vega_lite() -> None:
    """The views build charts as plain Vega-Lite specs (tests/test_charts_schema.py checks the schema);
    the cached view holds what the page draws: the same spec, its rows already in Arrow."""
    s = situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}], household={"rent": 700})
    df = hours_sweep(s, 0, BOOK)
    view = hours_view.__wrapped__("key", "nl", df)  # uncached
    for key, build in (("income", income_chart), ("extra", extra_hour_chart)):
        spec = vega_spec(build(df, "nl"))
        assert spec["config"]["locale"]["number"]["decimal"] == ","  # Dutch axes: 1.000 and 2,5
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
        assert {k: v for k, v in view[key].items() if k != "datasets"} == {
            k: v for k, v in spec.items() if k != "datasets"
        }
        assert set(view[key]["datasets"]) == set(spec["datasets"])
        assert all(isinstance(v, bytes) for v in view[key]["datasets"].values())
    assert view["table"]["data"].num_rows == 41  # one row per hour, 0-40, already in Arrow
    assert view["table"]["data"].equals(
        dataframe_util.convert_pandas_df_to_arrow_table(sweep_table(df, "nl"))
    )


def test_the_session_reuses_the_sweep_only_where_the_hours_cannot_change_it() -> None:
    """views.sweep.session_sweep keeps one sweep while only the hours change (issue 20). That is right
    only because the sweep of 0-40 hours is the same whatever hours were entered; a toetsingsinkomen
    the client gave is carried from the hours entered, so then the hours are part of the key."""
    job = {"hourly_wage": minimum(25)}
    at20 = situation([{**job, "hours_per_week": 20}], household={"rent": 700})
    at32 = situation([{**job, "hours_per_week": 32}], household={"rent": 700})
    assert sweep_key(at20, 0) == sweep_key(at32, 0)
    pd.testing.assert_frame_equal(hours_sweep(at20, 0, BOOK), hours_sweep(at32, 0, BOOK), check_exact=True)
    assert sweep_key(at20, 0) != sweep_key(
        situation([{**job, "hours_per_week": 20}], household={"rent": 701}), 0
    )
    given = [s.model_copy(update={"toetsingsinkomen_year": 20_000.0}) for s in (at20, at32)]
    assert sweep_key(given[0], 0) != sweep_key(given[1], 0)
    assert not hours_sweep(given[0], 0, BOOK).equals(hours_sweep(given[1], 0, BOOK))


def test_plateau_sentence_names_the_hours_and_the_cause() -> None:
    s = situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}], household={"rent": 700})
    df = hours_sweep(s, 0, BOOK)
    sentence = plateau_sentence(df, "nl")
    assert sentence.startswith("Van ") and " uur gaat uw brutoloon " in sentence
    assert any(c in sentence for c in ("Wajong", "belasting", "zorgtoeslag", "huurtoeslag"))


# --- keeping a case --------------------------------------------------------------------------


def test_json_round_trip_uses_the_cli_schema() -> None:
    s = situation(
        [
            {"hours_per_week": 8, "hourly_wage": 15},
            {"hours_per_week": 20, "hourly_wage": 16, "loonwaarde": 0.6},
        ],
        household={
            "rent": 650,
            "servicekosten": 35.5,
            "persons": 4,
            "partner": True,
            "partner_income_year": 12000,
            "children_ages": [4, 13],
        },
    )
    text = situation_json(s)
    assert parse_situation_json(text) == s
    state, dropped = form_state(s)
    assert state["cur_hours"] == "8" and state["hours"] == "20" and state["lw"] == "60"
    assert state["ld"] is True and state["rent"] == "650" and dropped == []
    assert state["service"] == "35,50" and state["kids"] == "4, 13"


def test_upload_fills_the_form() -> None:
    at = run()
    case = {
        "period": PERIOD,
        "age": 22,
        "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 12, "hourly_wage": 15}],
        "household": {"rent": 500},
        "loonheffingskorting": "employer",
    }
    at.file_uploader(key="upload").set_value(
        ("case.json", json.dumps(case).encode(), "application/json")
    ).run()
    assert at.number_input(key="age").value == 22
    assert at.text_input(key="hours").value == "12"
    assert at.text_input(key="rent").value == "500"
    assert at.selectbox(key="lhk").value == "employer"  # in the form now, not dropped
    assert not any("loonheffingskorting" in w.value for w in at.warning)
    cmp = compare(CompareRequest.model_validate(case), BOOK)
    assert f"## {cmp['headline']['short_nl']}" in markdown(at)


def test_coach_settings_reach_the_calculation() -> None:
    """Assets, the loonheffingskorting choice and a known toetsingsinkomen are in 'Meer instellingen'."""
    at = run()
    at.selectbox(key="lhk").set_value("both").run()
    at.text_input(key="tti").set_value("30000").run()
    at.text_input(key="assets").set_value("500000").run()
    assert not at.exception and not errors(at)
    job = situation(
        [{"hours_per_week": 20, "hourly_wage": minimum(25)}],
        loonheffingskorting="both",
        toetsingsinkomen_year=30000.0,
        household={"assets": 500000.0},
    )
    now = job.model_copy(update={"jobs": []})
    # The toetsingsinkomen entered is the income without the new job; the job raises it.
    job = situation_with_carried_toetsingsinkomen(now, job, BOOK)
    assert job.toetsingsinkomen_year > 30000
    diff = round(cash(job) - cash(now), 2)
    assert at.metric[2].value == signed(diff)
    # The same case from a shared link.
    linked = run(lhk="allebei", tti="30000", assets="500000")  # the label is in the URL
    assert linked.selectbox(key="lhk").value == "both"
    assert linked.metric[2].value == signed(diff)


def test_upload_of_a_bad_file_says_what_is_wrong() -> None:
    at = run()
    at.file_uploader(key="upload").set_value(("x.json", b'{"age": 25}', "application/json")).run()
    text = " ".join(errors(at))
    assert "Dit bestand kunnen we niet openen" in text and "ontbreekt" in text
    assert at.metric  # the form itself still answers


# --- scenarios side by side ------------------------------------------------------------------


def test_four_jobs_side_by_side() -> None:
    """Now, the job of the form and three others, each a card with calc's comparison."""
    at = run(s1_hours="32", s2_hours="20", s2_wage="18", s3_hours="20", s3_lw="50")
    assert not at.exception
    m = minimum(25)
    raw = situation([{"hours_per_week": 20, "hourly_wage": m}]).model_dump(mode="json")
    variants = [
        [{"hours_per_week": 32, "hourly_wage": m}],
        [{"hours_per_week": 20, "hourly_wage": 18.0}],
        [{"hours_per_week": 20, "hourly_wage": m, "loonwaarde": 0.5}],
    ]
    cmp = compare(CompareRequest.model_validate({**raw, "variants": variants}), BOOK)
    cards = [(m.label, m.value, m.delta) for m in at.metric][3:]  # after the answer's three
    expected = [("Op uw rekening per maand", eur(cmp["now"]["cash_month"]), "")]
    expected += [("Over het hele jaar", eur(cmp["now"]["year_total"]), "")]
    for v in cmp["variants"]:
        expected.append(
            ("Op uw rekening per maand", eur(v["cash_month"]), signed(v["difference_cash_month"]))
        )
        expected.append(("Over het hele jaar", eur(v["year_total"]), signed(v["difference_year_total"])))
    assert cards == expected
    text = markdown(at)
    assert all(f"**{label}**" in text for label in ("Nu", "Met deze baan", "Baan 2", "Baan 3", "Baan 4"))


def test_a_wrong_scenario_says_why_and_the_rest_still_answers() -> None:
    at = run(s1_hours="70")
    assert "Baan 2: uren per week: mag niet meer dan 60 zijn." in errors(at)
    assert len(at.metric) == 3  # the main answer is still there; no cards


# --- month calendar --------------------------------------------------------------------------


def _calendar(s: Situation, **options: Any) -> dict[str, Any]:
    raw = {**s.model_dump(mode="json"), "calendar": {"start": s.period, "months": 12, **options}}
    return calc_calendar(parse_calendar_request(raw), BOOK)


def _table_with(at: AppTest, column: str) -> Any:
    return next(tb.value for tb in at.table if column in tb.value.columns)


def test_month_calendar_shows_each_month_the_lowest_and_after_the_year() -> None:
    """Without a current job the job is new: the calendar starts with UWV's voorschot (issue 13)."""
    at = run(cal_open="true")
    assert not at.exception
    assert at.checkbox(key="cal_new").value is True
    cal = _calendar(situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}]), new_work_at_start=True)
    assert "Maandkalender: wanneer komt het geld?" in [h.value for h in at.subheader]
    text = markdown(at)
    assert f"**{cal['lowest_month']['text_nl']}**" in text
    table = _table_with(at, "Op uw rekening")
    assert list(table["Op uw rekening"]) == [eur(m["net_in"]) for m in cal["months"]]
    assert list(table["Wajong"]) == [eur(m["wajong_paid"]) for m in cal["months"]]
    lowest = table["Let op"][[m["month"] == cal["lowest_month"]["month"] for m in cal["months"]]]
    assert list(lowest) == ["▼ laagste"]
    for x in cal["after_year"]:
        assert eur(abs(x["settlement"])) in text


def metric_labels(at: AppTest) -> list[str]:
    return [m.label for m in at.metric]


def test_other_jobs_fields_are_drawn_only_when_their_section_is_open_or_holds_something() -> None:
    """Closed and empty (the page as it opens), the twelve fields of other jobs are not drawn (issue 20:
    fewer elements per rerun) and the cards still show now and the new job; opened, they are drawn; a
    value entered stays, and keeps them drawn, when the section is closed again."""
    at = run()
    assert "Andere banen vergelijken" in " ".join(e.label for e in at.expander)
    assert "s1_hours" not in [w.key for w in at.text_input]
    cards = metric_labels(at)
    at.session_state["sc_open"] = True
    at.run()
    assert "s1_hours" in [w.key for w in at.text_input]
    at.text_input(key="s1_hours").set_value("32").run()
    assert len(metric_labels(at)) > len(cards)  # a card more: Baan 2
    at.session_state["sc_open"] = False
    at.run()
    assert at.text_input(key="s1_hours").value == "32"  # still drawn, still compared
    assert len(metric_labels(at)) > len(cards)
    assert "s1_hours" in [w.key for w in run(sc_open="true").text_input]  # a link opens the section


def test_a_card_that_brings_less_has_a_red_arrow_down() -> None:
    """Rent 650, the new job 20 h, 'Baan 2' 32 h: Baan 2 leaves less a month than now (the Wajong falls
    by 70% of the extra wage and the toeslagen fall too) but more over the year. Streamlit draws a green
    arrow up unless the delta's text starts with '-', and Dutch money reads '€ -24,75': the card showed a
    loss as a gain. Every card's delta must now say, in sign, colour and arrow, what its two amounts say."""
    from streamlit.proto.Metric_pb2 import Metric

    at = run(rent="650", s1_hours="32")
    cards = [m for m in at.metric if m.label in ("Op uw rekening per maand", "Over het hele jaar")]
    now = {m.label: read_number(m.value, "nl") for m in cards[:2]}  # the first card: now, no delta
    signs = set()
    for m in cards[2:]:
        diff = round(read_number(m.value, "nl") - now[m.label], 2)
        assert m.delta == ("+ " if diff > 0 else "- ") + eur(abs(diff)), (m.label, m.value, m.delta)
        down = diff < 0
        assert m.proto.direction == (Metric.MetricDirection.DOWN if down else Metric.MetricDirection.UP)
        assert m.proto.color == (Metric.MetricColor.RED if down else Metric.MetricColor.GREEN)
        signs.add(down)
    assert signs == {True, False}  # this case has both: less a month, more a year
    assert metric_delta(0.004) == {"delta": eur(0.0), "delta_color": "off", "delta_arrow": "off"}


def test_month_calendar_is_computed_only_when_opened_and_keeps_its_settings_for_the_pdf() -> None:
    """Closed (the default), the section shows its heading and a way to open it, and computes nothing
    (issue 20); the settings chosen while it was open stay for the PDF when it is closed again."""
    at = run()
    assert "Maandkalender: wanneer komt het geld?" in [h.value for h in at.subheader]
    assert "Bekijk de maandkalender" in [e.label for e in at.expander]
    assert not [tb for tb in at.table if "Op uw rekening" in tb.value.columns]
    assert "cal_choices" not in at.session_state  # never opened: the PDF takes calc's defaults
    at.session_state["cal_open"] = True
    at.run()
    assert _table_with(at, "Op uw rekening") is not None
    at.text_input(key="cal_hours").set_value("20; 32").run()
    assert at.session_state["cal_choices"]["choices"] == (True, [20.0, 32.0], None, None)
    at.session_state["cal_open"] = False
    at.run()
    assert not [tb for tb in at.table if "Op uw rekening" in tb.value.columns]
    assert at.session_state["cal_choices"]["choices"] == (True, [20.0, 32.0], None, None)
    at.session_state["cal_open"] = True
    at.run()
    assert at.text_input(key="cal_hours").value == "20; 32"  # still what was entered


def test_month_calendar_marks_payback_months() -> None:
    """Hours that go up and down in a voorschot period: UWV asks advance back in some month."""
    s = situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}])
    cal = _calendar(s, new_work_at_start=True, hours_per_week_by_month=[20, 20, 30, 10])
    assert cal["payback_months"], "this pattern should make UWV ask part of the advance back"
    marks = calendar_marks(cal, "nl")
    assert set(marks.loc[marks["payback"], "order"]) == {
        i for i, m in enumerate(cal["months"]) if m["month"] in cal["payback_months"]
    }
    assert all("terugbetalen" in m for m in marks.loc[marks["payback"], "mark"])
    spec = calendar_chart(cal, "nl")  # the shaded layer holds the payback months
    assert {r["month"] for r in spec["datasets"][spec["layer"][0]["data"]["name"]]} == set(
        marks.loc[marks["payback"], "month"]
    )


def test_month_calendar_in_english_and_new_work_toggle() -> None:
    at = run(lang="English", cal_new="true")
    assert not at.exception
    cal = _calendar(situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}]), new_work_at_start=True)
    assert f"**{cal['lowest_month']['text_en']}**" in markdown(at)
    table = _table_with(at, "In your account")
    assert list(table["In your account"]) == [eur(m["net_in"], "en") for m in cal["months"]]


def test_month_calendar_with_hours_that_change_per_month() -> None:
    at = run(cal_hours="20; 20; 32,5; 0", cal_new="false")
    assert not at.exception
    s = situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}])
    cal = _calendar(s, hours_per_week_by_month=[20, 20, 32.5, 0])
    table = _table_with(at, "Op uw rekening")
    assert list(table["Op uw rekening"]) == [eur(m["net_in"]) for m in cal["months"]]
    assert [m["hours_per_week"] for m in cal["months"][:5]] == [[20], [20], [32.5], [0], [20]]


def test_month_calendar_hours_that_are_not_numbers_get_a_dutch_message() -> None:
    at = run(cal_hours="twintig")
    assert not at.exception
    assert "Vul alleen getallen in, met ; ertussen. Bijvoorbeeld: 20; 20; 32; 0" in errors(at)


# --- employer panel --------------------------------------------------------------------------


def test_employer_panel_in_coach_view_with_loondispensatie() -> None:
    at = run(coach="true", hours="20", wage="16", ld="true", lw="50")
    assert not at.exception
    panel = employer_panel(situation([{"hours_per_week": 20, "hourly_wage": 16, "loonwaarde": 0.5}]), BOOK)
    job = panel["jobs"][0]
    assert "Werkgever: wat kost deze medewerker?" in [h.value for h in at.subheader]
    text = markdown(at)
    assert f"### {panel['sentence_nl']}" in text
    assert panel["lkv_conditions"]["nl"] in text and panel["no_riskpolis"]["nl"] in text
    table = _table_with(at, "Per uur")
    assert list(table["Per uur"][:3]) == [
        eur(job["cost"][k]["per_hour"])
        for k in ("regular", "without_loondispensatie", "with_loondispensatie")
    ]
    assert list(table["Per maand"]) == [
        eur(job["cost"]["regular"]["per_month"]),
        eur(job["cost"]["without_loondispensatie"]["per_month"]),
        eur(job["cost"]["with_loondispensatie"]["per_month"]),
        eur(job["lkv"]["per_month"]),
        eur(job["wajong_month"]["with_loondispensatie"]),
    ]


def test_employer_panel_only_for_the_coach_and_in_english() -> None:
    assert "Werkgever: wat kost deze medewerker?" not in [h.value for h in run().subheader]
    at = run(coach="true", lang="English")
    panel = employer_panel(situation([{"hours_per_week": 20, "hourly_wage": minimum(25)}]), BOOK)
    assert f"### {panel['sentence_en']}" in markdown(at)
    table = _table_with(at, "Per hour")
    assert len(table) == 4  # no loondispensatie: regular, this employee, LKV, Wajong


def test_pdf_download_builds_the_summary_of_this_situation() -> None:
    """AppTest cannot fetch download bytes, so the button's builder is tested directly."""
    from pypdf import PdfReader

    from calc.situation import Situation
    from views.case import report_request, summary_pdf_builder

    s = Situation.model_validate(
        {
            "period": "2026-01",
            "age": 25,
            "wajong": {"arbeidsvermogen": True},
            "jobs": [{"hours_per_week": 20, "hourly_wage": 15}],
        }
    )
    pdf = summary_pdf_builder(report_request(s, None, None), "en", coach=True)()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "696.08" in text  # the Wajong of docs/examples.md, 0.7 x (2,294.40 - 1,300.00)


# --- numbers as Dutch people type them (issue 13) ---------------------------------------------


def test_a_dutch_decimal_comma_is_read_as_a_comma() -> None:
    """'750,50' is € 750,50 (Streamlit's number field made it 75050)."""
    at = run()
    at.text_input(key="rent").set_value("750,50").run()
    assert not errors(at)
    expected = compared([{"hours_per_week": 20, "hourly_wage": minimum(25)}], household={"rent": 750.5})
    assert f"## {expected['headline']['short_nl']}" in markdown(at)
    at.text_input(key="rent").set_value("750.50").run()  # written the English way: the same
    assert f"## {expected['headline']['short_nl']}" in markdown(at)
    assert "U vulde in: € 750,50" in [c.value.replace("\xa0", " ") for c in at.caption]


def test_an_ambiguous_number_is_refused_not_guessed() -> None:
    at = run()
    at.text_input(key="rent").set_value("1,250").run()
    # The message repeats what was typed, so it is shown as text: Markdown characters are escaped.
    assert any("kan 1,25 of 1\\.250 betekenen" in e for e in errors(at))
    assert not at.metric


def test_an_unusually_high_rent_is_used_only_after_yes() -> None:
    at = run()
    at.text_input(key="rent").set_value("75.050").run()
    assert any("U vulde € 75.050,00 huur per maand in. Klopt dat?" in w.value.replace("\xa0", " ")
               for w in at.warning)  # fmt: skip
    assert not at.metric  # nothing is computed with it yet
    at.checkbox(key="rent_ok").check().run()
    assert at.metric


def test_the_example_person_is_labelled_until_something_is_entered() -> None:
    at = run()
    assert any(i.value.startswith("**Voorbeeld**") for i in at.info)
    at.number_input(key="age").set_value(30).run()
    assert not any(i.value.startswith("**Voorbeeld**") for i in at.info)
    assert not any(i.value.startswith("**Voorbeeld**") for i in run(rent="700").info)
