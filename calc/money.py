"""Rounding money the way Dutch benefit and tax bodies publish it: to the cent, halves up."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

# Binary floats store 0.125 as 0.12499999...; this nudge makes "halves up" hold for amounts
# that are exact halves on paper, and is far below a cent for any real amount.
_NUDGE = 1e-7


def round_to_step(x: ArrayLike, step: float) -> NDArray[np.float64]:
    """Round to a multiple of `step` (0.01 for cents, 0.05 for five cents), halves away from 0."""
    a = np.asarray(x, dtype=float)
    return np.sign(a) * np.floor(np.abs(a) / step + 0.5 + _NUDGE) * step


def round_cents(x: ArrayLike) -> NDArray[np.float64]:
    """Round to whole cents, halves away from zero; result is exact to 2 decimals."""
    return np.round(round_to_step(x, 0.01), 2)


def floor_step(x: ArrayLike, step: float) -> NDArray[np.float64]:
    """Round down to a multiple of `step` (e.g. whole euros), as toeslagen and tax do."""
    a = np.asarray(x, dtype=float)
    return np.floor(a / step + _NUDGE) * step


def eur(x: float, lang: str = "nl") -> str:
    """Money as the reader expects it: `€ 1.234,56` in Dutch, `€1,234.56` in English (Babel)."""
    from babel.numbers import format_currency

    return format_currency(float(x), "EUR", locale="nl_NL" if lang == "nl" else "en_GB")
