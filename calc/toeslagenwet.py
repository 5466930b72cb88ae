"""The Toeslagenwet (TW): UWV's top-up of the Wajong to the social minimum (issue 16).

Law: Toeslagenwet (BWBR0004043), dated texts of 1 January 2024 to 1 July 2026; the income that counts
is defined in the Algemeen Inkomensbesluit socialezekerheidswetten (AIB) chapter 2 (art. 2:2 inkomen uit
arbeid, 2:4 overig inkomen: the Wajong itself, WW, ZW, ...; 2:5 vakantiebijslag does not count).

The law works per day: toeslag = norm - income per day (art. 8), income per day = month / 21,75 (AIB
art. 4:1 lid 2). Every step is linear, so per month it is exactly 21,75 x the day amounts (as for the
Wajong, docs/rules.md): norm per month = 21,75 x the day norm, minus the income per month.

Inside the TW range every extra euro of wage lowers the Wajong by 70 cent and the toeslag by 30 cent:
wage + Wajong + toeslag = norm + vrijlating - partner's income. More work does not raise the gross
income there, except by the vrijlating of art. 7 (at most two years, at most 15% of the minimumloon).
docs/rules.md and docs/assumptions.md say what is modelled and what is assumed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.explain import LawSource
from calc.minimum_wage import ADULT_AGE
from calc.money import round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]

TW_LAW = "https://wetten.overheid.nl/BWBR0004043/2026-07-01"
TW_2 = LawSource("Toeslagenwet art. 2 en 8 (wie recht heeft, de norm per dag)", f"{TW_LAW}#Artikel2")
TW_3 = LawSource("Toeslagenwet art. 3 (partner geboren na 1971, kind jonger dan 12)", f"{TW_LAW}#Artikel3")
TW_6 = LawSource("Toeslagenwet art. 6 (inkomen van u en uw partner)", f"{TW_LAW}#Artikel6")
TW_7 = LawSource(
    "Toeslagenwet art. 7 (vrijlating van inkomen uit arbeid, ten hoogste twee jaar)", f"{TW_LAW}#Artikel7"
)
TW_8A = LawSource("Toeslagenwet art. 8a (ten hoogste grondslag min uitkering)", f"{TW_LAW}#Artikel8a")
TW_10 = LawSource("Toeslagenwet art. 10 (vakantie-uitkering)", f"{TW_LAW}#Artikel10")
AIB_2_4 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 2:2, 2:4 en 2:5 (inkomen voor de Toeslagenwet)",
    "https://wetten.overheid.nl/BWBR0029368/2026-07-01#Hoofdstuk2",
)
UWV_TW = LawSource(
    "UWV, Toeslag van UWV aanvragen (de toeslag komt niet vanzelf)",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/toeslag-van-uwv",
)

# The household of TW art. 2, per row.
GEHUWD, ONGEHUWD, KOSTENDELER = 0, 1, 2
KIND_NAMES = ("gehuwd", "ongehuwd", "kostendeler")
FLAG_PARENTS = "toeslagenwet_under_21_with_parents"  # art. 2 lid 3: no toeslag
FLAG_PARTNER = "toeslagenwet_partner_born_after_1971"  # art. 3: no toeslag (no child under 12)
FLAG_PARTNER_ASSUMED = "toeslagenwet_partner_birth_year_assumed"  # not given: assumed after 1971


@dataclass(frozen=True)
class ToeslagenwetRates:
    days: Rate
    gehuwd: Rate
    ongehuwd: Rate
    kostendeler: Rate
    base: Rate
    rate: Rate
    maximum: Rate
    months: Rate
    holiday: Rate
    born_after: Rate
    child_age: Rate
    cap_share: Rate
    housemate_age: Rate
    referentiemaandloon: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> ToeslagenwetRates:
        """The Toeslagenwet rates in force on `day` (looked up once per book and day)."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> ToeslagenwetRates:
        g = lambda k: book.get(f"toeslagenwet.{k}", day)  # noqa: E731
        return cls(
            days=book.get("wajong.days_per_month", day),
            gehuwd=g("norm_gehuwd"), ongehuwd=g("norm_ongehuwd"), kostendeler=g("norm_kostendeler"),
            base=g("vrijlating_base"), rate=g("vrijlating_rate"), maximum=g("vrijlating_max"),
            months=g("vrijlating_months"), holiday=g("vakantie_uitkering_percentage"),
            born_after=g("partner_born_after"), child_age=g("child_age_limit"),
            cap_share=g("cap_grondslag_share"), housemate_age=g("kostendeler_min_age"),
            referentiemaandloon=book.get("minimum_wage.referentiemaandloon", day),
        )  # fmt: skip


