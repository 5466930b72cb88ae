"""Huurtoeslag (Wet op de huurtoeslag, Wht) over arrays of situations, in the law's two dated regimes:

* until 2025 (Wht art. 13, 16-21): the basishuur follows the income (the normhuur formula), and a
  rekenhuur above the rent limit gives nothing;
* from 2026 (Dienst Toeslagen, Berekening huurtoeslag 2026): a fixed basishuur, the rent counted up
  to the limit, and a linear afbouw with the income.

`huurtoeslag_parts` prepares what both need, picks the regime by the date its rates start
(`regime_on`) and applies the Awir rounding, the vermogensgrens and the age limit. The texts that
explain it are in huurtoeslag_texts.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns
from calc.money import round_cents
from calc.rates import Rate, RateBook, RatesError
from calc.toeslagen.awir import month_from_year, round_tegemoetkoming

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]

FLAG_HT_NOT_AVAILABLE = "huurtoeslag_not_available"  # rules for this year not in rates/
FLAG_HT_UNDER_AGE = "huurtoeslag_under_18"
FLAG_HT_ASSETS = "huurtoeslag_assets_too_high"
FLAG_HT_YOUNG_CAP = "huurtoeslag_young_rent_cap"
FLAG_HT_RENT_CAPPED = "huurtoeslag_rent_above_cap"
FLAG_HT_AGE_ASSUMED = "huurtoeslag_household_ages_assumed"
FLAG_HT_BELOW_MINIMUM = "huurtoeslag_below_minimum"  # under € 24 a year: not paid (Awir art. 14 lid 5)
FLAG_HT_RENT_TOO_HIGH = "huurtoeslag_rent_above_limit"  # until 2025: rekenhuur above the limit, nothing
FLAG_HT_SERVICEKOSTEN_CAPPED = "huurtoeslag_servicekosten_capped"  # more than 4 x € 12 given

# The fixed basishuur exists from the day the regime of 2026 starts: its first date in rates/ is
# the day the law changed (`regime_on`).
FIXED_BASISHUUR = "huurtoeslag.basishuur"


def fixed_basishuur_from(book: RateBook) -> dt.date:
    """The first day of the regime with a fixed basishuur and linear afbouw (1 January 2026)."""
    return book.derived(FIXED_BASISHUUR, lambda: min(book.parameter(FIXED_BASISHUUR).values))


@dataclass(frozen=True)
class HuurtoeslagRates:
    """The huurtoeslag parameters in force on one day.

    Until 2025 the basishuur follows the income (normhuur formula, Wht art. 16-19): the fields of
    that block are set and `basishuur`, `ijkpunt`, `afbouw` are None. From 2026 the basishuur is
    fixed and income works through a linear afbouw: the reverse.
    """

    income_dependent: bool
    minimum_age: Rate
    young_age: Rate
    young_cap: Rate
    max_huurgrens: Rate
    servicekosten_cap: Rate
    servicekosten_kinds: Rate
    kkg: Rate
    aftopping: Rate
    share_a: Rate
    share_b: Rate
    share_c: Rate
    vermogensgrens: Rate
    rounding: Rate
    minimum: Rate
    # rules until 2025 (normhuur formula)
    separate_elderly: Rate | None = None
    aow_age: Rate | None = None
    min_ijkpunt: Rate | None = None
    normhuur_min: Rate | None = None
    factor_a: Rate | None = None
    factor_b: Rate | None = None
    normhuur_verhoging: Rate | None = None
    basishuur_verlaging: Rate | None = None
    # rules from 2026 (fixed basishuur, linear afbouw)
    basishuur: Rate | None = None
    ijkpunt: Rate | None = None
    afbouw: Rate | None = None

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> HuurtoeslagRates:
        """The rates in force on `day`, looked up once per book and day."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> HuurtoeslagRates:
        """The parameters of `day` for its regime; RatesError where rates/huurtoeslag.yaml has none."""
        g = book.get
        common = dict(
            minimum_age=g("huurtoeslag.minimum_age", day),
            young_age=g("huurtoeslag.young_age_limit", day),
            young_cap=g("huurtoeslag.young_rent_cap", day),
            max_huurgrens=g("huurtoeslag.maximale_huurgrens", day),
            servicekosten_cap=g("huurtoeslag.servicekosten_cap_per_kind", day),
            servicekosten_kinds=g("huurtoeslag.servicekosten_kinds", day),
            kkg=g("huurtoeslag.kwaliteitskortingsgrens", day),
            aftopping=g("huurtoeslag.aftoppingsgrens", day),
            share_a=g("huurtoeslag.share_part_a", day),
            share_b=g("huurtoeslag.share_part_b", day),
            share_c=g("huurtoeslag.share_part_c", day),
            vermogensgrens=g("huurtoeslag.vermogensgrens", day),
            rounding=g("toeslagen.annual_rounding_step", day),
            minimum=g("toeslagen.minimum_tegemoetkoming", day),
        )
        if day < fixed_basishuur_from(book):
            return cls(
                income_dependent=True,
                **common,
                separate_elderly=g("huurtoeslag.separate_elderly_types", day),
                aow_age=g("huurtoeslag.pensioengerechtigde_leeftijd", day),
                min_ijkpunt=g("huurtoeslag.minimum_inkomensijkpunt", day),
                normhuur_min=g("huurtoeslag.normhuur_minimum", day),
                factor_a=g("huurtoeslag.factor_a", day),
                factor_b=g("huurtoeslag.factor_b", day),
                normhuur_verhoging=g("huurtoeslag.normhuur_verhoging", day),
                basishuur_verlaging=g("huurtoeslag.basishuur_verlaging", day),
            )
        return cls(
            income_dependent=False,
            **common,
            basishuur=g("huurtoeslag.basishuur", day),
            ijkpunt=g("huurtoeslag.inkomensijkpunt", day),
            afbouw=g("huurtoeslag.afbouwpercentage", day),
        )


