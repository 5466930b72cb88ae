"""The tax explained for one row, step by step in Dutch (B1) and English with the articles, and the
notices about the loonheffingskorting choice and the settlement after the year."""

from __future__ import annotations

from typing import Any

from calc.explain import Notice, Step, row
from calc.money import eur as _eur
from calc.money import percent
from calc.tax.outcome import TaxOutcome
from calc.tax.sources import (
    AK_NOT_ON_BENEFIT,
    BD_MEERDERE_INKOMENS,
    REKENVOORSCHRIFTEN,
    RO_IACK,
    UWV_JGK,
    UWV_ZVW,
    WET_IB_2_10,
    WET_IB_8_1,
    WET_IB_8_10,
    WET_IB_8_11,
    WET_IB_8_14A,
    WET_IB_8_16A,
    WET_LB_21C,
    WET_LB_22,
)


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def _pct(x: float) -> str:
    return percent(x)


def explain_tax(o: TaxOutcome, i: int = 0) -> list[Step]:
    """The tax of row i step by step; the withheld parts add up to the settlement."""
    return [
        _taxable_income(o, i),
        _box1(o, i),
        _ahk(o, i),
        _arbeidskorting(o, i),
        _jgk(o, i),
        *_iack(o, i),
        _income_tax(o, i),
        *_withholding(o, i),
        *([] if row(o.business.has_business, i) else [_settlement(o, i)]),  # a business: calc.business_texts
    ]


def _taxable_income(o: TaxOutcome, i: int) -> Step:
    """The year's box 1 income: 12 months plus vakantiegeld of each payment."""
    r = o.rates
    vg = r.vakantiebijslag.value
    return Step(
        rule="taxable_income_year",
        text_nl=(
            f"Inkomen per jaar: loon {_eur(row(o.wage_year, i))} "
            f"(12 maanden plus {_pct(vg)} vakantiegeld), "
            f"Wajong {_eur(row(o.wajong_year, i))} (12 maanden plus vakantiegeld) en ander inkomen "
            f"{_eur(row(o.other_year, i))}{_with_business(o, i, 'nl')}. "
            f"Samen {_eur(row(o.taxable_income_year, i))}."
        ),
        text_en=(
            f"Income per year: wage {_eur_en(row(o.wage_year, i))} "
            f"(12 months plus {vg:.0%} holiday pay), "
            f"Wajong {_eur_en(row(o.wajong_year, i))} (12 months plus holiday pay) and other income "
            f"{_eur_en(row(o.other_year, i))}{_with_business(o, i, 'en')}. "
            f"Total {_eur_en(row(o.taxable_income_year, i))}."
        ),
        amount=row(o.taxable_income_year, i),
        unit="EUR/year",
        inputs={
            "wage_year": row(o.wage_year, i),
            "wajong_year": row(o.wajong_year, i),
            "other_year": row(o.other_year, i),
            **({"business_profit_taxable": row(o.business.belastbare_winst, i)} if o.business.rates else {}),
        },
        rates=(r.vakantiebijslag,),
    )


def _with_business(o: TaxOutcome, i: int, lang: str) -> str:
    """', plus de belastbare winst van uw bedrijf € ...' (empty without a business)."""
    if not row(o.business.has_business, i):
        return ""
    x = row(o.business.belastbare_winst, i)
    if lang == "nl":
        return f", plus de belastbare winst van uw bedrijf {_eur(x)}"
    return f", plus your business's taxable profit {_eur_en(x)}"


def _box1(o: TaxOutcome, i: int) -> Step:
    """Wet IB 2001 art. 2.10: the tariff on that income."""
    r = o.rates
    tax = row(o.tax_before_credits, i)
    return Step(
        rule="box1_tax",
        text_nl=(f"Belasting en premies volksverzekeringen over dit inkomen (box 1, schijven): {_eur(tax)}."),
        text_en=f"Income tax and national insurance on this income (box 1 brackets): {_eur_en(tax)}.",
        amount=tax,
        unit="EUR/year",
        inputs={"taxable_income_year": row(o.taxable_income_year, i)},
        rates=(r.brackets,),
        law=(WET_IB_2_10,),
    )


