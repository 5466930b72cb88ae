"""The answer in plain words and the month table (calc.reconcile_summary): what the app, the PDF and
the batch say first. Expected amounts are the worked case's hand arithmetic (tests/cases), or read
from calc.reconcile's own result for the same input; the words are the promises of the answer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from calc.money import eur
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_io import parse_amount
from calc.reconcile_summary import difference_text, month_rows

ROOT = Path(__file__).resolve().parents[1]
CASE = yaml.safe_load((ROOT / "tests/cases/reconcile-2026-six-months.yaml").read_text(encoding="utf-8"))
G_2026_01, G_2026_07, VOORSCHOT = 2294.40, 2337.00, 696.08
# The worked case: 6 x 696,08 paid, minus the Wajong due (0,7 x (G - wage) per month).
EXPECTED = round(6 * VOORSCHOT - (0.7 * (3 * G_2026_01 - 3950.00) + 0.7 * (3 * G_2026_07 - 4500.00)), 2)


def check(**fields: Any) -> dict[str, Any]:
    return reconcile(parse_reconcile_request({**CASE["input"], **fields}))


def test_a_letter_that_matches_says_so_first() -> None:
    a = check()["answer"]
    assert a["short_nl"] == "De brief van UWV klopt."
    assert a["short_en"] == "UWV's letter is right."
    assert f"UWV vraagt {eur(EXPECTED)} terug. Wij rekenen hetzelfde uit." in a["nl"]
    assert "6 maanden: april 2026 tot en met september 2026" in a["nl"]
    assert a["cause"] is None


def test_holiday_pay_counted_in_may_is_the_cause_the_answer_names() -> None:
    """The letter asks 0,7 x 220,00 = 154,00 more: the answer names the holiday pay and the amount."""
    letter = round(EXPECTED + 0.7 * 220.00, 2)
    r = check(reclaimed=letter)
    a = r["answer"]
    assert a["short_nl"] == "De brief van UWV klopt waarschijnlijk niet."
    assert a["cause"] == "holiday_pay" == r["reclaim"]["causes"][0]["cause"]
    assert f"Volgens de regels betaalde UWV u {eur(EXPECTED)} te veel." in a["nl"]
    assert f"UWV vraagt dus {eur(0.7 * 220.00)} meer terug dan wij uitrekenen." in a["nl"]
    assert "Waarschijnlijke oorzaak: vakantiegeld in de verkeerde maand." in a["nl"]
    assert "mei 2026" in a["nl"] and "Dat past bij de brief." in a["nl"]


def test_a_cause_that_explains_part_says_how_far_the_letter_is_from_it() -> None:
    """The letter asks 100,00 more than the check; holiday pay in May would make it 154,00 more. The
    answer compares the hypothesis with the letter (the letter asks 54,00 less), instead of saying it
    'explains' more than the gap."""
    r = check(reclaimed=round(EXPECTED + 100.00, 2))
    a = r["answer"]
    assert a["cause"] == "holiday_pay"
    assert f"Dan vraagt UWV {eur(EXPECTED + 154.00)} terug." in a["nl"]
    assert f"Dat verklaart een deel van het verschil: de brief vraagt {eur(54.00)} minder." in a["nl"]
    assert f"the letter asks {eur(54.00, 'en')} less." in a["en"]


def test_a_gap_no_cause_explains_points_to_the_wage_uwv_used() -> None:
    """One month, and UWV asks back less than the check: no hypothesis brings the letter closer, so the
    answer says so and points to the wage in the polisadministratie (which can explain any gap)."""
    paid = round(0.7 * (G_2026_01 - 1300.00) + 100.00, 2)  # 100,00 too much
    r = reconcile(
        parse_reconcile_request(
            {
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "months": [{"period": "2026-01", "wage": 1300.00, "wajong_paid": paid}],
                "reclaimed": 50.00,
            }
        )
    )
    a = r["answer"]
    assert r["reclaim"]["expected"] == 100.00
    assert a["cause"] == "polis_wage"
    assert "Wij vinden geen oorzaak die het verschil verklaart" in a["nl"]
    assert f"UWV vraagt dus {eur(50.00)} minder terug" in a["nl"]


@pytest.mark.parametrize(
    ("paid", "short"),
    [
        (VOORSCHOT + 10.00, f"Volgens de regels betaalde UWV u {eur(10.00)} te veel."),
        (VOORSCHOT - 10.00, f"Volgens de regels betaalde UWV u {eur(10.00)} te weinig."),
        (VOORSCHOT, "Volgens de regels betaalde UWV precies genoeg."),
    ],
)
def test_without_a_letter_the_answer_is_what_the_rules_give(paid: float, short: str) -> None:
    r = reconcile(
        parse_reconcile_request(
            {
                "age": 25,
                "wajong": {"arbeidsvermogen": True},
                "months": [{"period": "2026-04", "wage": 1300.00, "wajong_paid": round(paid, 2)}],
            }
        )
    )
    assert r["answer"]["short_nl"] == short
    assert r["answer"]["cause"] is None


AMOUNT = re.compile(r"€\s?([\d.,]+)")


def read(text: str) -> float:
    """The signed difference a reader takes from the words: 'te veel' is UWV paid more than due."""
    if text in ("klopt", "right"):
        return 0.0
    value = parse_amount(AMOUNT.search(text)[1])  # type: ignore[index]
    words = text.replace("\xa0", " ")
    return -value if ("te veel" in words or "too much" in words) else value


@given(st.integers(-2_000_000, 2_000_000), st.sampled_from(["nl", "en"]))
def test_the_difference_in_words_reads_back_as_the_same_amount(cents: int, lang: str) -> None:
    x = cents / 100
    assert read(difference_text(x, lang)) == x


def test_every_table_row_adds_up_and_the_total_is_the_sum() -> None:
    """Per month and in total: due − paid = the difference the words say, to the cent."""
    r = check(reclaimed=round(EXPECTED + 154.00, 2))
    for lang in ("nl", "en"):
        table = month_rows(r, lang)
        assert table["holiday_pay"] is True  # May has holiday pay: the column is shown
        for row in [*table["rows"], table["total"]]:
            due, paid, words = parse_amount(row[-3]), parse_amount(row[-2]), row[-1]
            assert round(due - paid, 2) == read(words), row
        assert parse_amount(table["total"][-3]) == r["total"]["due"]
        assert parse_amount(table["total"][-2]) == r["total"]["paid"]
    assert month_rows(r)["total"][-1] == f"{eur(EXPECTED)} te\xa0veel"  # a phone breaks before 'te veel'
    assert month_rows(r)["rows"][1][2] == eur(220.00)  # the holiday pay of May, as entered
