"""The app's section "Klopt mijn Wajong?" (views/reconcile.py) with Streamlit's AppTest.

The section must show what calc.reconcile computes for the months the user entered, so the expected
answer, table and deadline come from calc for the same input written out here (calc itself is tested
against the law's worked cases in tests/test_reconcile.py). Refusals are calc's Dutch messages,
naming the line; nothing the user types about the letter reaches the URL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from calc.money import eur
from calc.months import long_date
from calc.rates import load_rates
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_summary import month_rows

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BOOK = load_rates()
LETTER_DAY = dt.date(2026, 11, 10)
PERSON = {"age": 25, "wajong": {"arbeidsvermogen": True}}  # the form's defaults (question 1)

# The worked case of tests/cases/reconcile-2026-six-months.yaml, pasted as from a spreadsheet (tabs,
# Dutch numbers), with a first line naming the columns because May has holiday pay.
PASTED = "\n".join(
    [
        "maand\tloon\twajong\tvakantiegeld",
        "april 2026\t1.300,00\t696,08\t",
        "mei 2026\t1.450,00\t696,08\t220,00",
        "juni 2026\t1.200,00\t696,08\t",
        "juli 2026\t1.520,00\t696,08\t",
        "augustus 2026\t1.380,00\t696,08\t",
        "september 2026\t1.600,00\t696,08\t",
    ]
)
MONTHS = [
    {
        "period": f"2026-{m:02d}",
        "wage": w,
        "wajong_paid": 696.08,
        **({"holiday_pay": 220.0} if m == 5 else {}),
    }
    for m, w in zip(range(4, 10), (1300.0, 1450.0, 1200.0, 1520.0, 1380.0, 1600.0), strict=True)
]


def calc_result(**fields: Any) -> dict[str, Any]:
    return reconcile(parse_reconcile_request({**PERSON, "months": MONTHS, **fields}), BOOK)


def app(lang: str = "nl") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if lang == "en":
        at.query_params["lang"] = "English"
    return at.run()


def enter(at: AppTest, months: str, letter: str = "", date: Any = None) -> AppTest:
    at.text_area(key="rc_months").set_value(months)
    at.text_input(key="rc_reclaimed").set_value(letter)
    if date is not None:
        at.date_input(key="rc_letter_date").set_value(date)
    return at.run()


def shown(r: dict[str, Any], lang: str = "nl") -> list[list[str]]:
    """calc's month rows and total as the app's table shows them: month, due, paid, difference."""
    rows = month_rows(r, lang)
    return [[row[0], *row[-3:]] for row in [*rows["rows"], rows["total"]]]


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def section_errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_the_section_asks_for_months_and_shows_nothing_before() -> None:
    at = app()
    assert not at.exception
    assert "Klopt mijn Wajong?" in [h.value for h in at.subheader]
    assert "Vul eerst uw maanden in. Dan ziet u hier het antwoord." in [i.value for i in at.info]
    captions = " ".join(c.value for c in at.caption)
    assert "25 jaar, Wajong met arbeidsvermogen" in captions  # the person of question 1
    assert "Het staat niet in de link" in captions


def test_the_answer_first_then_the_months_as_calc_computes_them() -> None:
    """A letter that asks 0,7 x 220,00 more than the check: the answer says the letter is probably not
    right and names the holiday pay; the table is calc's months, every row and the total."""
    expected = calc_result()["reclaim"]["expected"]
    letter = round(expected + 0.7 * 220.00, 2)
    r = calc_result(reclaimed=letter, letter_date="2026-11-10")
    at = enter(app(), PASTED, eur(letter).replace("€\xa0", ""), date=LETTER_DAY)
    assert not at.exception and not section_errors(at)
    md = markdown(at)
    first = md.index(f"#### {r['answer']['short_nl']}")
    assert md[first + 1] == r["answer"]["nl"]  # the answer in words right below it
    assert r["answer"]["cause"] == "holiday_pay" and "vakantiegeld" in md[first + 1]
    table = at.table[-1].value
    assert list(table.columns) == ["Maand", "Volgens de regels", "UWV betaalde", "Te veel of te weinig"]
    assert table.values.tolist() == shown(r)
    assert table.values.tolist()[-1][-1] == f"{eur(expected)} te\xa0veel"


