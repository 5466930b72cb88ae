"""Applies the Wajong rules to columns of situations and explains each amount.

`compute_wajong` picks the rule that fits each row (with or without arbeidsvermogen, with or
without loondispensatie, garantiebedrag) and returns arrays; `explain_wajong` tells for one row
which rule, which inputs, which rate and which source gave the amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from calc import wajong
from calc.columns import Columns
from calc.explain import Step, row
from calc.minimum_wage import minimum_wage_month
from calc.money import eur as _eur
from calc.money import round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]


def _eur_en(x: float) -> str:
    return _eur(x, "en")


# Which rule applied, per row.
RULE_ARBEIDSVERMOGEN = 0  # 0.7 x (G - I)
RULE_LOONDISPENSATIE = 1  # max(compensatiefactor route, top-up route)
RULE_GEEN_ARBEIDSVERMOGEN = 2  # 0.75 x (G - I)


@dataclass(frozen=True)
class WajongRates:
    referentiemaandloon: Rate
    youth_percentage: Rate
    youth_rounding: Rate
    pct_av: Rate
    pct_dga: Rate
    days: Rate
    holiday: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> WajongRates:
        """The Wajong rates in force on `day` (looked up once per book and day)."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> WajongRates:
        return cls(
            referentiemaandloon=book.get("minimum_wage.referentiemaandloon", day),
            youth_percentage=book.get("minimum_wage.youth_percentage", day),
            youth_rounding=book.get("minimum_wage.youth_monthly_rounding", day),
            pct_av=book.get("wajong.percentage_arbeidsvermogen", day),
            pct_dga=book.get("wajong.percentage_geen_arbeidsvermogen", day),
            days=book.get("wajong.days_per_month", day),
            holiday=book.get("wajong.vakantie_uitkering_percentage", day),
        )


@dataclass(frozen=True)
class WajongOutcome:
    """Wajong amounts per month for each row, rounded to the cent where paid."""

    rates: WajongRates
    cols: Columns
    grondslag: Array  # minimum (youth) wage per month
    income: Array  # I per month: wage (without vakantiegeld) + other income
    rule: NDArray[np.int64]
    percentage: Array
    without_work: Array  # the benefit at I = 0
    route_compensatiefactor: Array  # NaN where no loondispensatie
    route_top_up: Array  # NaN where no loondispensatie
    before_garantiebedrag: Array
    wajong: Array  # paid per month, after the garantiebedrag
    holiday_accrual: Array  # 8% of the Wajong, paid in May


def compute_wajong(cols: Columns, book: RateBook, day: dt.date) -> WajongOutcome:
    r = WajongRates.on(book, day)
    g = minimum_wage_month(
        cols.age, r.referentiemaandloon.value, r.youth_percentage.value, r.youth_rounding.value
    )
    income = cols.wage + cols.other_income
    dispensed = cols.has_loondispensatie & cols.arbeidsvermogen
    rule = np.where(
        ~cols.arbeidsvermogen,
        RULE_GEEN_ARBEIDSVERMOGEN,
        np.where(dispensed, RULE_LOONDISPENSATIE, RULE_ARBEIDSVERMOGEN),
    )
    pct = np.where(cols.arbeidsvermogen, r.pct_av.value, r.pct_dga.value)
    plain = wajong.offset_earnings(g, income, pct)

    lw = np.where(dispensed, cols.loonwaarde, 1.0)  # 1.0 only keeps the unused rows finite
    io = cols.wage_regular + cols.other_income
    route1 = wajong.offset_with_compensatiefactor(g, cols.wage_dispensed, io, lw, r.pct_av.value)
    route2 = wajong.top_up_to_function_wage(cols.wage_dispensed, lw)
    with_ld = wajong.higher_route(route1, route2)  # = wajong.offset_loondispensatie(g, Ia, Io, LW, pct)

    before_gb = np.where(dispensed, with_ld, plain)
    # Three roundings in one numpy call (the same result per element; cheaper on short arrays).
    paid, without_work, before_gb_cents = round_cents(
        np.array(
            [
                wajong.apply_garantiebedrag(before_gb, cols.garantiebedrag),
                wajong.offset_earnings(g, 0.0, pct),
                before_gb,
            ],
            dtype=float,
        )
    )
    return WajongOutcome(
        rates=r,
        cols=cols,
        grondslag=g,
        income=income,
        rule=rule,
        percentage=pct,
        without_work=without_work,
        route_compensatiefactor=np.where(dispensed, route1, np.nan),
        route_top_up=np.where(dispensed, route2, np.nan),
        before_garantiebedrag=before_gb_cents,
        wajong=paid,
        holiday_accrual=round_cents(wajong.vakantie_uitkering(paid, r.holiday.value)),
    )


