"""Why UWV's letter may differ from the check: likely causes, each tested as a single hypothesis.

Each cause is a way UWV may have counted differently from the law as the check applies it. Where it
is computable, the cause is one or more hypotheses ("UWV counted the holiday pay of May as wage"):
the Wajong due is computed again with the core's own `compute_wajong` (calc.reconcile_input.wajong_due)
on the changed months, which gives what UWV would then ask back. A cause whose best hypothesis
brings the letter within the margin (rates: reconcile.match_tolerance) is ranked first; then those
that explain part of it; then the rest in the issue's order. See docs/reconcile.md.

The polisadministratie cause can explain any difference (any wage can be wrong), so it is never
counted as "explaining": it gives the total wage UWV must then have used, to check on the payslips.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from calc.benefit import WajongRates
from calc.money import round_cents
from calc.rates import RateBook
from calc.reconcile_input import Due, Months, ReconcileRequest, wajong_due
from calc.reconcile_texts import (
    CAUSE_CHECKS,
    CAUSE_SOURCES,
    CAUSE_TITLES,
    NOT_COMPUTABLE,
    hypothesis_text,
    outcome_sentence,
    polis_text,
)

ORDER = ("holiday_pay", "four_weekly", "polis_wage", "grondslag_change", "garantiebedrag", "voorschot_period")
PROBE = 100.0  # euros of extra wage used to measure how the Wajong moves with the wage (not a rate)


@dataclass(frozen=True)
class Hypothesis:
    reclaim: float  # what UWV would ask back (< 0: pay out) if this is what happened
    text: tuple[str, str]
    months: list[str]


@dataclass(frozen=True)
class Context:
    req: ReconcileRequest
    ms: Months
    due: Due
    book: RateBook

    def reclaim_if_due(self, due: np.ndarray) -> float:
        return float(round_cents(self.ms.paid.sum() - round_cents(due).sum()))

    def reclaim_if_income(self, income: np.ndarray, days: list[dt.date] | None = None) -> float:
        return self.reclaim_if_due(wajong_due(self.req, income, days or self.ms.days, self.book).wajong)


def holiday_pay(c: Context) -> list[Hypothesis]:
    """UWV counted the employer's holiday pay as income (AIB art. 2:5 says it is not): as paid, in the
    month it was paid; or as accrued, every month (AIB art. 4:1 lid 8, written for UWV's benefits)."""
    out = []
    for i, hp in enumerate(c.ms.holiday_pay):
        if hp > 0:
            income = c.ms.income_wage.copy()
            income[i] += hp
            text = hypothesis_text("holiday_paid", amount=float(hp), month=c.ms.periods[i])
            out.append(Hypothesis(c.reclaim_if_income(income), text, [c.ms.periods[i]]))
    if np.any(c.ms.income_wage > 0):
        pct = np.array([c.book.value("minimum_wage.vakantiebijslag_percentage", d) for d in c.ms.days])
        income = round_cents(c.ms.income_wage * (1 + pct))
        text = hypothesis_text("holiday_accrued", percentage=float(pct[-1]))
        out.append(Hypothesis(c.reclaim_if_income(income), text, list(c.ms.periods)))
    return out


def four_weekly(c: Context) -> list[Hypothesis]:
    """Four-weekly pay: UWV did not convert it to a month (AIB art. 4:1 lid 2), or counted a period in
    the neighbouring month (lid 3 and 7 leave the split of a period over two months open)."""
    if c.req.pay_period != "four_weeks":
        return []
    out = [Hypothesis(c.reclaim_if_income(c.ms.wage.copy()), hypothesis_text("four_weekly_raw"), [])]
    per_period = c.ms.income_wage / np.array([m.periods for m in c.req.months], dtype=float)
    for i in range(len(c.ms.periods) - 1):
        for src, dst in ((i + 1, i), (i, i + 1)):
            if per_period[src] <= 0:
                continue
            income = c.ms.income_wage.copy()
            income[src] -= per_period[src]
            income[dst] += per_period[src]
            text = hypothesis_text("four_weekly_moved", source=c.ms.periods[src], target=c.ms.periods[dst])
            out.append(Hypothesis(c.reclaim_if_income(round_cents(income)), text, [c.ms.periods[src]]))
    return out


def _rates_key(book: RateBook, day: dt.date) -> tuple[dt.date, ...]:
    r = WajongRates.on(book, day)
    return tuple(getattr(r, f.name).since for f in dataclasses.fields(r))


def grondslag_change(c: Context) -> list[Hypothesis]:
    """From a month whose Wajong rates differ from the month before (1 January, 1 July), UWV went on
    with the previous rates until the next change."""
    first, _ = c.book.supported_period()
    days = c.ms.days
    starts = []
    for i, d in enumerate(days):
        before = (d - dt.timedelta(days=1)).replace(day=1)
        if before >= first and _rates_key(c.book, before) != _rates_key(c.book, d):
            starts.append((i, before))
    out = []
    for n, (i, before) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(days)
        rows = [j for j in range(i, end) if _rates_key(c.book, days[j]) == _rates_key(c.book, days[i])]
        changed = [before if j in rows else d for j, d in enumerate(days)]
        old = wajong_due(c.req, c.ms.income_wage[[i]], [before], c.book).grondslag[0]
        text = hypothesis_text(
            "grondslag_old",
            months=[c.ms.periods[j] for j in rows],
            old=float(old),
            new=float(c.due.grondslag[i]),
        )
        out.append(
            Hypothesis(c.reclaim_if_income(c.ms.income_wage, changed), text, [c.ms.periods[j] for j in rows])
        )
    return out


def garantiebedrag(c: Context) -> list[Hypothesis]:
    """The garantiebedrag lapsed (Wet Wajong art. 8:8 lid 5) and UWV paid the new amount."""
    gb = c.req.wajong.garantiebedrag
    if gb is None or not np.any(c.due.wajong > c.due.before_garantiebedrag):
        return []
    months = [
        p for p, a, b in zip(c.ms.periods, c.due.wajong, c.due.before_garantiebedrag, strict=True) if a > b
    ]
    text = hypothesis_text("garantiebedrag_lapsed", amount=gb)
    return [Hypothesis(c.reclaim_if_due(c.due.before_garantiebedrag), text, months)]


def voorschot_period(c: Context) -> list[Hypothesis]:
    """The letter settles a voorschot period of other months: a run of 3 or 6 consecutive months
    (rates: uwv_timing.voorschot_months_short, voorschot_months) within the months entered."""
    last = c.ms.days[-1]
    lengths = {
        int(c.book.value("uwv_timing.voorschot_months_short", last)),
        int(c.book.value("uwv_timing.voorschot_months", last)),
    }
    diff = round_cents(c.due.wajong - c.ms.paid)
    index = [d.year * 12 + d.month for d in c.ms.days]
    out = []
    for length in sorted(lengths):
        for start in range(len(index) - length + 1):
            window = list(range(start, start + length))
            if length == len(index) or index[window[-1]] - index[start] != length - 1:
                continue
            periods = [c.ms.periods[j] for j in window]
            reclaim = float(round_cents(-diff[window].sum()))
            out.append(Hypothesis(reclaim, hypothesis_text("voorschot_window", months=periods), periods))
    return out


def implied_wage_difference(c: Context, gap: float) -> float | None:
    """The extra wage (summed over the months) UWV must have counted to ask `gap` more: the gap divided
    by how much the Wajong falls per euro of wage, measured with the core over the months where it moves."""
    probe = wajong_due(c.req, c.ms.income_wage + PROBE, c.ms.days, c.book).wajong
    slope = (c.due.wajong - probe) / PROBE
    moving = slope[slope > 0]
    if not len(moving) or gap == 0:
        return None
    return float(round_cents(gap / moving.mean()))


HYPOTHESES = {
    "holiday_pay": holiday_pay,
    "four_weekly": four_weekly,
    "grondslag_change": grondslag_change,
    "garantiebedrag": garantiebedrag,
    "voorschot_period": voorschot_period,
}


def explains_part(cause: dict[str, Any], gap: float, tolerance: float) -> bool:
    """A cause whose best hypothesis leaves less of the letter's gap than there was (by more than the
    margin): it explains part of the difference, or all of it."""
    return cause["residual"] is not None and abs(cause["residual"]) < abs(gap) - tolerance


def likely_causes(
    req: ReconcileRequest, ms: Months, due: Due, book: RateBook, tolerance: float
) -> list[dict[str, Any]]:
    """The causes in order: those that close the gap alone first, then those that explain part of it,
    then the others (in the order the issue lists them). Only called when a letter amount is given."""
    assert req.reclaimed is not None
    c = Context(req, ms, due, book)
    expected = float(round_cents(due.wajong.sum() * -1 + ms.paid.sum()))
    gap = req.reclaimed - expected
    causes = []
    for key in ORDER:
        entry = _entry(key, c, expected, gap, tolerance)
        tier = 0 if entry["closes_gap"] else 1 if explains_part(entry, gap, tolerance) else 2
        causes.append((tier, ORDER.index(key), entry))
    causes.sort(key=lambda t: (t[0], t[1]))
    for rank, (_, _, entry) in enumerate(causes, start=1):
        entry["rank"] = rank
    return [entry for _, _, entry in causes]


def _entry(key: str, c: Context, expected: float, gap: float, tolerance: float) -> dict[str, Any]:
    assert c.req.reclaimed is not None
    entry: dict[str, Any] = {
        "cause": key,
        "rank": 0,
        "title_nl": CAUSE_TITLES[key][0],
        "title_en": CAUSE_TITLES[key][1],
        "computable": False,
        "closes_gap": False,
        "explains": None,
        "residual": None,
        "months": [],
        "hypothesis_nl": "",
        "hypothesis_en": "",
        "check_nl": CAUSE_CHECKS[key][0],
        "check_en": CAUSE_CHECKS[key][1],
        "sources": [s.citation() for s in CAUSE_SOURCES[key]],
    }
    if key == "polis_wage":
        implied = implied_wage_difference(c, gap)
        entry["computable"] = implied is not None
        entry["implied_wage_difference"] = implied
        entry["hypothesis_nl"], entry["hypothesis_en"] = polis_text(implied)
        return entry
    hyps = HYPOTHESES[key](c)
    if not hyps:
        entry["hypothesis_nl"], entry["hypothesis_en"] = NOT_COMPUTABLE[key]
        return entry
    best = min(hyps, key=lambda h: abs(c.req.reclaimed - h.reclaim))  # type: ignore[operator]
    residual = float(round_cents(c.req.reclaimed - best.reclaim))
    explains = float(round_cents(best.reclaim - expected))
    closes = abs(residual) <= tolerance
    outcome = outcome_sentence(best.reclaim, explains, residual, closes)
    entry.update(
        computable=True,
        closes_gap=closes,
        explains=explains + 0.0,
        residual=residual + 0.0,
        months=best.months,
        hypothesis_nl=f"{best.text[0]} {outcome[0]}",
        hypothesis_en=f"{best.text[1]} {outcome[1]}",
    )
    return entry
