"""The PDF "Controle van uw Wajong" (calc/reconcile_report.py): the answer, every month row adding up,
gross or net, the bezwaar deadline, the checklist, the sources, safe user text, the same bytes.

The expected values are not copied from the PDF code: they come from calc.reconcile's result for the
same input (the core is tested against the law's worked cases in tests/test_reconcile.py), formatted
with calc.money.eur, and looked up in the text pypdf extracts from the PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml

from calc.errors import InvalidSituation
from calc.money import eur
from calc.months import long_date
from calc.rates import load_rates
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_io import parse_amount
from calc.reconcile_report import reconcile_file_name, reconcile_pdf, sources
from calc.reconcile_report_texts import TEXT
from calc.reconcile_summary import causes_shown

ROOT = Path(__file__).resolve().parents[1]
CASE = yaml.safe_load((ROOT / "tests/cases/reconcile-2026-six-months.yaml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 20)
BOOK = load_rates()


def text_of(pdf: bytes) -> str:
    """All text, non-breaking spaces as spaces, runs of white space as one space."""
    raw = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", raw.replace("\xa0", " "))


def compact(s: str) -> str:
    """Without white space: long sentences break over lines in the PDF."""
    return re.sub(r"\s+", "", s.replace("\xa0", " "))


def plain(s: str) -> str:
    return s.replace("\xa0", " ")


def money(x: float, lang: str = "nl") -> str:
    return plain(eur(x, lang))


def checked(**fields: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = {**CASE["input"], **fields}
    return raw, reconcile(parse_reconcile_request(raw), BOOK)


@pytest.fixture(scope="module")
def letter_off() -> tuple[dict[str, Any], dict[str, Any], str]:
    """The worked case with a letter that counts May's holiday pay (0,7 x 220,00 more)."""
    expected = reconcile(parse_reconcile_request(CASE["input"]), BOOK)["reclaim"]["expected"]
    raw, result = checked(reclaimed=round(expected + 0.7 * 220.00, 2))
    return raw, result, text_of(reconcile_pdf(raw, today=TODAY, book=BOOK))


def test_the_answer_comes_first_in_words(letter_off: Any) -> None:
    _, r, text = letter_off
    a = r["answer"]
    assert compact(a["short_nl"]) in compact(text)
    assert compact(a["nl"]) in compact(text)
    assert text.startswith("Controle van uw Wajong")
    assert text.index(a["short_nl"]) < text.index("Totaal")  # the answer before the table
    assert "Waarschijnlijke oorzaak: vakantiegeld in de verkeerde maand." in text


# One row: 'mei 2026 € 1.450,00 € 220,00 € 591,08 € 696,08 € 105,00 te veel' (holiday pay optional).
ROW = re.compile(
    r"((?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}|"
    r"Totaal)((?: € [\d.]+,\d\d)+) (klopt|€ [\d.]+,\d\d te (?:veel|weinig))"
)


def signed_difference(words: str) -> float:
    if words == "klopt":
        return 0.0
    value = parse_amount(words.split(" te ")[0])
    return -value if words.endswith("te veel") else value


def test_every_month_row_adds_up_and_is_the_check(letter_off: Any) -> None:
    """Each row: due − paid = the difference in words; due, paid and the words are calc's months."""
    _, r, text = letter_off
    rows = ROW.findall(text)
    assert [m for m, _, _ in rows] == [
        "april 2026", "mei 2026", "juni 2026", "juli 2026", "augustus 2026", "september 2026", "Totaal"
    ]  # fmt: skip
    for (_, cells, words), m in zip(rows, [*r["months"], r["total"]], strict=True):
        *_, due, paid = [parse_amount(c) for c in re.findall(r"€ [\d.]+,\d\d", cells)]
        assert round(due - paid, 2) == signed_difference(words)
        assert (due, paid) == (
            (m["wajong_due"], m["wajong_paid"]) if "period" in m else (m["due"], m["paid"])
        )
        assert signed_difference(words) == m["difference"]
    assert "€ 1.450,00 € 220,00 €" in text  # May's wage and its holiday pay, as entered


