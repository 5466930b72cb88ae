"""Toeslagen: the toetsingsinkomen, zorgtoeslag and huurtoeslag, over arrays of situations.

Each rule is a small function named after the rule, citing its article or the Dienst Toeslagen
leaflet it follows. `compute_toeslagen` applies them to `Columns` and returns arrays;
`explain_toeslagen` tells for one row which income was used and how each amount came about.
`toeslagen_signals` gives the "check this with UWV" messages for what is not calculated
(Toeslagenwet, tegemoetkoming arbeidsongeschikten). See docs/toeslagen.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.explain import LawSource, Step, row
from calc.money import eur as _eur
from calc.money import floor_step, round_cents, round_to_step
from calc.rates import Rate, RateBook, RatesError

Array = NDArray[np.float64]

AWIR_7 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 7 en 8 (draagkracht, toetsingsinkomen)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
AWIR_14 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 14 lid 4 en 5 (afronding, minimum € 24)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
WZT_2 = LawSource(
    "Wet op de zorgtoeslag, art. 2 (normpremie, standaardpremie) en art. 3 (vermogen)",
    "https://wetten.overheid.nl/BWBR0018451/2026-01-01",
)
ZT_LEAFLET = LawSource(
    "Dienst Toeslagen, Berekening zorgtoeslag (maandbedrag: jaarbedrag / 12, naar beneden afgerond)",
    "https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z61fd.pdf",
)
WHT_2026 = LawSource(
    "Wet op de huurtoeslag, art. 20 en 21 (tekst vanaf 1 januari 2026)",
    "https://wetten.overheid.nl/BWBR0008659/2026-01-01",
)
HT_LEAFLET_2026 = LawSource(
    "Dienst Toeslagen, Berekening huurtoeslag 2026",
    "https://download.belastingdienst.nl/toeslagen/docs/berekening_huurtoeslag_tg0831z62fd.pdf",
)
BASISHUUR_VERLAGING = LawSource(
    "Besluit van 2023 tot verlaging van de basishuur in de huurtoeslag (Stb. 2023, 494), art. 1",
    "https://wetten.overheid.nl/BWBR0049106",
)
TW = LawSource(
    "Toeslagenwet (aanvulling tot het sociaal minimum)",
    "https://wetten.overheid.nl/BWBR0004908/2026-01-01",
)
WAJONG_3_75 = LawSource(
    "Wet Wajong, art. 3:75 (tegemoetkoming arbeidsongeschikten); UWV: betaling in september",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/wanneer-betaalt-uwv-mijn-uitkering/detail/betaling-van-uw-wia-wao-waz-of-wajong-uitkering",
)

# Flags (keys of ToeslagenOutcome.flags), one boolean per row.
FLAG_PROJECTED = "toetsingsinkomen_projected"  # not given: projected from this month
FLAG_ZT_UNDER_AGE = "zorgtoeslag_under_18"
FLAG_ZT_ASSETS = "zorgtoeslag_assets_too_high"
FLAG_ZT_BELOW_MINIMUM = "zorgtoeslag_below_minimum"  # under € 24 a year: not paid
FLAG_HT_NOT_AVAILABLE = "huurtoeslag_not_available"  # rules for this year not in rates/
FLAG_HT_UNDER_AGE = "huurtoeslag_under_18"
FLAG_HT_ASSETS = "huurtoeslag_assets_too_high"
FLAG_HT_YOUNG_CAP = "huurtoeslag_young_rent_cap"
FLAG_HT_RENT_CAPPED = "huurtoeslag_rent_above_cap"
FLAG_HT_AGE_ASSUMED = "huurtoeslag_household_ages_assumed"
FLAG_HT_BELOW_MINIMUM = "huurtoeslag_below_minimum"  # under € 24 a year: not paid (Awir art. 14 lid 5)
FLAG_HT_RENT_TOO_HIGH = "huurtoeslag_rent_above_limit"  # until 2025: rekenhuur above the limit, nothing
FLAG_HT_SERVICEKOSTEN_CAPPED = "huurtoeslag_servicekosten_capped"  # more than 4 x € 12 given


def _eur_en(x: float) -> str:
    return _eur(x, "en")


# --- toetsingsinkomen ------------------------------------------------------------------------


def project_toetsingsinkomen(cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date) -> Array:
    """The yearly toetsingsinkomen of applicant and toeslagpartner (Awir art. 7 lid 1, art. 8).

    `cols.toetsingsinkomen_year` where given. Otherwise this month as if it lasts the whole
    calendar year of `day`: wage x 12 plus the employer's vakantiebijslag (WML art. 15), Wajong
    x 12 plus the Wajong vakantie-uitkering (Wajong art. 3:25), other income x 12, and the
    partner's yearly income when there is a partner. No deductions (pension premium, aftrekposten).
    """
    vb = book.value("minimum_wage.vakantiebijslag_percentage", day)
    wage = cols.wage * 12 * (1 + vb)
    benefit = wajong.wajong * 12 * (1 + wajong.rates.holiday.value)
    other = cols.other_income * 12
    partner = np.where(cols.partner, cols.partner_income_year, 0.0)
    projected = round_cents(wage + benefit + other + partner)
    given = cols.toetsingsinkomen_year
    return np.where(np.isnan(given), projected, given)


def round_tegemoetkoming(annual: ArrayLike, step: float, minimum: float) -> Array:
    """Yearly amount rounded arithmetically to whole euros, nothing below € 24 (Awir art. 14 lid 4-5).

    First round, then test the minimum: the order of lid 4 and 5, and the order that reproduces the
    income limits Dienst Toeslagen publishes (2026: € 40.857 single).
    """
    rounded = round_to_step(np.maximum(np.asarray(annual, dtype=float), 0.0), step)
    return np.where(rounded < minimum, 0.0, rounded)


def month_from_year(annual: ArrayLike) -> Array:
    """Monthly payment as Dienst Toeslagen publishes it: yearly amount / 12, down to whole euros.

    Not in the law (the advance per month is Awir art. 16); it is the Dienst's practice in every
    table and worked example (e.g. 2025 with partner, € 34.000: € 2.244 / 12 -> € 187).
    """
    return floor_step(np.asarray(annual, dtype=float) / 12, 1.0)


# --- zorgtoeslag ------------------------------------------------------------------------------


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
    under_age: NDArray[np.bool_]
    assets_too_high: NDArray[np.bool_]
    below_minimum: NDArray[np.bool_]


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


# --- huurtoeslag ------------------------------------------------------------------------------


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
    rent_limits_exclude: Rate
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
        """The parameters of `day`; RatesError where rates/huurtoeslag.yaml has no value."""
        g = book.get
        common = dict(
            minimum_age=g("huurtoeslag.minimum_age", day),
            young_age=g("huurtoeslag.young_age_limit", day),
            young_cap=g("huurtoeslag.young_rent_cap", day),
            max_huurgrens=g("huurtoeslag.maximale_huurgrens", day),
            rent_limits_exclude=g("huurtoeslag.rent_limits_exclude", day),
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
        if bool(book.value("huurtoeslag.income_dependent_basishuur", day)):
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
    not_available: NDArray[np.bool_]
    under_age: NDArray[np.bool_]
    assets_too_high: NDArray[np.bool_]
    young_cap: NDArray[np.bool_]
    rent_capped: NDArray[np.bool_]  # 2026: rent above the cap, the part above does not count
    ages_assumed: NDArray[np.bool_]
    servicekosten: Array = field(default_factory=lambda: np.zeros(1))  # counted, per month
    servicekosten_capped: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(1, dtype=bool))
    rent_too_high: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(1, dtype=bool))  # until 2025
    year: Array = field(default_factory=lambda: np.zeros(1))  # the year amount (whole euros); NaN n/a
    below_minimum: NDArray[np.bool_] = field(default_factory=lambda: np.zeros(1, dtype=bool))  # < € 24


def _not_available(n: int) -> HuurtoeslagParts:
    nan = np.full(n, np.nan)
    no = np.zeros(n, dtype=bool)
    return HuurtoeslagParts(
        None,
        nan,
        nan,
        nan,
        nan,
        nan,
        nan,
        nan.copy(),
        np.ones(n, dtype=bool),
        no,
        no,
        no,
        no,
        no,
        nan,
        no,
        no,
        nan,
        no,
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
    until 2025, not from 2026: `servicekosten_counted`).

    Until 2025 (Wht art. 13, 16-21): no huurtoeslag when the rekenhuur is above the maximale
    huurgrens (or, when everyone is under 23, above the young limit); basishuur from the income
    (`basishuur_from_income`); parts A, B, C (`huurtoeslag_bands`; in 2024 C only for a one-person
    household). From 2026 (Dienst Toeslagen, Berekening huurtoeslag 2026): rekenhuur = kale huur
    capped at the maximale huurgrens (young: the low cap, part A only); fixed basishuur; D =
    afbouwpercentage x (income - inkomensijkpunt) / 12 is taken off.
    Both: A + B + C - D (not below 0) x 12 is the year amount, rounded to whole euros and nothing
    under € 24 (Awir art. 14 lid 4-5: `round_tegemoetkoming`); paid per month as year / 12 down to
    whole euros (`month_from_year`); nothing above the vermogensgrens or under 18. Where rates/
    has no rules for `day` (or, in 2024, for a household at AOW age): NaN and `not_available`.
    """
    rent_a = np.atleast_1d(np.asarray(rent, dtype=float))
    n = rent_a.shape[0]
    try:
        r = HuurtoeslagRates.on(book, day)
    except RatesError:
        return _not_available(n)
    size = household_size(persons, partner, children)
    has_partner = np.asarray(partner, dtype=bool)
    ages = np.broadcast_to(np.asarray(age), (n,))
    with_child = np.broadcast_to(np.asarray(children) > 0, (n,))
    single = size == 1
    sk = np.broadcast_to(servicekosten_counted(servicekosten, r), (n,))
    sk_given = np.broadcast_to(np.asarray(servicekosten, dtype=float), (n,))
    rh_full = rent_a + sk
    # Only the applicant's age is known: "everyone under the age limit" is taken as a one-person
    # household under that age. A child in the home lifts the young limit (Wht art. 13 lid 1 a 1°);
    # with other persons we assume someone is older and say so.
    young = single & (ages < r.young_age.value)
    ages_assumed = ~single & ~with_child & (ages < r.young_age.value)
    limit = np.where(young, r.young_cap.value, r.max_huurgrens.value)
    above_limit = rh_full > limit
    aftop = np.where(size <= 2, r.aftopping.value["small"], r.aftopping.value["large"])
    share_c = _by_household(r.share_c.value, single)
    income = np.asarray(toetsingsinkomen_year, dtype=float)
    not_available = np.zeros(n, dtype=bool)
    if r.income_dependent:
        assert r.separate_elderly and r.aow_age
        # 2024: households at AOW age are other household types; their factors are not in rates/.
        if bool(r.separate_elderly.value):
            not_available = ages >= r.aow_age.value
        rh = rh_full
        basis = basishuur_from_income(income, single, r)
        part_a, part_b, part_c = huurtoeslag_bands(rh, basis, aftop, share_c, r)
        correction = np.zeros(n)
        rent_too_high = above_limit if bool(r.rent_limits_exclude.value) else np.zeros(n, dtype=bool)
        rent_capped = np.zeros(n, dtype=bool)
    else:
        assert r.basishuur and r.ijkpunt and r.afbouw
        rh = np.minimum(rh_full, limit)
        rent_capped = above_limit
        rent_too_high = np.zeros(n, dtype=bool)
        basis = _by_household(r.basishuur.value, single)
        part_a, part_b, part_c = huurtoeslag_bands(rh, basis, aftop, share_c, r)
        part_b = np.where(young, 0.0, part_b)
        part_c = np.where(young, 0.0, part_c)
        ijk = _by_household(r.ijkpunt.value, single)
        pct = _by_household(r.afbouw.value, single)
        correction = pct * np.maximum(income - ijk, 0.0) / 12
    calculated = np.maximum(part_a + part_b + part_c - correction, 0.0)
    # Awir art. 14 lid 4-5 on the year amount, then the Dienst's monthly payment (month_from_year)
    year = round_tegemoetkoming(calculated * 12, r.rounding.value, r.minimum.value)
    month = month_from_year(year)
    limits = r.vermogensgrens.value
    too_rich = np.asarray(assets, dtype=float) > np.where(has_partner, limits["partner"], limits["single"])
    under_age = ages < r.minimum_age.value
    nothing = too_rich | under_age | rent_too_high
    below_minimum = ~nothing & (calculated > 0) & (year == 0)
    month = np.where(not_available, np.nan, np.where(nothing, 0.0, month))
    year = np.where(not_available, np.nan, np.where(nothing, 0.0, year))
    # The shown amounts to the cent, in one numpy call (the same rounding per element).
    rh_r, a_r, b_r, c_r, corr_r, sk_r = round_cents(
        np.array([np.broadcast_to(x, (n,)) for x in (rh, part_a, part_b, part_c, correction, sk)])
    )
    return HuurtoeslagParts(
        rates=r,
        rekenhuur=rh_r,
        basishuur=basis,
        part_a=a_r,
        part_b=b_r,
        part_c=c_r,
        income_correction=corr_r,
        month=month,
        not_available=not_available,
        under_age=under_age,
        assets_too_high=too_rich,
        young_cap=young,
        rent_capped=rent_capped,
        ages_assumed=ages_assumed,
        servicekosten=sk_r,
        # from 2026 servicekosten simply do not count (cap 0): nothing to flag
        servicekosten_capped=(sk_given > sk + 0.005) & (float(r.servicekosten_cap.value) > 0),
        rent_too_high=rent_too_high,
        year=year,
        below_minimum=below_minimum,
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


# --- orchestration ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ToeslagenOutcome:
    cols: Columns
    day: dt.date
    toetsingsinkomen_year: Array
    zorg: ZorgtoeslagParts
    huur: HuurtoeslagParts
    flags: dict[str, NDArray[np.bool_]] = field(default_factory=dict)

    @property
    def zorgtoeslag_month(self) -> Array:
        return self.zorg.month

    @property
    def huurtoeslag_month(self) -> Array:
        return self.huur.month

    def flags_of(self, i: int = 0) -> list[str]:
        return [k for k, v in self.flags.items() if bool(np.asarray(v)[i])]


def compute_toeslagen(cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date) -> ToeslagenOutcome:
    ti = project_toetsingsinkomen(cols, wajong, book, day)
    zorg = zorgtoeslag_parts(ti, cols.partner, cols.assets, cols.age, book, day)
    huur = huurtoeslag_parts(
        cols.rent,
        ti,
        cols.persons,
        cols.partner,
        cols.age,
        cols.assets,
        book,
        day,
        cols.servicekosten,
        cols.children,
    )
    no_rent = cols.rent <= 0
    flags = {
        FLAG_PROJECTED: np.isnan(cols.toetsingsinkomen_year),
        FLAG_ZT_UNDER_AGE: zorg.under_age,
        FLAG_ZT_ASSETS: zorg.assets_too_high & ~zorg.under_age,
        FLAG_ZT_BELOW_MINIMUM: zorg.below_minimum & ~zorg.assets_too_high & ~zorg.under_age,
        FLAG_HT_NOT_AVAILABLE: huur.not_available & ~no_rent,
        FLAG_HT_UNDER_AGE: huur.under_age & ~no_rent,
        FLAG_HT_ASSETS: huur.assets_too_high & ~no_rent & ~huur.under_age,
        FLAG_HT_YOUNG_CAP: huur.young_cap & ~no_rent,
        FLAG_HT_RENT_CAPPED: huur.rent_capped & ~no_rent,
        FLAG_HT_AGE_ASSUMED: huur.ages_assumed & ~no_rent,
        FLAG_HT_RENT_TOO_HIGH: huur.rent_too_high & ~no_rent & ~huur.under_age & ~huur.assets_too_high,
        FLAG_HT_BELOW_MINIMUM: huur.below_minimum & ~no_rent,
        FLAG_HT_SERVICEKOSTEN_CAPPED: huur.servicekosten_capped & ~no_rent & ~huur.not_available,
    }
    return ToeslagenOutcome(cols, day, ti, zorg, huur, flags)


def explain_toeslagen(o: ToeslagenOutcome, i: int = 0) -> list[Step]:
    c, year = o.cols, o.day.year
    ti = row(o.toetsingsinkomen_year, i)
    if bool(o.flags[FLAG_PROJECTED][i]):
        nl_ti = (
            f"Toeslagen kijken naar uw inkomen over heel {year} (toetsingsinkomen), samen met uw "
            f"toeslagpartner. U gaf dat niet op. Wij rekenen alsof deze maand het hele jaar {year} "
            f"zo blijft: loon, Wajong en ander inkomen keer 12, plus 8% vakantiegeld, plus het "
            f"inkomen van uw partner. Dat is {_eur(ti)} per jaar. Verandert uw inkomen dit jaar? "
            "Geef dan het verwachte jaarinkomen door aan Dienst Toeslagen."
        )
        en_ti = (
            f"Toeslagen test the income of the whole year {year} (toetsingsinkomen), with the "
            f"toeslagpartner. Not given, so projected as if this month lasts all of {year}: wage, "
            f"Wajong and other income x 12, plus 8% holiday pay, plus the partner's income: "
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
            law=(AWIR_7,),
        )
    ]
    steps.append(_explain_zorg(o, i))
    steps.append(_explain_huur(o, i))
    return steps


