"""Issue 19 in the app: a link or an uploaded file the form cannot use is told beside the field, in
Dutch, never dropped silently and never a raw error box; text from a file or a link is shown as text,
never as Markdown (no link, no image, no heading from someone else's file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from calc.rates import load_rates
from views.inputs import default_month
from views.text import plain

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PERIOD = default_month(load_rates())


def run(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def warnings(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


# --- item 6: numbers in the link that stopped the page --------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [("age", "Infinity"), ("persons", "1e400"), ("age", "9" * 5000), ("cal_stop_after", "inf")],
)
def test_a_number_the_field_cannot_hold_is_told_not_a_crash(key: str, value: str) -> None:
    at = run(**{key: value})
    assert not at.exception
    assert at.metric  # the answer is there
    assert "Dat kunnen we niet gebruiken" in warnings(at)


# --- item 9: values the form cannot use are told beside their field, not dropped --------------------


def test_rent_with_a_comma_in_the_link_is_read_as_the_dutch_amount_it_is() -> None:
    """Issue 19 found `rent=750,50` silently became 0; since issue 13 the field is a text field that
    reads Dutch numbers, so the link's value is kept and used."""
    at = run(rent="750,50")
    assert not at.exception
    assert at.text_input(key="rent").value == "750,50"
    assert "In de link" not in warnings(at) and at.metric


def test_an_unknown_month_in_the_link_is_told_not_silently_this_month() -> None:
    at = run(period="2099-01")
    assert at.selectbox(key="period").value == PERIOD
    told = "In de link stond bij dit veld: 2099\\-01. Dat kunnen we niet gebruiken."
    assert f"{told} Er staat nu: {plain(PERIOD)}." in warnings(at)


def test_the_message_goes_once_the_field_is_changed() -> None:
    at = run(age="Infinity")
    assert "Infinity" in warnings(at)
    at.number_input(key="age").set_value(30).run()
    assert "Infinity" not in warnings(at)


@pytest.mark.parametrize("key", ["rent", "age"])  # a text field's own message; a number field's link message
def test_a_link_value_is_shown_as_text_never_as_markdown(key: str) -> None:
    at = run(**{key: "[klik](https://example.org) ![x](https://example.org/x.png)"})
    text = warnings(at) + "\n".join(e.value for e in at.error)
    assert "\\[klik\\]\\(https\\://example\\.org\\)" in text and "](" not in text


# --- item 5: the upload -----------------------------------------------------------------------------


def upload(at: AppTest, data: bytes) -> AppTest:
    return at.file_uploader(key="upload").set_value(("case.json", data, "application/json")).run()


def test_an_uploaded_month_outside_the_list_is_told_not_shown_for_this_month() -> None:
    case = {"period": "2099-01", "age": 30, "wajong": {"arbeidsvermogen": True}, "household": {"rent": 640}}
    at = upload(run(), json.dumps(case).encode())
    assert not at.exception
    assert at.number_input(key="age").value == 30 and at.text_input(key="rent").value == "640"
    text = warnings(at)
    assert "De maand in dit bestand (2099\\-01) staat niet in de lijst" in text
    assert f"We rekenen nu met {plain(PERIOD)}" in text


def test_an_uploaded_field_name_cannot_become_a_link_or_an_image() -> None:
    hostile = {
        "period": PERIOD,
        "age": 30,
        "wajong": {"arbeidsvermogen": True},
        "[klik hier](https://evil.example)": 1,
        "![x](https://evil.example/track.png)": 2,
        "# kop": 3,
    }
    at = upload(run(), json.dumps(hostile).encode())
    text = " ".join(e.value for e in at.error)
    assert "Dit bestand kunnen we niet openen" in text
    assert "](" not in text and "\n#" not in text
    assert "\\[klik hier\\]\\(https\\://evil\\.example\\)" in text
    assert "\\!\\[x\\]" in text


def test_an_uploaded_huge_integer_is_a_dutch_message_not_a_raw_error() -> None:
    data = json.dumps({"period": PERIOD, "wajong": {"arbeidsvermogen": True}})[:-1].encode()
    at = upload(run(), data + b', "age": ' + b"9" * 5000 + b"}")
    assert not at.exception
    assert "meer dan 30 cijfers" in " ".join(e.value for e in at.error)


def test_the_business_questions_in_the_link_are_checked_like_the_others() -> None:
    """Issue 17's fields bound to the link (issue 19): a start year that is no whole number and a month
    that is not in the list are told beside the field, with what is used now."""
    at = run(work="Voor mezelf (zzp)", zzp_year="Infinity", zzp_month="foo")
    assert not at.exception
    text = warnings(at)
    assert "In de link stond bij dit veld: Infinity." in text
    assert "In de link stond bij dit veld: foo. Dat kunnen we niet gebruiken. Er staat nu: —." in text
    good = run(work="Voor mezelf (zzp)", zzp_year="2025", zzp_month="maart", zzp_5y="true")
    assert "In de link" not in warnings(good) and good.metric
