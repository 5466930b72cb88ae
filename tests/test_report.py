"""The summary PDF (issues 7 and 12): what was shown, sections, key amounts against calc's results,
every calendar row adding up, safe user text, the same bytes for the same input.

The expected amounts are not copied from the PDF code: they come from calc.compare / calc.calendar /
calc.evaluate for the same situation (the core is tested against official examples elsewhere),
formatted with calc.money.eur, and looked up in the text pypdf extracts from the PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
from pathlib import Path

import pypdf
import pytest

from calc.calendar import calendar
from calc.checklist import SAFETY_NET, checklist
from calc.compare import compare
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.money import eur
from calc.months import long_date
from calc.rates import load_rates
from calc.report import TEXT, file_name, summary_pdf, tool_version
from calc.validate import parse_calendar_request, parse_compare_request, parse_situation

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
TODAY = dt.date(2026, 1, 15)
A4 = (595.0, 842.0)  # points; typst rounds A4 (210 x 297 mm) to these within a point


@pytest.fixture(scope="module")
def book():
    return load_rates()


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def text_of(pdf: bytes) -> str:
    """All text, with non-breaking spaces as spaces and runs of white space as one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    raw = "\n".join(p.extract_text() for p in reader.pages)
    return re.sub(r"\s+", " ", raw.replace("\xa0", " "))


def compact(s: str) -> str:
    """Without any white space: for long strings the PDF may break over lines."""
    return re.sub(r"\s+", "", s.replace("\xa0", " "))


def money(x: float, lang: str = "nl") -> str:
    return eur(x, lang).replace("\xa0", " ")


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def compared(raw: dict, book) -> dict:
    return compare(parse_compare_request(raw), book)


def signed(x: float, lang: str = "nl") -> str:
    return ("+ " if x > 0.005 else "") + money(x, lang)


@pytest.fixture(scope="module")
def part_time(book):
    s = example("02-part-time.json")
    pdf = summary_pdf(
        s, name="Sam", notes="Proberen: 3 maanden.", include_employer=True, coach=True, today=TODAY
    )
    return s, pdf, text_of(pdf)


def test_every_section_heading_is_there(part_time):
    _, pdf, text = part_time
    T = TEXT["nl"]
    only_when = ("h_job_stop", "h_business", "h_chart_profit")  # a job that stops; an own business
    for key in [k for k in T if k.startswith("h_") and k not in only_when]:
        assert T[key] in text, key
    assert not [T[k] for k in only_when if T[k] in text]
    assert T["title"] in text
    assert 2 <= len(pages(pdf)) <= 5


def test_the_answer_and_the_scenario_row_are_the_comparison(part_time, book):
    """Page 1 says what the app says: the money in the account each month first, then the year."""
    s, _, text = part_time
    cmp = compared(s, book)
    h, v = cmp["headline"], cmp["variants"][0]
    assert v["cash_month"] == evaluate(parse_situation(s), book).as_json()["month"]["net_income"]
    for sentence in (h["short_nl"], h["cash_nl"], h["year_nl"]):
        assert sentence.replace("\xa0", " ") in text
    assert text.index(h["short_nl"].replace("\xa0", " ")) < text.index(h["year_nl"].replace("\xa0", " "))
    row = (
        f"Met deze baan 20 uur per week, {money(15)} per uur {money(v['cash_month'])} "
        f"{signed(v['difference_cash_month'])} {money(v['year_total'])} {signed(v['difference_year_total'])}"
    )
    assert row in text
    assert f"Nu geen {money(cmp['now']['cash_month'])} {money(cmp['now']['year_total'])}" in text


def test_meta_dates_and_version(part_time, book):
    s, _, text = part_time
    result = evaluate(parse_situation(s), book).as_json()
    assert f"Bedragen geldig vanaf {long_date(result['rates_as_of'])}" in text  # one date format
    assert "Gemaakt op 15 januari 2026" in text
    assert f"Versie rekenhulp {tool_version()}" in text
    assert tool_version() == "0.1.0"  # pyproject.toml; the PDF reads it from there


