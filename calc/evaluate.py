"""One situation in, one explained result out: the chain input model -> rules -> result.

`evaluate` is what the CLI, the app and the PDF call. The field names are part of the CLI
contract (docs/cli.md): fields may be added, never change meaning.
"""

from __future__ import annotations

import math
from typing import Any

from calc.business import business_block, settlement_risk
from calc.business_texts import business_notices, explain_business
from calc.chain import ChainOutcome, compute_chain, explain_net
from calc.columns import columns_from_situation
from calc.explain import row
from calc.money import round_cents
from calc.net import INCOME_PARTS, TOESLAG_KEYS, TOESLAG_PARTS
from calc.provisional import provisional_list
from calc.rates import RateBook, load_rates, recording
from calc.result import EvaluateResult
from calc.situation import Situation
from calc.tax import explain_tax, tax_warnings
from calc.toeslagen import explain_toeslagen, toeslagen_notices, toeslagen_signals
from calc.toeslagenwet_texts import (
    explain_toeslagenwet,
    toeslagenwet_notices,
    toeslagenwet_result,
    toeslagenwet_signals,
)
from calc.validate import check_situation, situation_warnings
from calc.wajong_texts import explain_wajong


def _num(x: Any) -> float | None:
    """Row 0 as a number; NaN (not computable) becomes null in JSON."""
    v = row(x)
    return None if isinstance(v, float) and math.isnan(v) else v


def evaluate(s: Situation, book: RateBook | None = None) -> EvaluateResult:
    """The result for one situation (calc.result; `.as_json()` is the CLI's JSON). Raises
    InvalidSituation. `provisional` lists the amounts used that are not yet official."""
    book = book or load_rates()
    with recording() as used:
        result = _evaluate(s, book)
    result["provisional"] = provisional_list(used.values())
    return EvaluateResult.model_validate(result)


def _evaluate(s: Situation, book: RateBook) -> dict[str, Any]:
    check_situation(s, book)
    day = s.first_day
    c = compute_chain(columns_from_situation(s), book, day)
    w, t, ts, tw = c.wajong, c.tax, c.toeslagen, c.toeslagenwet
    risk = settlement_risk(s, book)
    notices = (
        situation_warnings(s, book) + tax_warnings(t) + business_notices(c, risk) + toeslagen_notices(ts)
        + toeslagenwet_notices(tw, day)
    )  # fmt: skip
    steps = (
        explain_wajong(w) + explain_toeslagenwet(tw) + explain_tax(t) + explain_business(c)
        + explain_toeslagen(ts) + explain_net(c)
    )  # fmt: skip
    return {
        "period": s.period,
        "rates_as_of": book.latest_start(day).isoformat(),
        "month": _month(c),
        "year": {
            "taxable_income": _num(t.taxable_income_year),
            "income_tax": _num(t.income_tax_year),
            "withheld": _num(t.withheld_year),
            "withheld_uwv": _num(t.withheld_year_uwv),
            "withheld_employer": _num(t.withheld_year_employer),
            "settlement": _num(t.settlement_year),
            "toetsingsinkomen": _num(ts.toetsingsinkomen_year),
            "kindgebonden_budget": _num(ts.parts["kindgebonden_budget"].year),
            "toeslagenwet": _num(tw.year),
            **{k: _num(ts.parts[k].year) for k in TOESLAG_KEYS if k != "kindgebonden_budget"},
            "holiday_pay": _num(t.holiday_pay_year),
            "iack": _num(t.iack),
            "business_profit": _num(t.business.profit),
            "business_profit_taxable": _num(t.business.belastbare_winst),
            "zvw_bijdrage": _num(t.zvw_bijdrage_year),
            "voorlopige_aanslag": _num(t.voorlopige_aanslag_year),
            "total": _num(c.year_total),
            "total_per_month": _num(round_cents(c.year_total / 12)),
        },
        "wajong": {
            "rule": ["arbeidsvermogen", "loondispensatie", "geen_arbeidsvermogen"][row(w.rule)],
            "percentage": row(w.percentage),
            "garantiebedrag_applies": bool(row(w.wajong) > row(w.before_garantiebedrag)),
        },
        "toeslagen": {
            "flags": ts.flags_of(0),
            "signals": [x.to_signal_dict() for x in toeslagenwet_signals(tw) + toeslagen_signals(w)],
        },
        "toeslagenwet": toeslagenwet_result(tw, day),
        "business": business_block(c, s, risk),
        "warnings": [x.to_dict() for x in notices],
        "explanation": [st.to_dict() for st in steps],
    }


def _month(c: ChainOutcome) -> dict[str, float | None]:
    """The month of row 0: the income parts, gross, the withholding per payer, each toeslag of the
    registry, the net amounts and the Wajong's own figures (field order is the CLI contract's)."""
    w, t = c.wajong, c.tax
    return {
        **{p.key: _num(p.read(c)) for p in INCOME_PARTS},
        "gross_income": _num(round(row(c.gross_month), 2)),
        "withholding": _num(t.withheld_month),
        "withholding_uwv": _num(t.withheld_month_uwv),
        "withholding_employer": _num(t.withheld_month_employer),
        "withholding_other": _num(t.withheld_month_other),
        "voorlopige_aanslag": _num(t.voorlopige_aanslag_month),
        **{p.key: _num(p.read(c)) for p in TOESLAG_PARTS},
        "net_income": _num(c.net_month),
        "net_income_with_settlement": _num(c.net_month_with_settlement),
        "wajong_without_work": _num(w.without_work),
        "grondslag": _num(w.grondslag),
        "wajong_holiday_accrual": _num(w.holiday_accrual),
        "toeslagenwet_holiday_accrual": _num(c.toeslagenwet.holiday_accrual),
        "business_income": _num(w.business_income),
    }
