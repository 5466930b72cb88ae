"""The result of `evaluate` as typed models: the CLI contract with a schema (`python -m calc schema`).

`EvaluateResult.model_dump(mode="json")` is the JSON `python -m calc evaluate` prints, field for
field and in the same order; views read attributes (`result.month.net_income`). The month's
toeslagen fields come from the registry (calc/toeslagen/registry.py), so a new toeslag gets its
`month` field without a change here. Fields may be added; none changes meaning (docs/cli.md).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model, model_serializer

from calc.net import INCOME_PARTS, TOESLAG_KEYS

Money = float | None  # null where it cannot be computed


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Notice(_Out):
    """A warning: `amount` only where the warning is about one."""

    code: str
    nl: str
    en: str
    amount: float | None = None

    @model_serializer
    def _dump(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "nl": self.nl, "en": self.en}
        if self.amount is not None:
            out["amount"] = self.amount
        return out


class Signal(_Out):
    """Something not calculated that may matter (Toeslagenwet, tegemoetkoming), with its law."""

    code: str
    text_nl: str
    text_en: str
    sources: list[dict[str, str]]


class ExplanationStep(_Out):
    rule: str
    text_nl: str
    text_en: str
    amount: Any
    unit: str
    inputs: dict[str, Any]
    sources: list[dict[str, str]]


class ProvisionalSource(_Out):
    title: str
    url: str
    primary: bool


class Provisional(_Out):
    """An amount used that is not yet official (docs/rates.md)."""

    parameter: str
    label: str
    topic_label: str
    value: Any
    unit: str
    since: str
    status: str
    valid_until: str | None
    source: ProvisionalSource


VOORLOPIGE_AANSLAG_MONTH = (
    "a business's income tax and Zvw bijdrage not withheld, paid per month through a voorlopige aanslag "
    "(negative: paid back per month); 0 without a business"
)
BUSINESS_INCOME = (
    "the business's profit the Wajong counts this month: before the ondernemersaftrek and the "
    "MKB-winstvrijstelling, spread over the months with the business, a loss as 0 (AIB art. 3:2, 4:1 lid 5)"
)
_INCOME = {p.key: (Money, ...) for p in INCOME_PARTS}  # wage, wajong, toeslagenwet, other income, profit
_INCOME["business_profit"] = (
    Money,
    Field(description="a business's profit of the year spread over its months"),
)
_WITHHOLDING = {
    "gross_income": (Money, ...),
    "withholding": (Money, ...),
    "withholding_uwv": (Money, ...),
    "withholding_employer": (Money, ...),
    "withholding_other": (Money, ...),
    "voorlopige_aanslag": (Money, Field(description=VOORLOPIGE_AANSLAG_MONTH)),
}
_TOTALS = {
    "net_income": (Money, ...),
    "net_income_with_settlement": (Money, ...),
    "wajong_without_work": (Money, ...),
    "grondslag": (Money, ...),
    "wajong_holiday_accrual": (Money, ...),
    "toeslagenwet_holiday_accrual": (Money, ...),
    "business_income": (Money, Field(description=BUSINESS_INCOME)),
}
# The month: income, gross and withholding, each toeslag of the registry, then the net amounts.
Month = create_model(  # type: ignore[call-overload]
    "Month",
    __base__=_Out,
    **_INCOME,
    **_WITHHOLDING,
    **{k: (Money, ...) for k in TOESLAG_KEYS},
    **_TOTALS,
)


class _YearBase(_Out):
    taxable_income: Money
    income_tax: Money
    withheld: Money
    withheld_uwv: Money
    withheld_employer: Money
    settlement: Money = Field(description="> 0 money back after the year, < 0 to pay back")
    toetsingsinkomen: Money
    kindgebonden_budget: Money
    toeslagenwet: Money = Field(description="Toeslagenwet top-up: 12 months with its vakantie-uitkering")


HOLIDAY_PAY = "employer's vakantiegeld + Wajong vakantie-uitkering, paid in May"
IACK = (
    "inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a) in income_tax: a parent of a child "
    "under 12 who works; no payer applies it, so it comes back in the settlement"
)
BUSINESS_TAXABLE = (
    "belastbare winst: the profit less the ondernemersaftrek and the MKB-winstvrijstelling (Wet IB 2001 "
    "art. 3.74-3.79a); in the taxable income and the toetsingsinkomen"
)
TOTAL = (
    "wage, Wajong and other income with holiday pay, minus the final income tax, plus the final toeslagen: "
    "the same for every loonheffingskorting choice"
)
# The year: the tax, each toeslag's final year amount (the registry's, kindgebonden budget first as
# it always was), the holiday pay, and the year's money once everything is settled.
Year = create_model(  # type: ignore[call-overload]
    "Year",
    __base__=_YearBase,
    **{k: (Money, ...) for k in TOESLAG_KEYS if k != "kindgebonden_budget"},
    holiday_pay=(Money, Field(description=HOLIDAY_PAY)),
    iack=(Money, Field(description=IACK)),
    business_profit=(
        Money,
        Field(description="the business's profit of the year, before the ondernemersaftrek"),
    ),
    business_profit_taxable=(Money, Field(description=BUSINESS_TAXABLE)),
    zvw_bijdrage=(Money, Field(description="the Zvw bijdrage the client pays on the belastbare winst")),
    voorlopige_aanslag=(Money, Field(description="income tax + Zvw bijdrage - withheld, for a business")),
    total=(Money, Field(description=TOTAL)),
    total_per_month=(Money, Field(description="total / 12")),
)


class WajongRule(_Out):
    rule: str
    percentage: float
    garantiebedrag_applies: bool


class Toeslagen(_Out):
    flags: list[str]
    signals: list[Signal]


class ToeslagenwetResult(_Out):
    """The Toeslagenwet top-up (issue 16): what the law gives (`entitlement_month`) and whether it is in the
    month (`in_month`: not when the client says he gets none), the household of art. 2, the vrijlating of
    art. 7 and until when it lasts, and whether more wage raises the gross income (`flat_zone`)."""

    entitlement_month: Money
    in_month: bool
    receives: bool | None
    household: str
    norm_month: Money
    disregard_month: Money
    disregard_until: str | None
    flat_zone: bool
    flags: list[str]


class SettlementRisk(_Out):
    """What UWV settles after the year when the profit turns out `difference` higher or lower than the
    estimate: `payback` (terugvordering of the Wajong, gross) and `nabetaling`, in the month
    `settlement_month` (an assumption, rates/uwv_timing.yaml); and the extra income tax and Zvw bijdrage
    of the higher profit, settled through the aangifte. Computed by calc.business.settlement_risk; the
    same model is the result's field, so the two cannot drift apart."""

    difference: float
    payback: float
    nabetaling: float
    tax_extra: float
    year: int
    months: int
    settlement_month: str
    aangifte_month: str


class Business(_Out):
    """The business's profit, what the Wajong counts of it, its deductions and the settlement risk."""

    profit_year: float
    months: int
    income_month: float
    urencriterium: str
    zelfstandigenaftrek: float
    startersaftrek: float
    startersaftrek_bij_arbeidsongeschiktheid: float
    ondernemersaftrek: float
    mkb_winstvrijstelling: float
    profit_taxable: float
    zvw_bijdrage: float
    voorlopige_aanslag_year: float
    settlement_risk: SettlementRisk | None


class EvaluateResult(_Out):
    """One situation's month, year, Wajong, toeslagen, warnings, explanation and what is provisional."""

    period: str
    rates_as_of: str
    month: Month  # type: ignore[valid-type]
    year: Year  # type: ignore[valid-type]
    wajong: WajongRule
    toeslagen: Toeslagen
    toeslagenwet: ToeslagenwetResult
    business: Business | None = Field(description="an own business (issue 17); null without one")
    warnings: list[Notice]
    explanation: list[ExplanationStep]
    provisional: list[Provisional]

    def as_json(self) -> dict[str, Any]:
        """The CLI contract's JSON (what `python -m calc evaluate` prints)."""
        return self.model_dump(mode="json")
