"""Income tax box 1 and loonheffing for a Wajonger who works: the final tax of the year, what
UWV and the employer withhold during the year, and the settlement after the year.

Rules (below AOW age): box 1 tariff (Wet IB 2001 art. 2.10), algemene heffingskorting (art. 8.10),
arbeidskorting on the wage only (art. 8.11; a Wajong paid by UWV is not arbeidsinkomen,
Kamerstuk 29 544 nr. 1273), jonggehandicaptenkorting (art. 8.16a). Heffingskortingen cannot make
the tax negative (Wet IB 2001 art. 8.1; Wfsv art. 9). Withholding: each payer applies the tariff to
its own payment as if it were the only income, and the loonheffingskorting only if asked to
(Wet LB 1964 art. 22-23). See docs/tax.md for what is approximated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.benefit import WajongOutcome
from calc.columns import Columns
from calc.explain import LawSource, Notice, Step, row
from calc.money import eur as _eur
from calc.money import floor_step, round_cents
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]

WET_IB_2_10 = LawSource(
    "Wet IB 2001, artikel 2.10 (tarief box 1)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel2.10",
)
WET_IB_8_1 = LawSource(
    "Wet IB 2001, artikel 8.1 en Wfsv artikel 9: heffingskorting tot ten hoogste de belasting en premie",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.1",
)
WET_IB_8_10 = LawSource(
    "Wet IB 2001, artikel 8.10 (algemene heffingskorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.10",
)
WET_IB_8_11 = LawSource(
    "Wet IB 2001, artikel 8.11 (arbeidskorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.11",
)
WET_IB_8_16A = LawSource(
    "Wet IB 2001, artikel 8.16a (jonggehandicaptenkorting)",
    "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.16a",
)
AK_NOT_ON_BENEFIT = LawSource(
    "Kamerbrief 14 maart 2025, Kamerstuk 29 544 nr. 1273: geen arbeidskorting over een uitkering",
    "https://berthub.eu/tkconv/document.html?nummer=2025D11069",
)
WET_LB_22 = LawSource(
    "Wet op de loonbelasting 1964, artikel 22 en 23 (loonheffingskorting bij één inhoudingsplichtige)",
    "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22",
)
BD_MEERDERE_INKOMENS = LawSource(
    "Belastingdienst: Loonheffingskorting als u meer dan 1 inkomen hebt",
    "https://belastingdienst.nl./wps/wcm/connect/nl/werk-en-inkomen/content/loonheffingskorting-meerdere-inkomens",
)
UWV_LHK_WAJONG = LawSource(
    "UWV: Belasting en premies bij de Wajong (loonheffingskorting op uitkering of loon)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/betaling-wajong-uitkering/belasting-en-premies",
)
UWV_JGK = LawSource(
    "UWV: Jonggehandicaptenkorting (UWV verrekent die met de uitkering; werkgever alleen zonder uitkering)",
    "https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/jonggehandicaptenkorting-verrekenen",
)
REKENVOORSCHRIFTEN = LawSource(
    "Belastingdienst, Rekenvoorschriften voor de geautomatiseerde loonadministratie 2026",
    "https://download.belastingdienst.nl/belastingdienst/docs/rekenvoorschriften_voor_geautomatiseerde_loonadministratie_lh991z62fd.pdf",
)
UWV_ZVW = LawSource(
    "UWV: geen inkomensafhankelijke bijdrage Zvw meer ingehouden (werkgeversheffing)",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/zorgverzekeringswet/detail/geen-inkomensafhankelijke-bijdrage-meer-vanaf-2013",
)

LHK_CHOICES = ("uwv", "employer", "both", "none")


def _eur_en(x: float) -> str:
    return _eur(x, "en")


def _pct(x: float) -> str:
    """A fraction as a Dutch percentage: 0.06398 -> '6,398%' (trailing zeros dropped)."""
    return f"{x * 100:.3f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


# ---------------------------------------------------------------- rules (annual amounts)


def _rounded_where(flag: bool | ArrayLike, x: Array, rounding: Callable[[Array], Array]) -> Array:
    """`rounding(x)` where `flag` holds (one flag for all rows, or one per row), else x."""
    f = np.asarray(flag, dtype=bool)
    if f.ndim == 0:
        return rounding(x) if f else x
    return np.where(f, rounding(x), x)


def _whole_euros_down(x: Array) -> Array:
    return floor_step(x, 1.0)


def box1_tax(
    taxable_income_year: ArrayLike, brackets: list[dict], per_bracket_floor: bool | ArrayLike = False
) -> Array:
    """Tax + premies volksverzekeringen on box 1 income below AOW age (Wet IB 2001 art. 2.10).

    `brackets` rows are {upto, rate} (upto None = no limit). With `per_bracket_floor` (for all
    rows, or per row) the tax of each bracket is rounded down to whole euros, as the
    Rekenvoorschriften do for the tables.
    """
    y = np.maximum(np.asarray(taxable_income_year, dtype=float), 0.0)
    tax = np.zeros_like(y)
    lower = 0.0
    for b in brackets:
        upper = np.inf if b["upto"] is None else float(b["upto"])
        part = np.minimum(np.maximum(y, lower), upper) - lower  # np.clip, without its wrapper
        t = part * b["rate"]
        tax = tax + _rounded_where(per_bracket_floor, t, _whole_euros_down)
        lower = upper
    return tax


def algemene_heffingskorting(
    income_year: ArrayLike,
    maximum: float,
    phaseout_start: float,
    phaseout_rate: float,
    round_up: bool | ArrayLike = False,
) -> Array:
    """Algemene heffingskorting (Wet IB 2001 art. 8.10): the maximum, less `phaseout_rate` x the
    income above `phaseout_start`, not below 0. With `round_up` (for all rows, or per row) the
    amount is rounded up to whole euros, as the Rekenvoorschriften do for the tables."""
    y = np.asarray(income_year, dtype=float)
    ahk = maximum - phaseout_rate * np.maximum(y - phaseout_start, 0.0)
    ahk = _rounded_where(round_up, ahk, lambda a: np.ceil(np.round(a, 6)))
    return np.maximum(ahk, 0.0)


def arbeidskorting(
    arbeidsinkomen_year: ArrayLike, segments: list[dict], round_up: bool | ArrayLike = False
) -> Array:
    """Arbeidskorting (Wet IB 2001 art. 8.11) on the arbeidsinkomen: the wage, NOT a Wajong paid by
    UWV (Kamerstuk 29 544 nr. 1273). In the segment starting at `from`: base + rate x (AI - from);
    the last segment phases out; never below 0. `round_up` (for all rows, or per row): whole euros
    up (Rekenvoorschriften)."""
    ai = np.maximum(np.asarray(arbeidsinkomen_year, dtype=float), 0.0)
    out = np.zeros_like(ai)
    # As art. 8.11 lid 2 words it: a running sum of rate x (AI above the knikpunt), capped after
    # each part at the next segment's base ("waarbij de som ... niet meer bedraagt dan"), then the
    # phase-out (a negative rate), not below nil. The caps make it exact at the knikpunten too.
    for k, seg in enumerate(segments):
        out = out + seg["rate"] * np.maximum(ai - seg["from"], 0.0)
        if seg["rate"] >= 0 and k + 1 < len(segments):
            out = np.minimum(out, segments[k + 1]["base"])
    out = _rounded_where(round_up, out, lambda a: np.ceil(np.round(a, 5)))
    return np.maximum(out, 0.0)


def jonggehandicaptenkorting(entitled_to_wajong: ArrayLike, amount: float) -> Array:
    """Jonggehandicaptenkorting (Wet IB 2001 art. 8.16a): a fixed amount for whoever is entitled to
    Wajong, also when no Wajong is paid because the wage is high enough."""
    return np.where(np.asarray(entitled_to_wajong, dtype=bool), float(amount), 0.0)


def credits_applied(tax: ArrayLike, credits: ArrayLike) -> Array:
    """Heffingskortingen reduce the tax to at most 0; an unused part is lost (Wet IB art. 8.1).

    The law limits the belasting part and the premie part of the korting separately; below the end
    of bracket 1 both parts are in the same proportion as the tax, and above it the kortingen
    (< € 10.000) stay far below the premie (> € 13.000), so min(kortingen, tax) is the same."""
    return np.minimum(np.asarray(credits, dtype=float), np.asarray(tax, dtype=float))


# ---------------------------------------------------------------- withholding (loonheffing)


@dataclass(frozen=True)
class TaxRates:
    brackets: Rate
    ahk_max: Rate
    ahk_start: Rate
    ahk_rate: Rate
    ak: Rate
    jgk: Rate
    table_step: Rate
    vakantiebijslag: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> TaxRates:
        """The tax rates in force on `day` (looked up once per book and day)."""
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> TaxRates:
        return cls(
            brackets=book.get("income_tax.box1_brackets", day),
            ahk_max=book.get("income_tax.ahk_max", day),
            ahk_start=book.get("income_tax.ahk_phaseout_start", day),
            ahk_rate=book.get("income_tax.ahk_phaseout_rate", day),
            ak=book.get("income_tax.arbeidskorting_segments", day),
            jgk=book.get("income_tax.jonggehandicaptenkorting", day),
            table_step=book.get("income_tax.withholding_table_step_month", day),
            vakantiebijslag=book.get("minimum_wage.vakantiebijslag_percentage", day),
        )


def table_withholding_year(
    table_income_year: ArrayLike, r: TaxRates, apply_korting: ArrayLike, with_arbeidskorting: ArrayLike
) -> Array:
    """Loonheffing for a year's income from one payer, the way the tables compute it
    (Rekenvoorschriften): tariff per bracket rounded down, AHK and arbeidskorting rounded up to whole
    euros, the kortingen only with loonheffingskorting, never below 0. The jonggehandicaptenkorting
    is not in the tables; it is subtracted per period (see `period_withholding`)."""
    y = np.asarray(table_income_year, dtype=float)
    tax = box1_tax(y, r.brackets.value, per_bracket_floor=True)
    ahk = algemene_heffingskorting(y, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value, round_up=True)
    ak = arbeidskorting(y, r.ak.value, round_up=True)
    return _table_tax_less_kortingen(tax, ahk, ak, apply_korting, with_arbeidskorting)


def _table_tax_less_kortingen(
    tax: Array, ahk: Array, ak: Array, apply_korting: ArrayLike, with_arbeidskorting: ArrayLike
) -> Array:
    """The table tax less the kortingen the payer applies (see `table_withholding_year`)."""
    ak = np.where(np.asarray(with_arbeidskorting, dtype=bool), ak, 0.0)
    korting = np.where(np.asarray(apply_korting, dtype=bool), ahk + ak, 0.0)
    return tax - credits_applied(tax, korting)


def period_withholding(
    month_amount: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_arbeidskorting: ArrayLike,
    apply_jgk: ArrayLike,
) -> Array:
    """Withholding on one ordinary month's payment: the table value of the wage class (classes of
    € 4,50, lower bound), annual tax / 12 to the cent, less 1/12 of the jonggehandicaptenkorting
    when that payer applies it, "maar niet verder dan tot € 0" (Rekenvoorschriften)."""
    m = np.maximum(np.asarray(month_amount, dtype=float), 0.0)
    table_wage = floor_step(m, r.table_step.value)
    year = table_withholding_year(table_wage * 12, r, apply_korting, with_arbeidskorting)
    month = round_cents(year / 12)
    jgk_slice = np.where(np.asarray(apply_jgk, dtype=bool), round_cents(r.jgk.value / 12), 0.0)
    return np.maximum(month - jgk_slice, 0.0)


def holiday_pay_withholding(
    month_amount: ArrayLike,
    holiday_year: ArrayLike,
    r: TaxRates,
    apply_korting: ArrayLike,
    with_ak: ArrayLike,
) -> Array:
    """Withholding on the yearly vakantiegeld: the extra annual table tax it causes on top of 12
    ordinary months (what the tabel bijzondere beloningen approximates), to the cent, not below 0."""
    base = 12 * floor_step(np.maximum(np.asarray(month_amount, dtype=float), 0.0), r.table_step.value)
    extra = table_withholding_year(base + np.asarray(holiday_year), r, apply_korting, with_ak)
    return np.maximum(round_cents(extra - table_withholding_year(base, r, apply_korting, with_ak)), 0.0)


# ---------------------------------------------------------------- orchestration


@dataclass(frozen=True)
class TaxOutcome:
    """Annual amounts per row unless named _month. settlement_year > 0: the client gets money back."""

    rates: TaxRates
    cols: Columns
    lhk: NDArray[np.str_]
    wage_year: Array  # wage x 12 + vakantiegeld
    wajong_year: Array  # Wajong x 12 + vakantie-uitkering
    other_year: Array
    taxable_income_year: Array
    tax_before_credits: Array
    ahk: Array
    arbeidskorting: Array
    jgk: Array
    credits_used: Array
    credits_unused: Array
    income_tax_year: Array
    uwv_applies_lhk: NDArray[np.bool_]
    employer_applies_lhk: NDArray[np.bool_]
    uwv_applies_jgk: NDArray[np.bool_]
    employer_applies_jgk: NDArray[np.bool_]
    withheld_month_uwv: Array
    withheld_month_employer: Array
    withheld_month_other: Array
    withheld_month: Array
    withheld_year_uwv: Array
    withheld_year_employer: Array
    withheld_year_other: Array
    withheld_year: Array
    settlement_year: Array
    flag_both: NDArray[np.bool_]
    flag_pays_back: NDArray[np.bool_]
    flag_refund: NDArray[np.bool_]
    flag_lhk_unused: NDArray[np.bool_]
    flag_jgk_via_aangifte: NDArray[np.bool_]


def _rounded(*amounts: ArrayLike) -> list[Array]:
    """round_cents of each amount, done in one numpy call on the stacked rows (same result per
    element; one call instead of many keeps short arrays such as an hours sweep cheap)."""
    return list(round_cents(np.array(amounts, dtype=float)))


def compute_tax(cols: Columns, wajong: WajongOutcome, book: RateBook, day: dt.date) -> TaxOutcome:
    """Final income tax of the year, withholding by UWV and employer, and the settlement."""
    return tax_on_income(cols, wajong.wajong, wajong.holiday_accrual, book, day)


def tax_on_income(
    cols: Columns, wajong_month: ArrayLike, wajong_holiday_accrual: ArrayLike, book: RateBook, day: dt.date
) -> TaxOutcome:
    """`compute_tax` with the Wajong paid per month and its vakantie-uitkering accrual given as
    amounts (the calendar computes the Wajong of many months at once and passes only these).

    The withholding of the three payers (UWV, employer, other income), and of the vakantiegeld
    on top of them, runs as one pass of `table_withholding_year` over stacked rows: per row the
    same rules as `period_withholding` and `holiday_pay_withholding`, without seven passes.
    """
    r = TaxRates.on(book, day)
    vg = r.vakantiebijslag.value
    lhk = np.asarray(cols.loonheffingskorting).astype(str)
    bad = sorted(set(lhk.tolist()) - set(LHK_CHOICES))
    if bad:
        raise ValueError(f"loonheffingskorting: unknown choice {bad}; choose one of {LHK_CHOICES}")
    n = len(cols)
    wage_m = np.asarray(cols.wage, dtype=float)
    wajong_m = np.asarray(wajong_month, dtype=float)
    other_m = np.asarray(cols.other_income, dtype=float)

    wage_holiday, wajong_holiday, other_year = _rounded(
        12 * wage_m * vg, 12 * np.asarray(wajong_holiday_accrual, dtype=float), 12 * other_m
    )
    wage_year, wajong_year = _rounded(12 * wage_m + wage_holiday, 12 * wajong_m + wajong_holiday)
    taxable = wage_year + wajong_year + other_year

    chose_uwv = (lhk == "uwv") | (lhk == "both")
    chose_emp = (lhk == "employer") | (lhk == "both")
    uwv_lhk = chose_uwv & (wajong_m > 0)
    emp_lhk = chose_emp & (wage_m > 0)
    uwv_jgk = uwv_lhk
    # The employer may apply the JGK only with the loonheffingskorting and when no Wajong is paid.
    emp_jgk = emp_lhk & (wajong_m <= 0)
    no = np.zeros(n, dtype=bool)
    yes = ~no

    # Table income per year of each payer's ordinary month (UWV, employer, other), as
    # `period_withholding` takes it, and the same plus the vakantiegeld (`holiday_pay_withholding`).
    months = np.concatenate([wajong_m, wage_m, other_m])
    base = floor_step(np.maximum(months, 0.0), r.table_step.value) * 12
    table_income = np.concatenate([base, base[: 2 * n] + np.concatenate([wajong_holiday, wage_holiday])])

    # One pass of each rule over n rows of the final tax and 5n rows of the tables; the tables'
    # rows round as `table_withholding_year` does (tariff down, kortingen up, per row).
    table_rows = np.concatenate([no, np.ones(5 * n, dtype=bool)])
    income = np.concatenate([taxable, table_income])
    tax_all = box1_tax(income, r.brackets.value, per_bracket_floor=table_rows)
    ahk_all = algemene_heffingskorting(
        income, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value, round_up=table_rows
    )
    ak_all = arbeidskorting(np.concatenate([wage_year, table_income]), r.ak.value, round_up=table_rows)

    tax, ahk, ak = tax_all[:n], ahk_all[:n], ak_all[:n]
    jgk = jonggehandicaptenkorting(np.ones(n, dtype=bool), r.jgk.value)
    credits = ahk + ak + jgk
    used = credits_applied(tax, credits)

    table_year = _table_tax_less_kortingen(
        tax_all[n:],
        ahk_all[n:],
        ak_all[n:],
        np.concatenate([uwv_lhk, emp_lhk, no, uwv_lhk, emp_lhk]),
        np.concatenate([no, yes, no, no, yes]),
    )
    ordinary, with_holiday = table_year[: 3 * n], table_year[3 * n :]
    jgk_slice = np.where(np.concatenate([uwv_jgk, emp_jgk, no]), round_cents(r.jgk.value / 12), 0.0)
    monthly = np.maximum(round_cents(ordinary / 12) - jgk_slice, 0.0)
    holiday_withheld = np.maximum(round_cents(with_holiday - ordinary[: 2 * n]), 0.0)
    m_uwv, m_emp, m_oth = monthly[:n], monthly[n : 2 * n], monthly[2 * n :]
    yearly = round_cents(np.concatenate([12 * monthly[: 2 * n] + holiday_withheld, 12 * m_oth]))
    y_uwv, y_emp, y_oth = yearly[:n], yearly[n : 2 * n], yearly[2 * n :]
    withheld_year, withheld_month = _rounded(y_uwv + y_emp + y_oth, m_uwv + m_emp + m_oth)

    (
        taxable_r,
        tax_r,
        ahk_r,
        ak_r,
        jgk_r,
        used_r,
        unused_r,
        income_tax,
    ) = _rounded(taxable, tax, ahk, ak, jgk, used, credits - used, tax - used)
    settlement = round_cents(withheld_year - income_tax)

    return TaxOutcome(
        rates=r,
        cols=cols,
        lhk=lhk,
        wage_year=wage_year,
        wajong_year=wajong_year,
        other_year=other_year,
        taxable_income_year=taxable_r,
        tax_before_credits=tax_r,
        ahk=ahk_r,
        arbeidskorting=ak_r,
        jgk=jgk_r,
        credits_used=used_r,
        credits_unused=unused_r,
        income_tax_year=income_tax,
        uwv_applies_lhk=uwv_lhk,
        employer_applies_lhk=emp_lhk,
        uwv_applies_jgk=uwv_jgk,
        employer_applies_jgk=emp_jgk,
        withheld_month_uwv=m_uwv,
        withheld_month_employer=m_emp,
        withheld_month_other=m_oth,
        withheld_month=withheld_month,
        withheld_year_uwv=y_uwv,
        withheld_year_employer=y_emp,
        withheld_year_other=y_oth,
        withheld_year=withheld_year,
        settlement_year=settlement,
        flag_both=(lhk == "both") & (wajong_m > 0) & (wage_m > 0),
        flag_pays_back=settlement < 0,
        flag_refund=settlement > 0,
        flag_lhk_unused=(chose_uwv & ~chose_emp & (wajong_m <= 0) & (wage_m > 0))
        | (chose_emp & ~chose_uwv & (wage_m <= 0) & (wajong_m > 0)),
        flag_jgk_via_aangifte=~(uwv_jgk | emp_jgk),
    )


# ---------------------------------------------------------------- explanation and warnings

_PAYER_NL = {
    "uwv": "UWV (op uw Wajong)",
    "employer": "uw werkgever (op uw loon)",
    "both": "UWV én uw werkgever",
    "none": "niemand",
}
_PAYER_EN = {
    "uwv": "UWV (on your Wajong)",
    "employer": "your employer (on your wage)",
    "both": "both UWV and your employer",
    "none": "nobody",
}


def explain_tax(o: TaxOutcome, i: int = 0) -> list[Step]:
    """The tax of row i step by step; the withheld parts add up to the settlement."""
    r = o.rates
    vg = r.vakantiebijslag.value
    tax = row(o.tax_before_credits, i)
    steps = [
        Step(
            rule="taxable_income_year",
            text_nl=(
                f"Inkomen per jaar: loon {_eur(row(o.wage_year, i))} "
                f"(12 maanden plus {_pct(vg)} vakantiegeld), "
                f"Wajong {_eur(row(o.wajong_year, i))} (12 maanden plus vakantiegeld) en ander inkomen "
                f"{_eur(row(o.other_year, i))}. Samen {_eur(row(o.taxable_income_year, i))}."
            ),
            text_en=(
                f"Income per year: wage {_eur_en(row(o.wage_year, i))} "
                f"(12 months plus {vg:.0%} holiday pay), "
                f"Wajong {_eur_en(row(o.wajong_year, i))} (12 months plus holiday pay) and other income "
                f"{_eur_en(row(o.other_year, i))}. Total {_eur_en(row(o.taxable_income_year, i))}."
            ),
            amount=row(o.taxable_income_year, i),
            unit="EUR/year",
            inputs={
                "wage_year": row(o.wage_year, i),
                "wajong_year": row(o.wajong_year, i),
                "other_year": row(o.other_year, i),
            },
            rates=(r.vakantiebijslag,),
        ),
        Step(
            rule="box1_tax",
            text_nl=(
                f"Belasting en premies volksverzekeringen over dit inkomen (box 1, schijven): {_eur(tax)}."
            ),
            text_en=f"Income tax and national insurance on this income (box 1 brackets): {_eur_en(tax)}.",
            amount=tax,
            unit="EUR/year",
            inputs={"taxable_income_year": row(o.taxable_income_year, i)},
            rates=(r.brackets,),
            law=(WET_IB_2_10,),
        ),
        Step(
            rule="algemene_heffingskorting",
            text_nl=(
                f"Algemene heffingskorting: {_eur(r.ahk_max.value)}, "
                f"min {_pct(r.ahk_rate.value)} van het inkomen "
                f"boven {_eur(r.ahk_start.value)} = {_eur(row(o.ahk, i))}."
            ),
            text_en=(
                f"General tax credit: {_eur_en(r.ahk_max.value)}, "
                f"less {r.ahk_rate.value:.3%} of income above "
                f"{_eur_en(r.ahk_start.value)} = {_eur_en(row(o.ahk, i))}."
            ),
            amount=row(o.ahk, i),
            unit="EUR/year",
            rates=(r.ahk_max, r.ahk_start, r.ahk_rate),
            law=(WET_IB_8_10,),
        ),
        Step(
            rule="arbeidskorting",
            text_nl=(
                f"Arbeidskorting over uw loon {_eur(row(o.wage_year, i))}: {_eur(row(o.arbeidskorting, i))}. "
                "Over de Wajong krijgt u geen arbeidskorting."
            ),
            text_en=(
                f"Employed person's credit on your wage {_eur_en(row(o.wage_year, i))}: "
                f"{_eur_en(row(o.arbeidskorting, i))}. The Wajong gets no arbeidskorting."
            ),
            amount=row(o.arbeidskorting, i),
            unit="EUR/year",
            rates=(r.ak,),
            law=(WET_IB_8_11, AK_NOT_ON_BENEFIT),
        ),
        Step(
            rule="jonggehandicaptenkorting",
            text_nl=f"Jonggehandicaptenkorting, omdat u recht hebt op Wajong: {_eur(row(o.jgk, i))}.",
            text_en=(
                "Young disabled person's credit, because you are entitled to Wajong: "
                f"{_eur_en(row(o.jgk, i))}."
            ),
            amount=row(o.jgk, i),
            unit="EUR/year",
            rates=(r.jgk,),
            law=(WET_IB_8_16A,),
        ),
    ]
    unused = row(o.credits_unused, i)
    lost_nl = (
        f" {_eur(unused)} korting kunt u niet gebruiken: de belasting kan niet lager dan € 0."
        if unused > 0
        else ""
    )
    lost_en = f" {_eur_en(unused)} of credit cannot be used: tax cannot go below € 0." if unused > 0 else ""
    steps.append(
        Step(
            rule="income_tax_year",
            text_nl=f"Belasting over het jaar: {_eur(tax)} "
            f"min kortingen {_eur(row(o.credits_used, i))} = {_eur(row(o.income_tax_year, i))}.{lost_nl}",
            text_en=f"Tax for the year: {_eur_en(tax)} "
            f"less credits {_eur_en(row(o.credits_used, i))} = "
            f"{_eur_en(row(o.income_tax_year, i))}.{lost_en}",
            amount=row(o.income_tax_year, i),
            unit="EUR/year",
            inputs={
                "tax_before_credits": tax,
                "credits_used": row(o.credits_used, i),
                "credits_unused": unused,
            },
            law=(WET_IB_8_1,),
        )
    )
    choice = str(o.lhk[i])
    for payer, m, y, lhk_on, jgk_on, nl, en in (
        (
            "uwv",
            o.withheld_month_uwv,
            o.withheld_year_uwv,
            o.uwv_applies_lhk,
            o.uwv_applies_jgk,
            "UWV houdt in op uw Wajong",
            "UWV withholds on your Wajong",
        ),
        (
            "employer",
            o.withheld_month_employer,
            o.withheld_year_employer,
            o.employer_applies_lhk,
            o.employer_applies_jgk,
            "Uw werkgever houdt in op uw loon",
            "Your employer withholds on your wage",
        ),
        (
            "other",
            o.withheld_month_other,
            o.withheld_year_other,
            None,
            None,
            "Op uw andere inkomen wordt ingehouden (zonder korting)",
            "Withheld on your other income (no credit)",
        ),
    ):
        if row(y, i) == 0 and payer == "other":
            continue
        if lhk_on is None:
            how_nl, how_en = "", ""
        elif row(lhk_on, i):
            extra_nl = " en jonggehandicaptenkorting" if row(jgk_on, i) else ""
            extra_en = " and young disabled person's credit" if row(jgk_on, i) else ""
            how_nl = f", met loonheffingskorting{extra_nl}"
            how_en = f", with the payroll tax credit{extra_en}"
        else:
            how_nl, how_en = ", zonder loonheffingskorting", ", without the payroll tax credit"
        steps.append(
            Step(
                rule=f"withholding_{payer}",
                text_nl=f"{nl}{how_nl}: {_eur(row(m, i))} per maand, "
                f"{_eur(row(y, i))} per jaar (met vakantiegeld).",
                text_en=f"{en}{how_en}: {_eur_en(row(m, i))} per month, "
                f"{_eur_en(row(y, i))} per year (with holiday pay).",
                amount=row(y, i),
                unit="EUR/year",
                inputs={"withheld_month": row(m, i), "loonheffingskorting": choice},
                rates=(r.brackets, r.ahk_max, r.ahk_start, r.ahk_rate, r.ak, r.jgk, r.table_step),
                law=(WET_LB_22, REKENVOORSCHRIFTEN, UWV_JGK),
            )
        )
    s = row(o.settlement_year, i)
    if s >= 0:
        nl = (
            f"Ingehouden {_eur(row(o.withheld_year, i))} min belasting "
            f"{_eur(row(o.income_tax_year, i))}: u krijgt na het jaar ongeveer {_eur(s)} terug."
        )
        en = (
            f"Withheld {_eur_en(row(o.withheld_year, i))} less tax "
            f"{_eur_en(row(o.income_tax_year, i))}: you get about {_eur_en(s)} back after the year."
        )
    else:
        nl = (
            f"Ingehouden {_eur(row(o.withheld_year, i))} min belasting "
            f"{_eur(row(o.income_tax_year, i))}: u moet na het jaar ongeveer {_eur(-s)} terugbetalen."
        )
        en = (
            f"Withheld {_eur_en(row(o.withheld_year, i))} less tax "
            f"{_eur_en(row(o.income_tax_year, i))}: you pay about {_eur_en(-s)} back after the year."
        )
    steps.append(
        Step(
            rule="settlement_year",
            text_nl=nl
            + " De Zvw-bijdrage betalen UWV en uw werkgever zelf; daarvoor wordt niets ingehouden.",
            text_en=en
            + " UWV and your employer pay the Zvw contribution themselves; nothing is withheld for it.",
            amount=s,
            unit="EUR/year",
            inputs={"withheld_year": row(o.withheld_year, i), "income_tax_year": row(o.income_tax_year, i)},
            law=(BD_MEERDERE_INKOMENS, UWV_ZVW),
        )
    )
    return steps


def tax_warnings(o: TaxOutcome, i: int = 0) -> list[Notice]:
    """Plain warnings about the loonheffingskorting choice for row i: code, nl, en, amount."""
    out: list[dict] = []
    s = row(o.settlement_year, i)
    if row(o.flag_both, i):
        out.append(
            {
                "code": "loonheffingskorting_both",
                "nl": (
                    "U laat de loonheffingskorting toepassen door UWV én door uw werkgever. "
                    "Dat mag maar bij één. "
                    f"Na het jaar moet u dan ongeveer {_eur(max(-s, 0))} terugbetalen. "
                    "Zet de korting bij één van de twee uit (meestal bij het laagste inkomen), "
                    "of vraag een voorlopige aanslag aan bij de "
                    "Belastingdienst, zodat u elke maand een beetje betaalt."
                ),
                "en": (
                    "Both UWV and your employer apply the payroll tax credit. Only one may. "
                    f"You will then pay back about {_eur_en(max(-s, 0))} after the year. "
                    "Switch it off at one of them (usually the lower "
                    "income), or ask the Belastingdienst for a voorlopige aanslag to pay monthly."
                ),
                "amount": s,
            }
        )
    elif row(o.flag_pays_back, i):
        out.append(
            {
                "code": "tax_pay_back",
                "nl": (
                    f"Met deze keuze wordt te weinig belasting ingehouden. "
                    f"Na het jaar moet u ongeveer {_eur(-s)} terugbetalen. Zet dit geld opzij, "
                    "of vraag een voorlopige aanslag aan bij de Belastingdienst. "
                    "Dan betaalt u het in maanddelen."
                ),
                "en": (
                    "With this choice too little tax is withheld. "
                    f"After the year you pay back about {_eur_en(-s)}. "
                    "Put this money aside, or ask the Belastingdienst for a voorlopige aanslag "
                    "to pay monthly."
                ),
                "amount": s,
            }
        )
    elif row(o.flag_refund, i) and s >= 1:
        out.append(
            {
                "code": "tax_refund",
                "nl": (
                    f"Er wordt meer ingehouden dan nodig. "
                    f"Na het jaar krijgt u ongeveer {_eur(s)} terug als u "
                    "aangifte doet. Wilt u dit geld elke maand? Vraag dan een voorlopige aanslag aan."
                ),
                "en": (
                    f"More is withheld than needed. "
                    f"After the year you get about {_eur_en(s)} back when you file "
                    "a tax return. To get it monthly, ask for a voorlopige aanslag."
                ),
                "amount": s,
            }
        )
    if row(o.flag_lhk_unused, i):
        payer_nl = "UWV" if str(o.lhk[i]) == "uwv" else "uw werkgever"
        payer_en = "UWV" if str(o.lhk[i]) == "uwv" else "your employer"
        other_nl = "uw werkgever" if str(o.lhk[i]) == "uwv" else "UWV"
        other_en = "your employer" if str(o.lhk[i]) == "uwv" else "UWV"
        out.append(
            {
                "code": "loonheffingskorting_unused",
                "nl": (
                    f"U hebt gekozen voor de korting bij {payer_nl}, maar {payer_nl} betaalt u niets. Vraag "
                    f"{other_nl} om de loonheffingskorting toe te passen."
                ),
                "en": (
                    f"You chose the credit at {payer_en}, but {payer_en} pays you nothing. "
                    f"Ask {other_en} to apply "
                    "the payroll tax credit."
                ),
                "amount": s,
            }
        )
    if row(o.flag_jgk_via_aangifte, i):
        out.append(
            {
                "code": "jgk_via_aangifte",
                "nl": (
                    f"De jonggehandicaptenkorting ({_eur(row(o.jgk, i))} per jaar) wordt nu niet elke maand "
                    "verrekend. U krijgt die terug via de aangifte of een voorlopige aanslag."
                ),
                "en": (
                    f"The young disabled person's credit ({_eur_en(row(o.jgk, i))} a year) "
                    "is not applied monthly. "
                    "You get it back through the tax return or a voorlopige aanslag."
                ),
                "amount": row(o.jgk, i),
            }
        )
    return [Notice(**d) for d in out]