def household_kind(partner: ArrayLike, age: ArrayLike, kostendelers: ArrayLike) -> NDArray[np.int64]:
    """Which norm of art. 2 applies: a gehuwde or samenwonende (lid 1, art. 1 lid 3 a), an ongehuwde of 21
    or older who shares the home with an adult who counts (lid 7, not under 21: lid 8), else an ongehuwde
    (lid 2: alone, only with persons of lid 9, or under 21)."""
    p, a, k = np.asarray(partner, dtype=bool), np.asarray(age), np.asarray(kostendelers)
    shares = (k > 0) & (a >= ADULT_AGE)
    return np.where(p, GEHUWD, np.where(shares, KOSTENDELER, ONGEHUWD))


def norm_per_day(
    kind: ArrayLike, age: ArrayLike, gehuwd: float, ongehuwd: dict[str, float | None], kostendeler: float
) -> Array:
    """The day amount the toeslag tops up to (art. 2 lid 1 b, lid 2 b 1-4, lid 7 b; art. 8 lid 1-3); the
    ongehuwde's by age: 21 or older, 20, 19, 18 (the key "21" means 21 or older)."""
    k, a = np.asarray(kind), np.asarray(age)
    single = np.full(a.shape, float(ongehuwd["21"] or 0.0))
    for label, amount in ongehuwd.items():
        if int(label) < ADULT_AGE:
            single = np.where(a == int(label), float(amount or 0.0), single)
    return np.where(k == GEHUWD, gehuwd, np.where(k == KOSTENDELER, kostendeler, single))


def under_21_with_parents(partner: ArrayLike, age: ArrayLike, lives_with_parents: ArrayLike) -> Bools:
    """No toeslag for an ongehuwde under 21 who belongs to the household of his parents or foster parents
    (art. 2 lid 3)."""
    return ~np.asarray(partner, dtype=bool) & (np.asarray(age) < ADULT_AGE) & np.asarray(lives_with_parents)


def partner_born_after_1971(
    partner: ArrayLike, birth_year: ArrayLike, children_under_12: ArrayLike, born_after: int
) -> Bools:
    """No toeslag for a gehuwde whose partner is born after 31 December 1971, unless an own, step or foster
    child younger than 12 belongs to the household (art. 3). An unknown year of birth (NaN) counts as after
    1971: the tool does not promise a toeslag it cannot check (docs/assumptions.md)."""
    year = np.asarray(birth_year, dtype=float)
    after = np.isnan(year) | (year > born_after)
    return np.asarray(partner, dtype=bool) & after & (np.asarray(children_under_12) == 0)


def work_income_disregard(
    work_income: ArrayLike, minimumloon: ArrayLike, base: float, rate: float, maximum: float
) -> Array:
    """The part of income from work the toeslag does not count, for at most two years (art. 7): 5% of the
    minimumloon (never more than the income itself), plus 30% of the income above it (lid 1), at most 15% of
    the minimumloon (lid 2). Per month: the same shares of the minimumloon per month."""
    w, m = np.asarray(work_income, dtype=float), np.asarray(minimumloon, dtype=float)
    first = np.minimum(w, base * m)
    return np.minimum(first + rate * np.maximum(w - base * m, 0.0), maximum * m)


def toeslag(norm_month: ArrayLike, income_month: ArrayLike) -> Array:
    """The toeslag is the difference between the norm and the income (art. 8), never below 0 (art. 2: a
    right only while the income is lower than the norm)."""
    return np.maximum(np.asarray(norm_month, dtype=float) - np.asarray(income_month, dtype=float), 0.0)


def cap_grondslag_minus_benefit(
    amount: ArrayLike, grondslag: ArrayLike, benefit: ArrayLike, minimumloon: ArrayLike, share: ArrayLike
) -> Array:
    """Art. 8a lid 1: where the grondslag of the benefit is lower than `share` of the person's minimumloon
    (a gehuwde 100%, an ongehuwde 70%, a woningdeler 50%), the toeslag is at most grondslag - benefit. For
    the Wajong it binds for a gehuwde under 21: his grondslag is the youth minimum wage."""
    t, g, b = (
        np.asarray(amount, dtype=float),
        np.asarray(grondslag, dtype=float),
        np.asarray(benefit, dtype=float),
    )
    applies = g < np.asarray(share, dtype=float) * np.asarray(minimumloon, dtype=float)
    return np.where(applies, np.minimum(t, np.maximum(g - b, 0.0)), t)


