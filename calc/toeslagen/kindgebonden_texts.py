"""The kindgebonden budget explained, step by step, in Dutch (B1) and English, with its sources,
and the notices about it (calc/toeslagen/kindgebonden.py computes it)."""

from __future__ import annotations

from calc.explain import Notice, Step, row
from calc.money import eur as _eur
from calc.money import percent
from calc.toeslagen.base import ToeslagenOutcome
from calc.toeslagen.kindgebonden import (
    FLAG_AGES_ASSUMED,
    FLAG_APPLICANT_ASSUMED,
    FLAG_ASSETS,
    FLAG_BELOW_MINIMUM,
    FLAG_INCOME,
    KindgebondenOutcome,
    wkb,
)
from calc.toeslagen.sources import AWIR_7_ASSETS, AWIR_14_MINIMUM, KGB_LEAFLET_2026

KEY = "kindgebonden_budget"
LABEL_NL, LABEL_EN = "kindgebonden budget", "kindgebonden budget"
RULES = ("kindgebonden_budget_maximum", "kindgebonden_budget_income", "kindgebonden_budget")


def _pct(x: float, lang: str) -> str:
    return percent(x, lang)


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def explain_kindgebonden_budget(o: KindgebondenOutcome, i: int = 0) -> list[Step]:
    """The kindgebonden budget of row i, step by step, in Dutch (B1) and English, with sources:
    the maximum for the family, then either the vermogensgrens or the income reduction and what is
    paid per month."""
    if int(row(o.cols.children, i)) == 0:
        return [_no_children(o)]
    steps = [_maximum(o, i)]
    if FLAG_ASSETS in o.flags_of(i):
        return [*steps, _assets(o, i)]
    return [*steps, _income(o, i), _paid(o, i)]


def _inputs(o: KindgebondenOutcome, i: int) -> dict[str, object]:
    c = o.cols
    return {
        "children": int(row(c.children, i)),
        "children_12_15": int(row(c.children_12_15, i)),
        "children_16_17": int(row(c.children_16_17, i)),
        "partner": bool(row(c.partner, i)),
        "toetsingsinkomen_year": row(o.toetsingsinkomen_year, i),
        "assets": row(c.assets, i),
    }


def _no_children(o: KindgebondenOutcome) -> Step:
    law = wkb(
        o.day, "art. 2 lid 2-6 (bedrag per kind, verhogingen 12-15 en 16-17 jaar, alleenstaande-ouderkop)"
    )
    return Step(
        rule="kindgebonden_budget",
        text_nl="Kindgebonden budget: u heeft geen kinderen onder 18 jaar opgegeven. Dan krijgt u het niet.",
        text_en="Kindgebonden budget: no children under 18 given, so none.",
        amount=0.0,
        inputs={"children": 0},
        law=(law,),
    )


def _maximum(o: KindgebondenOutcome, i: int) -> Step:
    """WKB art. 2 lid 2-6: per child, the supplements for 12-15 and 16-17, the alleenstaande-ouderkop."""
    r = o.rates
    assert r is not None  # rows with children have rates
    inputs = _inputs(o, i)
    n, n12, n16 = inputs["children"], inputs["children_12_15"], inputs["children_16_17"]
    alone = bool(row(o.single_parent, i))
    maximum = row(o.max_year, i)
    pc, s12, s16, alo = (
        float(x.value) for x in (r.per_child, r.supplement_12_15, r.supplement_16_17, r.alo_kop)
    )
    parts_nl = [f"{n} x {_eur(pc)} per kind"]
    parts_en = [f"{n} x {_eur_en(pc)} per child"]
    if n12:
        parts_nl.append(f"{n12} x {_eur(s12)} voor een kind van 12 tot en met 15 jaar")
        parts_en.append(f"{n12} x {_eur_en(s12)} for a child aged 12-15")
    if n16:
        parts_nl.append(f"{n16} x {_eur(s16)} voor een kind van 16 of 17 jaar")
        parts_en.append(f"{n16} x {_eur_en(s16)} for a child aged 16-17")
    if alone:
        parts_nl.append(f"{_eur(alo)} omdat u geen toeslagpartner heeft (alleenstaande ouder)")
        parts_en.append(f"{_eur_en(alo)} alleenstaande-ouderkop (no toeslagpartner)")
    return Step(
        rule="kindgebonden_budget_maximum",
        text_nl=(
            f"Kindgebonden budget: het hoogste bedrag voor uw gezin is {_eur(maximum)} per jaar: "
            + " + ".join(parts_nl)
            + "."
        ),
        text_en=f"Kindgebonden budget maximum {_eur_en(maximum)} a year: " + " + ".join(parts_en) + ".",
        amount=maximum,
        unit="EUR/year",
        inputs=inputs,
        rates=(r.per_child,)
        + ((r.supplement_12_15,) if n12 else ())
        + ((r.supplement_16_17,) if n16 else ())
        + ((r.alo_kop,) if alone else ()),
        law=(
            wkb(
                o.day,
                "art. 2 lid 2-6 (bedrag per kind, verhogingen 12-15 en 16-17 jaar, alleenstaande-ouderkop)",
            ),
        ),
    )


