"""The app's charts are Vega-Lite specs written as plain dicts (issue 20), so nothing checks them while
they are built: every spec the app builds must pass the Vega-Lite JSON schema that altair ships (the
version the specs name), in Dutch and in English, for a job, a current job with a new one, children,
hours that change per month (payback months shaded) and a business."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import altair as alt
import jsonschema
import pytest
from streamlit.testing.v1 import AppTest

from calc.business import profit_grid
from calc.chain import profit_sweep
from calc.rates import load_rates
from calc.situation import Situation
from views.calendar import calendar_chart, compute_calendar
from views.charts import SCHEMA, extra_hour_chart, income_chart, vega_spec
from views.inputs import default_month
from views.profit import profit_chart
from views.sweep import hours_sweep

BOOK = load_rates()
PERIOD = default_month(BOOK)
APP = str(Path(__file__).resolve().parents[1] / "app.py")


@cache
def validator() -> jsonschema.Draft7Validator:
    path = Path(alt.__file__).parent / "vegalite" / "v6" / "schema" / "vega-lite-schema.json"
    return jsonschema.Draft7Validator(json.loads(path.read_text()))


def problems(spec: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator().iter_errors(spec)
    ]


def situation(jobs: list[dict[str, Any]], **extra: Any) -> Situation:
    return Situation.model_validate(
        {"period": PERIOD, "age": 25, "wajong": {"arbeidsvermogen": True}, "jobs": jobs, **extra}
    )


SITUATIONS = {
    "one job": situation([{"hours_per_week": 20, "hourly_wage": 15.5}], household={"rent": 650}),
    "current and new job": situation(
        [{"hours_per_week": 12, "hourly_wage": 15.5}, {"hours_per_week": 24, "hourly_wage": 16.0}]
    ),
    "children": situation(
        [{"hours_per_week": 32, "hourly_wage": 20.0}],
        household={"rent": 900, "persons": 3, "children_ages": [4, 13]},
    ),
}
CALENDARS = {
    "new job": {"new_work": True},
    "hours per month, payback": {"new_work": True, "hours": [20, 20, 30, 10]},
    "job stops": {"new_work": False, "stop": 4},
}


def test_the_specs_name_the_vega_lite_version_altair_writes() -> None:
    assert SCHEMA == alt.SCHEMA_URL
    assert validator().schema["$schema"].startswith("http://json-schema.org/draft-07")


def test_the_schema_check_refuses_a_wrong_spec() -> None:
    """Without this, an empty or too lenient check would pass every spec below."""
    good = vega_spec(extra_hour_chart(hours_sweep(SITUATIONS["one job"], 0, BOOK), "nl"), "nl")
    assert problems(good) == []
    for bad in (
        {**good, "mark": {"type": "barr"}},
        {**good, "encoding": {**good["encoding"], "x": {**good["encoding"]["x"], "type": "quantity"}}},
        {**good, "height": "tall"},
    ):
        assert problems(bad), bad


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", list(SITUATIONS))
def test_hours_and_calendar_charts_are_valid_vega_lite(name: str, lang: str) -> None:
    s = SITUATIONS[name]
    df = hours_sweep(s, len(s.jobs) - 1, BOOK)
    specs = {"income": income_chart(df, lang), "extra hour": extra_hour_chart(df, lang)}
    for label, options in CALENDARS.items():
        cal = compute_calendar(s.model_dump(mode="json"), BOOK, **options)
        specs[f"calendar, {label}"] = calendar_chart(cal, lang)
        if "payback" in label and name == "one job":
            assert cal["payback_months"]  # the shaded layer has rows here
    for label, chart in specs.items():
        spec = vega_spec(chart, lang)
        assert problems(spec) == [], label
        assert spec["config"]["locale"]["number"]["decimal"] == ("," if lang == "nl" else ".")
        layers = spec.get("layer", [spec])
        assert all(layer["data"]["name"] in spec["datasets"] for layer in layers), label


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_business_profit_chart_and_calendar_are_valid_vega_lite(lang: str) -> None:
    s = Situation.model_validate(
        {"period": PERIOD, "age": 30, "wajong": {"arbeidsvermogen": True},
         "business": {"profit_year": 12000, "hours_year": 1300, "started_year": 2024}}
    )  # fmt: skip
    df = profit_sweep(s, profit_grid(12000, 1500.0), BOOK)
    cal = compute_calendar(s.model_dump(mode="json"), BOOK, realised=9000.0)
    for chart in (profit_chart(df, lang), calendar_chart(cal, lang)):
        assert problems(vega_spec(chart, lang)) == []


def test_the_specs_the_app_sends_are_valid_vega_lite() -> None:
    """What st.vega_lite_chart sends to the browser (rows moved out as Arrow, names kept)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["rent"] = "650"
    at.run()
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 2
    for chart in charts:
        spec = json.loads(chart.proto.spec)
        assert problems(spec) == []
        names = {d.name for d in chart.proto.datasets}
        assert all(layer["data"]["name"] in names for layer in spec.get("layer", [spec]))


def test_chart_rows_are_plain_values_with_null_for_a_missing_amount() -> None:
    """views.charts.records writes the rows itself (pandas' to_dict was most of a calendar chart's
    cost); it must give what to_dict gives, with NaN as null (Vega-Lite's JSON has no NaN)."""
    import numpy as np
    import pandas as pd

    from views.charts import records

    df = pd.DataFrame(
        {"hours": [0.0, 1.0, 2.0], "source": ["Loon", None, "Wajong"], "amount": [1.5, np.nan, -2.25],
         "payback": [True, False, True], "order": [0, 1, 2]}
    )  # fmt: skip
    rows = records(df)
    assert rows == df.astype(object).where(df.notna(), None).to_dict("records")
    assert rows[1] == {"hours": 1.0, "source": None, "amount": None, "payback": False, "order": 1}
    assert [type(v) for v in rows[0].values()] == [float, str, float, bool, int]
    assert json.dumps(rows)  # plain JSON, no numpy types
    assert records(df.iloc[:0]) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_calendar_legend_names_only_its_sources_each_in_its_own_colour(lang: str) -> None:
    """A legend of all twelve sources left the plot flat (the chart's height held the legend too): the
    legend names the sources this calendar has, and each keeps the colour it has in every calendar."""
    from views.calendar import SOURCES, calendar_long
    from views.i18n import part_label

    cal = compute_calendar(SITUATIONS["one job"].model_dump(mode="json"), BOOK, new_work=True)
    colour = calendar_chart(cal, lang)["layer"][1]["encoding"]["color"]["scale"]
    long = calendar_long(cal, lang)
    assert set(colour["domain"]) == set(long.loc[long["amount"] != 0, "source"])
    assert len(colour["domain"]) < len(SOURCES)
    by_label = {part_label(k, lang, "cal.src"): c for k, c in SOURCES.items()}
    assert colour["range"] == [by_label[label] for label in colour["domain"]]


def test_the_height_is_the_plots_and_the_legend_comes_below_it() -> None:
    """Streamlit's default autosize ("fit") puts the legend inside the height and squeezes the plot."""
    spec = vega_spec(extra_hour_chart(hours_sweep(SITUATIONS["one job"], 0, BOOK), "nl"), "nl")
    assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}
