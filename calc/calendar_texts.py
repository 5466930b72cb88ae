"""The calendar in words, Dutch (B1) and English: the lowest month and why, the notices about how
the calendar was made, and what happens when the job stops (calc/calendar.py computes)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from calc.explain import LawSource, Notice
from calc.money import eur
from calc.months import YearMonth, month_label, month_name_en, month_name_nl
from calc.rates import RateBook
from calc.situation import CalendarRequest
from calc.timeline import Timeline

UWV_WORK_STOPS = LawSource(
    "UWV, Inkomsten uit werk: 'Als u weer ziek wordt of uw werk stopt, krijgt u gewoon weer Wajong.'",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/einde-wajong/detail/inkomsten-uit-werk",
)
WW_17 = LawSource(
    "Werkloosheidswet art. 17 (wekeneis: 26 van de 36 weken gewerkt)",
    "https://wetten.overheid.nl/BWBR0004045/2026-01-01#Artikel17",
)


def lowest_month(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The month with the least money in, and one sentence why (B1 Dutch + English)."""
    i = min(range(len(rows)), key=lambda k: rows[k]["net_in"])
    r = rows[i]
    r["flags"].append("lowest")
    y, m = int(r["month"][:4]), int(r["month"][5:])
    nl_m, en_m = month_name_nl(m), month_name_en(m)
    typical = float(np.median([x["net_in"] for x in rows]))
    if r["wajong_settlement"] < 0:
        a = -r["wajong_settlement"]
        f0, f1 = r["wajong_settlement_for"]
        nl = (
            f"In {nl_m} krijgt u minder Wajong, omdat UWV dan {eur(a)} voorschot terugvraagt: u verdiende "
            f"van {month_name_nl(int(f0[5:]))} tot en met {month_name_nl(int(f1[5:]))} meer dan geschat."
        )
        en = (
            f"In {en_m} you get less Wajong, because UWV then reclaims {eur(a, 'en')} of advance: you earned "
            f"more than estimated from {month_name_en(int(f0[5:]))} to {month_name_en(int(f1[5:]))}."
        )
    elif r["wajong_correction"] < 0 and r["wajong_correction_for"]:
        fm = int(r["wajong_correction_for"][5:])
        nl = f"In {nl_m} krijgt u minder Wajong, omdat UWV dan uw loon van {month_name_nl(fm)} verrekent."
        en = f"In {en_m} you get less Wajong, because UWV then offsets your wage of {month_name_en(fm)}."
    elif r["wage_paid"] == 0 and sum(r["hours_per_week"]) == 0 and any(x["wage_paid"] > 0 for x in rows):
        nl = f"In {nl_m} krijgt u geen loon, omdat u dan niet werkt. UWV vult dat maar voor een deel aan."
        en = f"In {en_m} you get no wage, because you do not work then; the Wajong makes up only part of it."
    elif r["wage_paid"] < float(np.median([x["wage_paid"] for x in rows])):
        nl = f"In {nl_m} krijgt u minder loon, omdat u in die maand minder uren werkt of minder loon krijgt."
        en = f"In {en_m} you get less wage, because you work fewer hours or are paid less that month."
    elif r["withholding"] and r["withholding"] > float(np.median([x["withholding"] or 0 for x in rows])):
        nl = f"In {nl_m} houden UWV en uw werkgever meer belasting in dan in andere maanden."
        en = f"In {en_m} more tax is withheld than in other months."
    else:
        nl = f"In {nl_m} komt er het minste geld binnen, maar het verschil met andere maanden is klein."
        en = f"In {en_m} the least money comes in, but the difference with other months is small."
    return {
        "month": r["month"],
        "year": y,
        "net_in": r["net_in"],
        "typical_net_in": round(typical, 2),
        "text_nl": nl,
        "text_en": en,
    }


