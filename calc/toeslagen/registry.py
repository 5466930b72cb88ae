"""The toeslagen the tool computes, in the order they are shown: one row each. Every output reads
this list: the chain, the net month and its explanation, the sweep, `evaluate`, the batch, the
calendar's advances and settlements, the charts and the coach's breakdown (docs/architecture.md:
adding a toeslag)."""

from __future__ import annotations

from calc.toeslagen import huurtoeslag_texts, kindgebonden_texts, zorgtoeslag_texts
from calc.toeslagen.base import Toeslag
from calc.toeslagen.huurtoeslag import compute_huurtoeslag
from calc.toeslagen.kindgebonden import compute_kindgebonden_budget
from calc.toeslagen.zorgtoeslag import compute_zorgtoeslag

TOESLAGEN: tuple[Toeslag, ...] = (
    Toeslag(
        "zorgtoeslag", compute_zorgtoeslag, zorgtoeslag_texts.explain_zorgtoeslag,
        zorgtoeslag_texts.zorgtoeslag_notices, zorgtoeslag_texts.LABEL_NL, zorgtoeslag_texts.LABEL_EN,
        zorgtoeslag_texts.RULES,
    ),
    Toeslag(
        "huurtoeslag", compute_huurtoeslag, huurtoeslag_texts.explain_huurtoeslag,
        huurtoeslag_texts.huurtoeslag_notices, huurtoeslag_texts.LABEL_NL, huurtoeslag_texts.LABEL_EN,
        huurtoeslag_texts.RULES,
    ),
    Toeslag(
        "kindgebonden_budget", compute_kindgebonden_budget, kindgebonden_texts.explain,
        kindgebonden_texts.notices, kindgebonden_texts.LABEL_NL, kindgebonden_texts.LABEL_EN,
        kindgebonden_texts.RULES,
    ),
)  # fmt: skip
