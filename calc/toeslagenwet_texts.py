"""The Toeslagenwet top-up in words, Dutch (B1) and English: the explanation steps with their articles,
what the client should know (the zone where more work does not raise the income, how long the vrijlating
lasts), the signal to ask UWV, and the `toeslagenwet` part of evaluate's result (calc/toeslagenwet.py
computes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from calc.explain import Notice, Step, row
from calc.money import decimal, eur, percent
from calc.months import add_months, month_label, month_name_en, month_name_nl
from calc.rates import Rate
from calc.toeslagenwet import (
    AIB_2_4,
    FLAG_PARENTS,
    FLAG_PARTNER,
    FLAG_PARTNER_ASSUMED,
    GEHUWD,
    KIND_NAMES,
    KOSTENDELER,
    TW_2,
    TW_3,
    TW_6,
    TW_7,
    TW_8A,
    TW_10,
    UWV_TW,
    ToeslagenwetOutcome,
    in_flat_zone,
)

LANGS = ("nl", "en")


def _en(x: float) -> str:
    return eur(x, "en")


def _household(o: ToeslagenwetOutcome, i: int) -> tuple[str, str]:
    kind, age = row(o.kind, i), row(o.cols.age, i)
    if kind == GEHUWD:
        return "getrouwd of samenwonend", "married or living together"
    if kind == KOSTENDELER:
        older = o.rates.housemate_age.value
        return (f"alleenstaand, u woont samen met iemand van {older} jaar of ouder (woningdeler)",
                f"single, sharing the home with someone of {older} or older")  # fmt: skip
    return f"alleenstaand, {age} jaar", f"single, aged {age}"


def explain_toeslagenwet(o: ToeslagenwetOutcome, i: int = 0) -> list[Step]:
    """The norm of the household (art. 2, 8), the income that counts (art. 6, 7) and the toeslag (art. 8,
    8a, 10); or why there is none (art. 2 lid 3, art. 3)."""
    r = o.rates
    nl, en = _household(o, i)
    norm = row(o.norm_month, i)
    day_norm = norm / r.days.value
    days_nl, days_en = (decimal(r.days.value, x, 2) for x in LANGS)
    steps = [
        Step(
            rule="toeslagenwet_norm",
            text_nl=f"Toeslagenwet: het sociaal minimum voor u ({nl}) is {eur(day_norm)} per dag. Per maand: "
            f"{days_nl} × {eur(day_norm)} = {eur(norm)}.",
            text_en=f"Toeslagenwet: the social minimum for you ({en}) is {_en(day_norm)} a day; per month "
            f"{days_en} × {_en(day_norm)} = {_en(norm)}.",
            amount=round(norm, 2),
            inputs={"household": KIND_NAMES[row(o.kind, i)], "norm_per_day": round(day_norm, 2)},
            rates=(_norm_rate(o, i), r.days),
            law=(TW_2,),
        )
    ]
    excluded = _excluded(o, i)
    if excluded is not None:
        return [*steps, excluded]
    return [*steps, _income(o, i), _toeslag(o, i)]


def _norm_rate(o: ToeslagenwetOutcome, i: int) -> Rate:
    kind, r = row(o.kind, i), o.rates
    return r.gehuwd if kind == GEHUWD else r.kostendeler if kind == KOSTENDELER else r.ongehuwd


def _excluded(o: ToeslagenwetOutcome, i: int) -> Step | None:
    """Art. 2 lid 3 (under 21 at the parents') and art. 3 (a partner born after 1971, no child under 12)."""
    if bool(o.flags[FLAG_PARENTS][i]):
        return Step(
            rule="toeslagenwet",
            text_nl="U bent jonger dan 21 jaar en woont bij uw ouders. Dan krijgt u geen toeslag van UWV "
            "(Toeslagenwet art. 2 lid 3).",
            text_en="You are under 21 and live with your parents: no top-up (Toeslagenwet art. 2(3)).",
            amount=0.0,
            inputs={"age": row(o.cols.age, i), "lives_with_parents": True},
            law=(TW_2,),
        )
    if not bool(o.flags[FLAG_PARTNER][i]):
        return None
    year, child = o.rates.born_after.value, o.rates.child_age.value
    assumed = bool(o.flags[FLAG_PARTNER_ASSUMED][i])
    nl = f" U gaf het geboortejaar van uw partner niet op; wij nemen aan: na {year}." if assumed else ""
    en = " Year of birth not given: assumed after." if assumed else ""
    return Step(
        rule="toeslagenwet",
        text_nl=f"Uw partner is geboren na {year} en er woont geen kind jonger dan {child} jaar bij u. Dan "
        f"krijgt u geen toeslag van UWV (Toeslagenwet art. 3).{nl}",
        text_en=f"Your partner was born after {year} and no child under {child} lives with you: no top-up "
        f"(Toeslagenwet art. 3).{en}",
        amount=0.0,
        inputs={"partner_birth_year": row(o.cols.partner_birth_year, i), "assumed": assumed},
        rates=(o.rates.born_after, o.rates.child_age),
        law=(TW_3,),
    )


def _disregard_rule(o: ToeslagenwetOutcome, i: int) -> tuple[str, str]:
    """The vrijlating of art. 7 in words: how it is computed, or that it is over."""
    r, wage, m = o.rates, row(o.cols.wage, i), row(o.minimumloon, i)
    years = int(r.months.value // 12)
    if wage <= 0:
        return "", ""
    if not bool(o.disregard_applies[i]):
        return (
            f" De vrijlating van art. 7 is voorbij (na {years} jaar): al uw loon telt mee.",
            " The art. 7 disregard has ended: all wage counts.",
        )
    b, rt, mx = (percent(x.value, "nl", 0) for x in (r.base, r.rate, r.maximum))
    be, rte, mxe = (percent(x.value, "en", 0) for x in (r.base, r.rate, r.maximum))
    return (
        f" Vrijlating (art. 7): {b} van het minimumloon ({eur(r.base.value * m)}) plus {rt} van het loon "
        f"daarboven, hoogstens {mx} van het minimumloon ({eur(r.maximum.value * m)}), ten hoogste {years} "
        "jaar.",
        f" Disregard (art. 7): {be} of the minimum wage plus {rte} of the wage above it, at most {mxe} of "
        f"the minimum wage, for at most {years} years.",
    )


def _income(o: ToeslagenwetOutcome, i: int) -> Step:
    """Art. 6 (with the partner's income) and art. 7 (the vrijlating of income from work)."""
    r, c = o.rates, o.cols
    wage, free, other = row(c.wage, i), row(o.disregard, i), row(c.other_income, i)
    partner, income, m = row(o.partner_month, i), row(o.income, i), row(o.minimumloon, i)
    wajong = income - wage + free - other - partner
    rule_nl, rule_en = _disregard_rule(o, i)
    return Step(
        rule="toeslagenwet_income",
        text_nl=f"Inkomen dat meetelt (art. 6): Wajong {eur(wajong)} + loon {eur(wage)} − vrijlating "
        f"{eur(free)} + ander inkomen {eur(other)} + inkomen van uw partner {eur(partner)} = {eur(income)} "
        f"per maand.{rule_nl}",
        text_en=f"Income that counts (art. 6): Wajong {_en(wajong)} + wage {_en(wage)} − disregard "
        f"{_en(free)} + other income {_en(other)} + partner's income {_en(partner)} = {_en(income)} a month."
        f"{rule_en}",
        amount=round(income, 2),
        inputs={
            "wajong": round(wajong, 2),
            "wage": wage,
            "disregard": free,
            "other_income": other,
            "partner_income_month": round(partner, 2),
            "minimumloon": m,
        },
        rates=(r.base, r.rate, r.maximum, r.months) if wage > 0 else (),
        law=(TW_6, TW_7, AIB_2_4),
    )


def _toeslag(o: ToeslagenwetOutcome, i: int) -> Step:
    """Art. 8 (norm - income), art. 8a (the cap), art. 10 (8% vakantie-uitkering)."""
    r = o.rates
    norm, income, amount = row(o.norm_month, i), row(o.income, i), row(o.entitlement, i)
    hol = round(amount * r.holiday.value, 2)
    pct_nl, pct_en = (percent(r.holiday.value, x, 0) for x in LANGS)
    capped = row(o.before_cap, i) - amount > 0.005
    nl = f"Toeslag van UWV (art. 8): {eur(norm)} − {eur(income)} = {eur(amount)} per maand (niet onder € 0)."
    en = f"UWV top-up (art. 8): {_en(norm)} − {_en(income)} = {_en(amount)} a month, not below € 0."
    if capped:
        nl += " Uw grondslag is lager dan het minimumloon: de toeslag is hoogstens grondslag min Wajong (8a)."
        en += " Your base is below the minimum wage: at most base minus Wajong (art. 8a)."
    if amount > 0:
        nl += f" Plus {pct_nl} vakantie-uitkering: {eur(hol)} per maand, in mei (art. 10)."
        en += f" Plus {pct_en} holiday pay: {_en(hol)} a month, paid in May (art. 10)."
    if amount > 0 and row(o.toeslag, i) == 0:
        nl += " U zei dat u deze toeslag niet krijgt: hij staat niet in uw geld per maand."
        en += " You said you do not get it: it is not in your money per month."
    return Step(
        rule="toeslagenwet",
        text_nl=nl,
        text_en=en,
        amount=amount,
        inputs={
            "norm_month": round(norm, 2),
            "income": round(income, 2),
            "capped": capped,
            "in_month": row(o.toeslag, i) > 0 or amount == 0,
        },
        rates=(r.holiday,),
        law=(TW_2, TW_8A, TW_10),
    )


def disregard_until(o: ToeslagenwetOutcome, day: dt.date, i: int = 0) -> str | None:
    """The last month of the vrijlating (art. 7: at most two years), as YYYY-MM; None when it is over."""
    used = row(o.cols.tw_disregard_months_used, i)
    left = int(o.rates.months.value - used)
    return month_label(add_months(day.year, day.month, left - 1)) if left > 0 else None


FLAT_NL = (
    "Let op: u heeft recht op een toeslag van UWV (Toeslagenwet). Daardoor gaat uw inkomen samen (loon, "
    "Wajong en toeslag, bruto) niet omhoog als u meer verdient. Wat u meer verdient, gaat van uw Wajong en "
    "uw toeslag af. Pas als u zoveel verdient dat de toeslag stopt, houdt u weer iets over. Belasting en "
    "andere toeslagen kunnen nog iets veranderen."
)
FLAT_EN = (
    "Note: you are entitled to a UWV top-up (Toeslagenwet). Your gross income (wage, Wajong and top-up) "
    "does not rise when you earn more: what you earn more comes off your Wajong and the top-up, until the "
    "top-up stops. Tax and other toeslagen may still change a little."
)


def toeslagenwet_notices(o: ToeslagenwetOutcome, day: dt.date, i: int = 0) -> list[Notice]:
    """The zone where more work does not raise the income, and how long the vrijlating lasts."""
    out: list[Notice] = []
    wage, amount = row(o.cols.wage, i), row(o.entitlement, i)
    if bool(in_flat_zone(o)[i]):
        out.append(Notice("toeslagenwet_flat_zone", FLAT_NL, FLAT_EN, amount=amount, sources=(TW_2, TW_7)))
    until = disregard_until(o, day, i)
    if wage > 0 and amount > 0 and until is not None:
        y, m = int(until[:4]), int(until[5:])
        free, years = row(o.disregard, i), int(o.rates.months.value // 12)
        less = min(free, amount)
        out.append(
            Notice(
                "toeslagenwet_disregard_until",
                f"Een deel van uw loon ({eur(free)} per maand) telt nu niet mee voor de toeslag van UWV. Dat "
                f"duurt ten hoogste {years} jaar: tot en met {month_name_nl(m)} {y} (Toeslagenwet art. 7). "
                f"Daarna telt al uw loon mee en wordt uw toeslag ongeveer {eur(less)} per maand lager.",
                f"Part of your wage ({_en(free)} a month) does not count for the UWV top-up, for at most "
                f"{years} years: until {month_name_en(m)} {y} (Toeslagenwet art. 7). Then all wage counts "
                f"and the top-up is about {_en(less)} a month lower.",
                amount=free,
                sources=(TW_7,),
            )
        )
    return out


def toeslagenwet_signals(o: ToeslagenwetOutcome, i: int = 0) -> list[Notice]:
    """ "You may be entitled to a top-up: ask UWV", when it is positive and the client did not say he gets
    it (replaces the old `toeslagenwet_check`, which only guessed)."""
    amount, receives = row(o.entitlement, i), row(o.cols.tw_receives, i)
    if amount <= 0 or receives == 1:
        return []
    counted = receives != 0
    in_nl = (
        "Wij rekenen er al mee."
        if counted
        else "Hij staat niet in uw geld per maand: u zei dat u hem niet krijgt."
    )
    in_en = "It is included here." if counted else "Not included (you said you do not get it)."
    return [
        Notice(
            "toeslagenwet_entitled",
            f"U heeft waarschijnlijk recht op een toeslag van UWV: ongeveer {eur(amount)} per maand "
            f"(Toeslagenwet). Die komt niet vanzelf. Krijgt u hem nog niet? Vraag hem aan bij UWV. {in_nl}",
            f"You are probably entitled to a UWV top-up of about {_en(amount)} a month (Toeslagenwet). It is "
            f"not paid automatically: ask UWV. {in_en}",
            amount=amount,
            sources=(TW_2, UWV_TW),
        )
    ]


def toeslagenwet_result(o: ToeslagenwetOutcome, day: dt.date, i: int = 0) -> dict[str, Any]:
    """Evaluate's `toeslagenwet` object (docs/cli.md)."""
    receives = row(o.cols.tw_receives, i)
    return {
        "entitlement_month": row(o.entitlement, i),
        "in_month": bool(row(o.toeslag, i) > 0 or row(o.entitlement, i) == 0),
        "receives": None if np.isnan(receives) else bool(receives),
        "household": KIND_NAMES[row(o.kind, i)],
        "norm_month": round(row(o.norm_month, i), 2),
        "disregard_month": row(o.disregard, i),
        "disregard_until": disregard_until(o, day, i) if row(o.cols.wage, i) > 0 else None,
        "flat_zone": bool(in_flat_zone(o)[i]),
        "flags": o.flags_of(i),
    }


def flat_zone_hours(hours: np.ndarray, flat: np.ndarray) -> tuple[float, float] | None:
    """The first and last number of hours (of an hours sweep) in the flat zone, or None."""
    h = np.asarray(hours, dtype=float)[np.asarray(flat, dtype=float) > 0.5]
    return (float(h.min()), float(h.max())) if h.size else None


def flat_zone_sentence(
    hours: np.ndarray, flat: np.ndarray, disregard_until: str | None, lang: str = "nl"
) -> str:
    """The hours chart's flat zone in words (B1): from how many to how many hours more work does not raise
    wage + Wajong + the TW top-up, and how long the vrijlating of art. 7 lasts; '' without a flat zone."""
    zone = flat_zone_hours(hours, flat)
    if zone is None:
        return ""
    h0, h1 = (f"{x:g}" for x in zone)
    to_the_end = zone[1] >= float(np.max(hours))  # the top-up does not stop within the hours shown
    if lang == "nl":
        text = (
            f"Tussen {h0} en {h1} uur per week gaat uw inkomen (loon, Wajong en toeslag van UWV samen) niet "
            "omhoog als u meer uren werkt. Wat u meer verdient, gaat van uw Wajong en uw toeslag af "
            "(Toeslagenwet)."
        )
        text += "" if to_the_end else " Boven die uren stopt de toeslag en gaat uw inkomen weer omhoog."
    else:
        text = (
            f"Between {h0} and {h1} hours a week your income (wage, Wajong and UWV top-up together) does not "
            "rise when you work more: what you earn more comes off your Wajong and your top-up "
            "(Toeslagenwet)."
        )
        text += "" if to_the_end else " Above those hours the top-up stops and your income rises again."
    if disregard_until:
        y, m = int(disregard_until[:4]), int(disregard_until[5:])
        text += (
            f" Een deel van uw loon telt tot en met {month_name_nl(m)} {y} niet mee voor de toeslag (art. 7, "
            "ten hoogste 2 jaar). Daarna telt al uw loon mee en is uw toeslag lager."
            if lang == "nl"
            else f" Part of your wage does not count for the top-up until {month_name_en(m)} {y} (art. 7, at "
            "most 2 years). After that all wage counts and the top-up is lower."
        )
    text += (
        " Belasting en andere toeslagen veranderen ook nog iets: de lijnen in de grafiek laten zien wat u "
        "echt overhoudt."
        if lang == "nl"
        else " Tax and other toeslagen still change a little: the lines in the chart show what you keep."
    )
    return text