def test_money_bezwaar_checklist_and_causes(letter_off: Any) -> None:
    _, r, text = letter_off
    g = r["reclaim"]["gross_or_net"]
    for sentence in (g["nl"], g["tax"]["nl"], g["toeslagen"]["nl"], g["room_nl"]):
        assert compact(sentence) in compact(text)
    assert long_date(r["reclaim"]["bezwaar_deadline"]) == "22 december 2026"
    assert compact(TEXT["nl"]["bezwaar"].format(date="22 december 2026")) in compact(text)
    for item in r["checklist"]:
        assert compact(item["nl"]) in compact(text)
    causes, not_applicable = causes_shown(r["reclaim"])
    assert causes[0]["title"] == "1. Vakantiegeld in de verkeerde maand"
    for c in causes:
        assert compact(c["title"]) in compact(text) and compact(c["text"]) in compact(text)
    assert not_applicable and compact(not_applicable) in compact(text)
    for m in r["months"]:
        assert compact(m["reason_nl"]) in compact(text)


def test_sources_are_every_source_cited_with_the_titles_a_reader_sees(letter_off: Any) -> None:
    _, r, text = letter_off
    cited = sources(r)
    assert len(cited) == len({tuple(s) for s in cited})
    titles = {s["title"] for s in r["sources"]} | {s["title"] for i in r["checklist"] for s in i["sources"]}
    assert titles <= {title for title, _ in cited}
    for title, url in cited:
        assert compact(title) in compact(text)
        assert url.startswith("https://")
        assert "ASSUMPTION" not in title and "secundair" not in title.lower()


def test_without_a_letter_there_are_no_causes_and_the_deadline_says_six_weeks() -> None:
    raw = {k: v for k, v in CASE["input"].items() if k not in ("reclaimed", "letter_date")}
    r = reconcile(parse_reconcile_request(raw), BOOK)
    text = text_of(reconcile_pdf(raw, today=TODAY, book=BOOK))
    assert plain(r["answer"]["short_nl"]) in text
    assert "Waar kan het verschil vandaan komen?" not in text
    weeks = int(BOOK.value("reconcile.bezwaar_weeks", dt.date(2026, 9, 1)))
    assert compact(TEXT["nl"]["bezwaar_nodate"].format(weeks=weeks)) in compact(text)
    assert "geen brief ingevuld" in text


def test_english() -> None:
    raw, r = checked(reclaimed=365.54)
    text = text_of(reconcile_pdf(raw, lang="en", today=TODAY, book=BOOK))
    assert "Checking your Wajong" in text and plain(r["answer"]["short_en"]) in text
    assert f"Total {money(r['total']['due'], 'en')} {money(r['total']['paid'], 'en')}" in text
    assert f"{money(-r['total']['difference'], 'en')} too much" in text
    assert "22 December 2026" in text


def test_same_bytes_for_the_same_input_and_day() -> None:
    raw, _ = checked()
    assert reconcile_pdf(raw, today=TODAY, book=BOOK) == reconcile_pdf(raw, today=TODAY, book=BOOK)


@pytest.mark.parametrize("name", ['#set text(red) $x$ <b>"', "Zoë *de* _Vries_ @ref [link](x)"])
def test_a_name_prints_as_written(name: str) -> None:
    raw, _ = checked()
    first = pypdf.PdfReader(io.BytesIO(reconcile_pdf(raw, name=name, today=TODAY, book=BOOK))).pages[0]
    assert compact(name) in compact(first.extract_text())


def test_file_name_names_the_months_and_the_name_only_when_given() -> None:
    _, r = checked()
    assert reconcile_file_name(r) == "controle-wajong-2026-04-2026-09.pdf"
    assert reconcile_file_name(r, "Sam de Vries") == "controle-wajong-sam-de-vries-2026-04-2026-09.pdf"


def test_invalid_input_raises_the_dutch_error() -> None:
    with pytest.raises(InvalidSituation) as err:
        reconcile_pdf({**CASE["input"], "age": 16}, today=TODAY, book=BOOK)
    assert "18 jaar" in err.value.dutch()


def test_the_cli_writes_the_pdf_and_prints_the_same_json(tmp_path: Path) -> None:
    src = tmp_path / "brief.json"
    src.write_text(json.dumps(CASE["input"]), encoding="utf-8")
    out = tmp_path / "controle.pdf"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "calc", "reconcile", str(src), *args],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )  # fmt: skip

    plain, with_pdf = run(), run("--pdf", str(out), "--lang", "en", "--name", "Sam")
    assert plain.returncode == with_pdf.returncode == 0, with_pdf.stderr
    assert json.loads(plain.stdout) == json.loads(with_pdf.stdout)
    text = text_of(out.read_bytes())
    assert "Checking your Wajong" in text and "For: Sam" in text
    bad = run("--pdf", str(tmp_path / "missing" / "x.pdf"))
    assert bad.returncode == 2 and "Fout in '--pdf'" in bad.stderr and "Traceback" not in bad.stderr