def household_size(persons: ArrayLike, partner: ArrayLike, children: ArrayLike = 0) -> NDArray[np.int64]:
    """Persons in the household: at least the applicant, the toeslagpartner and the children."""
    p = np.asarray(persons, dtype=np.int64)
    return np.maximum(p, 1 + np.asarray(partner, dtype=np.int64) + np.asarray(children, dtype=np.int64))


def _by_household(table: dict[str, float], single: NDArray[np.bool_]) -> Array:
    return np.where(single, table["single"], table["multi"])


def _ceil_cents(x: ArrayLike) -> Array:
    """Up to whole eurocents (Wht art. 19 lid 3); the nudge keeps exact cents where they are."""
    return np.round(np.ceil(np.asarray(x, dtype=float) * 100 - 1e-6) / 100, 2)


def servicekosten_counted(servicekosten: ArrayLike, r: HuurtoeslagRates) -> Array:
    """Servicekosten that count in the rekenhuur (Wht art. 5 lid 1 onder a, lid 3).

    The law caps four kinds (shared energy/installations, cleaning, caretaker, shared rooms) at
    € 12 a month each. We only know one total, so the total is capped at 4 x € 12 = € 48: a total
    that includes kinds that do not count, or more than € 12 of one kind, is overstated
    (docs/toeslagen.md, Assumptions). From 2026 servicekosten do not count (cap 0).
    """
    cap = float(r.servicekosten_kinds.value) * float(r.servicekosten_cap.value)
    return np.minimum(np.maximum(np.asarray(servicekosten, dtype=float), 0.0), cap)


def rekenhuur(rent: ArrayLike, servicekosten: ArrayLike, r: HuurtoeslagRates) -> Array:
    """Rekenhuur before any limit: kale huur plus the servicekosten that count (Wht art. 5 lid 1)."""
    return np.asarray(rent, dtype=float) + servicekosten_counted(servicekosten, r)


def normhuur(income_year: ArrayLike, single: ArrayLike, r: HuurtoeslagRates) -> Array:
    """Normhuur per month, until 2025 (Wht art. 17-19).

    Rekeninkomen Y up to the minimum-inkomensijkpunt: the normhuur at that point (art. 17 lid 2-3,
    art. 19 lid 1). Above it: a x Y² + b x Y with the factors of the Regeling huurtoeslaggrenzen
    (art. 19 lid 2), rounded up to whole eurocents (art. 19 lid 3).
    """
    assert r.min_ijkpunt and r.normhuur_min and r.factor_a and r.factor_b
    y = np.asarray(income_year, dtype=float)
    one = np.asarray(single, dtype=bool)
    a = _by_household(r.factor_a.value, one)
    b = _by_household(r.factor_b.value, one)
    formula = _ceil_cents(a * y * y + b * y)
    return np.where(
        y <= _by_household(r.min_ijkpunt.value, one), _by_household(r.normhuur_min.value, one), formula
    )