def calendar_notices(
    req: CalendarRequest,
    book: RateBook,
    months: list[YearMonth],
    win: slice,
    lag: int,
    period: int,
) -> list[Notice]:
    """What the client should know about how this calendar was made."""
    out = []
    if req.calendar.lag_months is None:
        out.append(
            {
                "code": "lag_assumed",
                "nl": f"We nemen aan dat UWV uw loon {lag} maanden later verrekent. UWV schrijft dit nergens "
                "precies. Kijk in uw brief van UWV wanneer het bij u gebeurt.",
                "en": f"We assume UWV offsets your wage {lag} months later; UWV does not publish this. "
                "Check your UWV letter.",
            }
        )
    out.append(
        {
            "code": "voorschot_method",
            "nl": f"Bij nieuw werk betaalt UWV eerst een voorschot, hier {period} maanden lang. "
            "Daarna rekent UWV uit wat u echt had moeten krijgen. "
            "U krijgt dan geld bij of u moet iets terugbetalen.",
            "en": f"With new work UWV first pays an advance ({period} months here), then settles with the "
            "actual income: a back-payment or a repayment.",
        }
    )
    last = book.confirmed_until()
    if months[win.stop - 1] > (last.year, last.month):
        out.append(
            {
                "code": "rates_extended",
                "nl": f"Een deel van de bedragen na {month_name_nl(last.month)} {last.year} is nog niet "
                "bekend. Voor die maanden is dit een voorlopige schatting. Welke bedragen het zijn, staat in "
                "de lijst 'voorlopig'.",
                "en": f"Some amounts after {last:%Y-%m} are not known yet; for those months this is a "
                "provisional estimate. The 'provisional' list names them.",
            }
        )
    if req.calendar.tegemoetkoming is None:
        out.append(
            {
                "code": "tegemoetkoming_not_included",
                "nl": "In september krijgt u van UWV meestal de tegemoetkoming arbeidsongeschikten. "
                "Het bedrag staat niet in deze kalender. U kunt het invullen als u het weet: het staat "
                "in de brief van UWV.",
                "en": "UWV pays the tegemoetkoming arbeidsongeschikten in September; not included unless "
                "you enter it (the amount is in the UWV letter).",
            }
        )
    return [Notice(**d) for d in out]


def job_stop(
    req: CalendarRequest,
    tl: Timeline,
    entitlement: NDArray[np.float64],
    tw: NDArray[np.float64] | None = None,
) -> dict[str, Any]:
    """When the new job stops: from which month the Wajong is back at the amount without this job
    (any other job still counts), what UWV pays then with its Toeslagenwet top-up (`tw`, issue 16), and
    what the client does (report it; WW when they worked long enough)."""
    n = req.calendar.job_stops_after_months
    assert n is not None
    w0 = tl.window.start
    last = tl.months[w0 + n - 1]
    back = tl.months[w0 + n] if w0 + n < len(tl.months) else None
    amount = float(entitlement[w0 + n]) if back else float(entitlement[-1])
    top_up = 0.0 if tw is None else float(tw[w0 + n]) if back else float(tw[-1])
    back_nl = f"{month_name_nl(back[1])} {back[0]}" if back else ""
    back_en = f"{month_name_en(back[1])} {back[0]}" if back else ""
    last_nl, last_en = f"{month_name_nl(last[1])} {last[0]}", f"{month_name_en(last[1])} {last[0]}"
    nl = (
        f"De baan stopt eind {last_nl}. Uw Wajong is niet weg: UWV verrekende die alleen met uw loon. "
        f"Vanaf {back_nl} heeft u weer recht op de Wajong zonder deze baan: {eur(amount)} per maand. "
        "Geef het stoppen binnen een week door aan UWV. Dan betaalt UWV meteen het hogere bedrag; wat nog "
        "niet klopte, verrekent UWV later. Geef uw lagere inkomen ook door aan Dienst Toeslagen: dan "
        "krijgt u weer meer toeslag. Heeft u 26 van de laatste 36 weken gewerkt? Dan kunt u ook WW "
        "krijgen. UWV verrekent die met uw Wajong."
    )
    if top_up > 0:
        nl += f" Uw toeslag van UWV (Toeslagenwet) is dan {eur(top_up)} per maand."
    en = (
        f"The job stops at the end of {last_en}. Your Wajong is not gone: UWV only offset it against your "
        f"wage. From {back_en} you are entitled to the Wajong without this job again: {eur(amount, 'en')} a "
        "month. Report it to UWV within a week; UWV then pays the higher amount and settles any difference "
        "later. Report the lower income to Dienst Toeslagen too. Worked 26 of the last 36 weeks? Then you "
        "may also get WW, which UWV offsets against your Wajong."
    )
    if top_up > 0:
        en += f" Your UWV top-up (Toeslagenwet) is then {eur(top_up, 'en')} a month."
    return {
        "last_month": month_label(last),
        "wajong_back_from": month_label(back) if back else None,
        "wajong_per_month": amount,
        "toeslagenwet_per_month": top_up,
        "text_nl": nl,
        "text_en": en,
        "sources": [UWV_WORK_STOPS.citation(), WW_17.citation()],
    }
