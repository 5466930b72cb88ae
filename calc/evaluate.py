"""One situation in, one explained result out: the chain input model -> rules -> result.

`evaluate` is what the CLI, the app and the PDF call. Later stages (tax, toeslagen) add their
amounts to the same result; the field names are part of the CLI contract.
"""

from __future__ import annotations

from typing import Any

from calc.benefit import compute_wajong, explain_wajong
from calc.columns import columns_from_situation
from calc.explain import row
from calc.rates import RateBook, load_rates
from calc.situation import Situation
from calc.validate import check_situation, situation_warnings


def evaluate(s: Situation, book: RateBook | None = None) -> dict[str, Any]:
    """The result for one situation as plain data (JSON-ready). Raises InvalidSituation."""
    book = book or load_rates()
    check_situation(s, book)
    day = s.first_day
    cols = columns_from_situation(s)
    w = compute_wajong(cols, book, day)
    steps = explain_wajong(w)
    return {
        "period": s.period,
        "rates_as_of": book.latest_start(day).isoformat(),
        "month": {
            "wage": row(cols.wage),
            "wajong": row(w.wajong),
            "other_income": row(cols.other_income),
            "gross_income": round(row(cols.wage) + row(w.wajong) + row(cols.other_income), 2),
            "wajong_without_work": row(w.without_work),
            "grondslag": row(w.grondslag),
            "wajong_holiday_accrual": row(w.holiday_accrual),
        },
        "wajong": {
            "rule": ["arbeidsvermogen", "loondispensatie", "geen_arbeidsvermogen"][row(w.rule)],
            "percentage": row(w.percentage),
            "garantiebedrag_applies": bool(row(w.wajong) > row(w.before_garantiebedrag)),
        },
        "warnings": [x.to_dict() for x in situation_warnings(s, book)],
        "explanation": [st.to_dict() for st in steps],
    }