def basishuur_from_income(income_year: ArrayLike, single: ArrayLike, r: HuurtoeslagRates) -> Array:
    """Basishuur until 2025: normhuur plus the art. 16 verhoging (€ 0 since 2023), minus the
    verlaging of the Besluit of 2023 (Stb. 2023, 494: € 37,72 in 2024, € 37,14 in 2025)."""
    assert r.normhuur_verhoging and r.basishuur_verlaging
    extra = float(r.normhuur_verhoging.value) - float(r.basishuur_verlaging.value)
    return round_cents(normhuur(income_year, single, r) + extra)


def huurtoeslag_bands(
    rekenhuur_month: ArrayLike,
    basishuur: ArrayLike,
    aftopping: ArrayLike,
    share_c: ArrayLike,
    r: HuurtoeslagRates,
) -> tuple[Array, Array, Array]:
    """Parts A, B and C of the huurtoeslag per month (Wht art. 21 lid 1-3).

    A: 100% of the rekenhuur above the basishuur up to the kwaliteitskortingsgrens; B: 65% of the
    rekenhuur between that grens (or the basishuur, if higher: lid 2) and the aftoppingsgrens;
    C: 40% of the rekenhuur above the aftoppingsgrens (or the basishuur, if higher: lid 3).
    """
    rh = np.asarray(rekenhuur_month, dtype=float)
    bh = np.asarray(basishuur, dtype=float)
    kkg = float(r.kkg.value)
    part_a = r.share_a.value * np.maximum(np.minimum(rh, kkg) - bh, 0.0)
    part_b = r.share_b.value * np.maximum(np.minimum(rh, aftopping) - np.maximum(bh, kkg), 0.0)
    part_c = np.asarray(share_c, dtype=float) * np.maximum(rh - np.maximum(bh, aftopping), 0.0)
    return part_a, part_b, part_c


@dataclass(frozen=True)
class HuurtoeslagParts:
    rates: HuurtoeslagRates | None  # None: no rules for this date
    rekenhuur: Array  # the rent counted (after the 2026 caps); NaN where not available
    basishuur: Array
    part_a: Array
    part_b: Array
    part_c: Array
    income_correction: Array  # D, per month (2026 rules; 0 before)
    month: Array  # NaN where not available
    not_available: Bools
    under_age: Bools
    assets_too_high: Bools
    young_cap: Bools
    rent_capped: Bools  # 2026: rent above the cap, the part above does not count
    ages_assumed: Bools
    servicekosten: Array  # counted, per month
    servicekosten_capped: Bools
    rent_too_high: Bools  # until 2025
    year: Array  # the year amount (whole euros); NaN where not available
    below_minimum: Bools  # < € 24 a year
    no_rent: Bools

    @property
    def flags(self) -> dict[str, Bools]:
        """What to tell about each row's huurtoeslag (nothing where no rent was given)."""
        rent = ~self.no_rent
        return {
            FLAG_HT_NOT_AVAILABLE: self.not_available & rent,
            FLAG_HT_UNDER_AGE: self.under_age & rent,
            FLAG_HT_ASSETS: self.assets_too_high & rent & ~self.under_age,
            FLAG_HT_YOUNG_CAP: self.young_cap & rent,
            FLAG_HT_RENT_CAPPED: self.rent_capped & rent,
            FLAG_HT_AGE_ASSUMED: self.ages_assumed & rent,
            FLAG_HT_RENT_TOO_HIGH: self.rent_too_high & rent & ~self.under_age & ~self.assets_too_high,
            FLAG_HT_BELOW_MINIMUM: self.below_minimum & rent,
            FLAG_HT_SERVICEKOSTEN_CAPPED: self.servicekosten_capped & rent & ~self.not_available,
        }


def _not_available(rent: Array) -> HuurtoeslagParts:
    n = len(rent)
    nan, no = np.full(n, np.nan), np.zeros(n, dtype=bool)
    return HuurtoeslagParts(
        None, nan, nan, nan, nan, nan, nan, nan.copy(), np.ones(n, dtype=bool), no, no, no, no, no,
        nan, no, no, nan, no, rent <= 0,
    )  # fmt: skip


@dataclass(frozen=True)
class Household:
    """What both regimes need of each row: the rent and who lives there (Wht art. 5, 13)."""

    rent: Array  # kale huur
    servicekosten: Array  # counted (servicekosten_counted)
    income: Array  # toetsingsinkomen per year
    ages: NDArray[np.int64]
    size: NDArray[np.int64]
    single: Bools
    young: Bools  # a one-person household under the young age limit
    ages_assumed: Bools  # others in the home, no child: we assume someone is of age (we say so)
    limit: Array  # the rent limit that applies (young or normal)
    aftopping: Array
    share_c: Array


