"""Shared fixtures: the project's rates, and a helper to build situations."""

from __future__ import annotations

import ast
import operator
from typing import Any

import pytest

from calc.rates import RateBook, load_rates
from calc.situation import Situation


@pytest.fixture(scope="session")
def book() -> RateBook:
    return load_rates()


def situation(**fields: Any) -> Situation:
    """A Situation with sensible test defaults: 2026-03, age 25, with arbeidsvermogen."""
    base: dict[str, Any] = {"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True}}
    base.update(fields)
    return Situation.model_validate(base)


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def arithmetic(text: str | float) -> float:
    """The value of a sum written in a case file (tests/cases/*.yaml): numbers, + - * / and brackets
    only, so a policy expert reads the working ("0.7 * (2294.40 - 1300.00)")."""

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"not plain arithmetic: {text}")

    return value(ast.parse(str(text), mode="eval").body)


def money(x: float) -> float:
    """Round half up to the cent, as hand arithmetic does."""
    return float(f"{x + (1e-9 if x >= 0 else -1e-9):.2f}")