def _explain_zorg(o: ToeslagenOutcome, i: int) -> Step:
    z, r = o.zorg, o.zorg.rates
    flags = o.flags_of(i)
    month = row(z.month, i)
    rates = (r.standaardpremie, r.drempelinkomen, r.pct_single, r.pct_partner, r.pct_above)
    if FLAG_ZT_UNDER_AGE in flags:
        nl, en = "Zorgtoeslag: u bent jonger dan 18, dus geen zorgtoeslag.", "Under 18: no zorgtoeslag."
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
            nl += " Minder dan € 24 per jaar wordt niet betaald."
            en += " Less than € 24 a year is not paid."
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


def _explain_huur(o: ToeslagenOutcome, i: int) -> Step:
    h, r = o.huur, o.huur.rates
    flags = o.flags_of(i)
    rent = row(o.cols.rent, i)
    month = row(h.month, i)
    inputs = {
        "rent": rent,
        "servicekosten": row(o.cols.servicekosten, i),
        "persons": row(household_size(o.cols.persons, o.cols.partner, o.cols.children), i),
    }
    law = (
        (WHT_2026, HT_LEAFLET_2026, AWIR_14)
        if r is None or not r.income_dependent
        else _wht_until_2025(o.day)
    )
    if rent <= 0:
        return Step(
            "huurtoeslag",
            "Huurtoeslag: u betaalt geen huur (of gaf die niet op).",
            "Huurtoeslag: no rent given.",
            0.0 if r is not None else np.nan,
            inputs=inputs,
            law=law,
        )
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
            "Huurtoeslag: u bent jonger dan 18, dus geen huurtoeslag.",
            "Under 18: no huurtoeslag.",
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
    rh, bh, sk = row(h.rekenhuur, i), row(h.basishuur, i), row(h.servicekosten, i)
    inputs = {**inputs, "toetsingsinkomen_year": row(o.toetsingsinkomen_year, i)}
    if FLAG_HT_RENT_TOO_HIGH in flags:
        young = FLAG_HT_YOUNG_CAP in flags
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
    a, b, cc, d = (row(x, i) for x in (h.part_a, h.part_b, h.part_c, h.income_correction))
    sk_nl = (
        f"kale huur {_eur(rent)} plus {_eur(sk)} servicekosten die meetellen"
        if sk > 0
        else f"kale huur {_eur(rent)}"
    )
    if r.income_dependent:
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
        rates: tuple[Rate, ...] = tuple(
            x
            for x in (
                r.min_ijkpunt,
                r.normhuur_min,
                r.factor_a,
                r.factor_b,
                r.basishuur_verlaging,
                r.kkg,
                r.aftopping,
                r.share_c,
                r.max_huurgrens,
                r.servicekosten_cap,
            )
            if x is not None
        )
    else:
        nl = (
            f"Huurtoeslag: wij rekenen met een huur van {_eur(rh)}"
            + (" (hoger telt niet mee)" if FLAG_HT_RENT_CAPPED in flags else "")
            + ". Alleen de kale huur telt mee, servicekosten tellen sinds 2026 niet meer mee. "
            + f"Deel A {_eur(a)} + deel B {_eur(b)} + deel C {_eur(cc)} − inkomenscorrectie {_eur(d)} "
            + f"= {_eur(month)} per maand (naar beneden afgerond)."
        )
        en = (
            f"Huurtoeslag: rent counted {_eur_en(rh)} (kale huur; servicekosten do not count from 2026). "
            f"Part A {_eur_en(a)} + part B {_eur_en(b)} + part C {_eur_en(cc)} − income correction "
            f"{_eur_en(d)} = {_eur_en(month)} a month (down to euros)."
        )
        rates = tuple(
            x
            for x in (r.basishuur, r.kkg, r.aftopping, r.max_huurgrens, r.ijkpunt, r.afbouw)
            if x is not None
        )
    if FLAG_HT_SERVICEKOSTEN_CAPPED in flags:
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
        minimum = _eur(float(r.minimum.value))
        nl += f" Dat is minder dan {minimum} per jaar. Zo weinig wordt niet betaald."
        en += f" That is under {_eur_en(float(r.minimum.value))} a year, which is not paid (Awir art. 14)."
    if FLAG_HT_AGE_ASSUMED in flags:
        nl += f" Wij nemen aan dat iemand in uw huis {r.young_age.value} jaar of ouder is."
        en += f" Assumed someone in the household is {r.young_age.value} or older."
    return Step(
        rule="huurtoeslag",
        text_nl=nl,
        text_en=en,
        amount=month,
        inputs=inputs,
        rates=rates,
        law=law,
    )


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