def test_money_bezwaar_and_what_to_do() -> None:
    r = calc_result(reclaimed=calc_result()["reclaim"]["expected"], letter_date="2026-11-10")
    at = enter(app(), PASTED, "365,54", date=LETTER_DAY)
    text = "\n".join(markdown(at))
    g = r["reclaim"]["gross_or_net"]
    assert g["nl"] in text and g["tax"]["nl"] in text and g["toeslagen"]["nl"] in text
    deadline = long_date(r["reclaim"]["bezwaar_deadline"])
    assert deadline == "22 december 2026"  # 10 November + 6 weeks (Awb 6:7, 6:8)
    assert f"Bent u het niet eens met de brief? Maak dan bezwaar. Dat kan tot en met {deadline}." in [
        w.value for w in at.warning
    ]
    for item in r["checklist"]:
        assert f"- {item['nl']}" in text
    assert [i.value for i in at.info if "vakantiegeld" in i.value.lower()] == [
        w["nl"] for w in r["warnings"] if "vakantiegeld" in w["nl"].lower()
    ]


def test_two_columns_without_months_run_from_the_first_month_chosen() -> None:
    at = enter(app(), "1.300,00\t696,08\n1.450,00\t696,08")
    at.selectbox(key="rc_start").set_value("2026-04").run()
    r_months = [{k: m[k] for k in ("period", "wage", "wajong_paid")} for m in MONTHS[:2]]
    r = reconcile(parse_reconcile_request({**PERSON, "months": r_months}), BOOK)
    assert at.table[-1].value.values.tolist() == shown(r)


@pytest.mark.parametrize(
    ("months", "letter", "message"),
    [
        (
            "april 2026;1.300;696,08",
            "",
            "loon op regel 1: '1.300' is niet duidelijk: bedoelt u 1300 euro? Schrijf dan 1300,00.",
        ),
        ("april 2026;-5;696,08", "", "loon: moet 0 of meer zijn (regel 1)."),
        ("april 2026;1300;696,08\nmei 2026;25.000,00;0", "", "niet waarschijnlijk"),
        ("april 2026;1300;696,08\napril 2026;1300;696,08", "", "staat er twee keer in"),
        ("april 2031;1300;696,08", "", "daarbuiten"),
        ("april 2026;1300;696,08", "veel", "Bedrag dat UWV terugvraagt: 'veel' is geen bedrag."),
    ],
)
def test_every_refusal_is_dutch_and_names_the_line_or_field(months: str, letter: str, message: str) -> None:
    at = enter(app(), months, letter)
    assert not at.exception
    errors = section_errors(at)
    assert len(errors) == 1 and errors[0].startswith("Dit moet u eerst aanpassen:")
    assert message in errors[0]
    assert not at.table or "Te veel of te weinig" not in at.table[-1].value.columns  # no answer shown


def test_every_problem_is_told_at_once_each_with_its_line() -> None:
    """A line that cannot be read, a negative wage on a line that can, and a line with a value short:
    one list with all three, each naming its line; no answer yet."""
    at = enter(app(), "april 2026;1.300;696,08\nmei 2026;-5;696,08\njuni 2026;1200")
    (message,) = section_errors(at)
    assert message == "\n".join(
        [
            "Dit moet u eerst aanpassen:",
            "- loon op regel 1: '1.300' is niet duidelijk: bedoelt u 1300 euro? Schrijf dan 1300,00.",
            "- regel 3 heeft 2 waarden, maar er zijn 3 kolommen (maand, loon, betaalde Wajong). Vul aan wat "
            "ontbreekt.",
            "- loon: moet 0 of meer zijn (regel 2).",
        ]
    )
    assert not at.table or "Te veel of te weinig" not in at.table[-1].value.columns


WIDGETS = ("text_area", "text_input", "date_input", "radio", "number_input", "selectbox")


def test_letter_data_is_never_bound_to_the_link() -> None:
    """Personal letter data: none of the section's widgets is bound to a query parameter (AppTest does
    not write the URL, so the binding is read from each widget's own message). The form's `hours`,
    which is bound, shows the check can see a binding."""
    at = enter(app(), "1.300,00\t696,08", "519,54", date=LETTER_DAY)  # two columns: the first month too
    assert at.table  # the check ran
    widgets = {w.key: w for kind in WIDGETS for w in getattr(at, kind)}
    ours = {k: w for k, w in widgets.items() if k and k.startswith("rc_")}
    assert set(ours) == {
        "rc_months", "rc_reclaimed", "rc_letter_date", "rc_repayment", "rc_pay_period", "rc_lw", "rc_start"
    }  # fmt: skip
    assert widgets["hours"].proto.query_param_key == "hours"
    assert {k: w.proto.query_param_key for k, w in ours.items()} == dict.fromkeys(ours, "")


