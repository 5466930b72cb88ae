"""The tax of a Wajonger with an own business (issue 17): the ondernemersaftrek (zelfstandigenaftrek with
the startersaftrek, or the startersaftrek bij arbeidsongeschiktheid), the MKB-winstvrijstelling, the
belastbare winst, and the inkomensafhankelijke bijdrage Zvw the ondernemer pays himself. Every amount is
in rates/business.yaml. These deductions lower the tax and the toetsingsinkomen, never the Wajong's
income (AIB art. 3:2 lid 1 d adds them back: calc.wajong.income_from_business).

The law counts in calendar years; the business's year (1 = the year it started) stands for how often a
deduction was applied before (docs/assumptions.md 18).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns
from calc.explain import LawSource
from calc.money import round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]

IB = "https://wetten.overheid.nl/BWBR0011353/2026-01-01"
WET_IB_3_6 = LawSource("Wet IB 2001 art. 3.6 (urencriterium, uren in de onderneming)", f"{IB}#Artikel3.6")
WET_IB_3_74 = LawSource("Wet IB 2001 art. 3.74 (ondernemersaftrek)", f"{IB}#Artikel3.74")
WET_IB_3_76 = LawSource("Wet IB 2001 art. 3.76 (zelfstandigenaftrek en startersaftrek)", f"{IB}#Artikel3.76")
WET_IB_3_78A = LawSource(
    "Wet IB 2001 art. 3.78a (startersaftrek bij arbeidsongeschiktheid, verlaagd urencriterium van 800 uur)",
    f"{IB}#Artikel3.78a",
)
WET_IB_3_79A = LawSource("Wet IB 2001 art. 3.79a (MKB-winstvrijstelling)", f"{IB}#Artikel3.79a")
WET_IB_3_2_1 = LawSource(
    "Wet IB 2001 paragraaf 3.2.1 (belastbare winst: winst min ondernemersaftrek en MKB-winstvrijstelling)",
    f"{IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1",
)
WET_IB_8_1 = LawSource(
    "Wet IB 2001 art. 8.1 lid 1 e (arbeidsinkomen: winst, loon en resultaat uit werkzaamheden)",
    f"{IB}#Artikel8.1",
)
ZVW_43 = LawSource(
    "Zorgverzekeringswet art. 43 en 45 (inkomensafhankelijke bijdrage over de belastbare winst, tot een "
    "maximum)",
    "https://wetten.overheid.nl/BWBR0018450/2026-01-01#Artikel43",
)
WET_IB_9_5 = LawSource("Wet IB 2001 art. 9.5 (voorlopige aanslag, herzien op verzoek)", f"{IB}#Artikel9.5")


@dataclass(frozen=True)
class BusinessRates:
    """The amounts of the ondernemersaftrek, the MKB-winstvrijstelling and the Zvw bijdrage on a day.
    Looked up only for rows with a business, so a result without one lists none of them."""

    urencriterium: Rate
    verlaagd_urencriterium: Rate
    zelfstandigenaftrek: Rate
    startersaftrek: Rate
    startersaftrek_ao: Rate
    mkb: Rate
    zvw_rate: Rate
    zvw_max: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> BusinessRates:
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> BusinessRates:
        def get(key: str) -> Rate:
            return book.get(f"business.{key}", day)

        return cls(
            urencriterium=get("urencriterium_hours"),
            verlaagd_urencriterium=get("verlaagd_urencriterium_hours"),
            zelfstandigenaftrek=get("zelfstandigenaftrek"),
            startersaftrek=get("startersaftrek"),
            startersaftrek_ao=get("startersaftrek_bij_arbeidsongeschiktheid"),
            mkb=get("mkb_winstvrijstelling"),
            zvw_rate=get("zvw_bijdrage_rate"),
            zvw_max=get("zvw_max_bijdrage_inkomen"),
        )


def meets_urencriterium(hours_year: ArrayLike, hours: float) -> Bools:
    """The urencriterium (Wet IB 2001 art. 3.6 lid 1): at least `hours` hours in the business in the
    year (1.225; the verlaagd urencriterium of art. 3.78a lid 3: 800)."""
    return np.asarray(hours_year, dtype=float) >= hours


def zelfstandigenaftrek(profit_year: ArrayLike, meets_criterion: ArrayLike, amount: float) -> Array:
    """Zelfstandigenaftrek (Wet IB 2001 art. 3.76 lid 1, 2, 5): `amount` for the ondernemer who meets the
    urencriterium, "niet meer dan het bedrag van de winst" (lid 5; the cap does not apply to a starter,
    see `startersaftrek`). The part lost to the cap (niet gerealiseerde zelfstandigenaftrek, lid 5-7, used in
    later years) is not modelled."""
    profit = np.maximum(np.asarray(profit_year, dtype=float), 0.0)
    return np.where(np.asarray(meets_criterion, dtype=bool), np.minimum(amount, profit), 0.0)


def startersaftrek(
    meets_criterion: ArrayLike, starter: ArrayLike, business_year: ArrayLike, zelfstandig: float, extra: float
) -> tuple[Array, Array]:
    """The zelfstandigenaftrek of a starter (Wet IB 2001 art. 3.76 lid 3 and 5): raised by `extra` when the
    ondernemer "in een of meer van de vijf voorafgaande kalenderjaren geen ondernemer was en bij hem in die
    periode niet meer dan tweemaal zelfstandigenaftrek is toegepast" (the business's first three years:
    docs/assumptions.md 18), and then not capped at the profit (lid 5, second sentence). Returns the
    uncapped zelfstandigenaftrek and the raise, each nil where it does not apply."""
    applies = (
        np.asarray(meets_criterion, dtype=bool)
        & np.asarray(starter, dtype=bool)
        & (np.asarray(business_year) <= 3)
    )
    return np.where(applies, zelfstandig, 0.0), np.where(applies, extra, 0.0)


def startersaftrek_bij_arbeidsongeschiktheid(
    profit_year: ArrayLike,
    meets_criterion: ArrayLike,
    meets_reduced: ArrayLike,
    starter: ArrayLike,
    business_year: ArrayLike,
    amounts: dict[str, float],
) -> Array:
    """Startersaftrek bij arbeidsongeschiktheid (Wet IB 2001 art. 3.78a): for the ondernemer with a right to
    Wajong (every client here) who "niet voldoet aan het urencriterium maar wel aan het verlaagde-
    urencriterium" (800 hours, lid 3) and was not an ondernemer in one or more of the five previous years
    (lid 1). Lid 4: € 12.000, € 8.000 or € 4.000 when it was applied in none, one or two of the five previous
    years (the business's year 1, 2, 3), "maar niet meer dan hetgeen aan winst is genoten"."""
    before = np.asarray(business_year, dtype=np.int64) - 1
    table = np.array([amounts.get(str(k), 0.0) for k in range(3)], dtype=float)
    amount = np.where((before >= 0) & (before < 3), table[np.clip(before, 0, 2)], 0.0)
    applies = (
        ~np.asarray(meets_criterion, dtype=bool)
        & np.asarray(meets_reduced, dtype=bool)
        & np.asarray(starter, dtype=bool)
    )
    profit = np.maximum(np.asarray(profit_year, dtype=float), 0.0)
    return np.where(applies, np.minimum(amount, profit), 0.0)


def mkb_winstvrijstelling(profit_after_aftrek: ArrayLike, rate: float) -> Array:
    """MKB-winstvrijstelling (Wet IB 2001 art. 3.79a): `rate` of the profit "nadat dit bedrag is verminderd
    met de ondernemersaftrek"; no urencriterium. On a loss it makes the loss smaller (the same formula)."""
    return rate * np.asarray(profit_after_aftrek, dtype=float)


def zvw_bijdrage(belastbare_winst: ArrayLike, loon_year: ArrayLike, rate: float, maximum: float) -> Array:
    """Inkomensafhankelijke bijdrage Zvw the ondernemer pays himself (Zvw art. 43 lid 2 b, 3, 5 and 45 lid
    2): `rate` of the belastbare winst, at least nil, and over at most the maximum bijdrage-inkomen less the
    wage and benefits on which the werkgeversheffing was paid (lid 5: the wage, the Wajong, other income)."""
    base = np.maximum(np.asarray(belastbare_winst, dtype=float), 0.0)
    room = np.maximum(maximum - np.asarray(loon_year, dtype=float), 0.0)
    return rate * np.minimum(base, room)


@dataclass(frozen=True)
class BusinessProfit:
    """Per row: the profit and its deductions for the year, to the cent (zeros without a business)."""

    rates: BusinessRates | None  # None: no row has a business (nothing looked up)
    has_business: Bools
    profit: Array  # winst before the ondernemersaftrek (arbeidsinkomen, Wet IB art. 8.1 lid 1 e)
    meets_urencriterium: Bools
    meets_reduced: Bools
    zelfstandigenaftrek: Array
    startersaftrek: Array
    startersaftrek_ao: Array
    ondernemersaftrek: Array
    mkb: Array
    belastbare_winst: Array


def business_profit(cols: Columns, book: RateBook, day: dt.date) -> BusinessProfit:
    """The belastbare winst of each row's business in the year of `day` (paragraph 3.2.1 Wet IB 2001):
    the profit, less the ondernemersaftrek (art. 3.74: zelfstandigenaftrek with the startersaftrek, art.
    3.76, or the startersaftrek bij arbeidsongeschiktheid, art. 3.78a), less the MKB-winstvrijstelling."""
    has = cols.has_business
    n = len(cols)
    if not has.any():
        zero, no = np.zeros(n), np.zeros(n, dtype=bool)
        return BusinessProfit(None, has, zero, no, no, zero, zero, zero, zero, zero, zero)
    r = BusinessRates.on(book, day)
    profit = np.where(has, cols.business_profit_year, 0.0)
    meets = has & meets_urencriterium(cols.business_hours_year, r.urencriterium.value)
    reduced = has & meets_urencriterium(cols.business_hours_year, r.verlaagd_urencriterium.value)
    za_starter, extra = startersaftrek(
        meets, cols.business_starter, cols.business_year, r.zelfstandigenaftrek.value, r.startersaftrek.value
    )
    za = np.where(extra > 0, za_starter, zelfstandigenaftrek(profit, meets, r.zelfstandigenaftrek.value))
    ao = startersaftrek_bij_arbeidsongeschiktheid(
        profit, meets, reduced, cols.business_starter, cols.business_year, r.startersaftrek_ao.value
    )
    aftrek = za + extra + ao
    mkb = np.where(has, mkb_winstvrijstelling(profit - aftrek, r.mkb.value), 0.0)
    za, extra, ao, aftrek, mkb = round_cents(np.array([za, extra, ao, aftrek, mkb], dtype=float))
    return BusinessProfit(
        r, has, profit, meets, reduced, za, extra, ao, aftrek, mkb, round_cents(profit - aftrek - mkb)
    )


def taxable_business_profit(cols: Columns, book: RateBook, day: dt.date) -> Array:
    """The belastbare winst alone (what the toetsingsinkomen adds: Awir art. 8, the verzamelinkomen)."""
    return business_profit(cols, book, day).belastbare_winst
