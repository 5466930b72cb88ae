"""The summary PDF (issue 7): sections, key amounts against calc.evaluate, safe user text, bytes.

The expected amounts are not copied from the PDF code: they come from calc.evaluate / calc.calendar
for the same situation (the core is tested against official examples elsewhere), formatted with
calc.money.eur, and looked up in the text pypdf extracts from the PDF.
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
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.money import eur
from calc.rates import load_rates
from calc.report import TEXT, summary_pdf, tool_version
from calc.validate import parse_calendar_request, parse_situation

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


def net(result: dict) -> float:
    return result["month"]["net_income_with_settlement"]


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
    for key in [k for k in T if k.startswith("h_")]:
        assert T[key] in text, key
    assert T["title"] in text
    assert 2 <= len(pages(pdf)) <= 4


def test_answer_and_scenarios_match_evaluate(part_time, book):
    s, _, text = part_time
    sit = parse_situation(s)
    with_job = evaluate(sit, book).as_json()
    now = evaluate(sit.model_copy(update={"jobs": []}), book).as_json()
    diff = round(net(with_job) - net(now), 2)
    assert diff > 0  # 20 hours at EUR 15 pays in this example; the sentence says "meer"
    sentence = (
        f"Met deze baan heeft u elke maand {money(diff)} meer: "
        f"{money(net(with_job))} in plaats van {money(net(now))}."
    )
    assert sentence in text
    assert f"Deze situatie 20 uur × {money(15)} {money(net(with_job))} + {money(diff)}" in text


def test_meta_dates_and_version(part_time, book):
    s, _, text = part_time
    result = evaluate(parse_situation(s), book).as_json()
    assert f"Bedragen geldig vanaf {result['rates_as_of']}" in text
    assert "Gemaakt op 15 januari 2026" in text
    assert f"Versie rekenhulp {tool_version()}" in text
    assert tool_version() == "0.1.0"  # pyproject.toml; the PDF reads it from there


def test_calendar_settlement_employer_against_core(part_time, book):
    s, _, text = part_time
    cal = calendar(parse_calendar_request({**s, "calendar": {"start": s["period"], "months": 12}}), book)
    assert cal["lowest_month"]["text_nl"] in text
    may = next(m for m in cal["months"] if m["month"] == "2026-05")  # vakantiegeld month
    assert f"mei 2026 {money(may['wage_paid'])} {money(may['wajong_paid'])}" in text
    assert money(may["net_in"]) in text
    result = evaluate(parse_situation(s), book).as_json()
    assert money(result["year"]["settlement"]) in text
    zt = next(a for a in cal["after_year"] if a["kind"] == "zorgtoeslag")
    assert f"als voorschot {money(zt['paid_as_advance'])}, echt recht {money(zt['final'])}" in text
    from calc.employer import employer_panel

    panel = employer_panel(parse_situation(s))
    assert panel["sentence_nl"].replace("\xa0", " ") in text


def test_checklist_safety_net_disclaimer_and_sources(part_time, book):
    s, _, text = part_time
    T = TEXT["nl"]
    for key in ("ck_uwv", "ck_toeslagen", "ck_lhk", "safety", "disclaimer"):
        assert T[key] in text, key
    result = evaluate(parse_situation(s), book).as_json()
    flat = compact(text)
    titles = {src["title"] for step in result["explanation"] for src in step["sources"]}
    assert len(titles) > 5
    for title in titles:
        assert compact(title) in flat, title
    assert flat.count(compact("Wet IB 2001, artikel 8.11 (arbeidskorting)")) == 1  # deduplicated


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
    assert 2 <= len(pages(pdf)) <= 4


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
    name = "Anna-Maria " * 30 + "Heel" + "lang" * 30  # and one word of 124 letters
    pdf = summary_pdf(example("02-part-time.json"), name=name, today=TODAY, book=book)
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
    for key in [k for k in T if k.startswith("h_")]:
        assert T[key] in text, key
    sit = parse_situation(s)
    with_job, now = (
        evaluate(sit, book).as_json(),
        evaluate(sit.model_copy(update={"jobs": []}), book).as_json(),
    )
    diff = round(net(with_job) - net(now), 2)
    assert (
        f"With this job you have {money(diff, 'en')} more every month: "
        f"{money(net(with_job), 'en')} instead of {money(net(now), 'en')}."
    ) in text
    assert "Made on 15 January 2026" in text
    assert "Uw situatie" not in text
    assert 2 <= len(pages(pdf)) <= 4


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
    now = evaluate(parse_situation(s), book).as_json()
    assert f"U heeft nu geen baan ingevuld. U heeft elke maand {money(net(now))}." in text
    assert TEXT["nl"]["chart_no_job"] in text
    assert TEXT["nl"]["ck_uwv"] not in text  # nothing new to report to UWV
    assert 2 <= len(pages(pdf)) <= 4


def test_scenarios_side_by_side(book):
    s = example("02-part-time.json")
    variants = [
        {"label": "Kort", "jobs": [{"hours_per_week": 8, "hourly_wage": 15.0}]},
        {"label": "Lang", "jobs": [{"hours_per_week": 32, "hourly_wage": 15.0}]},
        {"label": "Twee banen", "jobs": [{"hours_per_week": 8, "hourly_wage": 15.0}, s["jobs"][0]]},
    ]
    pdf = summary_pdf(s, scenarios=variants, today=TODAY, book=book)
    text = text_of(pdf)
    now = net(evaluate(parse_situation({**s, "jobs": []}), book).as_json())
    for v in variants:
        amount = net(evaluate(parse_situation({**s, "jobs": v["jobs"]}), book).as_json())
        diff = round(amount - now, 2)
        assert f"{v['label']} " in text
        assert f"{money(amount)} {'+ ' if diff > 0 else ''}{money(diff)}" in text
    assert 2 <= len(pages(pdf)) <= 4


def test_a_scenario_calc_refuses_shows_the_message(book):
    s = example("02-part-time.json")
    bad = [{"label": "Te laag loon", "jobs": [{"hours_per_week": 20, "hourly_wage": 1.0}]}]
    text = text_of(summary_pdf(s, scenarios=bad, today=TODAY, book=book))
    assert "Te laag loon" in text
    assert "niet te berekenen" in text


def test_invalid_situation_raises_the_dutch_error(book):
    with pytest.raises(InvalidSituation):
        summary_pdf({"period": "2026-01", "age": 25}, today=TODAY, book=book)
    with pytest.raises(ValueError):
        summary_pdf(example("01-no-job.json"), lang="de", today=TODAY, book=book)