@dataclass(frozen=True)
class Bands:
    """The outcome of a regime per row, per month before the Awir rounding."""

    rekenhuur: Array
    basishuur: Array
    part_a: Array
    part_b: Array
    part_c: Array
    correction: Array
    rent_too_high: Bools
    rent_capped: Bools
    not_available: Bools


def huurtoeslag_until_2025(h: Household, r: HuurtoeslagRates) -> Bands:
    """Until 2025 (Wht art. 13, 16-21): the rekenhuur includes the counted servicekosten; above the
    rent limit nothing (art. 13 lid 1); basishuur from the income (`basishuur_from_income`); parts
    A, B, C (in 2024 C only for a one-person household, by the share_c table). In 2024 households
    at AOW age are other household types whose factors are not in rates/: not available."""
    assert r.separate_elderly and r.aow_age
    n = len(h.rent)
    rh = h.rent + h.servicekosten
    basis = basishuur_from_income(h.income, h.single, r)
    part_a, part_b, part_c = huurtoeslag_bands(rh, basis, h.aftopping, h.share_c, r)
    elderly = h.ages >= r.aow_age.value if bool(r.separate_elderly.value) else np.zeros(n, dtype=bool)
    no = np.zeros(n, dtype=bool)
    return Bands(rh, basis, part_a, part_b, part_c, np.zeros(n), rh > h.limit, no, elderly)


def huurtoeslag_from_2026(h: Household, r: HuurtoeslagRates) -> Bands:
    """From 2026 (Dienst Toeslagen, Berekening huurtoeslag 2026): the kale huur capped at the rent
    limit (young: the low cap, part A only); a fixed basishuur; D = afbouwpercentage x (income -
    inkomensijkpunt) / 12 is taken off."""
    assert r.basishuur and r.ijkpunt and r.afbouw
    n = len(h.rent)
    full = h.rent + h.servicekosten  # servicekosten count 0 from 2026 (their cap is 0)
    rh = np.minimum(full, h.limit)
    basis = _by_household(r.basishuur.value, h.single)
    part_a, part_b, part_c = huurtoeslag_bands(rh, basis, h.aftopping, h.share_c, r)
    part_b = np.where(h.young, 0.0, part_b)
    part_c = np.where(h.young, 0.0, part_c)
    ijk = _by_household(r.ijkpunt.value, h.single)
    pct = _by_household(r.afbouw.value, h.single)
    correction = pct * np.maximum(h.income - ijk, 0.0) / 12
    no = np.zeros(n, dtype=bool)
    return Bands(rh, basis, part_a, part_b, part_c, correction, no, full > h.limit, no)


def regime_on(book: RateBook, day: dt.date) -> Callable[[Household, HuurtoeslagRates], Bands]:
    """The rules of the law in force on `day`, chosen by the date the 2026 rules start in rates/."""
    return huurtoeslag_until_2025 if day < fixed_basishuur_from(book) else huurtoeslag_from_2026


def household(
    rent: Array, servicekosten: ArrayLike, income: ArrayLike, persons: ArrayLike, partner: ArrayLike,
    age: ArrayLike, children: ArrayLike, r: HuurtoeslagRates,
) -> Household:  # fmt: skip
    """Only the applicant's age is known: "everyone under the age limit" is taken as a one-person
    household under that age. A child in the home lifts the young limit (Wht art. 13 lid 1 a 1°);
    with other persons we assume someone is older, and say so."""
    n = len(rent)
    size = household_size(persons, partner, children)
    single = size == 1
    ages = np.broadcast_to(np.asarray(age), (n,))
    young = single & (ages < r.young_age.value)
    with_child = np.broadcast_to(np.asarray(children) > 0, (n,))
    return Household(
        rent=rent,
        servicekosten=np.broadcast_to(servicekosten_counted(servicekosten, r), (n,)),
        income=np.asarray(income, dtype=float),
        ages=ages,
        size=size,
        single=single,
        young=young,
        ages_assumed=~single & ~with_child & (ages < r.young_age.value),
        limit=np.where(young, r.young_cap.value, r.max_huurgrens.value),
        aftopping=np.where(size <= 2, r.aftopping.value["small"], r.aftopping.value["large"]),
        share_c=_by_household(r.share_c.value, single),
    )


