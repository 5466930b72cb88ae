"""The summary PDF's part for a Wajonger with a business (issue 17): the business among the facts, the
settlement risk in numbers, each year's voorschot, aangifte and UWV settlement from the calendar, and the
articles the rules rest on. Every amount is read from calc's results (evaluate, calendar)."""

from __future__ import annotations

from typing import Any

from calc.business import SettlementRisk
from calc.business_texts import settlement_sentence
from calc.money import eur
from calc.months import long_month
from calc.situation import Situation

# The articles the PDF names for a business (the sources list gives their addresses).
ARTICLES = (
    "AIB art. 3:2 lid 1 d en lid 2",
    "AIB art. 4:1 lid 5 en 6",
    "Wet IB 2001 art. 3.6, 3.74, 3.76, 3.78a, 3.79a, 8.1",
    "Zorgverzekeringswet art. 43 en 45",
    "Wet IB 2001 art. 9.5",
    "Wet Wajong art. 2:16 lid 2, 3:19 lid 2, 1a:9",
)


def business_fact(s: Situation, T: dict[str, Any], lang: str) -> list[list[str]]:
    """The business among the situation's facts (none without one)."""
    b = s.business
    if b is None:
        return []
    hours = f"{b.hours_year:,.0f}".replace(",", "." if lang == "nl" else ",")
    text = T["f_business_text"].format(profit=eur(b.profit_year, lang), hours=hours)
    if b.started_year is not None:
        start = (
            long_month(f"{b.started_year}-{b.started_month or 1:02d}", lang)
            if b.started_month
            else str(b.started_year)
        )
        text += T["f_business_start"].format(start=start)
    return [[T["f_business"], text]]


def business_section(
    result: dict[str, Any], cal: dict[str, Any] | None, T: dict[str, Any], lang: str
) -> dict[str, Any] | None:
    """The business's page part: the settlement-risk sentence, the years of the calendar (voorschot,
    aangifte, UWV's settlement), the ondernemersaftrek and the articles cited; None without a business."""
    block = result.get("business")
    if not block:
        return None
    risk = SettlementRisk(**block["settlement_risk"]) if block.get("settlement_risk") else None
    years = []
    for y in ((cal or {}).get("business") or {}).get("years") or []:
        amount = y["settlement"]
        outcome = (T["biz_pay"] if amount < 0 else T["biz_back"] if amount > 0 else T["biz_none"]).format(
            amount=eur(abs(amount), lang)
        )
        line = T["biz_year"].format(
            year=y["year"],
            estimate=eur(y["profit_estimate"], lang),
            realised=eur(y["profit_realised"], lang),
            aangifte=long_month(y["aangifte_month"], lang),
            when=long_month(y["settlement_month"], lang),
        )
        years.append(f"{line} {outcome}")
    deductions = T["biz_deductions"].format(
        profit=eur(block["profit_year"], lang),
        aftrek=eur(block["ondernemersaftrek"], lang),
        mkb=eur(block["mkb_winstvrijstelling"], lang),
        taxable=eur(block["profit_taxable"], lang),
        income=eur(block["income_month"], lang),
    )
    return {
        "risk": settlement_sentence(risk, lang) if risk else None,
        "deductions": deductions,
        "years": years,
        "articles": T["biz_articles"] + " " + "; ".join(ARTICLES) + ".",
    }
