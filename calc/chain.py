"""The whole net chain over columns: Wajong -> tax withheld -> toeslagen -> net per month.

One call computes every row, so a single client, a 0-40 hour sweep and a caseload go through the
same rules. `evaluate` explains row 0; `sweep` returns a table for the app's charts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

if TYPE_CHECKING:
    import pandas as pd

from calc.benefit import WajongOutcome, compute_wajong
from calc.columns import Columns, sweep_hours
from calc.kindgebonden import KindgebondenOutcome, compute_kindgebonden_budget
from calc.money import round_cents
from calc.rates import RateBook, load_rates
from calc.situation import Situation
from calc.tax import TaxOutcome, compute_tax
from calc.toeslagen import ToeslagenOutcome, compute_toeslagen

Array = NDArray[np.float64]


@dataclass(frozen=True)
class ChainOutcome:
    cols: Columns
    wajong: WajongOutcome
    tax: TaxOutcome
    toeslagen: ToeslagenOutcome
    kindgebonden: KindgebondenOutcome

    @property
    def toeslagen_month(self) -> Array:
        """Zorgtoeslag + huurtoeslag + kindgebonden budget; a huurtoeslag we cannot compute (NaN)
        counts as 0."""
        return (
            self.toeslagen.zorgtoeslag_month
            + np.nan_to_num(self.toeslagen.huurtoeslag_month)
            + self.kindgebonden.month
        )

    @property
    def gross_month(self) -> Array:
        return self.cols.wage + self.wajong.wajong + self.cols.other_income

    @property
    def net_month(self) -> Array:
        """Money in, in an ordinary month: gross wage + gross Wajong + other income - loonheffing
        withheld + toeslagen. Vakantiegeld and the settlement after the year are shown apart."""
        return round_cents(self.gross_month - self.tax.withheld_month + self.toeslagen_month)

    @property
    def net_month_with_settlement(self) -> Array:
        """The net month plus 1/12 of the tax settlement after the year (refund or payback):
        what an ordinary month is really worth, whichever payer applies the loonheffingskorting."""
        return round_cents(self.net_month + self.tax.settlement_year / 12)


def compute_chain(cols: Columns, book: RateBook, day: dt.date) -> ChainOutcome:
    """The kindgebonden budget tests the same joint toetsingsinkomen as the other toeslagen."""
    w = compute_wajong(cols, book, day)
    ts = compute_toeslagen(cols, w, book, day)
    kgb = compute_kindgebonden_budget(cols, ts.toetsingsinkomen_year, book, day)
    return ChainOutcome(cols, w, compute_tax(cols, w, book, day), ts, kgb)


def sweep(s: Situation, hours: ArrayLike, job_index: int = 0, book: RateBook | None = None) -> pd.DataFrame:
    """Net money per month for each number of hours of job `job_index`, in one vectorised call."""
    import pandas as pd  # only here: keeps `import calc` (the CLI's cold start) light

    book = book or load_rates()
    hours = np.asarray(hours, dtype=float)
    c = compute_chain(sweep_hours(s, hours, job_index), book, s.first_day)
    return pd.DataFrame(
        {
            "hours_per_week": hours,
            "wage": c.cols.wage,
            "wajong": c.wajong.wajong,
            "other_income": c.cols.other_income,
            "withholding": c.tax.withheld_month,
            "zorgtoeslag": c.toeslagen.zorgtoeslag_month,
            "huurtoeslag": c.toeslagen.huurtoeslag_month,
            "kindgebonden_budget": c.kindgebonden.month,
            "gross_income": c.gross_month,
            "net_income": c.net_month,
            "net_income_with_settlement": c.net_month_with_settlement,
            "income_tax_year": c.tax.income_tax_year,
            "settlement_year": c.tax.settlement_year,
        }
    )