def explain_wajong(o: WajongOutcome, i: int = 0) -> list[Step]:
    r, c = o.rates, o.cols
    days = r.days.value
    g = row(o.grondslag, i)
    steps = [
        Step(
            rule="grondslag",
            text_nl=(
                f"Grondslag: het minimumloon per maand voor leeftijd {row(c.age, i)} is {_eur(g)} "
                f"({_eur(g / days)} per dag, 21,75 dagen per maand)."
            ),
            text_en=(
                f"Base (grondslag): the minimum wage per month for age {row(c.age, i)} is {_eur_en(g)} "
                f"({_eur_en(g / days)} per day, 21.75 days per month)."
            ),
            amount=g,
            inputs={"age": row(c.age, i), "grondslag_per_day": round(g / days, 2)},
            rates=(r.referentiemaandloon, r.youth_percentage, r.youth_rounding, r.days),
            law=(wajong.ART_2_40, wajong.ART_1A4),
        ),
        Step(
            rule="income_for_wajong",
            text_nl=(
                f"Inkomen dat UWV verrekent: loon {_eur(row(c.wage, i))} plus ander inkomen "
                f"{_eur(row(c.other_income, i))} per maand. Vakantiegeld van de werkgever telt niet mee."
            ),
            text_en=(
                f"Income UWV offsets: wage {_eur_en(row(c.wage, i))} plus other income "
                f"{_eur_en(row(c.other_income, i))} per month. The employer's holiday pay does not count."
            ),
            amount=row(o.income, i),
            inputs={
                "wage_regular": row(c.wage_regular, i),
                "wage_dispensed": row(c.wage_dispensed, i),
                "other_income": row(c.other_income, i),
            },
            law=(wajong.AIB_2_5, wajong.AIB_4_1),
        ),
    ]
    rule = row(o.rule, i)
    pct = row(o.percentage, i)
    inc = row(o.income, i)
    if rule == RULE_LOONDISPENSATIE:
        lw = row(c.loonwaarde, i)
        cf = float(wajong.compensatiefactor(lw, r.pct_av.value))
        r1, r2 = row(o.route_compensatiefactor, i), row(o.route_top_up, i)
        steps.append(
            Step(
                rule="offset_loondispensatie",
                text_nl=(
                    f"Loondispensatie, loonwaarde {lw:.0%}: compensatiefactor {cf:.4f}. "
                    f"Route 1: 0,7 × G − 0,7 × (CF × Ia + Io) = {_eur(r1)}. "
                    f"Route 2 (aanvulling tot functieloon): Ia / LW − Ia = {_eur(r2)}. "
                    "UWV betaalt het hoogste bedrag."
                ),
                text_en=(
                    f"Loondispensatie, loonwaarde {lw:.0%}: compensatiefactor {cf:.4f}. "
                    f"Route 1: 0.7 × G − 0.7 × (CF × Ia + Io) = {_eur_en(r1)}. "
                    f"Route 2 (top-up to the function wage): Ia / LW − Ia = {_eur_en(r2)}. "
                    "UWV pays the higher amount."
                ),
                amount=row(o.before_garantiebedrag, i),
                inputs={
                    "grondslag": g,
                    "Ia": row(c.wage_dispensed, i),
                    "Io": row(c.wage_regular, i) + row(c.other_income, i),
                    "loonwaarde": lw,
                    "compensatiefactor": cf,
                    "route_compensatiefactor": r1,
                    "route_top_up": r2,
                },
                rates=(r.pct_av,),
                law=(wajong.ART_2_40, wajong.ART_3_8),
            )
        )
    else:
        rate = r.pct_av if rule == RULE_ARBEIDSVERMOGEN else r.pct_dga
        kind_nl = "met arbeidsvermogen" if rule == RULE_ARBEIDSVERMOGEN else "zonder arbeidsvermogen"
        kind_en = "with work capacity" if rule == RULE_ARBEIDSVERMOGEN else "without work capacity"
        law = (
            (wajong.ART_2_40, wajong.ART_3_8)
            if rule == RULE_ARBEIDSVERMOGEN
            else (wajong.ART_1A4, wajong.ART_2_46)
        )
        steps.append(
            Step(
                rule="offset_earnings",
                text_nl=(
                    f"Wajong {kind_nl}: {pct:.0%} × (grondslag − inkomen) = "
                    f"{pct:.0%} × ({_eur(g)} − {_eur(inc)}), niet lager dan € 0."
                ),
                text_en=(
                    f"Wajong {kind_en}: {pct:.0%} × (base − income) = "
                    f"{pct:.0%} × ({_eur_en(g)} − {_eur_en(inc)}), not below € 0."
                ),
                amount=row(o.before_garantiebedrag, i),
                inputs={"grondslag": g, "income": inc, "percentage": pct},
                rates=(rate,),
                law=law,
            )
        )
    gb = row(c.garantiebedrag, i)
    if not np.isnan(gb):
        steps.append(
            Step(
                rule="garantiebedrag",
                text_nl=(
                    f"Garantiebedrag {_eur(gb)}: u krijgt het hoogste van dit bedrag en de berekende Wajong."
                ),
                text_en=f"Garantiebedrag {_eur_en(gb)}: you get the higher of this and the Wajong above.",
                amount=row(o.wajong, i),
                inputs={"garantiebedrag": gb, "wajong_before": row(o.before_garantiebedrag, i)},
                law=(wajong.ART_8_8,),
            )
        )
    steps.append(
        Step(
            rule="vakantie_uitkering",
            text_nl=(
                f"Vakantiegeld op de Wajong: {r.holiday.value:.0%} van {_eur(row(o.wajong, i))} = "
                f"{_eur(row(o.holiday_accrual, i))} per maand opgebouwd, uitbetaald in mei."
            ),
            text_en=(
                f"Holiday pay on the Wajong: {r.holiday.value:.0%} of {_eur_en(row(o.wajong, i))} = "
                f"{_eur_en(row(o.holiday_accrual, i))} per month accrued, paid in May."
            ),
            amount=row(o.holiday_accrual, i),
            inputs={"wajong": row(o.wajong, i)},
            rates=(r.holiday,),
            law=(wajong.ART_3_25,),
        )
    )
    return steps
