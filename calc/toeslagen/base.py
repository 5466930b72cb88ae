"""What every toeslag has in common: its outcome per row (a year amount, the monthly payment and
flags saying why), its row in the registry (how to compute and explain it), and the outcome of all
toeslagen together for one set of rows. Knows no toeslag by name: calc/toeslagen/registry.py lists
them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.columns import Columns
from calc.explain import Notice, Step
from calc.rates import Rate, RateBook

Array = NDArray[np.float64]
Bools = NDArray[np.bool_]


class ToeslagParts(Protocol):
    """A toeslag's outcome for n rows."""

    @property
    def year(self) -> Array: ...  # the year amount, whole euros (NaN where not computable)

    @property
    def month(self) -> Array: ...  # paid per month as an advance (Awir art. 16)

    @property
    def flags(self) -> dict[str, Bools]: ...  # why there is none, or less, per row


@dataclass(frozen=True)
class ToeslagenOutcome:
    """All toeslagen of n rows: the joint toetsingsinkomen they test, and each toeslag's parts in
    registry order. `flags` gathers every toeslag's flags (and whether the income was projected)."""

    cols: Columns
    day: dt.date
    toetsingsinkomen_year: Array
    parts: dict[str, ToeslagParts]
    own_flags: dict[str, Bools] = field(default_factory=dict)
    holiday_rate: Rate | None = None  # the vakantiebijslag the projected income counts (explanation)

    @cached_property
    def flags(self) -> dict[str, Bools]:
        out = dict(self.own_flags)
        for p in self.parts.values():
            out.update(p.flags)
        return out

    def flags_of(self, i: int = 0) -> list[str]:
        return [k for k, v in self.flags.items() if bool(np.asarray(v)[i])]

    def month(self, key: str) -> Array:
        """The monthly payment of one toeslag (NaN where it cannot be computed)."""
        return self.parts[key].month

    @cached_property
    def year_total(self) -> Array:
        """All toeslagen's final year amounts (Awir art. 19); one we cannot compute counts as 0."""
        total = np.zeros(len(self.cols))
        for p in self.parts.values():
            y = p.year
            total = total + (np.nan_to_num(y) if np.isnan(y).any() else y)
        return total

    @cached_property
    def month_total(self) -> Array:
        """All toeslagen per month; one that cannot be computed (NaN) counts as 0."""
        total = np.zeros(len(self.cols))
        for p in self.parts.values():
            m = p.month
            total = total + (np.nan_to_num(m) if np.isnan(m).any() else m)  # nan_to_num is slow
        return total


@dataclass(frozen=True)
class Toeslag:
    """One toeslag in the registry: its key (the name of its amount in every output), how to compute
    it from the rows and their toetsingsinkomen, how to explain it and what to tell about it, its
    name in Dutch and English, and the explanation rules that belong to it (the coach's breakdown)."""

    key: str
    compute: Callable[[Columns, ArrayLike, RateBook, dt.date], ToeslagParts]
    explain: Callable[[ToeslagenOutcome, int], list[Step]]
    notices: Callable[[ToeslagenOutcome, int], list[Notice]]
    label_nl: str
    label_en: str
    rules: tuple[str, ...]
