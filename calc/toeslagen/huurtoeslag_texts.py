"""Huurtoeslag explained for one row, in Dutch (B1) and English, with its sources, and the notices
about it (calc/toeslagen/huurtoeslag.py computes it)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from calc.explain import LawSource, Notice, Step, row
from calc.money import eur as _eur
from calc.rates import Rate
from calc.toeslagen.base import ToeslagenOutcome
from calc.toeslagen.huurtoeslag import (
    FLAG_HT_AGE_ASSUMED,
    FLAG_HT_ASSETS,
    FLAG_HT_BELOW_MINIMUM,
    FLAG_HT_NOT_AVAILABLE,
    FLAG_HT_RENT_CAPPED,
    FLAG_HT_RENT_TOO_HIGH,
    FLAG_HT_SERVICEKOSTEN_CAPPED,
    FLAG_HT_UNDER_AGE,
    FLAG_HT_YOUNG_CAP,
    HuurtoeslagParts,
    household_size,
)
from calc.toeslagen.sources import AWIR_14, BASISHUUR_VERLAGING, HT_LEAFLET_2026, WHT_2026

KEY = "huurtoeslag"
LABEL_NL, LABEL_EN = "huurtoeslag", "huurtoeslag"
RULES = ("toetsingsinkomen", "huurtoeslag")  # the explanation steps behind its amount


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def _parts(o: ToeslagenOutcome) -> HuurtoeslagParts:
    h = o.parts[KEY]
    assert isinstance(h, HuurtoeslagParts)
    return h


def explain_huurtoeslag(o: ToeslagenOutcome, i: int) -> list[Step]:
    return [_explain_huur(o, i)]


def huurtoeslag_notices(o: ToeslagenOutcome, i: int) -> list[Notice]:
    """What a tenant should know beyond the amount: that it could not be computed, and the
    handicap exception to the young tenant's rent limit."""
    flags = set(o.flags_of(i))
    out = []
    if FLAG_HT_NOT_AVAILABLE in flags:
        out.append(
            Notice(
                "huurtoeslag_not_available",
                f"Huurtoeslag kunnen we voor uw situatie in {o.day.year} niet berekenen. "
                "We tellen hem niet mee.",
                f"Huurtoeslag cannot be calculated for your situation in {o.day.year}; not included.",
            )
        )
    r = _parts(o).rates
    if r is not None and FLAG_HT_YOUNG_CAP in flags and flags & {FLAG_HT_RENT_TOO_HIGH, FLAG_HT_RENT_CAPPED}:
        young_age = r.young_age.value  # 23 until 2025, 21 from 2026
        out.append(
            Notice(
                "huurtoeslag_young_handicap_exception",
                f"U bent jonger dan {young_age} en woont alleen. Dan telt voor de huurtoeslag maar een "
                "deel van uw huur mee. "
                "Heeft u door uw handicap een duurdere woning nodig (met een indicatie van de Wlz of de "
                "Wmo)? Dan geldt de gewone grens en krijgt u misschien meer huurtoeslag. Vraag het na "
                "bij Dienst Toeslagen.",
                f"Under {young_age} and living alone: the low rent limit applies. If your handicap "
                "requires a dearer home (a Wlz or Wmo indication), the normal limit applies; ask "
                "Dienst Toeslagen.",
            )
        )
    return out


def _explain_huur(o: ToeslagenOutcome, i: int) -> Step:
    """Why there is none, or how the amount comes about, for row i."""
    h = _parts(o)
    r = h.rates
    flags = o.flags_of(i)
    rent = row(o.cols.rent, i)
    inputs: dict[str, object] = {
        "rent": rent,
        "servicekosten": row(o.cols.servicekosten, i),
        "persons": row(household_size(o.cols.persons, o.cols.partner, o.cols.children), i),
    }
    law = (
        (WHT_2026, HT_LEAFLET_2026, AWIR_14)
        if r is None or not r.income_dependent
        else _wht_until_2025(o.day)
    )
    none = _why_none(o, i, rent, inputs, law)
    if none is not None:
        return none
    assert r is not None  # _why_none covers the year without rules
    inputs = {**inputs, "toetsingsinkomen_year": row(o.toetsingsinkomen_year, i)}
    if FLAG_HT_RENT_TOO_HIGH in flags:
        return _rent_too_high(o, i, inputs, law)
    nl, en, rates = _amount_until_2025(o, i) if r.income_dependent else _amount_from_2026(o, i)
    more_nl, more_en = _remarks(o, i)
    return Step(
        rule="huurtoeslag",
        text_nl=nl + more_nl,
        text_en=en + more_en,
        amount=row(h.month, i),
        inputs=inputs,
        rates=rates,
        law=law,
    )


