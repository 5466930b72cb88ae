"""Klopt mijn Wajong? (`python -m calc reconcile`, issue 21): the rules, worked by hand from the law.

Expected values are the arithmetic of the article with the published minimum wage per month as input
(referentiemaandloon, WML art. 8 lid 1 b); none is copied from the tool's output. The worked cases in
tests/cases/reconcile-*.yaml run through the CLI; the rest call calc.reconcile in the process.
"""

from __future__ import annotations

import ast
import json
import operator
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.reconcile import parse_reconcile_request, reconcile
from calc.reconcile_io import parse_amount, parse_months_csv
from tests.conftest import situation

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "cases").glob("reconcile-*.yaml"))

# Referentiemaandloon (WML art. 8 lid 1 b), as published: rates/minimum_wage.yaml.
G_2025_07 = 2245.80
G_2026_01 = 2294.40
G_2026_07 = 2337.00
VOORSCHOT = 696.08  # 0,7 x (2.294,40 - 1.300,00): the Wajong at 20 h x 15,00 x 52/12


def money(x: float) -> float:
    """Round half up to the cent, as the hand arithmetic does."""
    return float(f"{x + (1e-9 if x >= 0 else -1e-9):.2f}")


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def arithmetic(text: str) -> float:
    """The value of a sum written in a case file: numbers, + - * / and brackets only."""

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"not plain arithmetic: {text}")

    return value(ast.parse(text, mode="eval").body)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calc", "reconcile", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def field(result: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        result = result[int(part)] if isinstance(result, list) else result[part]
    return result


def request(months: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"age": 25, "wajong": {"arbeidsvermogen": True}, "months": months, **fields}


