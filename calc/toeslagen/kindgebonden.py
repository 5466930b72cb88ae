"""Kindgebonden budget (Wet op het kindgebonden budget, WKB) over arrays of situations.

Each rule is a small function named after the rule and citing its article. The yearly amount is
the sum of an amount per child, a supplement per child of 12-15 and of 16-17, and, for a parent
without toeslagpartner, the alleenstaande-ouderkop (WKB art. 2 lid 2-6); that sum is reduced by
the afbouwpercentage of the (joint) toetsingsinkomen above a threshold (art. 2 lid 7 and 8). Above
the vermogensgrens there is nothing (Awir art. 7 lid 3). The Wajonger is the applicant (the parent
who receives the kinderbijslag); the partner's income is inside the toetsingsinkomen passed in.
See docs/kindgebonden.md for the sources, the rounding and the assumptions; the texts that explain
it are in kindgebonden_texts.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns
from calc.explain import LawSource
from calc.money import floor_step, round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]

# Flags (keys of KindgebondenOutcome.flags), one boolean per row. Only set where there are children.
FLAG_ASSETS = "kindgebonden_assets_too_high"  # vermogen above the limit: nothing this year
FLAG_INCOME = "kindgebonden_income_too_high"  # the reduction eats the whole maximum
FLAG_BELOW_MINIMUM = "kindgebonden_below_minimum"  # under € 24 a year: not paid (Awir art. 14 lid 5)
FLAG_AGES_ASSUMED = "kindgebonden_ages_assumed"  # ages as of this month, for the whole year
FLAG_APPLICANT_ASSUMED = "kindgebonden_applicant_assumed"  # the Wajonger gets the kinderbijslag


def wkb(day: dt.date, what: str) -> LawSource:
    """The WKB article as in force in the year of `day` (wetten.overheid.nl keeps each version)."""
    return LawSource(
        f"Wet op het kindgebonden budget, {what}", f"https://wetten.overheid.nl/BWBR0022751/{day.year}-01-01"
    )


@dataclass(frozen=True)
class KindgebondenRates:
    per_child: Rate
    supplement_12_15: Rate
    supplement_16_17: Rate
    alo_kop: Rate
    afbouw: Rate
    drempelinkomen: Rate
    partner_verhoging: Rate
    vermogensgrens: Rate
    minimum: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> KindgebondenRates:
        """The rates in force on `day`, looked up once per book and day."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> KindgebondenRates:
        g = book.get
        return cls(
            per_child=g("kindgebonden_budget.per_child", day),
            supplement_12_15=g("kindgebonden_budget.supplement_12_15", day),
            supplement_16_17=g("kindgebonden_budget.supplement_16_17", day),
            alo_kop=g("kindgebonden_budget.alo_kop", day),
            afbouw=g("kindgebonden_budget.afbouwpercentage", day),
            drempelinkomen=g("kindgebonden_budget.drempelinkomen", day),
            partner_verhoging=g("kindgebonden_budget.partner_drempel_verhoging", day),
            vermogensgrens=g("kindgebonden_budget.vermogensgrens", day),
            minimum=g("toeslagen.minimum_tegemoetkoming", day),
        )


# --- the rules --------------------------------------------------------------------------------


def single_parent(partner: ArrayLike, children: ArrayLike) -> Bools:
    """A parent without (toeslag)partner with at least one child: gets the ALO-kop (WKB art. 2 lid 6)."""
    return ~np.asarray(partner, dtype=bool) & (np.asarray(children) > 0)


def maximum_kindgebonden_budget(
    children: ArrayLike,
    children_12_15: ArrayLike,
    children_16_17: ArrayLike,
    single_parent: ArrayLike,
    book: RateBook,
    day: dt.date,
) -> Array:
    """The yearly amount before the income test (WKB art. 2 lid 2-6).

    Lid 2: an amount per child (the same for every child since 2024); lid 3-5: a supplement per
    child of 12 to 15 and per child of 16 or 17; lid 6: the ALO-kop, once, for a parent without
    partner. Nothing without children.
    """
    r = KindgebondenRates.on(book, day)
    n = np.asarray(children, dtype=float)
    amount = (
        n * r.per_child.value
        + np.asarray(children_12_15, dtype=float) * r.supplement_12_15.value
        + np.asarray(children_16_17, dtype=float) * r.supplement_16_17.value
        + np.where(np.asarray(single_parent, dtype=bool), r.alo_kop.value, 0.0)
    )
    return np.where(n > 0, amount, 0.0)


def income_threshold(partner: ArrayLike, book: RateBook, day: dt.date) -> Array:
    """The income above which the budget is reduced: the drempelinkomen (WKB art. 1 lid 1 onder d,
    art. 2 lid 7), raised by a fixed amount for a parent with partner (art. 2 lid 8)."""
    r = KindgebondenRates.on(book, day)
    raise_ = np.where(np.asarray(partner, dtype=bool), r.partner_verhoging.value, 0.0)
    return float(r.drempelinkomen.value) + raise_


