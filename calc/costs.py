"""What working costs, and the municipality's schemes near the social minimum (issue 16, part 3).

A coach weighs the gain of a job against what it costs: travel not reimbursed, work clothes, lunch,
childcare hours, the eigen risico. The client gives one amount per month (`costs.work_per_month`) and,
apart, the employer's travel allowance (`costs.travel_allowance_per_month`), which is not wage up to the
fiscal limit per km (Wet LB 1964 art. 31a, rates/work_costs.yaml): it is money in that the Wajong, the
tax and the toeslagen do not see. Without the km (`costs.travel_km_per_month`) the allowance is taken as
untaxed as given (docs/assumptions.md). The comparison (calc/compare.py) and the hours sweep subtract the
net costs; the app, the PDF and the CLI read them from there.

Municipal schemes (kwijtschelding, individuele inkomenstoeslag, bijzondere bijstand, collectieve
zorgverzekering) differ per municipality: no amounts, only a signal when the household's income crosses
(or stays under) the usual boundaries, as shares of its social minimum: the tool's choices, in rates/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.money import eur, percent, round_cents
from calc.rates import RateBook
from calc.situation import Costs

Array = NDArray[np.float64]
LB_31A = {
    "title": "Wet op de loonbelasting 1964, artikel 31a (onbelaste reiskostenvergoeding)",
    "url": "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel31a",
}


def untaxed_travel_allowance(allowance: ArrayLike, km: ArrayLike, max_per_km: float) -> Array:
    """The part of the employer's travel allowance that is not wage: at most `max_per_km` per km travelled
    for work (Wet LB 1964 art. 31a); km not known (NaN): all of it, as the client gives it."""
    a, k = np.asarray(allowance, dtype=float), np.asarray(km, dtype=float)
    return np.where(np.isnan(k), a, np.minimum(a, max_per_km * k))


def net_costs_of_working(work: ArrayLike, untaxed_allowance: ArrayLike) -> Array:
    """What working costs per month after the untaxed allowance (negative: the allowance is more)."""
    return np.asarray(work, dtype=float) - np.asarray(untaxed_allowance, dtype=float)


def costs_of_working(costs: Costs, book: RateBook, day: dt.date) -> dict[str, Any]:
    """The comparison's `costs` object (docs/cli.md): the amounts given, the untaxed allowance, the net
    costs per month, and a note when the allowance is above the fiscal limit."""
    limit = float(book.value("work_costs.travel_allowance_max_per_km", day))
    km = np.nan if costs.travel_km_per_month is None else costs.travel_km_per_month
    untaxed = float(round_cents(untaxed_travel_allowance(costs.travel_allowance_per_month, km, limit)))
    over = float(round_cents(costs.travel_allowance_per_month - untaxed))
    net = float(round_cents(net_costs_of_working(costs.work_per_month, untaxed)))
    notes = []
    if over > 0:
        notes.append(
            {
                "code": "travel_allowance_over_limit",
                "nl": f"Uw reiskostenvergoeding is hoger dan {eur(limit)} per kilometer. Het deel daarboven "
                f"({eur(over)} per maand) is belast loon. Dat deel tellen wij hier niet mee.",
                "en": f"Your travel allowance is above {eur(limit, 'en')} per km. The part above it "
                f"({eur(over, 'en')} a month) is taxed wage and is not counted here.",
                "amount": over,
            }
        )
    return {
        "work_per_month": costs.work_per_month,
        "travel_allowance_per_month": costs.travel_allowance_per_month,
        "travel_km_per_month": costs.travel_km_per_month,
        "travel_allowance_max_per_km": limit,
        "travel_allowance_untaxed": untaxed,
        "net_costs_month": net,
        "given": costs.work_per_month > 0 or costs.travel_allowance_per_month > 0,
        "notes": notes,
        "sources": [LB_31A],
    }


def costs_sentences(d_cash: float, d_after: float, c: dict[str, Any]) -> tuple[str, str]:
    """The gain with and without the costs of working, in one sentence each language ('' without costs)."""
    if not c["given"]:
        return "", ""
    work, allowance = c["work_per_month"], c["travel_allowance_untaxed"]
    nl, en = [], []
    if work:
        nl.append(f"U heeft {eur(work)} per maand kosten van werken.")
        en.append(f"Working costs you {eur(work, 'en')} a month.")
    if allowance:
        nl.append(f"U krijgt {eur(allowance)} per maand reiskostenvergoeding (onbelast).")
        en.append(f"You get {eur(allowance, 'en')} a month travel allowance (untaxed).")
    if abs(d_after) < 0.005:
        nl.append("Dan houdt u elke maand evenveel over als nu.")
        en.append("Then you keep the same each month as now.")
    else:
        word_nl, word_en = ("meer", "more") if d_after > 0 else ("minder", "less")
        nl.append(f"Dan houdt u elke maand {eur(abs(d_after))} {word_nl} over dan nu.")
        en.append(f"Then you keep {eur(abs(d_after), 'en')} {word_en} each month than now.")
    nl.append(f"Zonder die kosten is het verschil {eur(d_cash)}.")
    en.append(f"Without those costs the difference is {eur(d_cash, 'en')}.")
    return " ".join(nl), " ".join(en)


# --- the municipality's schemes: a signal, no amounts ----------------------------------------------

SCHEMES = (  # (rates key, Dutch name, English name)
    ("municipal_kwijtschelding_share", "kwijtschelding van gemeentelijke belastingen",
     "remission of municipal taxes (kwijtschelding)"),
    ("municipal_inkomenstoeslag_share", "individuele inkomenstoeslag",
     "the individuele inkomenstoeslag"),
    ("municipal_bijzondere_bijstand_share", "bijzondere bijstand",
     "bijzondere bijstand (special assistance)"),
    ("municipal_zorgverzekering_share", "collectieve zorgverzekering voor minima",
     "the municipality's health insurance for low incomes"),
)  # fmt: skip
AT = 0.005  # a share within half a percent of a boundary counts as at it (rounding of norm and income)
WHERE_NL = "Vraag het bij uw gemeente (het loket Werk en Inkomen, of kijk op de website van uw gemeente)."
WHERE_EN = "Ask your municipality (Werk en Inkomen, or its website)."


def social_minimum_share(gross_household_month: ArrayLike, norm_month: ArrayLike) -> Array:
    """The household's gross income as a share of its social minimum (the Toeslagenwet norm of the
    household per month, art. 2 and 8): a proxy for the net tests the municipalities use."""
    g, n = np.asarray(gross_household_month, dtype=float), np.asarray(norm_month, dtype=float)
    return np.divide(g, n, out=np.full(g.shape, np.nan), where=n > 0)


def municipal_signals(
    share_now: float, share_job: float, book: RateBook, day: dt.date
) -> list[dict[str, Any]]:
    """Per boundary: the schemes the new job's income crosses (now at or below, with the job above), and
    those it stays under with the job. Municipalities set their own rules: names and where to ask only."""
    crossed: list[tuple[float, str, str]] = []
    under: list[tuple[float, str, str]] = []
    for key, nl, en in SCHEMES:
        share = float(book.value(f"work_costs.{key}", day))
        if share_now <= share + AT < share_job:  # a top-up to the norm puts "now" at exactly 100%
            crossed.append((share, nl, en))
        elif share_job <= share:
            under.append((share, nl, en))
    out = []
    if crossed:
        low = min(s for s, _, _ in crossed)
        lost_nl, lost_en = _join(n for _, n, _ in crossed), _join((e for _, _, e in crossed), "or")
        out.append(
            {
                "code": "municipal_crossing",
                "schemes": [nl for _, nl, _ in crossed],
                "share": low,
                "nl": f"Met deze baan komt uw inkomen boven ongeveer {percent(low, 'nl', 0)} van het sociaal "
                "minimum (het inkomen dat de wet voor uw huishouden minimaal nodig vindt). Dan krijgt u "
                f"misschien geen {lost_nl} meer van uw gemeente. "
                f"Elke gemeente heeft eigen grenzen. Krijgt u dit nu? {WHERE_NL}",
                "en": f"With this job your income goes above about {percent(low, 'en', 0)} of the social "
                f"minimum. You may lose {lost_en} from your municipality. Each "
                f"municipality has its own limits. Do you get it now? {WHERE_EN}",
            }
        )
    if under:
        out.append(
            {
                "code": "municipal_may_apply",
                "schemes": [nl for _, nl, _ in under],
                "share": max(s for s, _, _ in under),
                "nl": "Uw inkomen blijft laag, ook met deze baan. Dan kunt u bij uw gemeente misschien hulp "
                f"krijgen: {_join(n for _, n, _ in under)}. Elke gemeente heeft eigen regels. {WHERE_NL}",
                "en": "Your income stays low, also with this job. Your municipality may help: "
                f"{_join((e for _, _, e in under), 'or')}. Each municipality has its own rules. {WHERE_EN}",
            }
        )
    return out


def _join(names: Any, word: str = "of") -> str:
    items = list(names)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]