def check(months: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return reconcile(parse_reconcile_request(request(months, **fields)))


def month(period: str, wage: float, paid: float = VOORSCHOT, **extra: Any) -> dict[str, Any]:
    return {"period": period, "wage": wage, "wajong_paid": paid, **extra}


# --- The worked cases, through the CLI ------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_worked_case_through_the_cli(case: Path) -> None:
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    assert spec["rules"] and all(r["url"].startswith("https://") for r in spec["rules"])
    done = run("-", stdin=json.dumps(spec["input"]))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    by_period = {m["period"]: m for m in result["months"]}
    for period, fields in spec["expected"]["months"].items():
        for name, text in fields.items():
            assert by_period[period][name] == money(arithmetic(text)), (period, name, text)
    for dotted, text in spec["expected"]["amounts"].items():
        assert field(result, dotted) == money(arithmetic(text)), (dotted, text)
    for dotted, value in spec["expected"]["values"].items():
        assert field(result, dotted) == value, dotted


def test_holiday_pay_counted_in_may_is_named_first() -> None:
    """The letter asks back 0,7 x 220,00 = 154,00 more than the check: UWV counted May's holiday pay as
    wage (AIB art. 2:5 says it is no income). That single cause closes the gap, so it comes first."""
    spec = yaml.safe_load((ROOT / "tests/cases/reconcile-2026-six-months.yaml").read_text(encoding="utf-8"))
    expected = 6 * VOORSCHOT - (0.7 * (3 * G_2026_01 - 3950.00) + 0.7 * (3 * G_2026_07 - 4500.00))
    letter = money(expected + 0.7 * 220.00)
    done = run("-", stdin=json.dumps({**spec["input"], "reclaimed": letter}))
    assert done.returncode == 0, done.stderr
    reclaim = json.loads(done.stdout)["reclaim"]
    assert reclaim["matches"] is False
    assert reclaim["gap"] == money(0.7 * 220.00)
    first = reclaim["causes"][0]
    assert (first["cause"], first["rank"], first["closes_gap"]) == ("holiday_pay", 1, True)
    assert first["months"] == ["2026-05"]
    assert first["explains"] == money(0.7 * 220.00)
    assert "mei 2026" in first["hypothesis_nl"] and "Dat past bij de brief" in first["hypothesis_nl"]
    assert [c["cause"] for c in reclaim["causes"]].count("holiday_pay") == 1
    assert not any(c["closes_gap"] for c in reclaim["causes"][1:])


def test_holiday_pay_above_the_grondslag_explains_at_most_the_whole_month() -> None:
    """0,7 x the holiday pay only while wage + holiday pay stays below G: the Wajong is never below 0
    (art. 2:40 lid 1 b with the floor of docs/assumptions.md), so 1.450 + 1.100 > 2.294,40 explains the
    whole Wajong of May, 0,7 x (2.294,40 - 1.450,00), not 0,7 x 1.100,00."""
    r = check([month("2026-05", 1450.00, holiday_pay=1100.00)], reclaimed=money(VOORSCHOT))
    cause = next(c for c in r["reclaim"]["causes"] if c["cause"] == "holiday_pay")
    assert cause["explains"] == money(0.7 * (G_2026_01 - 1450.00))


# --- The Wajong due is evaluate's, month by month -------------------------------------------


@pytest.mark.parametrize("period", ["2025-12", "2026-01", "2026-06", "2026-07"])
def test_the_wajong_due_is_what_evaluate_gives_for_that_month(period: str) -> None:
    """Same code, same rates: a month with wage 20 h x 15,00 x 52/12 = 1.300,00 gives evaluate's Wajong."""
    r = check([month(period, 1300.00)])
    ev = evaluate(situation(period=period, jobs=[{"hours_per_week": 20, "hourly_wage": 15}])).as_json()
    assert r["months"][0]["wajong_due"] == ev["month"]["wajong"]


def test_each_month_uses_the_rates_of_its_first_day() -> None:
    """Wet Wajong art. 2:40 lid 1 b with G of 1 January and of 1 July 2026."""
    r = check([month("2026-06", 1000.00), month("2026-07", 1000.00)])
    assert [m["wajong_due"] for m in r["months"]] == [
        money(0.7 * (G_2026_01 - 1000.00)),
        money(0.7 * (G_2026_07 - 1000.00)),
    ]


def test_without_arbeidsvermogen_75_percent() -> None:
    """Art. 1a:4 lid 2: 0,75 x (G - I)."""
    r = reconcile(
        parse_reconcile_request(
            {"age": 25, "wajong": {"arbeidsvermogen": False}, "months": [month("2026-03", 800.00)]}
        )
    )
    assert r["months"][0]["wajong_due"] == money(0.75 * (G_2026_01 - 800.00))


def test_loondispensatie_wage_is_the_dispensed_wage() -> None:
    """Art. 2:40 lid 1 a and 2: LW 50%, dispensed wage Ia = 650,00; CF = (0,5 - 0,3) / (0,7 x 0,5);
    0,7 x G - 0,7 x CF x Ia, higher than route 2 (650 / 0,5 - 650 = 650)."""
    r = check([month("2026-03", 650.00)], loonwaarde=0.5)
    cf = (0.5 - 0.3) / (0.7 * 0.5)
    assert r["months"][0]["wajong_due"] == money(0.7 * G_2026_01 - 0.7 * cf * 650.00)


def test_the_garantiebedrag_is_kept_while_higher() -> None:
    """Art. 8:8 lid 4: 0,7 x (2.294,40 - 1.300,00) = 696,08 < 1.200,00, so 1.200,00 is due."""
    r = reconcile(
        parse_reconcile_request(
            {
                "age": 25,
                "wajong": {"arbeidsvermogen": True, "garantiebedrag": 1200.00},
                "months": [month("2026-03", 1300.00, 1200.00)],
            }
        )
    )
    assert r["months"][0]["wajong_due"] == 1200.00
    assert r["months"][0]["garantiebedrag_applies"] is True


def test_holiday_pay_is_not_income() -> None:
    """AIB art. 2:5 (via 3:6 lid 1): the employer's vakantiebijslag does not count."""
    r = check([month("2026-05", 1450.00, holiday_pay=1100.00)])
    assert r["months"][0]["wajong_due"] == money(0.7 * (G_2026_01 - 1450.00))
    assert "vakantiegeld" in r["months"][0]["reason_nl"]


def test_four_weekly_pay_counts_as_a_day_amount_times_21_75() -> None:
    """AIB art. 4:1 lid 2: four weeks are 20 days, a month 21,75: 1.200,00 / 20 x 21,75 = 1.305,00.
    A month in which two periods end: 2.400,00 / (2 x 20) x 21,75 = 1.305,00 as well."""
    r = check(
        [month("2026-03", 1200.00), month("2026-04", 2400.00, periods=2)],
        pay_period="four_weeks",
    )
    assert [m["income_for_wajong"] for m in r["months"]] == [1305.00, 1305.00]
    assert r["months"][0]["wajong_due"] == money(0.7 * (G_2026_01 - 1200.00 / 20 * 21.75))
    assert "four_weekly_assumed" in {w["code"] for w in r["warnings"]}


def test_totals_and_difference_per_month() -> None:
    r = check([month("2026-03", 1300.00), month("2026-04", 1500.00)])
    due = money(0.7 * (G_2026_01 - 1300.00)) + money(0.7 * (G_2026_01 - 1500.00))
    assert r["total"] == {
        "due": money(due),
        "paid": money(2 * VOORSCHOT),
        "difference": money(due - 2 * VOORSCHOT),
    }
    assert r["months"][1]["difference"] == money(0.7 * (G_2026_01 - 1500.00) - VOORSCHOT)
    assert "te veel" in r["months"][1]["reason_nl"] and "too much" in r["months"][1]["reason_en"]


# --- The letter: within 1 euro, and the causes ----------------------------------------------

OVERPAID = 0.7 * 200.00  # one month at 1.500,00 instead of 1.300,00: 140,00 too much


@pytest.mark.parametrize(("extra", "matches"), [(0.0, True), (0.99, True), (-0.99, True), (1.01, False)])
def test_the_letter_matches_within_one_euro(extra: float, matches: bool) -> None:
    """rates: reconcile.match_tolerance = 1,00 (an assumption: UWV's rounding of day amounts)."""
    r = check([month("2026-03", 1300.00), month("2026-04", 1500.00)], reclaimed=money(OVERPAID + extra))
    assert r["reclaim"]["expected"] == money(OVERPAID)
    assert r["reclaim"]["matches"] is matches
    assert (r["reclaim"]["causes"] == []) is matches


def causes_of(r: dict[str, Any]) -> list[str]:
    return [c["cause"] for c in r["reclaim"]["causes"]]


def test_old_grondslag_after_1_july_is_named_first() -> None:
    """UWV went on with 2.294,40 in July-September: the Wajong 0,7 x (2.337,00 - 2.294,40) a month lower."""
    months = [month(p, 1300.00) for p in ("2026-06", "2026-07", "2026-08", "2026-09")]
    due = money(0.7 * (G_2026_01 - 1300.00)) + 3 * money(0.7 * (G_2026_07 - 1300.00))
    expected = 4 * VOORSCHOT - due
    r = check(months, reclaimed=money(expected + 3 * 0.7 * (G_2026_07 - G_2026_01)))
    first = r["reclaim"]["causes"][0]
    assert (first["cause"], first["closes_gap"]) == ("grondslag_change", True)
    assert first["months"] == ["2026-07", "2026-08", "2026-09"]
    assert first["explains"] == money(3 * 0.7 * (G_2026_07 - G_2026_01))


def test_a_lapsed_garantiebedrag_is_named_first() -> None:
    """Art. 8:8 lid 5: UWV paid 0,7 x (G - 1.300,00) instead of the garantiebedrag 1.200,00."""
    r = reconcile(
        parse_reconcile_request(
            {
                "age": 25,
                "wajong": {"arbeidsvermogen": True, "garantiebedrag": 1200.00},
                "months": [month("2026-03", 1300.00, 1200.00), month("2026-04", 1300.00, 1200.00)],
                "reclaimed": money(2 * (1200.00 - 0.7 * (G_2026_01 - 1300.00))),
            }
        )
    )
    assert r["reclaim"]["expected"] == 0.0
    assert causes_of(r)[0] == "garantiebedrag"
    assert r["reclaim"]["causes"][0]["closes_gap"] is True


def test_a_letter_over_three_of_the_six_months_is_named_first() -> None:
    """UWV settles a voorschot period, usually 6 months, sometimes 3 (UWV): a letter over April-June."""
    wages = [1300.00, 1500.00, 1400.00, 1600.00, 1400.00, 1300.00]
    periods = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    last_three = sum(VOORSCHOT - money(0.7 * (G_2026_01 - w)) for w in wages[3:])  # 210 + 70 + 0
    r = check([month(p, w) for p, w in zip(periods, wages, strict=True)], reclaimed=money(last_three))
    first = r["reclaim"]["causes"][0]
    assert (first["cause"], first["closes_gap"]) == ("voorschot_period", True)
    assert first["months"] == periods[3:]


def test_accrued_holiday_pay_every_month_is_a_cause() -> None:
    """AIB art. 4:1 lid 8 (UWV counts accrued vakantiebijslag): 8% more wage a month, 0,7 x 8% less Wajong."""
    due = money(0.7 * (G_2026_01 - 1000.00))
    months = [month("2026-03", 1000.00, due), month("2026-04", 1000.00, due)]  # paid exactly the due
    r = check(months, reclaimed=money(2 * 0.7 * 0.08 * 1000.00))
    assert r["reclaim"]["expected"] == 0.0
    assert causes_of(r)[0] == "holiday_pay" and r["reclaim"]["causes"][0]["closes_gap"]


def test_four_weekly_pay_not_converted_is_a_cause() -> None:
    """UWV took the four-weekly 1.200,00 as a month and paid 0,7 x (2.294,40 - 1.200,00); by the law
    (1.200,00 / 20 x 21,75 = 1.305,00) that is too much, but the letter asks nothing back."""
    paid = money(0.7 * (G_2026_01 - 1200.00))
    r = check(
        [month("2026-03", 1200.00, paid), month("2026-04", 1200.00, paid)],
        pay_period="four_weeks",
        reclaimed=0.0,
    )
    assert r["reclaim"]["expected"] == money(2 * (paid - money(0.7 * (G_2026_01 - 1305.00))))
    first = r["reclaim"]["causes"][0]
    assert (first["cause"], first["closes_gap"]) == ("four_weekly", True)


def test_the_polisadministratie_gives_the_wage_it_would_take_and_never_closes() -> None:
    """Any wage can be wrong, so this explains any gap: it says how much wage (gap / 0,7) to look for."""
    r = check([month("2026-03", 1300.00), month("2026-04", 1300.00)], reclaimed=70.00)
    polis = next(c for c in r["reclaim"]["causes"] if c["cause"] == "polis_wage")
    assert polis["closes_gap"] is False
    assert polis["implied_wage_difference"] == money(70.00 / 0.7)
    assert all(c["rank"] == k for k, c in enumerate(r["reclaim"]["causes"], start=1))
    assert sorted(causes_of(r)) == sorted(
        ["holiday_pay", "four_weekly", "polis_wage", "grondslag_change", "garantiebedrag", "voorschot_period"]
    )


# --- Gross or net, tax and toeslagen ----------------------------------------------------------

OVER_2026 = [month("2026-03", 1300.00), month("2026-04", 1500.00)]


def rule(r: dict[str, Any]) -> dict[str, Any]:
    return r["reclaim"]["gross_or_net"]


def test_paid_and_repaid_in_the_same_year_is_net() -> None:
    """UWV: received this year and repaid in full this year -> the net amount, no loonheffing."""
    r = check(OVER_2026, reclaimed=money(OVERPAID), letter_date="2026-06-15")
    assert rule(r)["rule"] == "net"
    assert rule(r)["tax"]["negative_income"] is None
    assert rule(r)["toeslagen"]["toetsingsinkomen_change"] == [{"year": 2026, "amount": -money(OVERPAID)}]


def test_repaid_in_a_later_year_is_gross_and_negative_income_that_year() -> None:
    """UWV: repaid in a later year -> gross; Belastingdienst: negative income in the year of repayment."""
    r = check(OVER_2026, reclaimed=money(OVERPAID), letter_date="2026-06-15", repayment_year=2027)
    assert rule(r)["rule"] == "gross"
    assert rule(r)["tax"]["negative_income"] == {"year": 2027, "amount": -money(OVERPAID)}
    assert rule(r)["toeslagen"]["toetsingsinkomen_change"] == [{"year": 2027, "amount": -money(OVERPAID)}]
    assert "tax_return" in {i["code"] for i in r["checklist"]}


def test_offset_against_the_wajong_is_gross_and_needs_nothing_for_the_tax() -> None:
    """Belastingdienst: offset against the gross benefit -> the jaaropgaaf shows it, nothing to do."""
    r = check(OVER_2026, reclaimed=money(OVERPAID), repayment="offset", repayment_year=2027)
    assert rule(r)["rule"] == "offset"
    assert rule(r)["tax"]["negative_income"] is None
    # offset in 2027 lowers the Wajong on the 2027 jaaropgaaf, so the 2027 toetsingsinkomen
    assert rule(r)["toeslagen"]["toetsingsinkomen_change"] == [{"year": 2027, "amount": -money(OVERPAID)}]


def test_without_a_date_the_rule_depends_on_the_year() -> None:
    r = check(OVER_2026, reclaimed=money(OVERPAID))
    assert rule(r)["rule"] == "depends"
    assert "nettobedrag" in rule(r)["nl"] and "brutobedrag" in rule(r)["nl"]
    assert r["reclaim"]["bezwaar_deadline"] is None


def test_nothing_to_reclaim() -> None:
    r = check([month("2026-03", 1300.00)])
    assert rule(r)["rule"] == "none" and rule(r)["parts"] == []


def test_the_law_leaves_uwv_room_and_says_so() -> None:
    r = check(OVER_2026, reclaimed=money(OVERPAID), letter_date="2026-06-15")
    assert "dringende redenen" in rule(r)["room_nl"]
    urls = {s["url"] for s in rule(r)["sources"]}
    assert any("netto-of-het-brutobedrag" in u for u in urls)
    assert any("negatief-loon" in u for u in urls)


# --- What the person can do -------------------------------------------------------------------


def test_checklist_in_dutch_and_english_with_the_bezwaar_deadline() -> None:
    """Awb art. 6:7 and 6:8: six weeks from the day after the letter; 10 November 2026 + 42 days."""
    r = check(OVER_2026, reclaimed=money(OVERPAID), letter_date="2026-11-10")
    codes = [i["code"] for i in r["checklist"]]
    assert codes[:5] == ["ask_calculation", "bezwaar", "payment_plan", "employer_wage", "urgent_reasons"]
    bezwaar = r["checklist"][1]
    assert bezwaar["deadline"] == "2026-12-22"
    assert "22 december 2026" in bezwaar["nl"] and "6 weken" in bezwaar["nl"]
    for item in r["checklist"]:
        assert item["nl"] and item["en"] and item["sources"]
        assert all(s["url"].startswith("https://") for s in item["sources"])


# --- Input: CSV, Dutch numbers, refusals --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,56", 1234.56),
        ("1234,56", 1234.56),
        ("1234.56", 1234.56),
        ("€ 1.300,00", 1300.0),
        ("1,234.56", 1234.56),
    ],
)
def test_amounts_as_people_write_them(text: str, value: float) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["1.234", "1,234", "12,345", "1,2345", "twaalf", "1.2.3"])
def test_unclear_amounts_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_a_csv_with_dutch_names_and_semicolons() -> None:
    text = (
        "\ufeffperiode;loon;wajong;vakantiegeld\n2026-04;1.300,00;696,08;\n\n2026-05;1450;696.08;1.100,00\n"
    )
    assert parse_months_csv(text) == [
        {"period": "2026-04", "wage": 1300.0, "wajong_paid": 696.08},
        {"period": "2026-05", "wage": 1450.0, "wajong_paid": 696.08, "holiday_pay": 1100.0},
    ]


