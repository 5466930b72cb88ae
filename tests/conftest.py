"""Shared fixtures: the project's rates, and a helper to build situations."""

from __future__ import annotations

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
