"""The words of `python -m calc reconcile`: sources, the reason per month, warnings and the causes.

Client-facing sentences are Dutch at B1 level (short sentences, everyday words) with English;
amounts as `€ 1.234,56`. The logic lives in calc/reconcile.py, calc/reconcile_causes.py and
calc/reconcile_advice.py; this module only words what they found.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from calc import wajong as rules
from calc.explain import LawSource, Step
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur
from calc.situation import Situation
from calc.validate import situation_warnings

if TYPE_CHECKING:
    from calc.rates import RateBook
    from calc.reconcile_input import Due, Months, ReconcileMonth, ReconcileRequest

WAJONG_2026 = "https://wetten.overheid.nl/BWBR0008657/2026-01-01"
AIB_2026 = "https://wetten.overheid.nl/BWBR0029368/2026-01-01#Artikel41"

AIB_4_1 = LawSource(
    "Algemeen Inkomensbesluit socialezekerheidswetten art. 4:1 lid 2, 3, 6, 7, 8 en 11 (dagbedragen, "
    "aangiftetijdvak, gemiddeld inkomen, toerekenen aan dagen, opgebouwd vakantiegeld, redelijk resultaat)",
    AIB_2026,
)
TERUGVORDERING = LawSource(
    "Wet Wajong art. 2:59 en 3:56 (terugvordering; 'dringende redenen': UWV kan geheel of gedeeltelijk "
    "afzien)",
    f"{WAJONG_2026}#Artikel259",
)
INVORDERING = LawSource(
    "Wet Wajong art. 2:60 en 3:57 (invordering; lagere aflossing bij een inkomen op de beslagvrije voet)",
    f"{WAJONG_2026}#Artikel260",
)
UWV_NET_GROSS = LawSource(
    "UWV, Ik moet geld terugbetalen aan UWV. Moet ik het netto- of het brutobedrag betalen?",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/geld-terugbetalen-aan-uwv/detail/ik-moet-geld-terugbetalen-aan-uwv-moet-ik-het-netto-of-het-brutobedrag-betalen",
)
UWV_LOONHEFFING = LawSource(
    "UWV, Ik moet geld terugbetalen aan UWV. Moet ik ook loonheffing betalen?",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/geld-terugbetalen-aan-uwv/detail/ik-moet-geld-terugbetalen-aan-uwv-moet-ik-ook-loonheffing-betalen",
)
BD_NEGATIEF_LOON = LawSource(
    "Belastingdienst, Negatief loon (terugbetaalde uitkering: in de aangifte over het jaar van "
    "terugbetalen; verrekend met de bruto-uitkering: niets doen)",
    "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/werk_en_inkomen/werken/negatief-loon",
)
AWIR_8 = LawSource(
    "Algemene wet inkomensafhankelijke regelingen art. 8 (toetsingsinkomen: het verzamelinkomen)",
    "https://wetten.overheid.nl/BWBR0018472/2026-01-01",
)
AWB_BEZWAAR = LawSource(
    "Algemene wet bestuursrecht art. 6:7 en 6:8 (bezwaar binnen zes weken, vanaf de dag na de brief)",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=6&afdeling=6.2&artikel=6:7",
)
AWB_6_16 = LawSource(
    "Algemene wet bestuursrecht art. 6:16 (bezwaar houdt het besluit niet tegen)",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=6&afdeling=6.3&artikel=6:16",
)
UWV_BEZWAAR = LawSource(
    "UWV, Bezwaar maken (meestal binnen 6 weken na de datum van de brief; eerst bellen mag)",
    "https://www.uwv.nl/Particulieren/klantenservice/bezwaar_en_beroep/bezwaar_maken.aspx",
)
UWV_SCHULD = LawSource(
    "UWV, Betalen van een schuld bij UWV (binnen 6 weken, of een betalingsregeling)",
    "https://www.uwv.nl/particulieren/overige-onderwerpen/schulden/wat-kan-uwv-voor-mij-doen/detail/betalen-schuld-bij-uwv",
)
UWV_LOON_WERKGEVER = LawSource(
    "UWV, Controle van de inkomsten (het loon komt van de werkgever via de Belastingdienst; klopt het "
    "niet, stuur uw uitleg en bewijs)",
    "https://www.uwv.nl/particulieren/werkloos/tijdens-ww-uitkering/detail/inkomstenopgave-invullen/controle-van-mijn-inkomstenopgave-van-vorige-maand",
)
SUWI_33 = LawSource(
    "Wet structuur uitvoeringsorganisatie werk en inkomen art. 33 (polisadministratie)",
    "https://wetten.overheid.nl/jci1.3:c:BWBR0013060&artikel=33",
)
UWV_VOORSCHOT = LawSource(
    "UWV, Wat gebeurt er met mijn Wajong-uitkering als ik ga werken? (voorschot, meestal 6 maanden)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/wanneer-verandert-wajong-uitkering/wat-gebeurt-er-met-mijn-wajong-uitkering-als-ik-ga-werken",
)
# A secondary source (a legal insurer's page on the CRvB ruling); listed in docs/rates.md.
CRVB_2024 = LawSource(
    "DAS, Te veel ontvangen uitkering terugbetalen (CRvB 18 april 2024: ruimere uitleg van 'dringende "
    "redenen', ook als de instantie zelf een fout maakte)",
    "https://www.das.nl/magazine/werk-en-inkomen/arbeidscontract-en-loon/te-veel-ontvangen-uitkering-terugbetalen-veelgestelde-vragen-op-een-rij",
)

SOURCES = (
    rules.ART_2_40,
    rules.ART_1A4,
    rules.ART_8_8,
    rules.AIB_2_5,
    AIB_4_1,
    UWV_VOORSCHOT,
    TERUGVORDERING,
    UWV_NET_GROSS,
    BD_NEGATIEF_LOON,
    AWB_BEZWAAR,
)


@lru_cache(maxsize=24)
def month_label(period: str, lang: str = "nl") -> str:
    """'2026-05' as 'mei 2026' (Babel; the machines have no system locales) or 'May 2026'."""
    from babel.dates import format_date

    day = dt.date(int(period[:4]), int(period[5:]), 1)
    return format_date(day, "MMMM y", locale="nl_NL" if lang == "nl" else "en_GB")


def day_label(day: dt.date, lang: str = "nl") -> str:
    """A date as a reader writes it: '22 december 2026' (Babel)."""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale="nl_NL" if lang == "nl" else "en_GB")


def months_label(periods: list[str], lang: str = "nl") -> str:
    """One month, or 'januari 2026 tot en met maart 2026'."""
    if len(periods) == 1:
        return month_label(periods[0], lang)
    joiner = " tot en met " if lang == "nl" else " to "
    return month_label(periods[0], lang) + joiner + month_label(periods[-1], lang)


# ------------------------------------------------------------------------------ per month


def month_reason(
    steps: list[Step], m: ReconcileMonth, income: float, four_weekly_days: tuple[float, float] | None,
    diff: float,
) -> tuple[str, str]:  # fmt: skip
    """Why this month's Wajong is what it is, from the core's own explanation steps (calc.benefit).
    `four_weekly_days`: (days in four weeks, days in a month) from rates/wajong.yaml when the wage is
    paid every four weeks (AIB art. 4:1 lid 2), else None."""
    nl: list[str] = []
    en: list[str] = []
    if four_weekly_days is not None:
        period_en, month_en = (f"{x:g}" for x in four_weekly_days)
        period, month = period_en.replace(".", ","), month_en.replace(".", ",")
        nl.append(
            f"Uw loon per vier weken ({eur(m.wage)}) telt als {eur(income)} per maand: per dag ({period} "
            f"dagen in vier weken) keer {month} dagen (AIB art. 4:1 lid 2)."
        )
        en.append(
            f"Your four-weekly wage ({eur(m.wage, 'en')}) counts as {eur(income, 'en')} a month: per day "
            f"({period_en} days in four weeks) times {month_en} days (AIB art. 4:1(2))."
        )
    if m.holiday_pay:
        nl.append(f"Uw vakantiegeld ({eur(m.holiday_pay)}) telt niet mee voor de Wajong (AIB art. 2:5).")
        en.append(
            f"Your holiday pay ({eur(m.holiday_pay, 'en')}) does not count for the Wajong (AIB art. 2:5)."
        )
    for step in steps:
        if step.rule in ("offset_earnings", "offset_loondispensatie", "garantiebedrag"):
            nl.append(step.text_nl)
            en.append(step.text_en)
    due = m.wajong_paid + diff
    nl.append(f"Volgens de regels krijgt u {eur(due)}.")
    en.append(f"By the rules you are due {eur(due, 'en')}.")
    if abs(diff) < 0.005:
        nl.append("UWV betaalde precies dat bedrag.")
        en.append("UWV paid exactly that.")
    elif diff < 0:
        nl.append(f"UWV betaalde {eur(m.wajong_paid)}. Dat is {eur(-diff)} te veel.")
        en.append(f"UWV paid {eur(m.wajong_paid, 'en')}: {eur(-diff, 'en')} too much.")
    else:
        nl.append(f"UWV betaalde {eur(m.wajong_paid)}. Dat is {eur(diff)} te weinig.")
        en.append(f"UWV paid {eur(m.wajong_paid, 'en')}: {eur(diff, 'en')} too little.")
    return " ".join(nl), " ".join(en)


def _warning(code: str, nl: str, en: str) -> dict[str, str]:
    return {"code": code, "nl": nl, "en": en}


def month_warnings(req: ReconcileRequest, ms: Months, due: Due, book: RateBook) -> list[dict[str, Any]]:
    """What the check did, but what the person should look at again (nothing is changed)."""
    out = [
        w.to_dict()
        for w in situation_warnings(Situation(period=ms.periods[0], age=req.age, wajong=req.wajong), book)
    ]
    low = [
        p
        for p, m, d in zip(ms.periods, req.months, ms.days, strict=True)
        if req.loonwaarde is None
        and m.hours
        and m.wage > 0
        and m.wage / m.hours < float(minimum_hourly_wage_on(req.age, book, d)) - 0.005
    ]
    if low:
        names = ", ".join(month_label(p) for p in low)
        out.append(
            _warning(
                "wage_below_minimum",
                f"In {names} is uw loon per uur lager dan het minimumloon. Klopt het loon? Klopt het aantal "
                "uren?",
                "The wage per hour is below the minimum wage in "
                + ", ".join(month_label(p, "en") for p in low),
            )
        )
    high = [
        p
        for p, paid, top in zip(ms.periods, ms.paid, due.without_work, strict=True)
        if paid > top + 0.005 and req.wajong.garantiebedrag is None and req.loonwaarde is None
    ]
    if high:
        out.append(
            _warning(
                "paid_above_maximum",
                f"In {', '.join(month_label(p) for p in high)} betaalde UWV meer dan de hele Wajong zonder "
                "werk. Telde u het vakantiegeld van de Wajong mee? Dat betaalt UWV in mei. Vul alleen de "
                "Wajong zelf in.",
                "UWV paid more than the full Wajong without work; was the Wajong holiday pay (May) included?",
            )
        )
    if req.pay_period == "four_weeks":
        out.append(
            _warning(
                "four_weekly_assumed",
                "U krijgt loon per vier weken. De wet zegt niet precies hoe UWV zo'n tijdvak over twee "
                "maanden verdeelt (AIB art. 4:1 lid 3 en 7). Wij tellen het loon in de maand waarin het "
                "tijdvak eindigt.",
                "Four-weekly pay: how UWV splits a period over two months is not prescribed; we count it "
                "in the month in which the period ends.",
            )
        )
    if np.any(ms.holiday_pay > 0):
        out.append(
            _warning(
                "holiday_pay_not_income",
                "Vakantiegeld van uw werkgever telt niet mee voor de Wajong (AIB art. 2:5). Wij rekenen "
                "zonder.",
                "Holiday pay from the employer does not count for the Wajong (AIB art. 2:5).",
            )
        )
    return out


# ---------------------------------------------------------------------------------- causes

CAUSE_TITLES = {
    "holiday_pay": ("Vakantiegeld in de verkeerde maand", "Holiday pay counted in the wrong month"),
    "four_weekly": (
        "Loon per vier weken verdeeld over twee maanden",
        "A four-weekly pay period split over two months",
    ),
    "polis_wage": ("Ander loon in de polisadministratie", "A different wage in UWV's polisadministratie"),
    "grondslag_change": (
        "Nieuwe grondslag op 1 januari of 1 juli",
        "A change of grondslag on 1 January or 1 July",
    ),
    "garantiebedrag": ("Het garantiebedrag", "The garantiebedrag"),
    "voorschot_period": ("Andere maanden in de voorschotperiode", "A different voorschot period"),
}

CAUSE_CHECKS = {
    "holiday_pay": (
        "Kijk op uw loonstrook: staat het vakantiegeld apart? Vakantiegeld telt niet mee voor de Wajong. "
        "Vraag UWV om het loon zonder vakantiegeld te gebruiken.",
        "Check your payslip: is the holiday pay listed separately? It does not count for the Wajong.",
    ),
    "four_weekly": (
        "Krijgt u loon per vier weken? Vraag UWV in welke maand zij elk tijdvak hebben geteld.",
        "Paid four-weekly? Ask UWV in which month they counted each pay period.",
    ),
    "polis_wage": (
        "Vraag UWV welk loon per maand zij gebruikten. Vergelijk dat met uw loonstroken. Klopt het niet? "
        "Vraag uw werkgever om de loonaangifte te verbeteren.",
        "Ask UWV which wage per month they used and compare it with your payslips.",
    ),
    "grondslag_change": (
        "Op 1 januari en 1 juli gaat het minimumloon omhoog, en uw Wajong ook. Kijk of UWV de nieuwe "
        "grondslag gebruikte.",
        "The minimum wage rises on 1 January and 1 July; check that UWV used the new grondslag.",
    ),
    "garantiebedrag": (
        "Kijk in de brief van UWV of u een garantiebedrag heeft, en of het nog geldt. Het stopt na een "
        "jaar met meer Wajong of zonder inkomen (Wet Wajong art. 8:8 lid 5).",
        "Check UWV's letter: do you have a garantiebedrag, and does it still apply (art. 8:8(5))?",
    ),
    "voorschot_period": (
        "Kijk in de brief over welke maanden het gaat. Vul precies die maanden in.",
        "Check which months the letter covers and enter exactly those.",
    ),
}

CAUSE_SOURCES = {
    "holiday_pay": (rules.AIB_2_5, AIB_4_1),
    "four_weekly": (AIB_4_1,),
    "polis_wage": (SUWI_33, UWV_LOON_WERKGEVER),
    "grondslag_change": (rules.ART_2_40,),
    "garantiebedrag": (rules.ART_8_8,),
    "voorschot_period": (UWV_VOORSCHOT,),
}


def outcome_sentence(reclaim: float, explains: float, residual: float, closes: bool) -> tuple[str, str]:
    """What UWV would ask back under a hypothesis, and whether that fits the letter."""
    if reclaim >= 0:
        nl, en = f"Dan vraagt UWV {eur(reclaim)} terug.", f"UWV would then ask back {eur(reclaim, 'en')}."
    else:
        nl, en = f"Dan krijgt u {eur(-reclaim)} van UWV.", f"UWV would then pay you {eur(-reclaim, 'en')}."
    if closes:
        return nl + " Dat past bij de brief.", en + " That fits the letter."
    if abs(explains) < 0.005:
        return nl + " Dat verklaart het verschil niet.", en + " That does not explain the difference."
    # Compared with the letter itself: "explains € 221,20" of a € 165 gap read as nonsense when the
    # hypothesis overshoots; "the letter asks € 56,20 less" is true either way.
    more_nl, more_en = ("meer", "more") if residual > 0 else ("minder", "less")
    return (
        nl + f" Dat verklaart een deel van het verschil: de brief vraagt {eur(abs(residual))} {more_nl}.",
        en + f" That explains part of the difference: the letter asks {eur(abs(residual), 'en')} {more_en}.",
    )


def hypothesis_text(kind: str, **k: Any) -> tuple[str, str]:
    """One sentence per hypothesis the causes test (calc.reconcile_causes)."""
    if kind == "holiday_paid":
        return (
            f"Misschien telde UWV uw vakantiegeld ({eur(k['amount'])}) als loon in "
            f"{month_label(k['month'])}.",
            f"UWV may have counted your holiday pay ({eur(k['amount'], 'en')}) as wage in "
            f"{month_label(k['month'], 'en')}.",
        )
    if kind == "holiday_accrued":
        return (
            f"Misschien telde UWV elke maand {k['percentage']:.0%} vakantiegeld bij uw loon op (AIB art. "
            "4:1 lid 8).",
            f"UWV may have added {k['percentage']:.0%} accrued holiday pay to every month's wage (AIB "
            "4:1(8)).",
        )
    if kind == "four_weekly_raw":
        return (
            "Misschien telde UWV het loon per vier weken als loon per maand, zonder omrekenen.",
            "UWV may have counted the four-weekly pay as monthly pay, without converting it.",
        )
    if kind == "four_weekly_moved":
        return (
            f"Misschien telde UWV een tijdvak van {month_label(k['source'])} in {month_label(k['target'])}.",
            f"UWV may have counted a pay period of {month_label(k['source'], 'en')} in "
            f"{month_label(k['target'], 'en')}.",
        )
    if kind == "grondslag_old":
        return (
            f"Misschien rekende UWV in {months_label(k['months'])} nog met de oude grondslag "
            f"({eur(k['old'])} in plaats van {eur(k['new'])}).",
            f"UWV may have used the old grondslag ({eur(k['old'], 'en')} instead of {eur(k['new'], 'en')}) "
            f"in {months_label(k['months'], 'en')}.",
        )
    if kind == "garantiebedrag_lapsed":
        return (
            f"Misschien betaalt UWV uw garantiebedrag ({eur(k['amount'])}) niet meer.",
            f"UWV may no longer pay your garantiebedrag ({eur(k['amount'], 'en')}).",
        )
    if kind == "voorschot_window":
        return (
            f"Misschien gaat de brief alleen over {months_label(k['months'])} ({len(k['months'])} maanden).",
            f"The letter may only cover {months_label(k['months'], 'en')} ({len(k['months'])} months).",
        )
    raise ValueError(kind)


def polis_text(implied: float | None) -> tuple[str, str]:
    if implied is None:
        return (
            "Dit kunnen wij niet narekenen: uw Wajong verandert nu niet met het loon.",
            "Not computable: the Wajong does not move with the wage here.",
        )
    more = implied > 0
    return (
        f"Als dit de oorzaak is, rekende UWV samen {eur(abs(implied))} {'meer' if more else 'minder'} loon "
        "dan u invulde. Dit kan elk verschil verklaren. Controleer het dus met uw loonstroken.",
        f"If this is the cause, UWV counted {eur(abs(implied), 'en')} {'more' if more else 'less'} wage in "
        "total than you entered. This can explain any difference, so check it against your payslips.",
    )


NOT_COMPUTABLE = {
    "four_weekly": (
        "U krijgt loon per maand. Dan speelt dit niet.",
        "You are paid monthly, so this does not apply.",
    ),
    "garantiebedrag": (
        "U vulde geen garantiebedrag in. Staat er een in een brief van UWV? Vul het dan in en reken opnieuw.",
        "No garantiebedrag was entered. If UWV's letter names one, enter it and check again.",
    ),
    "grondslag_change": (
        "In deze maanden veranderde de grondslag niet.",
        "The grondslag did not change in these months.",
    ),
    "voorschot_period": (
        "Te weinig maanden om een kortere periode te proberen.",
        "Too few months to try a shorter period.",
    ),
    "holiday_pay": (
        "U vulde geen loon of vakantiegeld in.",
        "No wage or holiday pay was entered.",
    ),
}