def _assets(o: KindgebondenOutcome, i: int) -> Step:
    """Awir art. 7 lid 3: vermogen on 1 January above the limit, nothing for the whole year."""
    r = o.rates
    assert r is not None
    inputs = _inputs(o, i)
    limit = r.vermogensgrens.value["partner" if inputs["partner"] else "single"]
    return Step(
        rule="kindgebonden_budget",
        text_nl=(
            f"Uw vermogen op 1 januari is hoger dan {_eur(limit)}. Dan krijgt u dit hele jaar "
            "geen kindgebonden budget."
        ),
        text_en=f"Assets on 1 January above {_eur_en(limit)}: no kindgebonden budget this year.",
        amount=0.0,
        inputs=inputs,
        rates=(r.vermogensgrens,),
        law=(AWIR_7_ASSETS,),
    )


def _income(o: KindgebondenOutcome, i: int) -> Step:
    """WKB art. 2 lid 7-8: the afbouwpercentage of the income above the (raised) drempelinkomen."""
    r = o.rates
    assert r is not None
    inputs = _inputs(o, i)
    ti, threshold, reduction = (
        row(o.toetsingsinkomen_year, i),
        row(o.threshold_year, i),
        row(o.reduction_year, i),
    )
    who_nl = "uw inkomen en dat van uw partner samen" if inputs["partner"] else "uw inkomen"
    if reduction > 0:
        nl = (
            f"Het bedrag hangt af van {who_nl} over het hele jaar: {_eur(ti)}. Boven {_eur(threshold)} "
            f"gaat er {_pct(r.afbouw.value, 'nl')} af van het deel daarboven: {_eur(reduction)} per jaar."
        )
        en = (
            f"Toetsingsinkomen {_eur_en(ti)}; {_pct(r.afbouw.value, 'en')} of the part above "
            f"{_eur_en(threshold)} is deducted: {_eur_en(reduction)} a year."
        )
    else:
        nl = (
            f"Het bedrag hangt af van {who_nl} over het hele jaar: {_eur(ti)}. Dat is niet meer dan "
            f"{_eur(threshold)}, dus er gaat niets af."
        )
        en = f"Toetsingsinkomen {_eur_en(ti)} is not above {_eur_en(threshold)}: no reduction."
    return Step(
        rule="kindgebonden_budget_income",
        text_nl=nl,
        text_en=en,
        amount=reduction,
        unit="EUR/year",
        inputs=inputs,
        rates=(r.drempelinkomen, r.afbouw) + ((r.partner_verhoging,) if inputs["partner"] else ()),
        law=(wkb(o.day, "art. 1 lid 1 onder d en art. 2 lid 7-8 (drempelinkomen, vermindering)"),),
    )


