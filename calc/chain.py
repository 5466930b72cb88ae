"""The whole net chain over columns: Wajong -> tax withheld -> toeslagen -> net per month.

One call computes every row, so a single client, a 0-40 hour sweep and a caseload go through the
same rules. `evaluate` explains row 0; `sweep` returns a table for the app's charts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import ArrayLike, NDArray

if TYPE_CHECKING:
    import pandas as pd

from calc.benefit import WajongOutcome, compute_wajong
from calc.columns import Columns, columns_from_situation, sweep_hours, sweep_profit
from calc.costs import costs_of_working
from calc.explain import LawSource, Step, row
from calc.money import eur, round_cents
from calc.net import INCOME_PARTS, NET_PARTS
from calc.rates import RateBook, load_rates
from calc.situation import Situation
from calc.tax import BD_MEERDERE_INKOMENS, UWV_LHK_WAJONG, WET_LB_22, TaxOutcome, compute_tax
from calc.toeslagen import ToeslagenOutcome, compute_toeslagen, project_toetsingsinkomen
from calc.toeslagenwet import ToeslagenwetOutcome, compute_toeslagenwet, in_flat_zone

Array = NDArray[np.float64]


@dataclass(frozen=True)  # cached_property still works: it writes the instance __dict__ directly
class ChainOutcome:
    cols: Columns
    wajong: WajongOutcome
    tax: TaxOutcome
    toeslagen: ToeslagenOutcome
    toeslagenwet: ToeslagenwetOutcome

    @cached_property
    def toeslagen_month(self) -> Array:
        """Every toeslag of the registry per month; one we cannot compute (NaN) counts as 0."""
        return self.toeslagen.month_total

    @cached_property
    def gross_month(self) -> Array:
        """The income parts of the registry (wage, Wajong, Toeslagenwet, other income), before withholding."""
        total = INCOME_PARTS[0].read(self)
        for p in INCOME_PARTS[1:]:
            total = total + p.read(self)
        return total

    @cached_property
    def net_month(self) -> Array:
        """Money in, in an ordinary month: gross wage + gross Wajong + other income + a business's profit -
        loonheffing withheld - the voorlopige aanslag a business pays (zero without one) + toeslagen.
        Vakantiegeld and the settlement after the year are shown apart."""
        t = self.tax
        return round_cents(
            self.gross_month - t.withheld_month - t.voorlopige_aanslag_month + self.toeslagen_month
        )

    @cached_property
    def year_total(self) -> Array:
        """All the money of a year like this month, once everything is settled: wage and Wajong x 12
        with the vakantiegeld and the vakantie-uitkering, other income, a business's profit, minus the final
        income tax of the year (not what was withheld) and a business's Zvw bijdrage, plus the final year
        amount of every toeslag (not the monthly advances). Who applies the loonheffingskorting does not
        change it: that only moves money between the month and the settlement after the year."""
        t = self.tax
        business = t.business.profit - t.zvw_bijdrage_year  # both zero without a business
        return round_cents(
            t.wage_year
            + t.wajong_year
            + t.other_year
            + business
            - t.income_tax_year
            + self.toeslagen.year_total
        )

    @cached_property
    def net_month_with_settlement(self) -> Array:
        """The net month plus 1/12 of the tax settlement after the year (refund or payback):
        what an ordinary month is really worth, whichever payer applies the loonheffingskorting."""
        return round_cents(self.net_month + self.tax.settlement_year / 12)


def compute_chain(cols: Columns, book: RateBook, day: dt.date) -> ChainOutcome:
    """The Wajong, the Toeslagenwet top-up on it, the toeslagen (all tested against the same joint
    toetsingsinkomen, which counts the top-up) and the tax (UWV withholds on Wajong and top-up together)."""
    w = compute_wajong(cols, book, day)
    tw = compute_toeslagenwet(cols, w, book, day)
    ts = compute_toeslagen(cols, w, book, day, tw.year)
    return ChainOutcome(cols, w, compute_tax(cols, w, book, day, tw), ts, tw)


def projected_toetsingsinkomen(cols: Columns, book: RateBook, day: dt.date) -> Array:
    """The toetsingsinkomen the rules project for these rows, ignoring a given one."""
    blank = replace(cols, toetsingsinkomen_year=np.full(len(cols), np.nan))
    w = compute_wajong(blank, book, day)
    return project_toetsingsinkomen(blank, w, book, day, compute_toeslagenwet(blank, w, book, day).year)


def carry_toetsingsinkomen(given: Columns, to: Columns, book: RateBook, day: dt.date) -> Columns:
    """A toetsingsinkomen given for one situation (row 0 of `given`), carried to other situations
    of the same client (other hours, a new job): the given amount plus the change in projected
    yearly income. Toeslagen test the whole year's income (Awir art. 7-8), so more work must raise
    it; keeping the given amount fixed would show a job as costing no toeslagen at all."""
    tti = float(given.toetsingsinkomen_year[0])
    if np.isnan(tti):
        return to
    shift = projected_toetsingsinkomen(to, book, day) - projected_toetsingsinkomen(given, book, day)[0]
    return replace(to, toetsingsinkomen_year=np.maximum(tti + shift, 0.0))


def situation_with_carried_toetsingsinkomen(given: Situation, other: Situation, book: RateBook) -> Situation:
    """`other` with the toetsingsinkomen of `given` carried over (see carry_toetsingsinkomen);
    unchanged when `given` has none."""
    if given.toetsingsinkomen_year is None:
        return other
    cols = carry_toetsingsinkomen(
        columns_from_situation(given), columns_from_situation(other), book, other.first_day
    )
    return other.model_copy(update={"toetsingsinkomen_year": round(float(cols.toetsingsinkomen_year[0]), 2)})


AWIR_VOORSCHOT = LawSource(
    "Algemene wet inkomensafhankelijke regelingen, art. 16 (toeslag als voorschot, per maand betaald)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel16",
)


def net_parts(c: ChainOutcome, i: int = 0) -> dict[str, float]:
    """The signed parts of row i's net month (withholding negative): they add up to net_month."""
    return {p.key: p.sign * row(np.nan_to_num(p.read(c)), i) for p in NET_PARTS}


