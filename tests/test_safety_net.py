"""The safety net in sentences (issue 16, part 2; calc/safety_net.py): each with its article, checked in the
Wet Wajong text of 1 January 2026 (BWBR0008657: art. 1a:9, 1a:10, 2:16, 2:17, 2:46a, 3:19, 3:21)."""

from __future__ import annotations

from calc.compare import compare
from calc.money import eur
from calc.rates import load_rates
from calc.validate import parse_compare_request

BOOK = load_rates()


def run(arbeidsvermogen: bool, hours: float = 20) -> dict:
    raw = {
        "period": "2026-07", "age": 25, "wajong": {"arbeidsvermogen": arbeidsvermogen},
        "jobs": [{"hours_per_week": hours, "hourly_wage": 14.99}],
    }  # fmt: skip
    return compare(parse_compare_request(raw), BOOK)


def test_with_arbeidsvermogen_the_five_year_rule_and_herleving() -> None:
    notes = {n["code"]: n for n in run(True)["safety_net"]}
    assert set(notes) == {"safety_five_years", "safety_herleving"}
    five = notes["safety_five_years"]["nl"]
    assert "na 5 jaar werken ten minste 75%" in five and "art. 2:16 lid 2" in five and "3:19 lid 2" in five
    assert "art. 2:17" in notes["safety_herleving"]["nl"] and "art. 3:21" in notes["safety_herleving"]["nl"]
    urls = {s["url"] for n in notes.values() for s in n["sources"]}
    assert "https://wetten.overheid.nl/BWBR0008657/2026-01-01#Artikel216" in urls


def test_without_arbeidsvermogen_the_20_percent_limit_with_a_number() -> None:
    """Art. 2:46a lid 1: more than 20% of the maatmaninkomen for twelve calendar months. With the minimum
    wage as the maatman (July 2026: € 2.337,00) the limit is 0,2 x 2.337,00 = € 467,40 a month; 20 h at
    € 14,99 is 20 x 52 / 12 x 14,99 = € 1.299,13: more than that. 6 h: 6 x 52 / 12 x 14,99 = € 389,74: not."""
    notes = {n["code"]: n for n in run(False)["safety_net"]}
    assert set(notes) == {"safety_reexamination", "safety_herleving_dga"}
    r = notes["safety_reexamination"]
    assert r["amount"] == round(0.2 * 2337.00, 2)
    assert f"{eur(467.40)} per maand" in r["nl"] and "12 maanden achter elkaar" in r["nl"]
    assert f"Met deze baan verdient u {eur(1299.13)} per maand: meer dan dat." in r["nl"]
    low = {n["code"]: n for n in run(False, hours=6)["safety_net"]}["safety_reexamination"]
    assert f"{eur(389.74)} per maand: niet meer dan dat." in low["nl"]
    assert (
        "art. 1a:9" in notes["safety_herleving_dga"]["nl"] and "1a:10" in notes["safety_herleving_dga"]["nl"]
    )


def test_the_app_and_the_pdf_say_it() -> None:
    import io
    import re
    from pathlib import Path

    import pypdf
    from streamlit.testing.v1 import AppTest

    from calc.report import summary_pdf

    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=30)
    at.query_params["period"] = "2026-07"
    at.run()
    assert not at.exception
    assert "art. 2:16 lid 2" in "\n".join(m.value for m in at.markdown)
    raw = {"period": "2026-07", "age": 25, "wajong": {"arbeidsvermogen": True},
           "jobs": [{"hours_per_week": 20, "hourly_wage": 14.99}]}  # fmt: skip
    pdf = summary_pdf(raw, book=BOOK)
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    assert "Wajong art. 2:16 lid 2" in text.replace("\xa0", " ")
    assert "Wet Wajong art. 2:16" in text  # the source list
