"""The Wajong rules against official figures and against the law's arithmetic, worked by hand.

Expected values are written as the arithmetic of the article (Wet Wajong, text 2024-2026), with
the published minimum wage per month as input; none is copied from the code's output.
"""

from __future__ import annotations

from typing import Any

import pytest

from calc.evaluate import evaluate
from tests.conftest import situation

# Referentiemaandloon (WML art. 8 lid 1 b) as published by the ministry.
WML_2024_07 = 2133.60
WML_2026_01 = 2294.40


def money(x: float) -> float:
    """Round half up to the cent, as the tests' hand arithmetic does."""
    return float(f"{x + 1e-9:.2f}")


def month(result: dict[str, Any], field: str) -> float:
    return result["month"][field]


# --- Official figures --------------------------------------------------------------------


def test_rijksoverheid_wajong_amount_july_2024_with_arbeidsvermogen() -> None:
    """Rijksoverheid Q&A "Hoe hoog is de Wajong-uitkering?": "Per 1 juli 2024 is dit € 1.493,52
    bruto per maand (exclusief vakantiegeld) voor mensen van 21 jaar en ouder" (70%).
    Copied at https://webwoordenboek.nl/kenniscentrum/hoe-hoog-is-wajong-in-2024 (2024)."""
    r = evaluate(situation(period="2024-07", age=21)).as_json()
    assert month(r, "wajong") == 1493.52


def test_rijksoverheid_wajong_amount_july_2024_without_arbeidsvermogen() -> None:
    """Same Q&A: "duurzaam geen mogelijkheden tot arbeidsparticipatie ... 75% van het wettelijk
    minimumloon. Per 1 juli 2024 is dit € 1.600,20 bruto per maand (exclusief vakantiegeld)"."""
    r = evaluate(situation(period="2024-07", age=30, wajong={"arbeidsvermogen": False})).as_json()
    assert month(r, "wajong") == 1600.20


def test_uwv_keeps_30_cents_of_every_euro_with_arbeidsvermogen() -> None:
    """UWV: "U houdt van iedere euro die u verdient 30 cent over." Rijksoverheid: "verrekent UWV
    van elke verdiende euro 70 cent met de uitkering en blijft er 30 cent bruto over".
    https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/hoogte-wajong-uitkering/de-hoogte-van-mijn-uitkering-als-ik-arbeidsvermogen-heb
    """
    without = evaluate(situation(other_income_month=1000.00)).as_json()
    more = evaluate(situation(other_income_month=1100.00)).as_json()
    gained = (month(more, "wajong") + 1100.00) - (month(without, "wajong") + 1000.00)
    assert gained == pytest.approx(100 * 0.30, abs=0.011)


def test_uwv_keeps_25_cents_of_every_euro_without_arbeidsvermogen() -> None:
    """UWV: "Wij verrekenen 75% van uw inkomsten ... u 25 cent overhoudt van elke euro".
    https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/hoogte-wajong-uitkering/de-hoogte-van-mijn-uitkering-als-ik-geen-arbeidsvermogen-heb
    """
    dga = {"arbeidsvermogen": False}
    without = evaluate(situation(wajong=dga, other_income_month=1000.00)).as_json()
    more = evaluate(situation(wajong=dga, other_income_month=1100.00)).as_json()
    gained = (month(more, "wajong") + 1100.00) - (month(without, "wajong") + 1000.00)
    assert gained == pytest.approx(100 * 0.25, abs=0.011)


def test_grondslag_per_day_matches_published_day_amount_2024() -> None:
    """Grondslag per day = WML per month / 21,75: € 98,10 from 1 July 2024 (the day amounts in
    the UWV Rekenhulp data, wajong-rules.md E6)."""
    r = evaluate(situation(period="2024-07")).as_json()
    assert r["explanation"][0]["inputs"]["grondslag_per_day"] == 98.10


# --- Hand-worked cases from the law text ----------------------------------------------------