def income_reduction(
    toetsingsinkomen_year: ArrayLike, partner: ArrayLike, book: RateBook, day: dt.date
) -> Array:
    """The reduction per year: afbouwpercentage x the (joint) toetsingsinkomen above the threshold
    (WKB art. 2 lid 7 and 8), to the cent as the Dienst's example shows it (7,6% x 5.859 = 445,28)."""
    r = KindgebondenRates.on(book, day)
    above = np.maximum(
        np.asarray(toetsingsinkomen_year, dtype=float) - income_threshold(partner, book, day), 0.0
    )
    return round_cents(r.afbouw.value * above)


def assets_above_limit(assets: ArrayLike, partner: ArrayLike, book: RateBook, day: dt.date) -> Bools:
    """Vermogen on 1 January above the limit, without / with partner: no budget for the whole year
    (Awir art. 7 lid 3; "meer bedraagt dan", so exactly the limit still counts)."""
    limits = KindgebondenRates.on(book, day).vermogensgrens.value
    limit = np.where(np.asarray(partner, dtype=bool), limits["partner"], limits["single"])
    return np.asarray(assets, dtype=float) > limit


def kindgebonden_budget_month(year_amount: ArrayLike) -> Array:
    """Paid per month: the yearly amount / 12, down to whole euros (Dienst Toeslagen practice in its
    worked example: 4.714,72 / 12 = 392,89 -> € 392; WKB art. 2 lid 11 sets the entitlement per month)."""
    return floor_step(np.asarray(year_amount, dtype=float) / 12, 1.0)


# --- orchestration ----------------------------------------------------------------------------


@dataclass(frozen=True)
class KindgebondenOutcome:
    cols: Columns
    day: dt.date
    rates: KindgebondenRates | None  # None when no row has children (no rate was looked up)
    toetsingsinkomen_year: Array
    single_parent: Bools
    max_year: Array  # before the income test
    threshold_year: Array
    reduction_year: Array
    year: Array  # after income, assets and the € 24 minimum; to the cent
    month: Array  # whole euros
    flags: dict[str, Bools] = field(default_factory=dict)

    def flags_of(self, i: int = 0) -> list[str]:
        return [k for k, v in self.flags.items() if bool(np.asarray(v)[i])]


def compute_kindgebonden_budget(
    cols: Columns, toetsingsinkomen_year: ArrayLike, book: RateBook, day: dt.date
) -> KindgebondenOutcome:
    """Kindgebonden budget of every row for the calculation year of `day`.

    `toetsingsinkomen_year` is the joint yearly toetsingsinkomen of applicant and toeslagpartner
    (the same one zorgtoeslag uses). Ages are those of this month, for the whole year. A NaN income
    gives a NaN amount where there are children.
    """
    ti = np.asarray(toetsingsinkomen_year, dtype=float)
    has_children = cols.children > 0
    zero, no = np.zeros(len(cols)), np.zeros(len(cols), dtype=bool)
    r, threshold, alone, maximum, reduction, year = None, zero, no, zero, zero, zero
    flags = dict.fromkeys(
        (FLAG_ASSETS, FLAG_INCOME, FLAG_BELOW_MINIMUM, FLAG_AGES_ASSUMED, FLAG_APPLICANT_ASSUMED), no
    )
    # Most Wajongers have no children: then every amount and flag stays 0 and no rate is used
    # (so none is listed as provisional either).
    if has_children.any():
        r = KindgebondenRates.on(book, day)
        threshold = income_threshold(cols.partner, book, day)
        alone = single_parent(cols.partner, cols.children)
        maximum = maximum_kindgebonden_budget(
            cols.children, cols.children_12_15, cols.children_16_17, alone, book, day
        )
        reduction = income_reduction(ti, cols.partner, book, day)
        calculated = np.maximum(round_cents(maximum - reduction), 0.0)
        too_rich = assets_above_limit(cols.assets, cols.partner, book, day) & has_children
        below_min = (calculated > 0) & (calculated < r.minimum.value)
        year = np.where(too_rich | below_min | ~has_children, 0.0, calculated)
        year = np.where(np.isnan(ti) & has_children & ~too_rich, np.nan, year)
        flags = {
            FLAG_ASSETS: too_rich,
            FLAG_INCOME: has_children & ~too_rich & (maximum > 0) & (reduction >= maximum),
            FLAG_BELOW_MINIMUM: has_children & ~too_rich & below_min,
            FLAG_AGES_ASSUMED: has_children,
            FLAG_APPLICANT_ASSUMED: has_children,
        }
    return KindgebondenOutcome(
        cols=cols,
        day=day,
        rates=r,
        toetsingsinkomen_year=ti,
        single_parent=alone,
        max_year=maximum,
        threshold_year=np.broadcast_to(threshold, zero.shape).astype(float),
        reduction_year=reduction,
        year=year,
        month=kindgebonden_budget_month(year),
        flags=flags,
    )
