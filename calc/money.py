"""Rounding money the way Dutch benefit and tax bodies publish it: to the cent, halves up."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from numpy.typing import ArrayLike, NDArray

# Binary floats store 0.125 as 0.12499999...; this nudge makes "halves up" hold for amounts
# that are exact halves on paper, and is far below a cent for any real amount.
_NUDGE = 1e-7

# The functions below do the same float operations, in the same order, for arrays and scalars;
# on arrays they work in place on one new buffer (fewer temporaries: a sweep or a calendar calls
# them hundreds of times on short arrays, where numpy's per-call cost dominates).


def round_to_step(x: ArrayLike, step: float) -> NDArray[np.float64]:
    """Round to a multiple of `step` (0.01 for cents, 0.05 for five cents), halves away from 0."""
    a = np.asarray(x, dtype=float)
    if a.ndim == 0:
        return np.sign(a) * np.floor(np.abs(a) / step + 0.5 + _NUDGE) * step
    q = np.abs(a)
    q /= step
    q += 0.5
    q += _NUDGE
    np.floor(q, out=q)
    s = np.sign(a)
    s *= q
    s *= step
    return s


def round_cents(x: ArrayLike) -> NDArray[np.float64]:
    """Round to whole cents, halves away from zero; result is exact to 2 decimals."""
    r = round_to_step(x, 0.01)
    if r.ndim == 0:
        return np.round(r, 2)
    return r.round(2, out=r)


def floor_step(x: ArrayLike, step: float) -> NDArray[np.float64]:
    """Round down to a multiple of `step` (e.g. whole euros), as toeslagen and tax do."""
    a = np.asarray(x, dtype=float)
    if a.ndim == 0:
        return np.floor(a / step + _NUDGE) * step
    q = a / step
    q += _NUDGE
    np.floor(q, out=q)
    q *= step
    return q


def rounded_where(
    flag: bool | ArrayLike,
    x: NDArray[np.float64],
    rounding: Callable[[NDArray[np.float64]], NDArray[np.float64]],
) -> NDArray[np.float64]:
    """`rounding(x)` where `flag` holds (one flag for all rows, or one per row), else x."""
    f = np.asarray(flag, dtype=bool)
    if f.ndim == 0:
        return rounding(x) if f else x
    return np.where(f, rounding(x), x)


def percent(x: float, lang: str = "nl", decimals: int = 3) -> str:
    """A fraction as a percentage, trailing zeros dropped: 0.06398 -> '6,398%' (nl) / '6.398%' (en)."""
    text = f"{x * 100:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "nl" else text) + "%"


def decimal(x: float, lang: str = "nl", decimals: int = 4) -> str:
    """A plain number with a decimal comma in Dutch: 0.5714 -> '0,5714' (nl) / '0.5714' (en)."""
    text = f"{x:.{decimals}f}"
    return text.replace(".", ",") if lang == "nl" else text


def eur(x: float, lang: str = "nl") -> str:
    """Money as the reader expects it: `€ 1.234,56` in Dutch, `€1,234.56` in English (Babel)."""
    v = float(x)
    if v == 0 or v != v:  # 0.0 and -0.0 share a cache key; NaN never hits: format directly
        return _eur.__wrapped__(v, lang)
    return _eur(v, lang)


@lru_cache(maxsize=8192)
def _eur(x: float, lang: str) -> str:
    """Babel's formatting is slow (~0.2 ms) and pure: remember it per amount and language."""
    from babel.numbers import format_currency

    return format_currency(x, "EUR", locale="nl_NL" if lang == "nl" else "en_GB")
