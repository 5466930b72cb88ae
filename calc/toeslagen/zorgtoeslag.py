"""Zorgtoeslag (Wet op de zorgtoeslag, Wzt) over arrays of situations: the standaardpremie minus the
normpremie, nothing above the vermogensgrens or under 18, rounded as the Awir prescribes. The texts
that explain it are in zorgtoeslag_texts.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns
from calc.money import round_cents
from calc.rates import Rate, RateBook
from calc.toeslagen.awir import month_from_year, round_tegemoetkoming

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]

FLAG_ZT_UNDER_AGE = "zorgtoeslag_under_18"
FLAG_ZT_ASSETS = "zorgtoeslag_assets_too_high"
FLAG_ZT_BELOW_MINIMUM = "zorgtoeslag_below_minimum"  # under € 24 a year: not paid


@dataclass(frozen=True)
class ZorgtoeslagRates:
    minimum_age: Rate
    standaardpremie: Rate
    drempelinkomen: Rate
    pct_single: Rate
    pct_partner: Rate
    pct_above: Rate
    vermogensgrens: Rate
    rounding: Rate
    minimum: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> ZorgtoeslagRates:
        """The rates in force on `day`, looked up once per book and day."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> ZorgtoeslagRates:
        return cls(
            minimum_age=book.get("zorgtoeslag.minimum_age", day),
            standaardpremie=book.get("zorgtoeslag.standaardpremie", day),
            drempelinkomen=book.get("zorgtoeslag.drempelinkomen", day),
            pct_single=book.get("zorgtoeslag.normpercentage_single", day),
            pct_partner=book.get("zorgtoeslag.normpercentage_partner", day),
            pct_above=book.get("zorgtoeslag.normpercentage_above_drempel", day),
            vermogensgrens=book.get("zorgtoeslag.vermogensgrens", day),
            rounding=book.get("toeslagen.annual_rounding_step", day),
            minimum=book.get("toeslagen.minimum_tegemoetkoming", day),
        )


def normpremie(toetsingsinkomen_year: ArrayLike, partner: ArrayLike, r: ZorgtoeslagRates) -> Array:
    """Normpremie (Wzt art. 2 lid 3): a share of the drempelinkomen (single or with partner),
    plus a share of the joint toetsingsinkomen above the drempelinkomen."""
    drempel = float(r.drempelinkomen.value)
    base = np.where(np.asarray(partner, dtype=bool), r.pct_partner.value, r.pct_single.value)
    above = np.maximum(np.asarray(toetsingsinkomen_year, dtype=float) - drempel, 0.0)
    return base * drempel + r.pct_above.value * above


@dataclass(frozen=True)
class ZorgtoeslagParts:
    rates: ZorgtoeslagRates
    normpremie: Array
    standaardpremie: Array  # 1x or 2x
    calculated_year: Array  # standaardpremie - normpremie, not below 0, not rounded
    year: Array  # after age, assets, Awir rounding and minimum
    month: Array
    under_age: Bools
    assets_too_high: Bools
    below_minimum: Bools

    @property
    def flags(self) -> dict[str, Bools]:
        """Why there is no (or less) zorgtoeslag, one reason per row."""
        return {
            FLAG_ZT_UNDER_AGE: self.under_age,
            FLAG_ZT_ASSETS: self.assets_too_high & ~self.under_age,
            FLAG_ZT_BELOW_MINIMUM: self.below_minimum & ~self.assets_too_high & ~self.under_age,
        }


def zorgtoeslag_parts(
    toetsingsinkomen_year: ArrayLike,
    partner: ArrayLike,
    assets: ArrayLike,
    age: ArrayLike,
    book: RateBook,
    day: dt.date,
) -> ZorgtoeslagParts:
    """Zorgtoeslag of the calculation year of `day`, step by step.

    Wzt art. 2 lid 1: standaardpremie (twice with a partner) minus normpremie; art. 3 lid 1:
    nothing if the vermogen on 1 January is above the limit; Awir art. 14 lid 4-5: rounded to
    whole euros, nothing under € 24; month: Dienst Toeslagen practice (`month_from_year`).
    The partner is assumed to be a verzekerde too (art. 2 lid 4 not modelled).
    """
    r = ZorgtoeslagRates.on(book, day)
    ti = np.asarray(toetsingsinkomen_year, dtype=float)
    has_partner = np.asarray(partner, dtype=bool)
    sp = np.where(has_partner, 2.0, 1.0) * r.standaardpremie.value
    npremie = normpremie(ti, has_partner, r)
    calculated = np.maximum(sp - npremie, 0.0)
    limits = r.vermogensgrens.value
    limit = np.where(has_partner, limits["partner"], limits["single"])
    too_rich = np.asarray(assets, dtype=float) > limit
    under_age = np.asarray(age) < r.minimum_age.value
    rounded = round_tegemoetkoming(calculated, r.rounding.value, r.minimum.value)
    below_min = (calculated > 0) & (rounded == 0)
    year = np.where(too_rich | under_age, 0.0, rounded)
    return ZorgtoeslagParts(
        rates=r,
        normpremie=round_cents(npremie),
        standaardpremie=sp,
        calculated_year=round_cents(calculated),
        year=year,
        month=month_from_year(year),
        under_age=under_age,
        assets_too_high=too_rich,
        below_minimum=below_min,
    )


def zorgtoeslag_month(
    toetsingsinkomen_year: ArrayLike,
    partner: ArrayLike,
    assets: ArrayLike,
    age: ArrayLike,
    book: RateBook,
    day: dt.date,
) -> Array:
    """Zorgtoeslag paid per month, whole euros (see `zorgtoeslag_parts`)."""
    return zorgtoeslag_parts(toetsingsinkomen_year, partner, assets, age, book, day).month


def compute_zorgtoeslag(
    cols: Columns, toetsingsinkomen_year: ArrayLike, book: RateBook, day: dt.date
) -> ZorgtoeslagParts:
    """Zorgtoeslag of every row (the registry's entry point, calc.toeslagen.registry)."""
    return zorgtoeslag_parts(toetsingsinkomen_year, cols.partner, cols.assets, cols.age, book, day)
