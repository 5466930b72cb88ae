"""The inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a), worked by hand from the article.

Lid 2, in each year's text (wetten.overheid.nl/BWBR0011353/<year>-01-01#Artikel8.14a): "De
inkomensafhankelijke combinatiekorting bedraagt 11,45% van het arbeidsinkomen, voor zover dat bij de
belastingplichtige meer beloopt dan € 6.073 [2024] / € 6.145 [2025] / € 6.239 [2026], doch niet meer
dan € 2.950 / € 2.986 / € 3.032." Every expected amount below is that sentence's arithmetic; none is
copied from the tool. The arbeidsinkomen of a month's wage W is 12 x W x 1,08 (WML art. 15: 8%
vakantiebijslag); the Wajong is no arbeidsinkomen.
"""

from __future__ import annotations

import numpy as np
import pytest

from calc.evaluate import evaluate
from calc.rates import load_rates
from calc.tax.heffingskortingen import iack_applies, inkomensafhankelijke_combinatiekorting
from tests.conftest import situation

BOOK = load_rates()
LAW = {2024: (6073, 2950), 2025: (6145, 2986), 2026: (6239, 3032)}


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_rates_are_the_articles_amounts(year: int) -> None:
    import datetime as dt

    day = dt.date(year, 1, 1)
    threshold, maximum = LAW[year]
    assert BOOK.value("income_tax.iack_threshold", day) == threshold
    assert BOOK.value("income_tax.iack_max", day) == maximum
    assert BOOK.value("income_tax.iack_rate", day) == 0.1145


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_below_at_and_above_the_threshold_and_at_the_maximum(year: int) -> None:
    threshold, maximum = LAW[year]
    ai = [threshold - 1, threshold, threshold + 1, threshold + 10_000, 40_000, 100_000]
    got = inkomensafhankelijke_combinatiekorting(ai, True, threshold, 0.1145, maximum)
    expected = [0, 0, 0.1145 * 1, 0.1145 * 10_000, min(0.1145 * (40_000 - threshold), maximum), maximum]
    assert got == pytest.approx(expected)
    # The maximum is reached at threshold + maximum / 11,45% (2025: 6.145 + 2.986 / 0,1145 = 32.224,26).
    top = threshold + maximum / 0.1145
    assert inkomensafhankelijke_combinatiekorting(top - 1, True, threshold, 0.1145, maximum) < maximum
    assert inkomensafhankelijke_combinatiekorting(top + 1, True, threshold, 0.1145, maximum) == maximum


def test_who_gets_it_lid_1_b_c_and_lid_3() -> None:
    young = [1, 0, 1, 1, 1]
    partner = [False, False, True, True, True]
    own = [16_848, 16_848, 16_848, 16_848, 16_848]
    theirs = [0, 0, 30_000, 10_000, 16_848]  # higher, lower, equal (lid 3: only the older; unknown)
    assert list(iack_applies(young, partner, own, theirs)) == [True, False, True, False, False]


def test_issue_14_single_parent_2025() -> None:
    """A single parent with a child of 5, 20 h x € 15 in 2025: W = 20 x 52/12 x 15 = 1.300,00;
    arbeidsinkomen 12 x 1.300 x 1,08 = 16.848; IACK 0,1145 x (16.848 - 6.145) = 1.225,49; the tax
    without it was € 2.570,83 (issue 14), so with it € 1.345,34 (the issue: "about € 1.345")."""
    s = situation(
        period="2025-01", jobs=[{"hours_per_week": 20, "hourly_wage": 15}],
        household={"persons": 2, "children_ages": [5]},
    )  # fmt: skip
    year = evaluate(s, BOOK).as_json()["year"]
    assert year["iack"] == pytest.approx(round(0.1145 * (12 * 1300 * 1.08 - 6145), 2))
    assert year["income_tax"] == pytest.approx(2570.83 - 1225.49, abs=0.01)


def test_no_young_child_no_iack_and_no_iack_rate_looked_up() -> None:
    """A child of 12 as entered is not counted (docs/assumptions.md 10); nothing IACK is listed."""
    s = situation(
        period="2027-01", jobs=[{"hours_per_week": 20, "hourly_wage": 15}],
        household={"persons": 2, "children_ages": [12]},
    )  # fmt: skip
    r = evaluate(s, BOOK).as_json()
    assert r["year"]["iack"] == 0
    assert not [p for p in r["provisional"] if p["parameter"].startswith("income_tax.iack")]
    assert not [x for x in r["explanation"] if x["rule"] == "inkomensafhankelijke_combinatiekorting"]


def test_partner_who_earns_more_gives_it_and_the_notice_says_aangifte() -> None:
    s = situation(
        period="2026-03", jobs=[{"hours_per_week": 12, "hourly_wage": 15}],
        household={"partner": True, "partner_income_year": 40_000, "persons": 3, "children_ages": [2]},
    )  # fmt: skip
    r = evaluate(s, BOOK).as_json()
    ai = 12 * round(12 * 52 / 12 * 15, 2) * 1.08  # 12 x 780,00 x 1,08 = 10.108,80
    assert r["year"]["iack"] == pytest.approx(round(0.1145 * (ai - 6239), 2))
    notice = next(w for w in r["warnings"] if w["code"] == "iack_via_aangifte")
    assert "voorlopige aanslag" in notice["nl"] and notice["amount"] == r["year"]["iack"]
    step = next(x for x in r["explanation"] if x["rule"] == "inkomensafhankelijke_combinatiekorting")
    assert any("8.14a" in src["url"] for src in step["sources"])


def test_the_iack_is_never_withheld() -> None:
    """Wet LB 1964 art. 21c: the month and the withholding are the same with or without the child."""
    base = {"period": "2026-03", "jobs": [{"hours_per_week": 36, "hourly_wage": 20}]}  # tax > kortingen
    parent = evaluate(situation(**base, household={"persons": 2, "children_ages": [3]}), BOOK).as_json()
    other = evaluate(situation(**base, household={"persons": 2, "children_ages": [14]}), BOOK).as_json()
    assert parent["month"]["withholding"] == other["month"]["withholding"]
    assert parent["year"]["withheld"] == other["year"]["withheld"]
    assert parent["year"]["settlement"] - other["year"]["settlement"] == pytest.approx(
        parent["year"]["iack"], abs=0.01
    )
    assert np.isclose(parent["year"]["income_tax"] + parent["year"]["iack"], other["year"]["income_tax"])


def test_the_pdf_names_the_iack_in_the_tax_settlement() -> None:
    """The summary PDF's "after the year" line for the tax says how much IACK is in it, and how it
    comes (calc/report_texts.py st_tax_iack)."""
    import io
    import re

    import pypdf

    from calc.money import eur
    from calc.report import summary_pdf

    raw = {
        "period": "2025-01", "age": 25, "wajong": {"arbeidsvermogen": True},
        "jobs": [{"hours_per_week": 20, "hourly_wage": 15}],
        "household": {"persons": 2, "children_ages": [5]},
    }  # fmt: skip
    pdf = summary_pdf(raw, book=BOOK)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    amount = eur(round(0.1145 * (12 * 1300 * 1.08 - 6145), 2)).replace("\xa0", " ")
    assert f"Daarin zit {amount} combinatiekorting" in text
