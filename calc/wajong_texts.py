"""The Wajong explained for one row: which rule, which inputs, which rate and which source gave each
amount (calc/benefit.py computes it, calc/wajong.py holds the rules)."""

from __future__ import annotations

import numpy as np

from calc import wajong
from calc.benefit import RULE_ARBEIDSVERMOGEN, RULE_LOONDISPENSATIE, WajongOutcome
from calc.explain import Step, row
from calc.money import decimal, percent
from calc.money import eur as _eur


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def explain_wajong(o: WajongOutcome, i: int = 0) -> list[Step]:
    """The grondslag, the income offset, the rule applied, the garantiebedrag, the vakantie-uitkering."""
    return [_grondslag(o, i), _income(o, i), _offset(o, i), *_garantiebedrag(o, i), _vakantie_uitkering(o, i)]


def _grondslag(o: WajongOutcome, i: int) -> Step:
    """The minimum (youth) wage per month for the age: the grondslag (art. 1:1 lid 1 m, 2:1, 3:7)."""
    r, c = o.rates, o.cols
    days = r.days.value
    g = row(o.grondslag, i)
    per_day = float(wajong.per_day(g, days))
    return Step(
        rule="grondslag",
        text_nl=(
            f"Grondslag: het minimumloon per maand voor leeftijd {row(c.age, i)} is {_eur(g)} "
            f"({_eur(per_day)} per dag, {decimal(days, 'nl', 2)} dagen per maand)."
        ),
        text_en=(
            f"Base (grondslag): the minimum wage per month for age {row(c.age, i)} is {_eur_en(g)} "
            f"({_eur_en(per_day)} per day, {decimal(days, 'en', 2)} days per month)."
        ),
        amount=g,
        inputs={"age": row(c.age, i), "grondslag_per_day": round(per_day, 2)},
        rates=(r.referentiemaandloon, r.youth_percentage, r.youth_rounding, r.days),
        law=(wajong.ART_2_40, wajong.ART_1A4),
    )


def _income(o: WajongOutcome, i: int) -> Step:
    """The income UWV offsets: wage and other income, not the vakantiegeld (AIB art. 2:5, 3:6, 4:1), and a
    business's profit (AIB art. 3:2 lid 1 d, 4:1 lid 5)."""
    c = o.cols
    biz = row(o.business_income, i)
    biz_nl = f" plus de winst van uw bedrijf {_eur(biz)}" if biz else ""
    biz_en = f" plus your business's profit {_eur_en(biz)}" if biz else ""
    return Step(
        rule="income_for_wajong",
        text_nl=(
            f"Inkomen dat UWV verrekent: loon {_eur(row(c.wage, i))} plus ander inkomen "
            f"{_eur(row(c.other_income, i))}{biz_nl} per maand. Vakantiegeld van de werkgever telt niet mee."
        ),
        text_en=(
            f"Income UWV offsets: wage {_eur_en(row(c.wage, i))} plus other income "
            f"{_eur_en(row(c.other_income, i))}{biz_en} per month. The employer's holiday pay does not count."
        ),
        amount=row(o.income, i),
        inputs={
            "wage_regular": row(c.wage_regular, i),
            "wage_dispensed": row(c.wage_dispensed, i),
            "other_income": row(c.other_income, i),
            **({"business_income": biz} if biz else {}),
        },
        law=(wajong.AIB_2_5, wajong.AIB_4_1, *((wajong.AIB_3_2_BUSINESS,) if biz else ())),
    )


def _offset(o: WajongOutcome, i: int) -> Step:
    """The offset rule of the row: loondispensatie (art. 2:40 lid 1 a, 3, 4), or percentage x (G - I)."""
    r, c = o.rates, o.cols
    g = row(o.grondslag, i)
    rule = row(o.rule, i)
    pct = row(o.percentage, i)
    inc = row(o.income, i)
    if rule == RULE_LOONDISPENSATIE:
        lw = row(c.loonwaarde, i)
        cf = float(wajong.compensatiefactor(lw, r.pct_av.value))
        p_nl, p_en = decimal(r.pct_av.value, "nl", 1), decimal(r.pct_av.value, "en", 1)
        r1, r2 = row(o.route_compensatiefactor, i), row(o.route_top_up, i)
        return Step(
            rule="offset_loondispensatie",
            text_nl=(
                f"Loondispensatie, loonwaarde {percent(lw, 'nl', 0)}: compensatiefactor {decimal(cf)}. "
                f"Route 1: {p_nl} × G − {p_nl} × (CF × Ia + Io) = {_eur(r1)}. "
                f"Route 2 (aanvulling tot functieloon): Ia / LW − Ia = {_eur(r2)}. "
                "UWV betaalt het hoogste bedrag."
            ),
            text_en=(
                f"Loondispensatie, loonwaarde {lw:.0%}: compensatiefactor {cf:.4f}. "
                f"Route 1: {p_en} × G − {p_en} × (CF × Ia + Io) = {_eur_en(r1)}. "
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
    else:
        rate = r.pct_av if rule == RULE_ARBEIDSVERMOGEN else r.pct_dga
        kind_nl = "met arbeidsvermogen" if rule == RULE_ARBEIDSVERMOGEN else "zonder arbeidsvermogen"
        kind_en = "with work capacity" if rule == RULE_ARBEIDSVERMOGEN else "without work capacity"
        law = (
            (wajong.ART_2_40, wajong.ART_3_8)
            if rule == RULE_ARBEIDSVERMOGEN
            else (wajong.ART_1A4, wajong.ART_2_46)
        )
        return Step(
            rule="offset_earnings",
            text_nl=(
                f"Wajong {kind_nl}: {percent(pct, 'nl', 0)} × (grondslag − inkomen) = "
                f"{percent(pct, 'nl', 0)} × ({_eur(g)} − {_eur(inc)}), niet lager dan € 0."
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


def _garantiebedrag(o: WajongOutcome, i: int) -> list[Step]:
    """Art. 8:8 lid 4: the higher of the garantiebedrag and the Wajong computed (none without one)."""
    c = o.cols
    steps: list[Step] = []
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
    return steps


def _vakantie_uitkering(o: WajongOutcome, i: int) -> Step:
    """Art. 3:25: 8% of the Wajong accrues every month and is paid in May."""
    r = o.rates
    return Step(
        rule="vakantie_uitkering",
        text_nl=(
            f"Vakantiegeld op de Wajong: {percent(r.holiday.value, 'nl', 0)} van {_eur(row(o.wajong, i))} = "
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