def _why_none(
    o: ToeslagenOutcome, i: int, rent: float, inputs: dict[str, object], law: tuple[LawSource, ...]
) -> Step | None:
    """No rent, no rules for the year, under 18 or above the vermogensgrens: the one-line step."""
    r = _parts(o).rates
    flags = o.flags_of(i)
    if rent <= 0:
        nl, en = "Huurtoeslag: u betaalt geen huur (of gaf die niet op).", "Huurtoeslag: no rent given."
        return Step("huurtoeslag", nl, en, 0.0 if r is not None else np.nan, inputs=inputs, law=law)
    if r is None or FLAG_HT_NOT_AVAILABLE in flags:
        return Step(
            "huurtoeslag",
            f"Huurtoeslag over {o.day.year} kunnen wij voor uw situatie niet berekenen. "
            "Doe een proefberekening op de website van Dienst Toeslagen.",
            f"Huurtoeslag for {o.day.year} is not available for this situation: the parameters are "
            "not in rates/ (before 2024, or a household at AOW age in 2024; docs/toeslagen.md).",
            np.nan,
            inputs=inputs,
            law=law,
        )
    if FLAG_HT_UNDER_AGE in flags:
        return Step(
            "huurtoeslag",
            f"Huurtoeslag: u bent jonger dan {r.minimum_age.value}, dus geen huurtoeslag.",
            f"Under {r.minimum_age.value}: no huurtoeslag.",
            0.0,
            inputs=inputs,
            rates=(r.minimum_age,),
            law=law,
        )
    if FLAG_HT_ASSETS in flags:
        return Step(
            "huurtoeslag",
            "Huurtoeslag: uw vermogen is hoger dan de grens, dus geen huurtoeslag.",
            "Assets above the limit: no huurtoeslag.",
            0.0,
            inputs=inputs,
            rates=(r.vermogensgrens,),
            law=law,
        )
    return None


def _rent_too_high(
    o: ToeslagenOutcome, i: int, inputs: dict[str, object], law: tuple[LawSource, ...]
) -> Step:
    """Until 2025: a rekenhuur above the limit gives no huurtoeslag at all (Wht art. 13 lid 1)."""
    h = _parts(o)
    r = h.rates
    assert r is not None
    rh = row(h.rekenhuur, i)
    young = FLAG_HT_YOUNG_CAP in o.flags_of(i)
    grens = r.young_cap if young else r.max_huurgrens
    nl = (
        f"Huurtoeslag: uw huur voor de huurtoeslag (kale huur plus servicekosten) is {_eur(rh)}. "
        f"Dat is meer dan {_eur(float(grens.value))}"
        + (f", de grens als iedereen in huis jonger is dan {r.young_age.value} jaar" if young else "")
        + f". Dan krijgt u in {o.day.year} geen huurtoeslag."
        + (
            " Heeft u door uw handicap een duurdere woning nodig (met een indicatie van de Wlz of "
            "de Wmo)? Dan geldt de gewone grens. Vraag het na bij Dienst Toeslagen."
            if young
            else ""
        )
    )
    en = (
        f"Huurtoeslag: rekenhuur {_eur_en(rh)} is above the limit {_eur_en(float(grens.value))}"
        + (" for a household all under the young age limit" if young else "")
        + f": no huurtoeslag in {o.day.year} (Wht art. 13)."
    )
    rates_used = (grens, r.young_age) if young else (grens,)
    return Step("huurtoeslag", nl, en, 0.0, inputs=inputs, rates=rates_used, law=law)


def _amount_until_2025(o: ToeslagenOutcome, i: int) -> tuple[str, str, tuple[Rate, ...]]:
    """The rekenhuur with servicekosten, the basishuur from the income, parts A + B + C."""
    h = _parts(o)
    r = h.rates
    assert r is not None
    rent, month = row(o.cols.rent, i), row(h.month, i)
    rh, bh, sk = row(h.rekenhuur, i), row(h.basishuur, i), row(h.servicekosten, i)
    a, b, cc = (row(x, i) for x in (h.part_a, h.part_b, h.part_c))
    sk_nl = (
        f"kale huur {_eur(rent)} plus {_eur(sk)} servicekosten die meetellen"
        if sk > 0
        else f"kale huur {_eur(rent)}"
    )
    nl = (
        f"Huurtoeslag: wij rekenen met een huur van {_eur(rh)} ({sk_nl}). "
        f"Een deel betaalt u altijd zelf: de basishuur. Die hangt af van uw inkomen en is {_eur(bh)}. "
        f"Deel A {_eur(a)} + deel B {_eur(b)} + deel C {_eur(cc)} = {_eur(month)} per maand "
        "(naar beneden afgerond)."
    )
    en = (
        f"Huurtoeslag: rekenhuur {_eur_en(rh)} (kale huur {_eur_en(rent)} + servicekosten counted "
        f"{_eur_en(sk)}); basishuur from income {_eur_en(bh)} (Wht art. 16-19). Part A {_eur_en(a)} + "
        f"part B {_eur_en(b)} + part C {_eur_en(cc)} = {_eur_en(month)} a month (down to euros)."
    )
    used = (
        r.min_ijkpunt, r.normhuur_min, r.factor_a, r.factor_b, r.basishuur_verlaging, r.kkg, r.aftopping,
        r.share_c, r.max_huurgrens, r.servicekosten_cap,
    )  # fmt: skip
    return nl, en, tuple(x for x in used if x is not None)