def _ahk(o: TaxOutcome, i: int) -> Step:
    """Wet IB 2001 art. 8.10."""
    r = o.rates
    return Step(
        rule="algemene_heffingskorting",
        text_nl=(
            f"Algemene heffingskorting: {_eur(r.ahk_max.value)}, "
            f"min {_pct(r.ahk_rate.value)} van het inkomen "
            f"boven {_eur(r.ahk_start.value)} = {_eur(row(o.ahk, i))}."
        ),
        text_en=(
            f"General tax credit: {_eur_en(r.ahk_max.value)}, "
            f"less {r.ahk_rate.value:.3%} of income above "
            f"{_eur_en(r.ahk_start.value)} = {_eur_en(row(o.ahk, i))}."
        ),
        amount=row(o.ahk, i),
        unit="EUR/year",
        rates=(r.ahk_max, r.ahk_start, r.ahk_rate),
        law=(WET_IB_8_10,),
    )


def _arbeidskorting(o: TaxOutcome, i: int) -> Step:
    """Wet IB 2001 art. 8.11, on the wage only."""
    r = o.rates
    ai, biz = row(o.arbeidsinkomen_year, i), bool(row(o.business.has_business, i))
    return Step(
        rule="arbeidskorting",
        text_nl=(
            f"Arbeidskorting over uw {'loon en winst' if biz else 'loon'} {_eur(ai)}: "
            f"{_eur(row(o.arbeidskorting, i))}. Over de Wajong krijgt u geen arbeidskorting."
        ),
        text_en=(
            f"Employed person's credit on your {'wage and profit' if biz else 'wage'} {_eur_en(ai)}: "
            f"{_eur_en(row(o.arbeidskorting, i))}. The Wajong gets no arbeidskorting."
        ),
        amount=row(o.arbeidskorting, i),
        unit="EUR/year",
        rates=(r.ak,),
        law=(WET_IB_8_11, AK_NOT_ON_BENEFIT),
    )


def _jgk(o: TaxOutcome, i: int) -> Step:
    """Wet IB 2001 art. 8.16a."""
    r = o.rates
    return Step(
        rule="jonggehandicaptenkorting",
        text_nl=f"Jonggehandicaptenkorting, omdat u recht hebt op Wajong: {_eur(row(o.jgk, i))}.",
        text_en=(
            f"Young disabled person's credit, because you are entitled to Wajong: {_eur_en(row(o.jgk, i))}."
        ),
        amount=row(o.jgk, i),
        unit="EUR/year",
        rates=(r.jgk,),
        law=(WET_IB_8_16A,),
    )


def _iack(o: TaxOutcome, i: int) -> list[Step]:
    """Wet IB 2001 art. 8.14a: only for a parent of a child under 12 (no step without one)."""
    ir = o.iack_rates
    if ir is None or not int(o.cols.children[i] - o.cols.children_12_15[i] - o.cols.children_16_17[i]):
        return []
    amount, wage = row(o.iack, i), row(o.wage_year, i)
    if not row(o.iack_applies, i):
        why_nl = "Uw partner verdient niet meer dan u, dus u krijgt de combinatiekorting niet"
        why_en = "Your partner does not earn more than you, so you do not get the combination credit"
    elif amount == 0:
        why_nl = (
            f"Uw loon is niet meer dan {_eur(ir.threshold.value)}, dus u krijgt de combinatiekorting niet"
        )
        why_en = f"Your wage is not above {_eur_en(ir.threshold.value)}: no combination credit"
    else:
        why_nl = (
            f"Inkomensafhankelijke combinatiekorting, omdat u werkt en een kind jonger dan 12 hebt: "
            f"{_pct(ir.rate.value)} van uw loon {_eur(wage)} boven {_eur(ir.threshold.value)}, "
            f"hoogstens {_eur(ir.maximum.value)} = {_eur(amount)}"
        )
        why_en = (
            f"Income-related combination credit, because you work and have a child under 12: "
            f"{ir.rate.value:.2%} of your wage {_eur_en(wage)} above {_eur_en(ir.threshold.value)}, "
            f"at most {_eur_en(ir.maximum.value)} = {_eur_en(amount)}"
        )
    return [
        Step(
            rule="inkomensafhankelijke_combinatiekorting",
            text_nl=f"{why_nl}. Werkgever en UWV houden er geen rekening mee: u krijgt hem via de aangifte.",
            text_en=f"{why_en}. Neither your employer nor UWV applies it: it comes with the tax return.",
            amount=amount,
            unit="EUR/year",
            inputs={"arbeidsinkomen_year": wage, "applies": bool(row(o.iack_applies, i))},
            rates=(ir.threshold, ir.rate, ir.maximum),
            law=(WET_IB_8_14A, WET_LB_21C, RO_IACK),
        )
    ]


