"""Which payer should apply the loonheffingskorting: the monthly cash of each choice, the one that
gives the most each month, how to change it, and when a voorlopige aanslag closes the rest of the gap.

The year's money does not depend on the choice (the final tax is the same); only how much arrives
each month and how much comes back (or must be paid) after the year. Only one payer may apply the
korting (Wet LB 1964 art. 22-23): "both" gives more each month and a payback after the year.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from calc.chain import compute_chain
from calc.columns import Columns
from calc.explain import LawSource, Notice
from calc.money import eur, round_cents
from calc.rates import RateBook
from calc.situation import LHK_CHOICES, Situation
from calc.tax import BD_MEERDERE_INKOMENS, UWV_LHK_WAJONG, WET_LB_22

BD_VOORLOPIGE_AANSLAG = LawSource(
    "Belastingdienst: voorlopige aanslag (aan het begin van het jaar alvast een bedrag terugkrijgen of "
    "betalen)",
    "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/inkomstenbelasting/"
    "hoe_werkt_inkomstenbelasting/aanslag/voorlopige_aanslag",
)
PAYER_NL = {"uwv": "UWV", "employer": "uw werkgever"}
PAYER_EN = {"uwv": "UWV", "employer": "your employer"}
ONE_PAYER = ("uwv", "employer")  # the legal choices when both pay (only one may apply the korting)
SMALL = 0.5  # euros a month: below this a change is not worth the paperwork


def cash_by_choice(cols: Columns, book: RateBook, s: Situation) -> dict[str, dict[str, float]]:
    """Cash per month, settlement after the year, year total and what each payer pays, for every
    choice, in one call (row 0 of `cols` repeated once per choice)."""
    rows = replace(
        cols.take(np.zeros(len(LHK_CHOICES), dtype=np.int64)), loonheffingskorting=np.array(LHK_CHOICES)
    )
    c = compute_chain(rows, book, s.first_day)
    return {
        choice: {
            "cash_month": float(c.net_month[k]),
            "settlement_year": float(c.tax.settlement_year[k]),
            "year_total": float(c.year_total[k]),
            "paid_by_uwv": float(c.wajong.wajong[k]),
            "paid_by_employer": float(c.cols.wage[k]),
        }
        for k, choice in enumerate(LHK_CHOICES)
    }


def loonheffingskorting_advice(cols: Columns, book: RateBook, s: Situation) -> dict[str, Any]:
    """The choice that brings the most each month among the legal ones (only one payer), what it
    gains, and the voorlopige aanslag that spreads the rest of the settlement over the months."""
    by = cash_by_choice(cols, book, s)
    current = s.loonheffingskorting
    paying = [p for p in ONE_PAYER if by[current][f"paid_by_{p}"] > 0]
    best = max(paying, key=lambda p: by[p]["cash_month"]) if paying else current
    gain = float(round_cents(by[best]["cash_month"] - by[current]["cash_month"]))
    settle = by[best]["settlement_year"]
    return {
        "current": current,
        "best": best,
        "by_choice": by,
        "gain_month": gain,
        "voorlopige_aanslag_month": float(round_cents(settle / 12)),
        "notices": [n.to_dict() for n in _notices(current, best, gain, settle, len(paying) == 2)],
        "sources": [
            x.citation() for x in (WET_LB_22, UWV_LHK_WAJONG, BD_MEERDERE_INKOMENS, BD_VOORLOPIGE_AANSLAG)
        ],
    }


def _notices(current: str, best: str, gain: float, settle: float, two_payers: bool) -> list[Notice]:
    out = []
    if current == "both":
        out.append(
            Notice(
                "loonheffingskorting_both",
                "De loonheffingskorting mag maar bij één betaler. Nu laat u die bij UWV én bij uw werkgever "
                f"toepassen. Laat het bij {PAYER_NL[best]}; zet het bij de ander uit.",
                "Only one payer may apply the loonheffingskorting; you now have both. Keep it at "
                f"{PAYER_EN[best]} and switch it off at the other.",
            )
        )
    elif two_payers and best != current and gain >= SMALL:
        out.append(
            Notice(
                "loonheffingskorting_switch",
                f"Laat {PAYER_NL[best]} de loonheffingskorting toepassen in plaats van "
                f"{PAYER_NL.get(current, 'niemand')}. "
                f"Dan komt er elke maand {eur(gain)} meer op uw rekening. Geef {PAYER_NL[best]} het "
                "formulier "
                "'Opgaaf gegevens voor de loonheffingen' met 'ja' bij loonheffingskorting, en zet het bij de "
                "ander op 'nee'. Over het hele jaar verandert er niets: alleen het moment waarop u het geld "
                "krijgt.",
                f"Let {PAYER_EN[best]} apply the loonheffingskorting instead of "
                f"{PAYER_EN.get(current, 'nobody')}: "
                f"{eur(gain, 'en')} more every month. Give them the form 'Opgaaf gegevens voor de "
                "loonheffingen' "
                "with 'yes', and 'no' at the other payer. The year's money stays the same.",
                amount=gain,
            )
        )
    if settle >= 12 * SMALL:
        out.append(
            Notice(
                "voorlopige_aanslag_refund",
                f"{'Ook dan krijgt u' if out else 'U krijgt'} na het jaar nog ongeveer {eur(settle)} "
                "belasting terug. Wilt u dat geld elke maand? Vraag bij de Belastingdienst een voorlopige "
                f"aanslag aan. Dan krijgt u ongeveer {eur(settle / 12)} per maand. (Een voorlopige aanslag "
                "is een brief van de Belastingdienst: die betaalt u dan elke maand alvast een deel terug.)",
                f"You would still get about {eur(settle, 'en')} tax back after the year. To get it monthly, "
                f"ask the Belastingdienst for a voorlopige aanslag: about {eur(settle / 12, 'en')} a month.",
                amount=settle,
            )
        )
    elif settle <= -12 * SMALL:
        out.append(
            Notice(
                "voorlopige_aanslag_payback",
                f"Na het jaar moet u ongeveer {eur(-settle)} belasting terugbetalen. Zet elke maand "
                f"{eur(-settle / 12)} opzij, of vraag een voorlopige aanslag aan: dan betaalt u het in "
                "maanddelen. (Een voorlopige aanslag is een brief van de Belastingdienst met het bedrag dat "
                "u "
                "elke maand betaalt.)",
                f"After the year you pay back about {eur(-settle, 'en')}. Put {eur(-settle / 12, 'en')} "
                "aside "
                "every month, or ask for a voorlopige aanslag to pay it monthly.",
                amount=settle,
            )
        )
    return out
