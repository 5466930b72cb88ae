"""The Wajong benefit when a jonggehandicapte has income (Wet Wajong, text in force 2024-2026).

The law states every formula per day: grondslag G = minimum wage per month / 21.75, income I
per day = income per month / 21.75 (AIB art. 4:1 lid 2). Every formula here is linear in G and
I, so computing per month gives exactly 21.75 x the day amount; we work per month, as UWV
publishes its amounts ("70% van het minimumloon", e.g. EUR 1.493,52 per month from 1 July
2024), and show the day amounts only for information. See docs/rules.md and docs/assumptions.md.

All functions take numpy arrays (or scalars) so one client, an hours sweep and a caseload run
the same code.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.explain import LawSource

Array = NDArray[np.float64]

WAJONG_LAW = "https://wetten.overheid.nl/BWBR0008657/2024-01-01"
ART_1A4 = LawSource("Wet Wajong art. 1a:4 (Wajong 2015)", f"{WAJONG_LAW}#Artikel1a4")
ART_2_40 = LawSource("Wet Wajong art. 2:40 (Wajong 2010)", f"{WAJONG_LAW}#Artikel240")
ART_3_8 = LawSource("Wet Wajong art. 3:8 (oude Wajong)", f"{WAJONG_LAW}#Artikel38")
ART_2_46 = LawSource(
    "Wet Wajong art. 2:46 en 3:8b (duurzaam geen arbeidsvermogen)", f"{WAJONG_LAW}#Artikel246"
)
ART_8_8 = LawSource("Wet Wajong art. 8:8 (garantiebedrag)", f"{WAJONG_LAW}#Artikel88")
ART_3_25 = LawSource("Wet Wajong art. 3:25, 3:52 en 2:53 (vakantie-uitkering)", f"{WAJONG_LAW}#Artikel325")
AIB_2_5 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 2:5 en 3:6 (vakantiebijslag is geen inkomen)",
    "https://wetten.overheid.nl/BWBR0029368/2024-01-01#Hoofdstuk2_Artikel2:5",
)
AIB_3_2_BUSINESS = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 3:2 lid 1 d en lid 2 (belastbare winst plus "
    "ondernemersaftrek en MKB-winstvrijstelling; verlies telt als nihil)",
    "https://wetten.overheid.nl/BWBR0029368/2026-01-01#Artikel32",
)
AIB_4_1_BUSINESS = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 lid 5 en 6 (winst gelijk verdeeld over de "
    "maanden; voorschot op een geschat inkomen, herberekening per periode van ten hoogste twaalf maanden)",
    "https://wetten.overheid.nl/BWBR0029368/2026-01-01#Artikel41",
)
AIB_4_1 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 (inkomen per dag, 21,75 dagen per maand)",
    "https://wetten.overheid.nl/BWBR0029368/2024-01-01#Hoofdstuk4_Artikel4:1",
)


def per_day(amount_month: ArrayLike, days_per_month: float) -> Array:
    """A monthly amount as a day amount: month / 21.75 (AIB art. 4:1 lid 2; Wajong art. 2:1, 3:7)."""
    return np.asarray(amount_month, dtype=float) / days_per_month


def offset_earnings(grondslag: ArrayLike, income: ArrayLike, percentage: ArrayLike) -> Array:
    """Wajong with income and no loondispensatie: percentage x (G - I), never below 0.

    With arbeidsvermogen 0.7 x (G - I) (art. 2:40 lid 1 b, 3:8 lid 1 b); without arbeidsvermogen
    0.75 x (G - I) (art. 1a:4 lid 2, 2:46, 3:8b). The floor at 0 is not written in the articles;
    a negative benefit does not exist, so income above G ends the payment (docs/assumptions.md).
    """
    g, i = np.asarray(grondslag, dtype=float), np.asarray(income, dtype=float)
    return np.maximum(np.asarray(percentage, dtype=float) * (g - i), 0.0)


def compensatiefactor(loonwaarde: ArrayLike, percentage: float) -> Array:
    """CF = (LW - 0.3) / (0.7 x LW) (art. 2:40 lid 2, 3:8 lid 2), with 0.3 = 1 - 0.7.

    Below a loonwaarde of 30% the factor is negative. The law sets no floor, and we apply it as
    written: the benefit then rises above 70% of G, and the total of wage and Wajong stays
    0.7 x G + 0.3 x function wage, the same as at every other loonwaarde (docs/rules.md).
    """
    lw = np.asarray(loonwaarde, dtype=float)
    return (lw - (1.0 - percentage)) / (percentage * lw)


def offset_with_compensatiefactor(
    grondslag: ArrayLike,
    dispensed_income: ArrayLike,
    other_income: ArrayLike,
    loonwaarde: ArrayLike,
    percentage: float,
) -> Array:
    """Loondispensatie, route 1: 0.7 x G - 0.7 x (CF x Ia + Io) (art. 2:40 lid 1 a and lid 4 a).

    Ia is the dispensed wage, Io the other income (WW, ZW, a job without dispensation). Since
    2022 the compensatiefactor applies to Ia only (lid 4, samenloop).
    """
    cf = compensatiefactor(loonwaarde, percentage)
    g = np.asarray(grondslag, dtype=float)
    ia, io = np.asarray(dispensed_income, dtype=float), np.asarray(other_income, dtype=float)
    return percentage * g - percentage * (cf * ia + io)


def top_up_to_function_wage(dispensed_income: ArrayLike, loonwaarde: ArrayLike) -> Array:
    """Loondispensatie, route 2: ((Ia / LW) + Io) - I = Ia / LW - Ia (art. 2:40 lid 3 and lid 4 b).

    Tops the dispensed wage up to the full function wage for the hours worked.
    """
    ia = np.asarray(dispensed_income, dtype=float)
    return ia / np.asarray(loonwaarde, dtype=float) - ia


def higher_route(route1: ArrayLike, route2: ArrayLike) -> Array:
    """Loondispensatie: UWV pays the higher of the two routes, never below 0 (art. 2:40 lid 1 a, 3, 4:
    "voor zover dit leidt tot een hoger bedrag"). compute_wajong computes both routes (the
    explanation shows them) and passes them here."""
    return np.maximum(np.maximum(route1, route2), 0.0)


def apply_garantiebedrag(benefit: ArrayLike, garantiebedrag: ArrayLike) -> Array:
    """The Wajonger keeps the garantiebedrag while the new amount is not higher (art. 8:8 lid 4).

    `garantiebedrag` is NaN where there is none.
    """
    w, gb = np.asarray(benefit, dtype=float), np.asarray(garantiebedrag, dtype=float)
    none = np.isnan(gb)
    if np.isinf(gb).any():  # np.nan_to_num is slow on short arrays: only where it matters
        return np.where(none, w, np.maximum(w, np.nan_to_num(gb)))
    return np.where(none, w, np.maximum(w, np.where(none, 0.0, gb)))


def vakantie_uitkering(benefit: ArrayLike, percentage: float) -> Array:
    """Holiday allowance: 8% of the benefit the person had a right to (art. 3:25 lid 1, 2:53 lid 2).

    Accrues every month and is paid once a year, in May (art. 3:52 lid 1).
    """
    return np.asarray(benefit, dtype=float) * percentage


def income_from_business(profit_month: ArrayLike) -> Array:
    """The income from a business that the Wajong counts in a month (AIB art. 3:2 lid 1 d, lid 2; art. 4:1
    lid 5): the belastbare winst plus the ondernemersaftrek and the MKB-winstvrijstelling, i.e. the profit
    before those deductions (they lower the tax, not the Wajong's income), spread evenly over the months
    of the year with the business; "indien het inkomen ... een negatief bedrag is, dan wordt dat inkomen op
    nihil gesteld" (lid 2)."""
    return np.maximum(np.asarray(profit_month, dtype=float), 0.0)