def _income_tax(o: TaxOutcome, i: int) -> Step:
    """Wet IB 2001 art. 8.1: the kortingen bring the tax down to at most nil; the rest is lost."""
    tax = row(o.tax_before_credits, i)
    unused = row(o.credits_unused, i)
    lost_nl = (
        f" {_eur(unused)} korting kunt u niet gebruiken: de belasting kan niet lager dan € 0."
        if unused > 0
        else ""
    )
    lost_en = f" {_eur_en(unused)} of credit cannot be used: tax cannot go below € 0." if unused > 0 else ""
    return Step(
        rule="income_tax_year",
        text_nl=f"Belasting over het jaar: {_eur(tax)} "
        f"min kortingen {_eur(row(o.credits_used, i))} = {_eur(row(o.income_tax_year, i))}.{lost_nl}",
        text_en=f"Tax for the year: {_eur_en(tax)} "
        f"less credits {_eur_en(row(o.credits_used, i))} = "
        f"{_eur_en(row(o.income_tax_year, i))}.{lost_en}",
        amount=row(o.income_tax_year, i),
        unit="EUR/year",
        inputs={
            "tax_before_credits": tax,
            "credits_used": row(o.credits_used, i),
            "credits_unused": unused,
        },
        law=(WET_IB_8_1,),
    )


def _withholding(o: TaxOutcome, i: int) -> list[Step]:
    """What each payer withholds (Wet LB 1964 art. 22-23; the Rekenvoorschriften's tables)."""
    r = o.rates
    steps: list[Step] = []
    choice = str(o.lhk[i])
    for payer, m, y, lhk_on, jgk_on, nl, en in (
        (
            "uwv",
            o.withheld_month_uwv,
            o.withheld_year_uwv,
            o.uwv_applies_lhk,
            o.uwv_applies_jgk,
            "UWV houdt in op uw Wajong",
            "UWV withholds on your Wajong",
        ),
        (
            "employer",
            o.withheld_month_employer,
            o.withheld_year_employer,
            o.employer_applies_lhk,
            o.employer_applies_jgk,
            "Uw werkgever houdt in op uw loon",
            "Your employer withholds on your wage",
        ),
        (
            "other",
            o.withheld_month_other,
            o.withheld_year_other,
            None,
            None,
            "Op uw andere inkomen wordt ingehouden (zonder korting)",
            "Withheld on your other income (no credit)",
        ),
    ):
        if row(y, i) == 0 and payer == "other":
            continue
        if lhk_on is None:
            how_nl, how_en = "", ""
        elif row(lhk_on, i):
            extra_nl = " en jonggehandicaptenkorting" if row(jgk_on, i) else ""
            extra_en = " and young disabled person's credit" if row(jgk_on, i) else ""
            how_nl = f", met loonheffingskorting{extra_nl}"
            how_en = f", with the payroll tax credit{extra_en}"
        else:
            how_nl, how_en = ", zonder loonheffingskorting", ", without the payroll tax credit"
        steps.append(
            Step(
                rule=f"withholding_{payer}",
                text_nl=f"{nl}{how_nl}: {_eur(row(m, i))} per maand, "
                f"{_eur(row(y, i))} per jaar (met vakantiegeld).",
                text_en=f"{en}{how_en}: {_eur_en(row(m, i))} per month, "
                f"{_eur_en(row(y, i))} per year (with holiday pay).",
                amount=row(y, i),
                unit="EUR/year",
                inputs={"withheld_month": row(m, i), "loonheffingskorting": choice},
                rates=(r.brackets, r.ahk_max, r.ahk_start, r.ahk_rate, r.ak, r.jgk, r.table_step),
                law=(WET_LB_22, REKENVOORSCHRIFTEN, UWV_JGK),
            )
        )
    return steps