def _amount_from_2026(o: ToeslagenOutcome, i: int) -> tuple[str, str, tuple[Rate, ...]]:
    """The kale huur up to the limit, the fixed basishuur, parts A + B + C minus the income correction."""
    h = _parts(o)
    r = h.rates
    assert r is not None
    month, rh = row(h.month, i), row(h.rekenhuur, i)
    a, b, cc, d = (row(x, i) for x in (h.part_a, h.part_b, h.part_c, h.income_correction))
    nl = (
        f"Huurtoeslag: wij rekenen met een huur van {_eur(rh)}"
        + (" (hoger telt niet mee)" if FLAG_HT_RENT_CAPPED in o.flags_of(i) else "")
        + ". Alleen de kale huur telt mee, servicekosten tellen sinds 2026 niet meer mee. "
        + f"Deel A {_eur(a)} + deel B {_eur(b)} + deel C {_eur(cc)} − inkomenscorrectie {_eur(d)} "
        + f"= {_eur(month)} per maand (naar beneden afgerond)."
    )
    en = (
        f"Huurtoeslag: rent counted {_eur_en(rh)} (kale huur; servicekosten do not count from 2026). "
        f"Part A {_eur_en(a)} + part B {_eur_en(b)} + part C {_eur_en(cc)} − income correction "
        f"{_eur_en(d)} = {_eur_en(month)} a month (down to euros)."
    )
    used = (r.basishuur, r.kkg, r.aftopping, r.max_huurgrens, r.ijkpunt, r.afbouw)
    return nl, en, tuple(x for x in used if x is not None)


def _remarks(o: ToeslagenOutcome, i: int) -> tuple[str, str]:
    """Sentences added to the amount: servicekosten capped, the young limit, the € 24 minimum, ages."""
    h = _parts(o)
    r = h.rates
    assert r is not None
    flags = o.flags_of(i)
    nl = en = ""
    if FLAG_HT_SERVICEKOSTEN_CAPPED in flags:
        sk = row(h.servicekosten, i)
        kinds, cap = r.servicekosten_kinds.value, float(r.servicekosten_cap.value)
        nl += (
            f" Van uw servicekosten tellen er hoogstens {_eur(sk)} mee: "
            f"maximaal {_eur(cap)} voor elk van {kinds} soorten kosten."
        )
        en += (
            f" Servicekosten counted up to {_eur_en(sk)} ({kinds} kinds x {_eur_en(cap)}, Wht art. 5 lid 3)."
        )
    if FLAG_HT_YOUNG_CAP in flags and not r.income_dependent:
        nl += (
            f" U bent jonger dan {r.young_age.value} en woont alleen: "
            "de huur telt tot de lage grens, alleen deel A."
        )
        en += f" Under {r.young_age.value} and living alone: rent capped low, part A only."
    if FLAG_HT_BELOW_MINIMUM in flags:
        nl += f" Dat is minder dan {_eur(float(r.minimum.value))} per jaar. Zo weinig wordt niet betaald."
        en += f" That is under {_eur_en(float(r.minimum.value))} a year, which is not paid (Awir art. 14)."
    if FLAG_HT_AGE_ASSUMED in flags:
        nl += f" Wij nemen aan dat iemand in uw huis {r.young_age.value} jaar of ouder is."
        en += f" Assumed someone in the household is {r.young_age.value} or older."
    return nl, en


def _wht_until_2025(day: dt.date) -> tuple[LawSource, ...]:
    """The law as it read in the calculation year (Wht art. 5, 13, 16-21) and Awir art. 14."""
    return (
        LawSource(
            f"Wet op de huurtoeslag, art. 5, 13 en 16-21 (tekst {day.year})",
            f"https://wetten.overheid.nl/BWBR0008659/{day.year}-01-01",
        ),
        BASISHUUR_VERLAGING,
        AWIR_14,
    )