def test_a_csv_file_is_read_in_memory_and_used_instead_of_the_text() -> None:
    at = app()
    csv = "periode;loon;wajong\n2026-04;1.300,00;696,08\n2026-05;1.450,00;696,08\n".encode("cp1252")
    at.file_uploader(key="rc_file").set_value(("maanden.csv", csv, "text/csv")).run()
    assert not at.exception and not section_errors(at)
    r_months = [{k: m[k] for k in ("period", "wage", "wajong_paid")} for m in MONTHS[:2]]
    r = reconcile(parse_reconcile_request({**PERSON, "months": r_months}), BOOK)
    assert at.table[-1].value.values.tolist() == shown(r)
    assert "Wij gebruiken het bestand maanden.csv." in " ".join(c.value for c in at.caption)


def test_a_file_that_is_no_list_of_months_is_refused_in_dutch() -> None:
    at = app()
    at.file_uploader(key="rc_file").set_value(("groot.csv", b"x" * 30_000, "text/csv")).run()
    assert not at.exception
    assert "Dit bestand is te groot voor een lijst met maanden" in section_errors(at)[0]


def test_english() -> None:
    at = enter(app("en"), PASTED, "365.54", date=LETTER_DAY)
    r = calc_result(reclaimed=365.54, letter_date="2026-11-10")
    assert not at.exception and not section_errors(at)
    assert f"#### {r['answer']['short_en']}" in markdown(at)
    table = at.table[-1].value
    assert list(table.columns)[-1] == "Too much or too little"
    assert table.values.tolist() == shown(r, "en")
    at = enter(at, "April 2026;1300;-5")
    assert "line 1:" in section_errors(at)[0]


def test_the_pdf_button_builds_the_check_that_was_shown() -> None:
    """AppTest cannot fetch download bytes: the button is there, and its builder (called directly)
    makes the PDF of the same check."""
    import io

    import pypdf

    from views.reconcile import pdf_builder

    at = enter(app(), PASTED, "365,54", date=LETTER_DAY)
    assert "Download de controle als PDF" in [b.label for b in at.get("download_button")]
    r = calc_result(reclaimed=365.54, letter_date="2026-11-10")
    req = parse_reconcile_request(
        {**PERSON, "months": MONTHS, "reclaimed": 365.54, "letter_date": "2026-11-10"}
    )
    pdf = pdf_builder(req, r, BOOK, "nl")()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\xa0", " ")
    assert "Controle van uw Wajong" in text and r["answer"]["short_nl"] in text
    assert f"Totaal {eur(r['total']['due'])} {eur(r['total']['paid'])}".replace("\xa0", " ") in text


def test_more_settings_reach_the_check_and_a_loonwaarde_outside_0_100_is_refused() -> None:
    """Four-weekly pay and a loonwaarde (in percent on screen, a fraction for calc) go into the check;
    '37,5' is read as 37,5 percent (a number field would drop the comma)."""
    at = app()
    at.text_input(key="rc_lw").set_value("50")
    at.radio(key="rc_pay_period").set_value("four_weeks")
    at = enter(at, "april 2026;650,00;1.000,00")
    raw = {
        **PERSON,
        "loonwaarde": 0.5,
        "pay_period": "four_weeks",
        "months": [{"period": "2026-04", "wage": 650.0, "wajong_paid": 1000.0}],
    }
    assert at.table[-1].value.values.tolist() == shown(reconcile(parse_reconcile_request(raw), BOOK))
    at.text_input(key="rc_lw").set_value("37,5").run()
    raw["loonwaarde"] = 0.375
    assert at.table[-1].value.values.tolist() == shown(reconcile(parse_reconcile_request(raw), BOOK))
    at.text_input(key="rc_lw").set_value("vijftig").run()
    assert "loonwaarde: 'vijftig' is geen getal" in section_errors(at)[0]
    at.text_input(key="rc_lw").set_value("150").run()
    assert section_errors(at) == [
        "Dit moet u eerst aanpassen:\n- loonwaarde: vul een percentage in tussen 0 en 100."
    ]
