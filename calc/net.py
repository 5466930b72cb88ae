"""The parts of the net month, as one registry (PolicyEngine-UK's `adds`): what comes in and what
goes out in an ordinary month, each part with its sign, how to read it from the chain's outcome,
its name in Dutch and English, its kind, and the explanation rules behind it.

The chain's totals, the explanation's net step, the sweep columns, the evaluate `month` fields, the
batch columns, the charts and the plateau analysis all iterate over `NET_PARTS`; the toeslagen rows
come from calc/toeslagen/registry.py, so a new toeslag appears everywhere with its registry row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
from numpy.typing import NDArray

from calc.toeslagen.base import Toeslag
from calc.toeslagen.registry import TOESLAGEN

if TYPE_CHECKING:
    from calc.chain import ChainOutcome

Array = NDArray[np.float64]
Kind = Literal["income", "tax", "toeslag"]


@dataclass(frozen=True)
class NetPart:
    """One part of the net month: `sign` +1 money in, -1 withheld; `read` gives the amount per row
    and month (positive; NaN where it cannot be computed, which counts as 0 in the total)."""

    key: str
    sign: int
    read: Callable[[ChainOutcome], Array]
    label_nl: str
    label_en: str
    kind: Kind
    rules: tuple[str, ...]  # the explanation steps behind the amount (the coach's breakdown)

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en


def _toeslag_part(t: Toeslag) -> NetPart:
    return NetPart(t.key, +1, lambda c: c.toeslagen.month(t.key), t.label_nl, t.label_en, "toeslag", t.rules)


NET_PARTS: tuple[NetPart, ...] = (
    NetPart("wage", +1, lambda c: c.cols.wage, "loon", "wage", "income", ("income_for_wajong",)),
    NetPart(
        "wajong", +1, lambda c: c.wajong.wajong, "Wajong", "Wajong", "income",
        ("grondslag", "income_for_wajong", "offset_earnings", "offset_loondispensatie", "garantiebedrag"),
    ),
    NetPart(
        "toeslagenwet", +1, lambda c: c.toeslagenwet.toeslag, "toeslag van UWV (Toeslagenwet)",
        "UWV top-up (Toeslagenwet)", "income", ("toeslagenwet_norm", "toeslagenwet_income", "toeslagenwet"),
    ),
    NetPart("other_income", +1, lambda c: c.cols.other_income, "ander inkomen", "other income", "income", ()),
    NetPart(
        "business_profit", +1, lambda c: c.cols.business_profit_month, "winst uit uw bedrijf",
        "profit of your business", "income", ("business_income", "ondernemersaftrek"),
    ),
    NetPart(
        "withholding", -1, lambda c: c.tax.withheld_month, "loonheffing", "wage tax withheld", "tax",
        ("withholding_uwv", "withholding_employer", "withholding_other"),
    ),
    NetPart(
        "voorlopige_aanslag", -1, lambda c: c.tax.voorlopige_aanslag_month, "voorlopige aanslag",
        "provisional tax assessment", "tax", ("voorlopige_aanslag",),
    ),
    *(_toeslag_part(t) for t in TOESLAGEN),
)  # fmt: skip

INCOME_PARTS = tuple(p for p in NET_PARTS if p.kind == "income")
TOESLAG_PARTS = tuple(p for p in NET_PARTS if p.kind == "toeslag")
TOESLAG_KEYS = tuple(p.key for p in TOESLAG_PARTS)