def explain_net(c: ChainOutcome, i: int = 0) -> list[Step]:
    """The last two lines of every explanation: the parts that make the net month, and the month
    with 1/12 of the settlement after the year. Their inputs add up to their amounts."""
    parts = net_parts(c, i)
    shown = {k: v for k, v in parts.items() if v or k in ("wage", "wajong")}
    LABELS = {p.key: p for p in NET_PARTS}

    def line(lang: str) -> str:
        out = ""
        for k, v in shown.items():
            sign = "− " if v < 0 else ("+ " if out else "")
            out += f"{' ' if out else ''}{sign}{LABELS[k].label(lang)} {eur(abs(v), lang)}"
        return out

    net, settlement = row(c.net_month, i), row(c.tax.settlement_year, i)
    with_settlement = row(c.net_month_with_settlement, i)
    return [
        Step(
            rule="net_income",
            text_nl=f"Netto per maand: {line('nl')} = {eur(net)}.",
            text_en=f"Net per month: {line('en')} = {eur(net, 'en')}.",
            amount=net,
            inputs=parts,
            law=(UWV_LHK_WAJONG, WET_LB_22, AWIR_VOORSCHOT),
        ),
        Step(
            rule="net_income_with_settlement",
            text_nl=f"Met 1/12 van wat u na het jaar {'terugkrijgt' if settlement >= 0 else 'terugbetaalt'} "
            f"({eur(abs(settlement))} / 12): {eur(with_settlement)} per maand.",
            text_en=f"With 1/12 of what you {'get back' if settlement >= 0 else 'pay back'} after the year "
            f"({eur(abs(settlement), 'en')} / 12): {eur(with_settlement, 'en')} a month.",
            amount=with_settlement,
            inputs={"net_income": net, "settlement_year": settlement},  # net + settlement / 12, to the cent
            law=(BD_MEERDERE_INKOMENS,),
        ),
    ]


# Per hours value: the hours, each part of the net month (NET_PARTS, positive amounts), then totals.
TOTAL_COLUMNS = (
    "gross_income",
    "net_income",
    "net_income_with_settlement",
    "income_tax_year",
    "settlement_year",
    "year_total",
    "toeslagenwet_flat_zone",  # 1 where one more euro of wage does not raise wage + Wajong + TW (issue 16)
    "net_income_after_costs",  # net_income - the new job's costs of working, at hours > 0 (calc/costs.py)
    "year_total_after_costs",  # year_total - 12 x those costs
)
SWEEP_COLUMNS = ("hours_per_week", *(p.key for p in NET_PARTS), *TOTAL_COLUMNS)


@cache
def _sweep_index() -> pd.Index:
    """The column labels, made once: building a pandas Index costs more than the frame itself."""
    import pandas as pd

    return pd.Index(SWEEP_COLUMNS)


def sweep(s: Situation, hours: ArrayLike, job_index: int = 0, book: RateBook | None = None) -> pd.DataFrame:
    """Net money per month for each number of hours of job `job_index`, in one vectorised call."""
    hours = np.asarray(hours, dtype=float)
    return _sweep_frame(s, sweep_hours(s, hours, job_index), hours, book or load_rates(), working=hours > 0)


def profit_sweep(s: Situation, profits: ArrayLike, book: RateBook | None = None) -> pd.DataFrame:
    """Net money per month for each profit of the business (issue 17: the hours sweep of a business), in
    one vectorised call; the first column, `hours_per_week` in the hours sweep, is `profit_year`."""
    profits = np.asarray(profits, dtype=float)
    # The costs of working are a job's (travel, clothes): a business's costs are already in its profit.
    job = np.full(len(profits), any(j.hours_per_week > 0 for j in s.jobs))
    frame = _sweep_frame(s, sweep_profit(s, profits), profits, book or load_rates(), working=job)
    return frame.rename(columns={"hours_per_week": "profit_year"})


def _sweep_frame(s: Situation, cols: Columns, first: Array, book: RateBook, working: Array) -> pd.DataFrame:
    """The sweep's frame: `first` (the values swept), each part of the net month, then the totals;
    `working`: the rows that carry the costs of working (`costs`)."""
    import pandas as pd  # only here: keeps `import calc` (the CLI's cold start) light

    if s.toetsingsinkomen_year is not None:  # given for the situation entered: other values move it
        cols = carry_toetsingsinkomen(columns_from_situation(s), cols, book, s.first_day)
    c = compute_chain(cols, book, s.first_day)
    costs = np.where(working, costs_of_working(s.costs, book, s.first_day)["net_costs_month"], 0.0)
    columns = (
        first,
        *(p.read(c) for p in NET_PARTS),
        c.gross_month,
        c.net_month,
        c.net_month_with_settlement,
        c.tax.income_tax_year,
        c.tax.settlement_year,
        c.year_total,
        in_flat_zone(c.toeslagenwet),
        c.net_month - costs,
        c.year_total - 12 * costs,
    )
    # One float block instead of a dict of columns: the same frame, built in a fraction of the time.
    block = np.column_stack([np.asarray(x, dtype=float) for x in columns])
    return pd.DataFrame(block, columns=_sweep_index(), copy=False)