def test_calendar_settlement_employer_against_core(part_time, book):
    s, _, text = part_time
    cal = calendar(parse_calendar_request({**s, "calendar": {"start": s["period"], "months": 12}}), book)
    assert cal["lowest_month"]["text_nl"].replace("\xa0", " ") in text
    may = next(m for m in cal["months"] if m["month"] == "2026-05")  # vakantiegeld month
    holiday = may["employer_vakantiegeld"] + may["uwv_vakantie_uitkering"]
    assert holiday > 0
    assert f"mei 2026 {money(may['wage_paid'])} {money(holiday)} {money(may['wajong_paid'])}" in text
    assert money(may["net_in"]) in text
    for a in cal["after_year"]:
        if a["kind"] == "inkomstenbelasting":
            assert f"Belasting {a['year']}: na het jaar" in text and money(abs(a["settlement"])) in text
        else:
            assert f"als voorschot {money(a['paid_as_advance'])}, echt recht {money(a['final'])}" in text
    from calc.employer import employer_panel

    panel = employer_panel(parse_situation(s))
    assert panel["sentence_nl"].replace("\xa0", " ") in text


MONTH_ROW = re.compile(r"((?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                       r"november|december) \d{4})(?: \([a-z]+\))*((?: -?€ -?[\d.]+,\d\d){7})")  # fmt: skip


def amounts(cells: str) -> list[float]:
    return [float(x.replace(".", "").replace(",", ".")) for x in re.findall(r"-?[\d.]+,\d\d", cells)]


def test_every_calendar_row_adds_up(part_time):
    """Loon + vakantiegeld + Wajong + overig + loonheffing (negative) + toeslagen = op uw rekening."""
    _, _, text = part_time
    rows = MONTH_ROW.findall(text.replace("€ -", "-€ "))
    assert len(rows) == 12
    for month, cells in rows:
        *parts, total = amounts(cells.replace("-€ ", "€ -"))
        assert round(sum(parts), 2) == total, (month, parts, total)


def test_checklist_safety_net_disclaimer_and_sources(part_time, book):
    s, _, text = part_time
    cmp = compared(s, book)
    result = evaluate(parse_situation(s), book).as_json()
    # A source may run over a page break: the running footer is then inside it.
    flat = re.sub(
        r"Loontwerken\?–eenschatting,geenbesluitvanUWVofBelastingdienstPagina\d+/\d+", "", compact(text)
    )
    for item in [*checklist(cmp, result), SAFETY_NET]:
        assert compact(item.nl) in flat, item.code
    assert compact(TEXT["nl"]["disclaimer"]) in flat
    titles = {src["title"] for step in result["explanation"] for src in step["sources"]}
    assert len(titles) > 5
    for title in titles:
        assert compact(title) in flat, title
    assert flat.count(compact("Wet IB 2001, artikel 8.11 (arbeidskorting)")) == 1  # deduplicated
    for internal in ("ASSUMPTION", "secundair", "only seen", "checked against"):
        assert internal not in text


def test_coach_room_and_notes(part_time):
    _, _, text = part_time
    assert "Volgende afspraak (datum en tijd)" in text
    assert "Proberen: 3 maanden." in text
    assert "Voor: Sam" in text


def test_without_coach_or_employer_those_sections_are_left_out(book):
    pdf = summary_pdf(example("02-part-time.json"), today=TODAY, book=book)
    text = text_of(pdf)
    assert TEXT["nl"]["h_agreements"] not in text
    assert TEXT["nl"]["h_employer"] not in text
    assert TEXT["nl"]["h_notes"] not in text
    assert 2 <= len(pages(pdf)) <= 5


def page_one_grey(pdf: bytes, tmp_path: Path) -> tuple[int, int, bytes]:
    """Page 1 rendered by poppler at 50 dpi in grey: (width, height, one byte per pixel)."""
    src = tmp_path / "x.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-gray", str(src), str(tmp_path / "p")],
        check=True,
        capture_output=True,
    )
    pgm = next(tmp_path.glob("p*.pgm")).read_bytes()
    # P5 header: magic, width, height, maxval, then one byte per pixel
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    assert m, pgm[:20]
    w, h = int(m.group(1)), int(m.group(2))
    pixels = pgm[m.end() : m.end() + w * h]
    assert len(pixels) == w * h
    return w, h, pixels


def non_white_fraction(pdf: bytes, tmp_path: Path) -> float:
    """The share of page 1's pixels darker than 200/255."""
    w, h, pixels = page_one_grey(pdf, tmp_path)
    return sum(1 for b in pixels if b < 200) / (w * h)


def test_page_one_is_not_blank(part_time, tmp_path):
    _, pdf, _ = part_time
    share = non_white_fraction(pdf, tmp_path)
    assert 0.02 < share < 0.5  # text, a blue box and the chart; not empty, not a black page


