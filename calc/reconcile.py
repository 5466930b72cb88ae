"""Klopt mijn Wajong? What UWV paid against what the law gives, month by month (issue 21).

Input: the person (`age`, `wajong`, optional `loonwaarde`) and per month the gross wage from the
payslip (or the polisadministratie) and the gross Wajong UWV paid (betaalspecificatie); optionally
the amount UWV asks back (`reclaimed`) and the date of UWV's letter. Output: per month the Wajong
due, the difference and the reason in words; the totals; whether the letter matches; when it does
not, the likely causes ranked (calc.reconcile_causes); what the reclaim means gross and net, for
the tax settlement and the toeslagen, and what the person can do (calc.reconcile_advice).

The Wajong due comes from the very code `evaluate` uses: `calc.benefit.compute_wajong` on
`calc.columns.Columns` built by `columns_from_situation`, one row per month, with the rates in force
on the first day of each month (Wet Wajong art. 2:40, 1a:4, 2:46, 3:8, 3:8b, 8:8; AIB art. 4:1
lid 2 and 3: the wage counts in the aangiftetijdvak the employer reported it for). Nothing here
re-implements a Wajong rule. See docs/reconcile.md.
"""

from __future__ import annotations

from typing import Any

from calc.money import round_cents
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.reconcile_advice import advice
from calc.reconcile_causes import likely_causes
from calc.reconcile_input import (
    ReconcileRequest,
    check_request,
    months_of,
    parse_reconcile_request,
    wajong_due,
)
from calc.reconcile_summary import answer
from calc.reconcile_texts import SOURCES, month_reason, month_warnings
from calc.wajong_texts import explain_wajong

__all__ = ["parse_reconcile_request", "reconcile", "reconcile_from_json_text"]


# ----------------------------------------------------------------------------------- result


def reconcile(req: ReconcileRequest, book: RateBook | None = None) -> dict[str, Any]:
    """The check as plain data (JSON-ready). Raises InvalidSituation (Dutch) on implausible input."""
    book = book or load_rates()
    with recording() as used:
        result = _reconcile(req, book)
    result["provisional"] = provisional_list(used.values())
    return {"answer": answer(result), **result}  # the answer in words first (calc.reconcile_summary)


def _reconcile(req: ReconcileRequest, book: RateBook) -> dict[str, Any]:
    check_request(req, book)
    ms = months_of(req, book)
    due = wajong_due(req, ms.income_wage, ms.days, book)
    diff = round_cents(due.wajong - ms.paid)
    months = []
    for i, m in enumerate(req.months):
        o, j = due.outcomes[i]
        days = None
        if req.pay_period == "four_weeks":
            days = (
                book.value("wajong.days_per_four_weeks", m.first_day),
                book.value("wajong.days_per_month", m.first_day),
            )
        nl, en = month_reason(explain_wajong(o, j), m, float(ms.income_wage[i]), days, float(diff[i]))
        months.append(
            {
                "period": m.period,
                "wage": m.wage,
                "holiday_pay": m.holiday_pay,
                "hours": m.hours,
                "income_for_wajong": float(ms.income_wage[i]),
                "grondslag": float(round_cents(due.grondslag[i])),
                "wajong_due": float(due.wajong[i]),
                "wajong_paid": m.wajong_paid,
                "difference": float(diff[i]),
                "garantiebedrag_applies": bool(due.wajong[i] > due.before_garantiebedrag[i]),
                "reason_nl": nl,
                "reason_en": en,
            }
        )
    total = {
        "due": float(round_cents(due.wajong.sum())),
        "paid": float(round_cents(ms.paid.sum())),
        "difference": float(round_cents(diff.sum())),
    }
    tolerance = float(book.value("reconcile.match_tolerance", ms.days[-1]))
    reclaim = _reclaim(req, total["difference"], tolerance)
    if reclaim["matches"] is False:
        reclaim["causes"] = likely_causes(req, ms, due, book, tolerance)
    reclaim.update(advice(req, ms, diff, book))
    return {
        "months": months,
        "total": total,
        "reclaim": reclaim,
        "checklist": reclaim.pop("checklist"),
        "warnings": month_warnings(req, ms, due, book),
        "sources": [s.citation() for s in SOURCES],
    }


def _reclaim(req: ReconcileRequest, total_difference: float, tolerance: float) -> dict[str, Any]:
    """What the tool expects UWV to reclaim (> 0) or pay back (< 0), and whether the letter matches."""
    expected = float(round_cents(-total_difference)) + 0.0  # + 0.0: no "-0.0" in the JSON
    out: dict[str, Any] = {
        "expected": expected,
        "letter": req.reclaimed,
        "tolerance": tolerance,
        "matches": None,
        "gap": None,
        "causes": [],
    }
    if req.reclaimed is not None:
        gap = float(round_cents(req.reclaimed - expected)) + 0.0
        out["gap"] = gap
        out["matches"] = abs(gap) <= tolerance
    return out


def reconcile_from_json_text(text: str) -> dict[str, Any]:
    from calc.validate import load_json

    return reconcile(parse_reconcile_request(load_json(text)))