def _settlement(o: TaxOutcome, i: int) -> Step:
    """Withheld minus the year's tax: back after the year (> 0) or to pay (< 0)."""
    s = row(o.settlement_year, i)
    if s >= 0:
        nl = (
            f"Ingehouden {_eur(row(o.withheld_year, i))} min belasting "
            f"{_eur(row(o.income_tax_year, i))}: u krijgt na het jaar ongeveer {_eur(s)} terug."
        )
        en = (
            f"Withheld {_eur_en(row(o.withheld_year, i))} less tax "
            f"{_eur_en(row(o.income_tax_year, i))}: you get about {_eur_en(s)} back after the year."
        )
    else:
        nl = (
            f"Ingehouden {_eur(row(o.withheld_year, i))} min belasting "
            f"{_eur(row(o.income_tax_year, i))}: u moet na het jaar ongeveer {_eur(-s)} terugbetalen."
        )
        en = (
            f"Withheld {_eur_en(row(o.withheld_year, i))} less tax "
            f"{_eur_en(row(o.income_tax_year, i))}: you pay about {_eur_en(-s)} back after the year."
        )
    return Step(
        rule="settlement_year",
        text_nl=nl + " De Zvw-bijdrage betalen UWV en uw werkgever zelf; daarvoor wordt niets ingehouden.",
        text_en=en
        + " UWV and your employer pay the Zvw contribution themselves; nothing is withheld for it.",
        amount=s,
        unit="EUR/year",
        inputs={"withheld_year": row(o.withheld_year, i), "income_tax_year": row(o.income_tax_year, i)},
        law=(BD_MEERDERE_INKOMENS, UWV_ZVW),
    )


def tax_warnings(o: TaxOutcome, i: int = 0) -> list[Notice]:
    """Plain warnings about the loonheffingskorting choice for row i, with the amount they are about."""
    return [Notice(**d) for d in _settlement_notices(o, i) + _korting_notices(o, i)]


def _settlement_notices(o: TaxOutcome, i: int) -> list[dict[str, Any]]:
    """Both payers apply the korting, too little or too much is withheld: what comes after the year."""
    out: list[dict[str, Any]] = []
    s = row(o.settlement_year, i)
    if row(o.flag_both, i):
        out.append(
            {
                "code": "loonheffingskorting_both",
                "nl": (
                    "U laat de loonheffingskorting toepassen door UWV én door uw werkgever. "
                    "Dat mag maar bij één. "
                    f"Na het jaar moet u dan ongeveer {_eur(max(-s, 0))} terugbetalen. "
                    "Zet de korting bij één van de twee uit (meestal bij het laagste inkomen), "
                    "of vraag een voorlopige aanslag aan bij de "
                    "Belastingdienst, zodat u elke maand een beetje betaalt."
                ),
                "en": (
                    "Both UWV and your employer apply the payroll tax credit. Only one may. "
                    f"You will then pay back about {_eur_en(max(-s, 0))} after the year. "
                    "Switch it off at one of them (usually the lower "
                    "income), or ask the Belastingdienst for a voorlopige aanslag to pay monthly."
                ),
                "amount": s,
            }
        )
    elif row(o.flag_pays_back, i):
        out.append(
            {
                "code": "tax_pay_back",
                "nl": (
                    f"Met deze keuze wordt te weinig belasting ingehouden. "
                    f"Na het jaar moet u ongeveer {_eur(-s)} terugbetalen. Zet dit geld opzij, "
                    "of vraag een voorlopige aanslag aan bij de Belastingdienst. "
                    "Dan betaalt u het in maanddelen."
                ),
                "en": (
                    "With this choice too little tax is withheld. "
                    f"After the year you pay back about {_eur_en(-s)}. "
                    "Put this money aside, or ask the Belastingdienst for a voorlopige aanslag "
                    "to pay monthly."
                ),
                "amount": s,
            }
        )
    elif row(o.flag_refund, i) and s >= 1:
        out.append(
            {
                "code": "tax_refund",
                "nl": (
                    f"Er wordt meer ingehouden dan nodig. "
                    f"Na het jaar krijgt u ongeveer {_eur(s)} terug als u "
                    "aangifte doet. Wilt u dit geld elke maand? Vraag dan een voorlopige aanslag aan."
                ),
                "en": (
                    f"More is withheld than needed. "
                    f"After the year you get about {_eur_en(s)} back when you file "
                    "a tax return. To get it monthly, ask for a voorlopige aanslag."
                ),
                "amount": s,
            }
        )
    return out


