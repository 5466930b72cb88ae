"""Zorgtoeslag explained for one row, in Dutch (B1) and English, with its sources
(calc/toeslagen/zorgtoeslag.py computes it)."""

from __future__ import annotations

from calc.explain import Notice, Step, row
from calc.money import eur as _eur
from calc.toeslagen.base import ToeslagenOutcome
from calc.toeslagen.sources import AWIR_14, WZT_2, ZT_LEAFLET
from calc.toeslagen.zorgtoeslag import (
    FLAG_ZT_ASSETS,
    FLAG_ZT_BELOW_MINIMUM,
    FLAG_ZT_UNDER_AGE,
    ZorgtoeslagParts,
)

KEY = "zorgtoeslag"
LABEL_NL, LABEL_EN = "zorgtoeslag", "zorgtoeslag"
RULES = ("toetsingsinkomen", "zorgtoeslag")  # the explanation steps behind its amount


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def explain_zorgtoeslag(o: ToeslagenOutcome, i: int) -> list[Step]:
    return [_explain_zorg(o, i)]


def zorgtoeslag_notices(o: ToeslagenOutcome, i: int) -> list[Notice]:
    """Nothing to tell beyond the explanation: the flags are in it."""
    return []


def _explain_zorg(o: ToeslagenOutcome, i: int) -> Step:
    z = o.parts[KEY]
    assert isinstance(z, ZorgtoeslagParts)
    r = z.rates
    flags = o.flags_of(i)
    month = row(z.month, i)
    rates = (r.standaardpremie, r.drempelinkomen, r.pct_single, r.pct_partner, r.pct_above)
    if FLAG_ZT_UNDER_AGE in flags:
        age = r.minimum_age.value
        nl = f"Zorgtoeslag: u bent jonger dan {age}, dus geen zorgtoeslag."
        en = f"Under {age}: no zorgtoeslag."
        rates = (r.minimum_age,)
    elif FLAG_ZT_ASSETS in flags:
        nl = "Zorgtoeslag: uw vermogen is hoger dan de grens, dus geen zorgtoeslag."
        en = "Assets above the limit: no zorgtoeslag."
        rates = (r.vermogensgrens,)
    else:
        sp, npr, calc = row(z.standaardpremie, i), row(z.normpremie, i), row(z.calculated_year, i)
        yr = row(z.year, i)
        nl = (
            f"Zorgtoeslag: standaardpremie {_eur(sp)} min normpremie {_eur(npr)} = {_eur(calc)} per "
            f"jaar, afgerond {_eur(yr)}. Per maand: {_eur(yr)} / 12, naar beneden afgerond = {_eur(month)}."
        )
        en = (
            f"Zorgtoeslag: standaardpremie {_eur_en(sp)} minus normpremie {_eur_en(npr)} = "
            f"{_eur_en(calc)} a year, rounded {_eur_en(yr)}; per month {_eur_en(month)} (down to euros)."
        )
        if FLAG_ZT_BELOW_MINIMUM in flags:
            nl += f" Minder dan {_eur(float(r.minimum.value))} per jaar wordt niet betaald."
            en += f" Less than {_eur_en(float(r.minimum.value))} a year is not paid."
            rates = (*rates, r.minimum)
    return Step(
        rule="zorgtoeslag",
        text_nl=nl,
        text_en=en,
        amount=month,
        inputs={
            "toetsingsinkomen_year": row(o.toetsingsinkomen_year, i),
            "partner": bool(row(o.cols.partner, i)),
            "assets": row(o.cols.assets, i),
            "year_amount": row(z.year, i),
        },
        rates=rates,
        law=(WZT_2, AWIR_14, ZT_LEAFLET),
    )
