"""The box 1 tariff: income tax plus premies volksverzekeringen below AOW age (Wet IB 2001 art. 2.10)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import floor_step, rounded_where

Array = NDArray[np.float64]


def whole_euros_down(x: Array) -> Array:
    return floor_step(x, 1.0)


def box1_tax(
    taxable_income_year: ArrayLike, brackets: list[dict], per_bracket_floor: bool | ArrayLike = False
) -> Array:
    """Tax + premies volksverzekeringen on box 1 income below AOW age (Wet IB 2001 art. 2.10).

    `brackets` rows are {upto, rate} (upto None = no limit). With `per_bracket_floor` (for all
    rows, or per row) the tax of each bracket is rounded down to whole euros, as the
    Rekenvoorschriften do for the tables.
    """
    y = np.maximum(np.asarray(taxable_income_year, dtype=float), 0.0)
    tax = np.zeros_like(y)
    lower = 0.0
    for b in brackets:
        upper = np.inf if b["upto"] is None else float(b["upto"])
        part = np.minimum(np.maximum(y, lower), upper) - lower  # np.clip, without its wrapper
        t = part * b["rate"]
        tax = tax + rounded_where(per_bracket_floor, t, whole_euros_down)
        lower = upper
    return tax