# --- signals: what is not calculated ----------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """A message to show next to the result: something to check with UWV, not an amount."""

    code: str
    text_nl: str
    text_en: str
    law: tuple[LawSource, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "text_nl": self.text_nl,
            "text_en": self.text_en,
            "sources": [s.citation() for s in self.law],
        }


def toeslagen_signals(wajong: WajongOutcome, i: int = 0) -> list[Signal]:
    """Toeslagenwet top-up and tegemoetkoming arbeidsongeschikten: not calculated, signalled.

    Toeslagenwet: signalled when a Wajong is paid, there is a partner, and the gross household
    income this month (wage + Wajong + other income + partner's income / 12) is below the minimum
    wage grondslag. Without a partner the Wajong plus earnings is at least 70% (75%) of the
    grondslag, so no signal (docs/toeslagen.md: reasoning, not the TW test itself).
    Tegemoetkoming: every Wajong recipient on 1 July gets it in September; the 2025/2026 amounts
    were not confirmed, so no amount is shown.
    """
    c = wajong.cols
    out: list[Signal] = []
    w = row(wajong.wajong, i)
    household_month = (
        row(c.wage, i)
        + w
        + row(c.other_income, i)
        + (row(c.partner_income_year, i) / 12 if row(c.partner, i) else 0.0)
    )
    if w > 0 and bool(row(c.partner, i)) and household_month < row(wajong.grondslag, i):
        out.append(
            Signal(
                "toeslagenwet_check",
                "Is uw inkomen samen lager dan het sociaal minimum? Dan kunt u misschien een toeslag "
                "op uw Wajong krijgen (Toeslagenwet). Veel mensen vragen die niet aan. Vraag het na "
                "bij UWV. Wij rekenen die toeslag niet uit.",
                "If your household income is below the social minimum, UWV may top up your Wajong "
                "(Toeslagenwet); many people never claim it. Check this with UWV. Not calculated here.",
                (TW,),
            )
        )
    out.append(
        Signal(
            "tegemoetkoming_arbeidsongeschikten",
            "Heeft u op 1 juli recht op Wajong? Dan krijgt u in september van UWV een extra bedrag: "
            "de tegemoetkoming arbeidsongeschikten. Dit bedrag staat niet in deze berekening. De "
            "regering wil deze tegemoetkoming vanaf 2027 stoppen. Vraag UWV naar het bedrag.",
            "If you are entitled to Wajong on 1 July, UWV pays the yearly tegemoetkoming "
            "arbeidsongeschikten in September. Not included here (amount for this year not "
            "confirmed; planned to be abolished from 2027). Check with UWV.",
            (WAJONG_3_75,),
        )
    )
    return out
