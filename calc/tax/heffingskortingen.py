"""The heffingskortingen a Wajonger who works gets: the algemene heffingskorting (Wet IB 2001 art.
8.10), the arbeidskorting on the wage (art. 8.11), the inkomensafhankelijke combinatiekorting of a
working parent of a young child (art. 8.14a), the jonggehandicaptenkorting (art. 8.16a), and the rule
that they cannot make the tax negative (art. 8.1)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import rounded_where

Array = NDArray[np.float64]


def algemene_heffingskorting(
    income_year: ArrayLike,
    maximum: float,
    phaseout_start: float,
    phaseout_rate: float,
    round_up: bool | ArrayLike = False,
) -> Array:
    """Algemene heffingskorting (Wet IB 2001 art. 8.10): the maximum, less `phaseout_rate` x the
    income above `phaseout_start`, not below 0. With `round_up` (for all rows, or per row) the
    amount is rounded up to whole euros, as the Rekenvoorschriften do for the tables."""
    y = np.asarray(income_year, dtype=float)
    ahk = maximum - phaseout_rate * np.maximum(y - phaseout_start, 0.0)
    ahk = rounded_where(round_up, ahk, lambda a: np.ceil(np.round(a, 6)))
    return np.maximum(ahk, 0.0)


def arbeidskorting(
    arbeidsinkomen_year: ArrayLike, segments: list[dict], round_up: bool | ArrayLike = False
) -> Array:
    """Arbeidskorting (Wet IB 2001 art. 8.11) on the arbeidsinkomen: the wage, NOT a Wajong paid by
    UWV (Kamerstuk 29 544 nr. 1273). In the segment starting at `from`: base + rate x (AI - from);
    the last segment phases out; never below 0. `round_up` (for all rows, or per row): whole euros
    up (Rekenvoorschriften)."""
    ai = np.maximum(np.asarray(arbeidsinkomen_year, dtype=float), 0.0)
    out = np.zeros_like(ai)
    # As art. 8.11 lid 2 words it: a running sum of rate x (AI above the knikpunt), capped after
    # each part at the next segment's base ("waarbij de som ... niet meer bedraagt dan"), then the
    # phase-out (a negative rate), not below nil. The caps make it exact at the knikpunten too.
    for k, seg in enumerate(segments):
        out = out + seg["rate"] * np.maximum(ai - seg["from"], 0.0)
        if seg["rate"] >= 0 and k + 1 < len(segments):
            out = np.minimum(out, segments[k + 1]["base"])
    out = rounded_where(round_up, out, lambda a: np.ceil(np.round(a, 5)))
    return np.maximum(out, 0.0)


def iack_applies(
    children_under_12: ArrayLike,
    has_partner: ArrayLike,
    arbeidsinkomen_year: ArrayLike,
    partner_arbeidsinkomen_year: ArrayLike,
) -> NDArray[np.bool_]:
    """Who gets the inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a lid 1 b, c and
    lid 3): a child that was under 12 at the start of the year belongs to the household (at least six
    months), and there is no partner, or the partner has a higher arbeidsinkomen. With equal
    arbeidsinkomens only the older partner gets it (lid 3); the tool does not know who is older and
    gives it to neither (docs/assumptions.md). Lid 1 a (arbeidsinkomen above the threshold) is in
    `inkomensafhankelijke_combinatiekorting`."""
    young_child = np.asarray(children_under_12) > 0
    partner = np.asarray(has_partner, dtype=bool)
    lower = np.asarray(arbeidsinkomen_year, dtype=float) < np.asarray(
        partner_arbeidsinkomen_year, dtype=float
    )
    return young_child & (~partner | lower)


def inkomensafhankelijke_combinatiekorting(
    arbeidsinkomen_year: ArrayLike, applies: ArrayLike, threshold: float, rate: float, maximum: float
) -> Array:
    """Inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a lid 2): `rate` (11,45%) of the
    arbeidsinkomen "voor zover dat ... meer beloopt dan" the threshold, "doch niet meer dan" the
    maximum; nil where lid 1 does not apply (`applies`, see `iack_applies`) or the arbeidsinkomen is not
    above the threshold (lid 1 a). The arbeidsinkomen is the wage with holiday pay, not the Wajong.
    Payers never apply it (Wet LB 1964 art. 21c): it comes with the aangifte or a voorlopige aanslag."""
    ai = np.asarray(arbeidsinkomen_year, dtype=float)
    amount = np.minimum(rate * np.maximum(ai - threshold, 0.0), maximum)
    return np.where(np.asarray(applies, dtype=bool), amount, 0.0)


def jonggehandicaptenkorting(entitled_to_wajong: ArrayLike, amount: float) -> Array:
    """Jonggehandicaptenkorting (Wet IB 2001 art. 8.16a): a fixed amount for whoever is entitled to
    Wajong, also when no Wajong is paid because the wage is high enough."""
    return np.where(np.asarray(entitled_to_wajong, dtype=bool), float(amount), 0.0)


def credits_applied(tax: ArrayLike, credits: ArrayLike) -> Array:
    """Heffingskortingen reduce the tax to at most 0; an unused part is lost (Wet IB art. 8.1).

    The law limits the belasting part and the premie part of the korting separately; below the end
    of bracket 1 both parts are in the same proportion as the tax, and above it the kortingen
    (< € 10.000) stay far below the premie (> € 13.000), so min(kortingen, tax) is the same."""
    return np.minimum(np.asarray(credits, dtype=float), np.asarray(tax, dtype=float))
