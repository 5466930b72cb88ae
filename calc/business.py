"""A Wajonger with an own business (issue 17): what the profit does to the Wajong, the tax and the
toeslagen, and the settlement risk in numbers.

UWV pays the Wajong of a Wajonger with a business as a voorschot on the profit the client estimates at
the start of the year, and settles it once a year with the aangifte's figures, in practice one to two
years later (AIB art. 4:1 lid 6; UWV, "De hoogte van mijn Wajong-uitkering als ik zelfstandige ben").
`settlement_risk` works out what that settlement is when the profit turns out higher or lower than
estimated. The rules are in calc/wajong.py (the income the Wajong counts) and calc/tax/ondernemer.py (the
deductions, the Zvw bijdrage); this module gathers them for one situation (`business_block`, evaluate's
`business`). The words are in calc/business_texts.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import numpy as np

from calc.benefit import compute_wajong
from calc.columns import business_spread, sweep_profit
from calc.money import round_cents
from calc.months import add_months, month_label
from calc.rates import RateBook
from calc.result import SettlementRisk
from calc.situation import Situation
from calc.tax import compute_tax

if TYPE_CHECKING:
    from calc.chain import ChainOutcome


def settlement_month(year: int, book: RateBook, day: dt.date, months_after: int | None = None) -> str:
    """The month in which UWV settles the Wajong of `year`'s profit: `months_after` (default: rates)
    after December of that year."""
    after = months_after or int(book.value("uwv_timing.business_settlement_months_after_year", day))
    return month_label(add_months(year, 12, after))


def settlement_risk(s: Situation, book: RateBook) -> SettlementRisk | None:
    """The settlement when the realised profit is the example difference (rates: business.
    settlement_example_difference) higher, or lower, than the estimate: the Wajong of each month with the
    business at the estimate minus at the realised profit (as the calendar settles it).
    None without a business. The Wajong does not depend on the toeslagen, so only the Wajong and the tax
    are computed (three rows in one call)."""
    if s.business is None:
        return None
    day = s.first_day
    d = float(book.value("business.settlement_example_difference", day))
    p = s.business.profit_year
    cols = sweep_profit(s, [p, p + d, p - d])
    w = compute_wajong(cols, book, day)
    n, _ = business_spread(s, day.year, day.month)
    paid = w.wajong  # the Wajong alone: the vakantie-uitkering follows the entitlement (docs/assumptions.md)
    payback, nabetaling = round_cents(np.array([paid[0] - paid[1], paid[2] - paid[0]]) * n)
    t = compute_tax(cols, w, book, day)
    owed = t.income_tax_year + t.zvw_bijdrage_year
    return SettlementRisk(
        difference=d,
        payback=float(payback),
        nabetaling=float(nabetaling),
        tax_extra=float(round_cents(owed[1] - owed[0])),
        year=day.year,
        months=int(n),
        settlement_month=settlement_month(day.year, book, day),
        aangifte_month=month_label((day.year + 1, int(book.value("uwv_timing.aangifte_month", day)))),
    )


def urencriterium_met(c: ChainOutcome, i: int = 0) -> str:
    """ "urencriterium" (1.225 hours), "verlaagd" (800, not 1.225) or "geen"."""
    b = c.tax.business
    if bool(b.meets_urencriterium[i]):
        return "urencriterium"
    return "verlaagd" if bool(b.meets_reduced[i]) else "geen"


def business_block(
    c: ChainOutcome, s: Situation, risk: SettlementRisk | None, i: int = 0
) -> dict[str, Any] | None:
    """evaluate's `business` (null without a business): the profit and what the Wajong counts of it, the
    ondernemersaftrek and the MKB-winstvrijstelling, the belastbare winst, the Zvw bijdrage, the voorlopige
    aanslag, and the settlement risk."""
    if s.business is None or not bool(c.tax.business.has_business[i]):
        return None
    b, t = c.tax.business, c.tax
    n, _ = business_spread(s, s.first_day.year, s.first_day.month)

    def f(x: Any) -> float:
        return float(np.asarray(x)[i])

    return {
        "profit_year": f(b.profit),
        "months": n,
        "income_month": f(c.wajong.business_income),
        "urencriterium": urencriterium_met(c, i),
        "zelfstandigenaftrek": f(b.zelfstandigenaftrek),
        "startersaftrek": f(b.startersaftrek),
        "startersaftrek_bij_arbeidsongeschiktheid": f(b.startersaftrek_ao),
        "ondernemersaftrek": f(b.ondernemersaftrek),
        "mkb_winstvrijstelling": f(b.mkb),
        "profit_taxable": f(b.belastbare_winst),
        "zvw_bijdrage": f(t.zvw_bijdrage_year),
        "voorlopige_aanslag_year": f(t.voorlopige_aanslag_year),
        "settlement_risk": risk.model_dump() if risk else None,
    }


PROFIT_POINTS = 21  # the profits of the sweep (the app's chart and the PDF's), from nil up


def profit_grid(profit: float, grondslag: float, points: int = PROFIT_POINTS) -> np.ndarray:
    """The profits of the profit sweep: from nil to twice the profit entered, and at least a quarter past
    where the Wajong has gone (a year's profit of twelve times the grondslag, which the Wajong counts per
    month), in `points` equal steps rounded up to whole five hundreds."""
    top = max(2 * profit, 12 * grondslag * 1.25, 1.0)
    step = 500.0 * np.ceil(top / (points - 1) / 500.0)
    return np.arange(points, dtype=float) * step