def test_the_csv_through_the_cli_gives_the_same_months(tmp_path: Path) -> None:
    src = tmp_path / "maanden.csv"
    src.write_text(
        "period,wage,wajong_paid\n2026-04,1300.00,696.08\n2026-05,1450.00,696.08\n", encoding="utf-8"
    )
    done = run(str(src), "--age", "25", "--reclaimed", "105,00", "--letter-date", "2026-11-10")
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    assert [m["wajong_due"] for m in r["months"]] == [
        money(0.7 * (G_2026_01 - w)) for w in (1300.00, 1450.00)
    ]
    assert r["reclaim"]["matches"] is True


@pytest.mark.parametrize(
    ("args", "stdin", "field_name", "dutch"),
    [
        (
            ["--csv", "--age", "25"],
            "period;wage;wajong_paid\n2026-04;-5;696,08\n",
            "months[0].wage",
            "0 of meer",
        ),
        (
            ["--csv", "--age", "25"],
            "period;wage;wajong_paid\n2026-04;1300;696,08\n2026-05;25.000,00;0\n",
            "months[1].wage",
            "niet waarschijnlijk",
        ),
        (
            ["--csv", "--age", "25"],
            "period;wage;wajong_paid\n2031-01;1300;696,08\n",
            "months[0].period",
            "rekenen van",
        ),
        (
            ["--csv", "--age", "25"],
            "period;wage;wajong_paid\n2026-04;1300;696,08\n2026-04;1300;696,08\n",
            "months[1].period",
            "twee keer",
        ),
        (
            ["--csv", "--age", "25"],
            "period;wage;wajong_paid\n2026-04;1.300;696,08\n",
            "months[0].wage",
            "niet duidelijk",
        ),
        (["--csv"], "period;wage;wajong_paid\n2026-04;1300;696,08\n", "--age", "leeftijd"),
        ([], json.dumps(request([month("2026-04", 1300.00)], age=16)), "age", "vanaf 18 jaar"),
        ([], json.dumps(request([month("2026-13", 1300.00)])), "months[0].period", "jaar-maand"),
        (
            [],
            json.dumps(request([month("2026-04", 1300.00, 25000.00)])),
            "months[0].wajong_paid",
            "waarschijnlijk",
        ),
    ],
)
def test_implausible_input_is_refused_in_dutch(
    args: list[str], stdin: str, field_name: str, dutch: str
) -> None:
    done = run("-", *args, stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"Fout in '{field_name}'" in done.stderr
    assert dutch in done.stderr
    assert "Traceback" not in done.stderr


def test_a_csv_error_names_the_line() -> None:
    with pytest.raises(InvalidSituation) as err:
        parse_months_csv("period;wage;wajong_paid\n2026-04;1300;696,08\n2026-05;veel;696,08\n")
    assert err.value.problems[0].field == "months[1].wage"
    assert "regel 3" in err.value.problems[0].message_nl