@pytest.mark.parametrize(
    "name",
    [
        "#set page(width: 1cm) <script> $x^2$",
        '*bold* _x_ #panic("x") `raw` @ref <label> \\ // not a comment',
        "</script><script>alert(1)</script> ]) } #{",
    ],
)
def test_hostile_name_prints_as_written(name, book):
    pdf = summary_pdf(example("02-part-time.json"), name=name, notes=name, today=TODAY, book=book)
    ps = pages(pdf)
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(A4, abs=1) for p in ps)
    first = re.sub(r"\s+", " ", ps[0].extract_text().replace("\xa0", " "))
    assert f"Voor: {name}" in first
    assert first.count(name) == 2  # the name and the note


def test_long_name_wraps_and_stays_on_a4(book, tmp_path):
    name = "Anna-Maria Heel" + "lang" * 16  # 79 characters (the most is 80), one word of 68 letters
    notes = "Anna-Maria " * 30 + "Heel" + "lang" * 30  # and one word of 124 letters in the notes
    pdf = summary_pdf(example("02-part-time.json"), name=name, notes=notes, today=TODAY, book=book)
    w, h, pixels = page_one_grey(pdf, tmp_path)
    margin = 25  # px at 50 dpi = 12.7 mm; the page margin is 18 mm: nothing may be drawn there
    assert all(pixels[y * w + x] >= 200 for y in range(h) for x in range(w - margin, w))
    ps = pages(pdf)
    assert 2 <= len(ps) <= 4
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(A4, abs=1) for p in ps)
    assert compact(name) in compact(ps[0].extract_text())


def test_english(book):
    s = example("02-part-time.json")
    pdf = summary_pdf(
        s, lang="en", notes="Try 3 months.", include_employer=True, coach=True, today=TODAY, book=book
    )
    text = text_of(pdf)
    T = TEXT["en"]
    for key in [
        k for k in T if k.startswith("h_") and k not in ("h_job_stop", "h_business", "h_chart_profit")
    ]:
        assert T[key] in text, key
    h = compared(s, book)["headline"]
    assert h["short_en"].replace("\xa0", " ") in text and h["cash_en"].replace("\xa0", " ") in text
    assert "Made on 15 January 2026" in text and "Amounts valid from 1 January 2026" in text
    assert "Uw situatie" not in text and "£" not in text
    assert 2 <= len(pages(pdf)) <= 5


def test_same_bytes_for_the_same_input(book):
    s = example("03-loondispensatie.json")
    a = summary_pdf(s, name="Sam", today=TODAY, book=book)
    b = summary_pdf(json.loads(json.dumps(s)), name="Sam", today=TODAY, book=book)
    assert a == b
    assert a != summary_pdf(s, name="Kim", today=TODAY, book=book)


def test_no_job(book):
    s = example("01-no-job.json")
    pdf = summary_pdf(s, today=TODAY, book=book)
    text = text_of(pdf)
    cash = evaluate(parse_situation(s), book).as_json()["month"]["net_income"]
    assert f"U heeft geen baan ingevuld. Op uw rekening komt elke maand {money(cash)}." in text
    assert TEXT["nl"]["chart_no_job"] in text
    assert "binnen een week door aan UWV" not in text  # nothing new to report to UWV
    assert 2 <= len(pages(pdf)) <= 4


def test_a_session_with_three_scenarios_a_new_job_and_a_month_pattern(book):
    """Issue 12: the PDF shows every job compared on screen and the calendar with its settings."""
    s = example("02-part-time.json")
    variants = [
        [{"hours_per_week": 8, "hourly_wage": 15.0}],
        [{"hours_per_week": 32, "hourly_wage": 15.0}],
        [{"hours_per_week": 24, "hourly_wage": 17.5, "loonwaarde": 0.6}],
    ]
    options = {
        "new_work_at_start": True,
        "hours_per_week_by_month": [20, 20, 32],
        "job_stops_after_months": 8,
    }
    pdf = summary_pdf({**s, "variants": variants, "calendar": options}, today=TODAY, book=book)
    text = text_of(pdf)
    cmp = compared({**s, "variants": variants}, book)
    assert len(cmp["variants"]) == 4
    for v in cmp["variants"]:
        row = f"{v['label_nl']} {v['jobs'][-1]['label_nl'].replace(chr(160), ' ')} {money(v['cash_month'])}"
        assert row in text, row
        assert f"{money(v['year_total'])} {signed(v['difference_year_total'])}" in text
    assert "Baan 4 24 uur per week, € 17,50 per uur, loonwaarde 60%" in text
    assert "De baan is nieuw: UWV betaalt eerst een voorschot" in text
    assert "Uren per week per maand: 20; 20; 32 (herhaald)" in text
    assert "De baan stopt na 8 maanden" in text
    cal = calendar(
        parse_calendar_request({**s, "calendar": {"start": s["period"], "months": 12, **options}}), book
    )
    assert compact(cal["job_stop"]["text_nl"]) in compact(text)
    assert TEXT["nl"]["h_job_stop"] in text
    april = next(m for m in cal["months"] if m["month"] == "2026-04")
    assert f"april 2026 {money(april['wage_paid'])}" in text