def vakantie_uitkering(amount: ArrayLike, percentage: float) -> Array:
    """8% of the toeslag (art. 10 lid 1), accrued per month and paid with the Wajong's in May."""
    return np.asarray(amount, dtype=float) * percentage


@dataclass(frozen=True)
class ToeslagenwetOutcome:
    """The toeslag per row: the household and its norm, the income that counts, the vrijlating, and why there
    is none. Amounts per month; `toeslag` and `holiday_accrual` rounded to the cent."""

    rates: ToeslagenwetRates
    cols: Columns
    kind: NDArray[np.int64]
    norm_month: Array
    minimumloon: Array  # art. 1 f: adult for a gehuwde, for his age otherwise (per month)
    disregard_applies: Bools
    disregard: Array
    partner_month: Array
    income: Array  # what counts: Wajong + other income + wage - vrijlating + partner's income
    before_cap: Array
    entitlement: Array  # what the law gives, to the cent
    toeslag: Array  # what is paid in the month: the entitlement, or 0 when the client says he gets none
    holiday_accrual: Array  # 8% of what is paid
    flags: dict[str, Bools]

    @property
    def year(self) -> Array:
        """Twelve months with the vakantie-uitkering (art. 10), gross."""
        return round_cents(12 * self.toeslag + 12 * self.holiday_accrual)

    def flags_of(self, i: int = 0) -> list[str]:
        return [k for k, v in self.flags.items() if bool(np.asarray(v)[i])]


def compute_toeslagenwet(
    cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date
) -> ToeslagenwetOutcome:
    """The Toeslagenwet top-up of each row, on top of its Wajong (paid, after the garantiebedrag)."""
    r = ToeslagenwetRates.on(book, day)
    days = r.days.value
    kind = household_kind(cols.partner, cols.age, cols.kostendelers)
    norm = days * norm_per_day(kind, cols.age, r.gehuwd.value, r.ongehuwd.value, r.kostendeler.value)
    minimumloon = np.where(kind == GEHUWD, r.referentiemaandloon.value, wajong.grondslag)
    applies = cols.tw_disregard_months_used < r.months.value
    # Income from work: the wage and a business's profit as the AIB counts it (art. 3:2, the same
    # Inkomensbesluit as for the Wajong; issue 17), both under the vrijlating of art. 7.
    work = cols.wage + wajong.business_income
    free = work_income_disregard(work, minimumloon, r.base.value, r.rate.value, r.maximum.value)
    disregard = np.where(applies, free, 0.0)
    partner = np.where(cols.partner, cols.partner_income_year / 12, 0.0)
    income = wajong.wajong + cols.other_income + work - disregard + partner
    young = cols.children - cols.children_12_15 - cols.children_16_17  # the ages 0-11
    flags = {
        FLAG_PARENTS: under_21_with_parents(cols.partner, cols.age, cols.lives_with_parents),
        FLAG_PARTNER: partner_born_after_1971(
            cols.partner, cols.partner_birth_year, young, r.born_after.value
        ),
        FLAG_PARTNER_ASSUMED: np.asarray(cols.partner, dtype=bool) & np.isnan(cols.partner_birth_year),
    }
    shares = r.cap_share.value
    share = np.choose(kind, [shares[k] for k in KIND_NAMES])
    before = toeslag(norm, income)
    capped = cap_grondslag_minus_benefit(before, wajong.grondslag, wajong.wajong, minimumloon, share)
    entitled = round_cents(np.where(flags[FLAG_PARENTS] | flags[FLAG_PARTNER], 0.0, capped))
    paid = np.where(cols.tw_receives == 0, 0.0, entitled)  # "I get none": not in the money of the month
    return ToeslagenwetOutcome(
        rates=r, cols=cols, kind=kind, norm_month=norm, minimumloon=minimumloon, disregard_applies=applies,
        disregard=round_cents(disregard), partner_month=partner, income=income, before_cap=before,
        entitlement=entitled, toeslag=paid, flags=flags,
        holiday_accrual=round_cents(vakantie_uitkering(paid, r.holiday.value)),
    )  # fmt: skip


def in_flat_zone(o: ToeslagenwetOutcome) -> Bools:
    """Rows where one more euro of wage raises the gross income (wage + Wajong + toeslag) by nothing: a
    toeslag is paid, there is wage, and the vrijlating is used up (at its maximum or after two years)."""
    at_max = o.disregard >= np.round(o.rates.maximum.value * o.minimumloon, 2) - 0.005
    return (o.entitlement > 0) & (o.cols.wage > 0) & (~o.disregard_applies | at_max)
