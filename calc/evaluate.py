"""One situation in, one explained result out: the chain input model -> rules -> result.

`evaluate` is what the CLI, the app and the PDF call. The field names are part of the CLI
contract (docs/cli.md): fields may be added, never change meaning.
"""

from __future__ import annotations

import math
from typing import Any

from calc.benefit import explain_wajong
from calc.chain import compute_chain, explain_net
from calc.columns import columns_from_situation
from calc.explain import row
from calc.kindgebonden import explain_kindgebonden_budget, kindgebonden_warnings
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.situation import Situation
from calc.tax import explain_tax, tax_warnings
from calc.toeslagen import (
    FLAG_HT_NOT_AVAILABLE,
    FLAG_HT_RENT_CAPPED,
    FLAG_HT_RENT_TOO_HIGH,
    FLAG_HT_YOUNG_CAP,
    explain_toeslagen,
    toeslagen_signals,
)
from calc.validate import check_situation, situation_warnings


def _num(x: Any) -> float | None:
    """Row 0 as a number; NaN (not computable) becomes null in JSON."""
    v = row(x)
    return None if isinstance(v, float) and math.isnan(v) else v


def evaluate(s: Situation, book: RateBook | None = None) -> dict[str, Any]:
    """The result for one situation as plain data (JSON-ready). Raises InvalidSituation.

    `provisional` lists the amounts used that are not yet official (calc.provisional)."""
    book = book or load_rates()
    with recording() as used:
        result = _evaluate(s, book)
    result["provisional"] = provisional_list(used.values())
    return result


def _evaluate(s: Situation, book: RateBook) -> dict[str, Any]:
    check_situation(s, book)
    day = s.first_day
    c = compute_chain(columns_from_situation(s), book, day)
    cols, w, t, ts = c.cols, c.wajong, c.tax, c.toeslagen
    warnings = [x.to_dict() for x in situation_warnings(s, book)] + tax_warnings(t)
    huur_flags = set(ts.flags_of(0))
    if FLAG_HT_NOT_AVAILABLE in huur_flags:
        warnings.append(
            {
                "code": "huurtoeslag_not_available",
                "nl": f"Huurtoeslag kunnen we voor uw situatie in {day.year} niet berekenen. "
                "We tellen hem niet mee.",
                "en": f"Huurtoeslag cannot be calculated for your situation in {day.year}; not included.",
            }
        )
    if FLAG_HT_YOUNG_CAP in huur_flags and huur_flags & {FLAG_HT_RENT_TOO_HIGH, FLAG_HT_RENT_CAPPED}:
        young_age = ts.huur.rates.young_age.value  # 23 until 2025, 21 from 2026
        warnings.append(
            {
                "code": "huurtoeslag_young_handicap_exception",
                "nl": (
                    f"U bent jonger dan {young_age} en woont alleen. Dan telt voor de huurtoeslag maar een "
                    "deel van uw huur mee. "
                    "Heeft u door uw handicap een duurdere woning nodig (met een indicatie van de Wlz of de "
                    "Wmo)? Dan geldt de gewone grens en krijgt u misschien meer huurtoeslag. Vraag het na "
                    "bij Dienst Toeslagen."
                ),
                "en": (
                    f"Under {young_age} and living alone: the low rent limit applies. If your handicap "
                    "requires a dearer home (a Wlz or Wmo indication), the normal limit applies; ask "
                    "Dienst Toeslagen."
                ),
            }
        )
    warnings += kindgebonden_warnings(c.kindgebonden)
    steps = explain_wajong(w) + explain_tax(t) + explain_toeslagen(ts)
    if row(cols.children):
        steps += explain_kindgebonden_budget(c.kindgebonden)
    steps += explain_net(c)
    return {
        "period": s.period,
        "rates_as_of": book.latest_start(day).isoformat(),
        "month": {
            "wage": _num(cols.wage),
            "wajong": _num(w.wajong),
            "other_income": _num(cols.other_income),
            "gross_income": _num(round(row(c.gross_month), 2)),
            "withholding": _num(t.withheld_month),
            "withholding_uwv": _num(t.withheld_month_uwv),
            "withholding_employer": _num(t.withheld_month_employer),
            "withholding_other": _num(t.withheld_month_other),
            "zorgtoeslag": _num(ts.zorgtoeslag_month),
            "huurtoeslag": _num(ts.huurtoeslag_month),
            "kindgebonden_budget": _num(c.kindgebonden.month),
            "net_income": _num(c.net_month),
            "net_income_with_settlement": _num(c.net_month_with_settlement),
            "wajong_without_work": _num(w.without_work),
            "grondslag": _num(w.grondslag),
            "wajong_holiday_accrual": _num(w.holiday_accrual),
        },
        "year": {
            "taxable_income": _num(t.taxable_income_year),
            "income_tax": _num(t.income_tax_year),
            "withheld": _num(t.withheld_year),
            "withheld_uwv": _num(t.withheld_year_uwv),
            "withheld_employer": _num(t.withheld_year_employer),
            "settlement": _num(t.settlement_year),
            "toetsingsinkomen": _num(ts.toetsingsinkomen_year),
            "kindgebonden_budget": _num(c.kindgebonden.year),
        },
        "wajong": {
            "rule": ["arbeidsvermogen", "loondispensatie", "geen_arbeidsvermogen"][row(w.rule)],
            "percentage": row(w.percentage),
            "garantiebedrag_applies": bool(row(w.wajong) > row(w.before_garantiebedrag)),
        },
        "toeslagen": {
            "flags": ts.flags_of(0),
            "signals": [x.to_dict() for x in toeslagen_signals(w)],
        },
        "warnings": warnings,
        "explanation": [st.to_dict() for st in steps],
    }