def _korting_notices(o: TaxOutcome, i: int) -> list[dict[str, Any]]:
    """The korting chosen at a payer who pays nothing; the jonggehandicaptenkorting and the
    combinatiekorting via the aangifte."""
    out: list[dict[str, Any]] = _iack_notice(o, i)
    s = row(o.settlement_year, i)
    if row(o.flag_lhk_unused, i):
        payer_nl = "UWV" if str(o.lhk[i]) == "uwv" else "uw werkgever"
        payer_en = "UWV" if str(o.lhk[i]) == "uwv" else "your employer"
        other_nl = "uw werkgever" if str(o.lhk[i]) == "uwv" else "UWV"
        other_en = "your employer" if str(o.lhk[i]) == "uwv" else "UWV"
        out.append(
            {
                "code": "loonheffingskorting_unused",
                "nl": (
                    f"U hebt gekozen voor de korting bij {payer_nl}, maar {payer_nl} betaalt u niets. Vraag "
                    f"{other_nl} om de loonheffingskorting toe te passen."
                ),
                "en": (
                    f"You chose the credit at {payer_en}, but {payer_en} pays you nothing. "
                    f"Ask {other_en} to apply "
                    "the payroll tax credit."
                ),
                "amount": s,
            }
        )
    if row(o.flag_jgk_via_aangifte, i):
        out.append(
            {
                "code": "jgk_via_aangifte",
                "nl": (
                    f"De jonggehandicaptenkorting ({_eur(row(o.jgk, i))} per jaar) wordt nu niet elke maand "
                    "verrekend. U krijgt die terug via de aangifte of een voorlopige aanslag."
                ),
                "en": (
                    f"The young disabled person's credit ({_eur_en(row(o.jgk, i))} a year) "
                    "is not applied monthly. "
                    "You get it back through the tax return or a voorlopige aanslag."
                ),
                "amount": row(o.jgk, i),
            }
        )
    return out


def _iack_notice(o: TaxOutcome, i: int) -> list[dict[str, Any]]:
    """No payer applies the inkomensafhankelijke combinatiekorting (Wet LB 1964 art. 21c): it comes
    after the year, or monthly with a voorlopige aanslag (Rijksoverheid)."""
    amount = row(o.iack, i)
    if amount <= 0:
        return []
    return [
        {
            "code": "iack_via_aangifte",
            "nl": (
                f"U krijgt ongeveer {_eur(amount)} per jaar combinatiekorting, omdat u werkt en een kind "
                "jonger dan 12 hebt. Uw werkgever en UWV houden daar geen rekening mee. U krijgt het geld "
                "na het jaar via uw aangifte. Wilt u het elke maand? Vraag dan een voorlopige aanslag aan "
                "bij de Belastingdienst."
            ),
            "en": (
                f"You get about {_eur_en(amount)} a year of combination credit (inkomensafhankelijke "
                "combinatiekorting), because you work and have a child under 12. Your employer and UWV do "
                "not apply it: it comes after the year with your tax return, or monthly if you ask the "
                "Belastingdienst for a voorlopige aanslag."
            ),
            "amount": amount,
        }
    ]