def huurtoeslag_parts(
    rent: ArrayLike,
    toetsingsinkomen_year: ArrayLike,
    persons: ArrayLike,
    partner: ArrayLike,
    age: ArrayLike,
    assets: ArrayLike,
    book: RateBook,
    day: dt.date,
    servicekosten: ArrayLike = 0.0,
    children: ArrayLike = 0,
) -> HuurtoeslagParts:
    """Huurtoeslag per month for the calculation year of `day`, step by step.

    `rent` is the kale huur, `servicekosten` the monthly servicekosten (counted up to 4 x € 12
    until 2025, not from 2026: `servicekosten_counted`). The regime of the year gives parts A, B, C
    and the income correction D (`regime_on`); A + B + C - D (not below 0) x 12 is the year amount,
    rounded to whole euros and nothing under € 24 (Awir art. 14 lid 4-5: `round_tegemoetkoming`);
    paid per month as year / 12 down to whole euros (`month_from_year`); nothing above the
    vermogensgrens or under 18. Where rates/ has no rules for `day`: NaN and `not_available`.
    """
    rent_a = np.atleast_1d(np.asarray(rent, dtype=float))
    try:
        r = HuurtoeslagRates.on(book, day)
    except RatesError:
        return _not_available(rent_a)
    h = household(rent_a, servicekosten, toetsingsinkomen_year, persons, partner, age, children, r)
    bands = regime_on(book, day)(h, r)
    return _paid(h, bands, r, rent_a, np.asarray(partner, dtype=bool), assets, servicekosten)


def _paid(
    h: Household, b: Bands, r: HuurtoeslagRates, rent: Array, has_partner: Bools, assets: ArrayLike,
    servicekosten: ArrayLike,
) -> HuurtoeslagParts:  # fmt: skip
    """The Awir rounding and the limits on a regime's bands (see `huurtoeslag_parts`)."""
    n = len(rent)
    calculated = np.maximum(b.part_a + b.part_b + b.part_c - b.correction, 0.0)
    year = round_tegemoetkoming(calculated * 12, r.rounding.value, r.minimum.value)
    month = month_from_year(year)
    limits = r.vermogensgrens.value
    too_rich = np.asarray(assets, dtype=float) > np.where(has_partner, limits["partner"], limits["single"])
    under_age = h.ages < r.minimum_age.value
    nothing = too_rich | under_age | b.rent_too_high
    below_minimum = ~nothing & (calculated > 0) & (year == 0)
    month = np.where(b.not_available, np.nan, np.where(nothing, 0.0, month))
    year = np.where(b.not_available, np.nan, np.where(nothing, 0.0, year))
    # The shown amounts to the cent, in one numpy call (the same rounding per element).
    rh_r, a_r, b_r, c_r, corr_r, sk_r = round_cents(
        np.array(
            [
                np.broadcast_to(x, (n,))
                for x in (b.rekenhuur, b.part_a, b.part_b, b.part_c, b.correction, h.servicekosten)
            ]
        )
    )
    sk_given = np.broadcast_to(np.asarray(servicekosten, dtype=float), (n,))
    return HuurtoeslagParts(
        rates=r,
        rekenhuur=rh_r,
        basishuur=b.basishuur,
        part_a=a_r,
        part_b=b_r,
        part_c=c_r,
        income_correction=corr_r,
        month=month,
        not_available=b.not_available,
        under_age=under_age,
        assets_too_high=too_rich,
        young_cap=h.young,
        rent_capped=b.rent_capped,
        ages_assumed=h.ages_assumed,
        servicekosten=sk_r,
        # from 2026 servicekosten simply do not count (cap 0): nothing to flag
        servicekosten_capped=(sk_given > h.servicekosten + 0.005) & (float(r.servicekosten_cap.value) > 0),
        rent_too_high=b.rent_too_high,
        year=year,
        below_minimum=below_minimum,
        no_rent=rent <= 0,
    )


def huurtoeslag_month(
    rent: ArrayLike,
    toetsingsinkomen_year: ArrayLike,
    persons: ArrayLike,
    partner: ArrayLike,
    age: ArrayLike,
    assets: ArrayLike,
    book: RateBook,
    day: dt.date,
    servicekosten: ArrayLike = 0.0,
) -> Array:
    """Huurtoeslag per month, whole euros; NaN where no rules are available (see `huurtoeslag_parts`)."""
    return huurtoeslag_parts(
        rent, toetsingsinkomen_year, persons, partner, age, assets, book, day, servicekosten
    ).month


def compute_huurtoeslag(
    cols: Columns, toetsingsinkomen_year: ArrayLike, book: RateBook, day: dt.date
) -> HuurtoeslagParts:
    """Huurtoeslag of every row (the registry's entry point, calc.toeslagen.registry)."""
    return huurtoeslag_parts(
        cols.rent, toetsingsinkomen_year, cols.persons, cols.partner, cols.age, cols.assets, book, day,
        cols.servicekosten, cols.children,
    )  # fmt: skip