def test_a_variant_calc_refuses_names_the_variant(book):
    s = example("02-part-time.json")
    bad = [[{"hours_per_week": 20, "hourly_wage": 1.0}]]
    with pytest.raises(InvalidSituation) as err:
        summary_pdf({**s, "variants": bad}, today=TODAY, book=book)
    assert err.value.problems[0].field == "variants[0][0].hourly_wage"
    assert "minimumloon" in err.value.problems[0].message_nl


def test_file_name_has_the_name_only_when_given():
    assert file_name("2026-03") == "loont-werken-2026-03.pdf"
    assert file_name("2026-03", "Sam de Vries") == "loont-werken-sam-de-vries-2026-03.pdf"
    assert file_name("2026-03", "  ../../etc/passwd ") == "loont-werken-etc-passwd-2026-03.pdf"


def test_invalid_situation_raises_the_dutch_error(book):
    with pytest.raises(InvalidSituation):
        summary_pdf({"period": "2026-01", "age": 25}, today=TODAY, book=book)
    with pytest.raises(ValueError):
        summary_pdf(example("01-no-job.json"), lang="de", today=TODAY, book=book)


def test_a_business_gets_its_own_section_and_profit_chart(book):
    """Issue 17: with an own business the PDF explains the advance now and the settlement later."""
    s = example("08-zzp-first-year.json")
    text = text_of(summary_pdf(s, today=TODAY, book=book))
    T = TEXT["nl"]
    assert T["h_business"] in text and T["h_chart_profit"] in text
    assert T["h_chart"] not in text


def test_the_settlement_lines_name_each_toeslag_as_a_reader_writes_it(book):
    """The kindgebonden budget's settlement line read 'Kindgebonden_budget 2026' (the code's key)."""
    text = text_of(summary_pdf(example("07-single-parent.json"), today=TODAY, book=book))
    assert "Kindgebonden budget 2026" in text or "Kindgebonden budget 2025" in text
    assert "Kindgebonden_budget" not in text


def test_the_scenario_table_is_never_split_between_two_pages() -> None:
    """A coach's notes push the scenario table down page 1. With notes of 100-500 characters it used to
    break between pages 1 and 2, its heading on one and its last rows on the other; now the heading,
    the table and its note move on together."""
    request = {
        "period": "2026-01", "age": 25, "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0}], "household": {"rent": 650},
        "variants": [[{"hours_per_week": h, "hourly_wage": 15.0}] for h in (8, 16, 28, 36)],
    }  # fmt: skip
    heading, last_row = TEXT["nl"]["h_scenarios"], "Baan 5"
    for n in range(0, 1200, 150):  # 150-450 split it before
        notes = ("Afspraak over de uren en het loon. " * 60)[:n] or None
        pages = [
            p.extract_text()
            for p in pypdf.PdfReader(io.BytesIO(summary_pdf(request, notes=notes, coach=True))).pages
        ]
        on = (
            [i for i, text in enumerate(pages) if heading in text],
            [i for i, text in enumerate(pages) if last_row in text],
        )
        assert on[0] and on[0] == on[1][:1], (n, on)


def test_the_pdf_hours_chart_shades_the_toeslagenwet_flat_zone_as_the_app_does(book) -> None:
    """The worked case of tests/cases/evaluate-2026-toeslagenwet-couple-child-3.yaml has a flat zone (more
    hours do not raise wage + Wajong + top-up); the PDF's chart shades it in the app's colour, under the
    sentence that says it in words. With a partner earning € 40.000 there is no top-up, no zone, no band."""
    from calc.report_sections import chart_svg

    couple = {
        "period": "2026-07", "age": 25, "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 14.99}],
        "household": {"partner": True, "persons": 3, "children_ages": [3]},
    }  # fmt: skip
    svg, sentence = chart_svg(parse_situation(couple), book, TEXT["nl"], "nl")
    assert sentence.startswith("Tussen 14 en ") and "#aa4499" in svg.lower()
    earning = {**couple, "household": {"partner": True, "persons": 2, "partner_income_year": 40_000}}
    svg, sentence = chart_svg(parse_situation(earning), book, TEXT["nl"], "nl")
    assert sentence == "" and "#aa4499" not in svg.lower()
