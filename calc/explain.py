"""Explanations: every amount in a result says which rule, which inputs, which rate, which source.

A rule function computes; the orchestrator records a `Step` for each amount it keeps. Steps are
plain data, so the CLI prints them as JSON, the app shows them, and the PDF lists the sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from calc.rates import Rate


@dataclass(frozen=True)
class LawSource:
    """A law article or official page that a rule implements (not a dated rate)."""

    title: str
    url: str

    def citation(self) -> dict[str, str]:
        return {"title": self.title, "url": self.url}


def _plain(x: Any) -> Any:
    """Numpy scalars and 0-d/1-element arrays become Python numbers for JSON."""
    if isinstance(x, np.ndarray):
        return _plain(x.item()) if x.size == 1 else [_plain(v) for v in x.tolist()]
    if isinstance(x, np.generic):
        return x.item()
    if isinstance(x, float):
        return None if x != x else round(x, 6)  # NaN (not computable) -> null in JSON
    return x


@dataclass(frozen=True)
class Step:
    """One line of an explanation: rule, what it says (nl/en), its inputs, amount, sources."""

    rule: str
    text_nl: str
    text_en: str
    amount: Any
    unit: str = "EUR/month"
    inputs: dict[str, Any] = field(default_factory=dict)
    rates: tuple[Rate, ...] = ()
    law: tuple[LawSource, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text_nl": self.text_nl,
            "text_en": self.text_en,
            "amount": _plain(self.amount),
            "unit": self.unit,
            "inputs": {k: _plain(v) for k, v in self.inputs.items()},
            "sources": [r.citation() for r in self.rates] + [s.citation() for s in self.law],
        }


def row(x: Any, i: int = 0) -> Any:
    """Element i of an array-valued amount, or the amount itself when it is a scalar."""
    arr = np.asarray(x)
    return arr.item() if arr.ndim == 0 else arr[i].item()


@dataclass(frozen=True)
class Notice:
    """Something to tell next to the amounts: a warning about the input or the result, or a signal
    about what is not calculated. One type for all of them; `amount` is the amount it speaks of (if
    any), `sources` the law it rests on. JSON: as a warning {code, nl, en[, amount]} or as a signal
    {code, text_nl, text_en, sources} (the CLI contract keeps both shapes)."""

    code: str
    nl: str
    en: str
    amount: float | None = None
    sources: tuple[LawSource, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """As a warning (`warnings[]` in every result)."""
        out: dict[str, Any] = {"code": self.code, "nl": self.nl, "en": self.en}
        if self.amount is not None:
            out["amount"] = self.amount
        return out

    def to_signal_dict(self) -> dict[str, Any]:
        """As a signal (`toeslagen.signals[]`): what is not calculated, with the law it rests on."""
        return {
            "code": self.code,
            "text_nl": self.nl,
            "text_en": self.en,
            "sources": [s.citation() for s in self.sources],
        }
