"""All toeslagen for n rows: the toetsingsinkomen they share, each toeslag of the registry, and the
explanation that starts with that income."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
from numpy.typing import ArrayLike

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.explain import Notice, Step, row
from calc.money import eur as _eur
from calc.money import percent
from calc.rates import RateBook
from calc.toeslagen.awir import FLAG_PROJECTED, project_toetsingsinkomen
from calc.toeslagen.base import ToeslagenOutcome
from calc.toeslagen.registry import TOESLAGEN
from calc.toeslagen.sources import AWIR_7


def compute_toeslagen(
    cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date, uwv_extra_year: ArrayLike = 0.0
) -> ToeslagenOutcome:
    """Every toeslag of the registry, tested against the same joint toetsingsinkomen (`uwv_extra_year`: a
    Toeslagenwet toeslag of the year, taxable income like the Wajong)."""
    ti = project_toetsingsinkomen(cols, wajong, book, day, uwv_extra_year)
    out = toeslagen_for_income(cols, ti, book, day)
    return dataclasses.replace(out, holiday_rate=book.get("minimum_wage.vakantiebijslag_percentage", day))


def toeslagen_for_income(cols: Columns, ti: np.ndarray, book: RateBook, day: dt.date) -> ToeslagenOutcome:
    """Every toeslag of the registry for a given toetsingsinkomen per row (the calendar's final
    settlement uses the year's actual income)."""
    parts = {t.key: t.compute(cols, ti, book, day) for t in TOESLAGEN}
    return ToeslagenOutcome(cols, day, ti, parts, {FLAG_PROJECTED: np.isnan(cols.toetsingsinkomen_year)})


def toeslagen_notices(o: ToeslagenOutcome, i: int = 0) -> list[Notice]:
    return [n for t in TOESLAGEN for n in t.notices(o, i)]


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def explain_toeslagen(o: ToeslagenOutcome, i: int = 0) -> list[Step]:
    c, year = o.cols, o.day.year
    ti = row(o.toetsingsinkomen_year, i)
    vb = o.holiday_rate
    vb_nl, vb_en = (percent(vb.value, "nl", 0), percent(vb.value, "en", 0)) if vb else ("", "")
    if bool(o.flags[FLAG_PROJECTED][i]):
        nl_ti = (
            f"Toeslagen kijken naar uw inkomen over heel {year} (toetsingsinkomen), samen met uw "
            f"toeslagpartner. U gaf dat niet op. Wij rekenen alsof deze maand het hele jaar {year} "
            f"zo blijft: loon, Wajong en ander inkomen keer 12, plus {vb_nl} vakantiegeld, plus het "
            f"inkomen van uw partner. Dat is {_eur(ti)} per jaar. Verandert uw inkomen dit jaar? "
            "Geef dan het verwachte jaarinkomen door aan Dienst Toeslagen."
        )
        en_ti = (
            f"Toeslagen test the income of the whole year {year} (toetsingsinkomen), with the "
            f"toeslagpartner. Not given, so projected as if this month lasts all of {year}: wage, "
            f"Wajong and other income x 12, plus {vb_en} holiday pay, plus the partner's income: "
            f"{_eur_en(ti)} per year."
        )
    else:
        nl_ti = f"Toetsingsinkomen {year} zoals u het opgaf: {_eur(ti)} per jaar (u en uw partner samen)."
        en_ti = f"Toetsingsinkomen {year} as given: {_eur_en(ti)} per year (applicant and partner)."
    steps = [
        Step(
            rule="toetsingsinkomen",
            text_nl=nl_ti,
            text_en=en_ti,
            amount=ti,
            unit="EUR/year",
            inputs={
                "year": year,
                "wage": row(c.wage, i),
                "other_income": row(c.other_income, i),
                "partner": bool(row(c.partner, i)),
                "partner_income_year": row(c.partner_income_year, i),
                "given": not bool(o.flags[FLAG_PROJECTED][i]),
            },
            rates=(vb,) if vb else (),
            law=(AWIR_7,),
        )
    ]
    for t in TOESLAGEN:
        steps += t.explain(o, i)
    return steps