def test_case_1_wage_offset_at_70_percent() -> None:
    """Art. 2:40 lid 1 b: 20 h x € 15 x 52/12 = € 1.300,00; Wajong 0,7 x (G - I)."""
    r = evaluate(situation(period="2026-01", jobs=[{"hours_per_week": 20, "hourly_wage": 15}])).as_json()
    assert month(r, "wage") == 1300.00
    assert month(r, "wajong") == money(0.7 * (WML_2026_01 - 1300.00))


def test_case_2_wage_offset_at_75_percent_without_arbeidsvermogen() -> None:
    """Art. 1a:4 lid 2: 0,75 x (G - I)."""
    r = evaluate(
        situation(
            period="2026-01",
            wajong={"arbeidsvermogen": False},
            jobs=[{"hours_per_week": 20, "hourly_wage": 15}],
        )
    ).as_json()
    assert month(r, "wajong") == money(0.75 * (WML_2026_01 - 1300.00))


@pytest.mark.parametrize(("age", "share"), [(18, 0.50), (19, 0.60), (20, 0.80), (21, 1.0)])
def test_case_3_youth_grondslag(age: int, share: float) -> None:
    """Art. 1:1 lid 1 m and 3:7 lid 2: under 21 the youth minimum wage per month (Besluit
    minimumjeugdloon art. 2: 50/60/80%)."""
    r = evaluate(situation(period="2026-01", age=age)).as_json()
    assert month(r, "grondslag") == money(share * WML_2026_01)
    assert month(r, "wajong") == money(0.7 * share * WML_2026_01)


def test_case_4_income_above_grondslag_ends_the_payment() -> None:
    r = evaluate(situation(period="2026-01", jobs=[{"hours_per_week": 40, "hourly_wage": 15}])).as_json()
    assert month(r, "wage") == money(40 * 15 * 52 / 12)
    assert month(r, "wajong") == 0.0


def test_case_5_loondispensatie_compensatiefactor_route() -> None:
    """Art. 2:40 lid 1 a and 2: LW 50%, function wage € 15, 20 h. Ia = 0,5 x 1.300 = 650;
    CF = (0,5 - 0,3) / (0,7 x 0,5); Wajong = 0,7 x G - 0,7 x CF x Ia."""
    r = evaluate(
        situation(period="2026-01", jobs=[{"hours_per_week": 20, "hourly_wage": 15, "loonwaarde": 0.5}])
    ).as_json()
    cf = (0.5 - 0.3) / (0.7 * 0.5)
    assert month(r, "wage") == 650.00
    assert month(r, "wajong") == money(0.7 * WML_2026_01 - 0.7 * cf * 650.00)
    # The closed form: wage + Wajong = 0,7 x G + 0,3 x function wage.
    assert month(r, "wage") + month(r, "wajong") == pytest.approx(0.7 * WML_2026_01 + 0.3 * 1300.00, abs=0.01)
    assert r["wajong"]["rule"] == "loondispensatie"


def test_case_6_loondispensatie_top_up_route() -> None:
    """Art. 2:40 lid 3: 40 h at function wage € 18, LW 50%: function wage 3.120 > G, so the
    top-up Ia / LW - Ia = 1.560 is higher than route 1 and wage + Wajong = the function wage."""
    r = evaluate(
        situation(period="2026-01", jobs=[{"hours_per_week": 40, "hourly_wage": 18, "loonwaarde": 0.5}])
    ).as_json()
    fl = 40 * 18 * 52 / 12
    assert fl == pytest.approx(3120.00)
    route1 = 0.7 * WML_2026_01 - 0.7 * ((0.5 - 0.3) / (0.7 * 0.5)) * 1560.00
    assert route1 < 1560.00
    assert month(r, "wajong") == money(1560.00 / 0.5 - 1560.00)


def test_case_7_samenloop_with_ww_since_2022() -> None:
    """Art. 2:40 lid 4 a: with WW (Io = 400) next to the dispensed wage, the compensatiefactor
    applies to Ia only: 0,7 x G - 0,7 x (CF x Ia + Io)."""
    r = evaluate(
        situation(
            period="2026-01",
            jobs=[{"hours_per_week": 20, "hourly_wage": 15, "loonwaarde": 0.5}],
            other_income_month=400.00,
        )
    ).as_json()
    cf = (0.5 - 0.3) / (0.7 * 0.5)
    route1 = 0.7 * WML_2026_01 - 0.7 * (cf * 650.00 + 400.00)
    route2 = (650.00 / 0.5 + 400.00) - (650.00 + 400.00)
    assert month(r, "wajong") == money(max(route1, route2))


