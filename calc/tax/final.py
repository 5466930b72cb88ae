"""The income tax of a calendar year from what was paid in it (Wet IB 2001 art. 3.146 with Wet LB 1964
art. 13a: loon counts when it is genoten), readably: box 1 tariff, the heffingskortingen of a Wajonger
who works, the inkomensafhankelijke combinatiekorting of a working parent of a young child, never below
nil. The calendar's yearly settlement runs this function; `outcome.tax_on_income` computes the same
rows in its stacked pass (tests/test_tax_properties.py proves them equal to the cent)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import round_cents
from calc.rates import Rate, RateBook
from calc.tax.box1 import box1_tax
from calc.tax.heffingskortingen import (
    algemene_heffingskorting,
    arbeidskorting,
    credits_applied,
    iack_applies,
    inkomensafhankelijke_combinatiekorting,
    jonggehandicaptenkorting,
)
from calc.tax.loonheffing import TaxRates

Array = NDArray[np.float64]


@dataclass(frozen=True)
class IackRates:
    """The inkomensafhankelijke combinatiekorting's amounts (Wet IB 2001 art. 8.14a). Looked up only
    for rows with a child under 12, so a result without one lists none of them as provisional."""

    threshold: Rate
    rate: Rate
    maximum: Rate

    @classmethod
    def on(cls, book: RateBook, day: dt.date) -> IackRates:
        return book.derived((cls, day), lambda: cls._lookup(book, day))

    @classmethod
    def _lookup(cls, book: RateBook, day: dt.date) -> IackRates:
        return cls(
            threshold=book.get("income_tax.iack_threshold", day),
            rate=book.get("income_tax.iack_rate", day),
            maximum=book.get("income_tax.iack_max", day),
        )


def children_under_12(children: ArrayLike, children_12_15: ArrayLike, children_16_17: ArrayLike) -> NDArray:
    """Children in the household younger than 12, from the ages entered (art. 8.14a lid 1 b asks for
    the age at the start of the year; the ages are taken as of the period, docs/assumptions.md)."""
    return np.asarray(children) - np.asarray(children_12_15) - np.asarray(children_16_17)


def iack_year(
    arbeidsinkomen_year: ArrayLike,
    young_children: ArrayLike,
    partner: ArrayLike,
    partner_income_year: ArrayLike,
    book: RateBook,
    day: dt.date,
) -> tuple[Array, NDArray[np.bool_], IackRates | None]:
    """The inkomensafhankelijke combinatiekorting per row (art. 8.14a), whether lid 1 b and c apply,
    and its rates (None when no row has a child under 12: then nothing is looked up). The partner's
    income as entered stands for the partner's arbeidsinkomen (docs/assumptions.md)."""
    ai = np.asarray(arbeidsinkomen_year, dtype=float)
    young = np.asarray(young_children)
    if not (young > 0).any():
        return np.zeros(ai.shape), np.zeros(ai.shape, dtype=bool), None
    ir = IackRates.on(book, day)
    applies = iack_applies(young, partner, ai, partner_income_year)
    amount = inkomensafhankelijke_combinatiekorting(
        ai, applies, ir.threshold.value, ir.rate.value, ir.maximum.value
    )
    return amount, applies, ir


@dataclass(frozen=True)
class YearTax:
    """The final tax of a year, every part to the cent."""

    taxable_income: Array
    tax_before_credits: Array
    ahk: Array
    arbeidskorting: Array
    jgk: Array
    iack: Array
    credits_used: Array
    income_tax: Array


def income_tax_of_year(
    wage_year: ArrayLike,
    wajong_year: ArrayLike,
    other_year: ArrayLike,
    iack: ArrayLike,
    r: TaxRates,
    business_taxable: ArrayLike = 0.0,
    business_profit: ArrayLike = 0.0,
) -> YearTax:
    """The income tax of the year (Wet IB 2001): box 1 tariff on wage + Wajong + other income + a
    business's belastbare winst (art. 2.10; not below nil), less the algemene heffingskorting (art. 8.10),
    the arbeidskorting on the arbeidsinkomen: the wage and a business's profit, not the Wajong (art. 8.1
    lid 1 e, 8.11), the jonggehandicaptenkorting (art. 8.16a) and the inkomensafhankelijke
    combinatiekorting (art. 8.14a, computed by `iack_year`), together at most the tax (art. 8.1).
    Amounts include the holiday pay paid in the year."""
    wage = np.asarray(wage_year, dtype=float)
    own = wage + np.asarray(wajong_year, dtype=float) + np.asarray(other_year, dtype=float)
    biz = np.asarray(business_taxable, dtype=float)
    taxable = np.where(biz != 0.0, np.maximum(own + biz, 0.0), own)  # a business's loss: not below nil
    tax = box1_tax(taxable, r.brackets.value)
    ahk = algemene_heffingskorting(taxable, r.ahk_max.value, r.ahk_start.value, r.ahk_rate.value)
    ak = arbeidskorting(wage + np.asarray(business_profit, dtype=float), r.ak.value)
    jgk = jonggehandicaptenkorting(np.ones(taxable.shape, dtype=bool), r.jgk.value)
    iack = np.asarray(iack, dtype=float)
    used = credits_applied(tax, ahk + ak + jgk + iack)
    return YearTax(*(round_cents(x) for x in (taxable, tax, ahk, ak, jgk, iack, used, tax - used)))