def _paid(o: KindgebondenOutcome, i: int) -> Step:
    """What is paid: the year amount (nothing under € 24, Awir art. 14 lid 5), per month / 12 down."""
    r = o.rates
    assert r is not None
    flags = o.flags_of(i)
    month, year = row(o.month, i), row(o.year, i)
    if FLAG_INCOME in flags:
        nl = "Uw inkomen is te hoog: er blijft geen kindgebonden budget over."
        en = "Income too high: nothing is left."
    elif FLAG_BELOW_MINIMUM in flags:
        minimum = float(r.minimum.value)
        nl = f"Er blijft minder dan {_eur(minimum)} per jaar over. Zo'n klein bedrag wordt niet betaald."
        en = f"Less than {_eur_en(minimum)} a year is left: not paid."
    else:
        nl = (
            f"U krijgt {_eur(year)} per jaar. Per maand is dat {_eur(year)} gedeeld door 12, "
            f"naar beneden afgerond: {_eur(month)}."
        )
        en = f"{_eur_en(year)} a year; per month / 12, down to whole euros: {_eur_en(month)}."
    nl += (
        " Wij gaan ervan uit dat u de kinderbijslag krijgt en dat de kinderen het hele jaar deze leeftijd "
        "hebben. Wordt een kind dit jaar 12 of 16? Dan wordt het bedrag hoger vanaf de maand erna."
    )
    en += " Assumed: you receive the kinderbijslag; ages as of this month for the whole year."
    return Step(
        rule="kindgebonden_budget",
        text_nl=nl,
        text_en=en,
        amount=month,
        inputs={**_inputs(o, i), "year_amount": year},
        rates=(r.minimum,) if FLAG_BELOW_MINIMUM in flags else (),
        law=(wkb(o.day, "art. 2 lid 11 (per kalendermaand)"), AWIR_14_MINIMUM, KGB_LEAFLET_2026),
    )


def kindgebonden_warnings(o: KindgebondenOutcome, i: int = 0) -> list[Notice]:
    """Plain notices for row i; the assumptions go in one notice."""
    flags = o.flags_of(i)
    out = []
    if FLAG_ASSETS in flags:
        out.append(
            Notice(
                FLAG_ASSETS,
                "Uw vermogen is hoger dan de grens. Dan krijgt u dit jaar geen kindgebonden budget.",
                "Your assets are above the limit, so there is no kindgebonden budget this year.",
            )
        )
    if FLAG_BELOW_MINIMUM in flags:
        assert o.rates is not None  # flagged rows have children, so rates
        minimum = float(o.rates.minimum.value)
        out.append(
            Notice(
                FLAG_BELOW_MINIMUM,
                f"Het kindgebonden budget zou minder dan {_eur(minimum)} per jaar zijn. "
                "Dat wordt niet betaald.",
                f"The kindgebonden budget would be under {_eur_en(minimum)} a year; it is not paid.",
            )
        )
    if FLAG_AGES_ASSUMED in flags or FLAG_APPLICANT_ASSUMED in flags:
        out.append(
            Notice(
                "kindgebonden_assumptions",
                "Kindgebonden budget: we gaan ervan uit dat u de kinderbijslag krijgt. We rekenen met "
                "de leeftijden van nu voor het hele jaar. Het bedrag gaat omhoog in de maand na de "
                "12e en 16e verjaardag van een kind.",
                "Kindgebonden budget: we assume you receive the kinderbijslag, and use today's ages "
                "for the whole year; the amount rises the month after a child turns 12 or 16.",
            )
        )
    return out


def explain(o: ToeslagenOutcome, i: int) -> list[Step]:
    """The registry's entry: no lines at all for a row without children (most Wajongers)."""
    kgb = o.parts[KEY]
    assert isinstance(kgb, KindgebondenOutcome)
    return explain_kindgebonden_budget(kgb, i) if row(o.cols.children, i) else []


def notices(o: ToeslagenOutcome, i: int) -> list[Notice]:
    kgb = o.parts[KEY]
    assert isinstance(kgb, KindgebondenOutcome)
    return kindgebonden_warnings(kgb, i)