def test_case_8_garantiebedrag_is_kept_while_higher() -> None:
    """Art. 8:8 lid 4: the Wajonger keeps the garantiebedrag while the new amount is lower."""
    job = [{"hours_per_week": 20, "hourly_wage": 15}]
    low = evaluate(
        situation(period="2026-01", jobs=job, wajong={"arbeidsvermogen": True, "garantiebedrag": 1200})
    ).as_json()
    assert month(low, "wajong") == 1200.00
    assert low["wajong"]["garantiebedrag_applies"] is True
    high = evaluate(
        situation(period="2026-01", jobs=job, wajong={"arbeidsvermogen": True, "garantiebedrag": 500})
    ).as_json()
    assert month(high, "wajong") == money(0.7 * (WML_2026_01 - 1300.00))
    assert high["wajong"]["garantiebedrag_applies"] is False


def test_case_9_vakantie_uitkering_is_8_percent_of_the_benefit() -> None:
    """Art. 3:25 lid 1 / 2:53 lid 2: 8% of the benefit, paid in May."""
    r = evaluate(situation(period="2026-01")).as_json()
    assert month(r, "wajong_holiday_accrual") == money(0.08 * money(0.7 * WML_2026_01))


def test_case_10_loonwaarde_below_30_percent_applies_the_formula_as_written() -> None:
    """LW 20%: CF = (0,2 - 0,3) / (0,7 x 0,2) is negative; the law sets no floor. The total still
    equals 0,7 x G + 0,3 x function wage, and the result carries a warning."""
    r = evaluate(
        situation(period="2026-01", jobs=[{"hours_per_week": 20, "hourly_wage": 15, "loonwaarde": 0.2}])
    ).as_json()
    cf = (0.2 - 0.3) / (0.7 * 0.2)
    assert cf < 0
    assert month(r, "wage") == 260.00
    assert month(r, "wajong") == money(0.7 * WML_2026_01 - 0.7 * cf * 260.00)
    assert month(r, "wajong") > money(0.7 * WML_2026_01)
    assert "loonwaarde_below_30" in {w["code"] for w in r["warnings"]}


def test_case_11_two_dispensed_jobs_sum_the_law_per_job() -> None:
    """Two jobs with different loonwaarde: CF x Ia summed per job, Ia / LW summed per job."""
    jobs = [
        {"hours_per_week": 10, "hourly_wage": 15, "loonwaarde": 0.5},
        {"hours_per_week": 12, "hourly_wage": 16, "loonwaarde": 0.6},
    ]
    r = evaluate(situation(period="2026-01", jobs=jobs)).as_json()
    ia1, ia2 = money(10 * 15 * 52 / 12 * 0.5), money(12 * 16 * 52 / 12 * 0.6)
    cf1, cf2 = (0.5 - 0.3) / (0.7 * 0.5), (0.6 - 0.3) / (0.7 * 0.6)
    route1 = 0.7 * WML_2026_01 - 0.7 * (cf1 * ia1 + cf2 * ia2)
    route2 = ia1 / 0.5 + ia2 / 0.6 - (ia1 + ia2)
    assert month(r, "wajong") == money(max(route1, route2))


def test_every_amount_explains_itself_with_a_source() -> None:
    r = evaluate(situation(jobs=[{"hours_per_week": 20, "hourly_wage": 15, "loonwaarde": 0.5}])).as_json()
    rules = [s["rule"] for s in r["explanation"]]
    assert rules[:3] == ["grondslag", "income_for_wajong", "offset_loondispensatie"]
    for step in r["explanation"]:
        assert step["sources"], step["rule"]
        assert all(src["url"].startswith("https://") for src in step["sources"])
        assert step["text_nl"] and step["text_en"]
    offset = next(s for s in r["explanation"] if s["rule"] == "offset_loondispensatie")
    assert offset["amount"] == r["month"]["wajong"]
