"""What a reclaim means in money, and what the person can do (issue 21, parts 2 and 3).

Gross or net (UWV, "Moet ik het netto- of het brutobedrag betalen?"; Belastingdienst, "Negatief loon"):

* paid this year and repaid in full this year: the **net** amount; UWV corrects the loonheffing;
* repaid in a later year, or paid in an earlier year: the **gross** amount (net plus the loonheffing
  UWV paid); the person asks the loonheffing back in the income tax return over the year of repayment,
  as negative income;
* offset (verrekend) against a running Wajong: gross against gross; the jaaropgaaf shows the lower
  benefit and the person does nothing for the tax.

The Wajong law itself only says that what was paid unduly is reclaimed (Wet Wajong art. 2:59 lid 1,
3:56 lid 1) and lets UWV waive all or part for "dringende redenen" (2:59 lid 5, 3:56 lid 6); gross
or net is UWV's practice following the payroll tax, not a rule of the Wajong law. The toeslagen
follow the year's verzamelinkomen (Awir art. 8), so the year whose income falls depends on the same
rule. The checklist words the person's options in B1 Dutch with English. See docs/reconcile.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from calc.money import eur, round_cents
from calc.rates import RateBook
from calc.reconcile_input import Months, ReconcileRequest
from calc.reconcile_texts import (
    AWB_6_16,
    AWB_BEZWAAR,
    AWIR_8,
    BD_NEGATIEF_LOON,
    CRVB_2024,
    INVORDERING,
    SUWI_33,
    TERUGVORDERING,
    UWV_BEZWAAR,
    UWV_LOON_WERKGEVER,
    UWV_LOONHEFFING,
    UWV_NET_GROSS,
    UWV_SCHULD,
    day_label,
)


def _cite(*sources: Any) -> list[dict[str, str]]:
    return [s.citation() for s in sources]


def reclaim_by_year(req: ReconcileRequest, ms: Months, diff: np.ndarray) -> dict[int, float]:
    """The amount asked back per year in which UWV paid it: the letter's amount when given, split over
    the years as the months' overpayments are (the last year takes the rounding); else the check's own."""
    years = sorted({d.year for d in ms.days})
    over = {y: float(-sum(d for d, day in zip(diff, ms.days, strict=True) if day.year == y)) for y in years}
    positive = {y: a for y, a in over.items() if a > 0}
    total = req.reclaimed if req.reclaimed is not None else float(round_cents(sum(positive.values())))
    if total <= 0:
        return {}
    if not positive:
        return {years[-1]: float(total)}
    share = sum(positive.values())
    out = {y: float(round_cents(total * a / share)) for y, a in positive.items()}
    last = max(out)
    out[last] = float(round_cents(total - sum(a for y, a in out.items() if y != last)))
    return out


def repayment_year(req: ReconcileRequest) -> int | None:
    if req.repayment_year is not None:
        return req.repayment_year
    return req.letter_date.year if req.letter_date is not None else None


def gross_or_net(req: ReconcileRequest, by_year: dict[int, float]) -> dict[str, Any]:
    """The rule for each year's part, with its effect on the tax settlement and the toeslagen."""
    year = repayment_year(req)
    out: dict[str, Any] = {"rule": "none", "repayment_year": year, "parts": [], "sources": []}
    if not by_year:
        out["nl"] = "UWV hoeft volgens deze berekening niets terug te vragen."
        out["en"] = "By this check UWV has nothing to reclaim."
        return out
    if req.repayment == "offset":
        out["rule"] = "offset"
        parts = [{"year_paid": y, "amount": a, "basis": "offset"} for y, a in by_year.items()]
    elif year is None:
        out["rule"] = "depends"
        parts = [{"year_paid": y, "amount": a, "basis": "depends"} for y, a in by_year.items()]
    else:
        parts = [
            {"year_paid": y, "amount": a, "basis": "net" if y == year else "gross"}
            for y, a in by_year.items()
        ]
        bases = {p["basis"] for p in parts}
        out["rule"] = bases.pop() if len(bases) == 1 else "net_and_gross"
    out["parts"] = parts
    out["nl"], out["en"] = _rule_text(out["rule"], parts, year)
    if req.repayment is None and out["rule"] != "depends":
        out["nl"] += (
            " Haalt UWV het bedrag van uw Wajong af (verrekenen)? Dan gaat het bruto en hoeft u voor de "
            "belasting niets te doen."
        )
        out["en"] += (
            " If UWV offsets it against your Wajong instead, that is gross and needs nothing for the tax."
        )
    out["tax"] = _tax(out["rule"], parts, year)
    out["toeslagen"] = _toeslagen(out["rule"], parts, year)
    out["room_nl"] = (
        "De Wajong-wet zegt alleen dat UWV te veel betaalde Wajong terugvraagt (art. 2:59 en 3:56). Bruto "
        "of netto volgt uit hoe UWV de loonheffing regelt; dat staat niet in de Wajong-wet. UWV mag bij "
        "'dringende redenen' (een deel) niet terugvragen. Sinds 2024 kijkt de rechter daarbij ook naar de "
        "oorzaak, bijvoorbeeld een fout van UWV."
    )
    out["room_en"] = (
        "The Wajong law only says UWV reclaims what was paid unduly (art. 2:59, 3:56). Gross or net "
        "follows UWV's payroll-tax practice, not the Wajong law. UWV may waive all or part for 'urgent "
        "reasons'; since 2024 the courts also weigh the cause, e.g. a mistake by UWV."
    )
    out["sources"] = _cite(
        UWV_NET_GROSS, UWV_LOONHEFFING, BD_NEGATIEF_LOON, TERUGVORDERING, AWIR_8, CRVB_2024
    )
    return out


def _amounts(parts: list[dict[str, Any]], basis: str, lang: str) -> str:
    return " + ".join(eur(p["amount"], lang) for p in parts if p["basis"] == basis)


def _rule_text(rule: str, parts: list[dict[str, Any]], year: int | None) -> tuple[str, str]:
    if rule == "offset":
        return (
            "UWV haalt het bedrag van uw Wajong af (verrekenen). Dat gaat bruto: uw jaaropgaaf van UWV "
            "wordt lager. U hoeft voor de belasting niets te doen.",
            "UWV offsets the amount against your Wajong, gross against gross; the jaaropgaaf shows the "
            "lower benefit and you need not do anything for the tax.",
        )
    if rule == "depends":
        return (
            "Betaalt u alles terug in het jaar waarin u het geld kreeg? Dan betaalt u het nettobedrag. "
            "Betaalt u in een later jaar? Dan betaalt u het brutobedrag: netto plus de loonheffing. Vul de "
            "datum van de brief in, dan rekenen wij het uit.",
            "Repaying everything in the year you received it: the net amount. In a later year: the gross "
            "amount (net plus the payroll tax). Enter the letter's date to get your case.",
        )
    nl, en = [], []
    if any(p["basis"] == "net" for p in parts):
        nl.append(
            f"U kreeg {_amounts(parts, 'net', 'nl')} in {year} en betaalt dat in {year} terug. Dan betaalt "
            "u het nettobedrag: zonder loonheffing. Het nettobedrag staat in de brief van UWV. Betaalt u "
            "een deel pas na 31 december? Dat deel betaalt u bruto."
        )
        en.append(
            f"Received {_amounts(parts, 'net', 'en')} in {year} and repaid in {year}: you repay the net "
            "amount (without payroll tax), as stated in UWV's letter. A part repaid after 31 December is "
            "gross."
        )
    if any(p["basis"] == "gross" for p in parts):
        nl.append(
            f"{_amounts(parts, 'gross', 'nl')} kreeg u in een eerder jaar. Dat betaalt u bruto terug: netto "
            "plus de loonheffing die UWV al betaalde."
        )
        en.append(
            f"{_amounts(parts, 'gross', 'en')} was paid in an earlier year: you repay it gross (net plus "
            "the payroll tax UWV already paid)."
        )
    return " ".join(nl), " ".join(en)


def _tax(rule: str, parts: list[dict[str, Any]], year: int | None) -> dict[str, Any]:
    gross = float(round_cents(sum(p["amount"] for p in parts if p["basis"] == "gross")))
    if rule in ("offset", "net") or gross == 0:
        nl = (
            "Voor de belasting hoeft u niets te doen. UWV verwerkt het in uw jaaropgaaf: daarop staat "
            "minder Wajong."
        )
        en = "Nothing to do for the tax: UWV's jaaropgaaf shows the lower benefit."
        return {"negative_income": None, "nl": nl, "en": en, "sources": _cite(BD_NEGATIEF_LOON)}
    when_nl = f"over {year}" if year else "over het jaar waarin u terugbetaalt"
    when_en = f"for {year}" if year else "for the year you repay"
    return {
        "negative_income": {"year": year, "amount": -gross},
        "nl": (
            f"Zet {eur(gross)} met een min ervoor in uw belastingaangifte {when_nl}, bij 'Pensioen en "
            "andere uitkeringen'. Dan krijgt u (een deel van) de loonheffing terug. Hoeveel hangt af van "
            "uw inkomen in dat jaar. Het jaar waarin u het geld kreeg, verandert niet."
        ),
        "en": (
            f"Enter -{eur(gross, 'en')} in your income tax return {when_en} under 'Pensioen en andere "
            "uitkeringen' to get (part of) the payroll tax back; how much depends on that year's income. "
            "The year you received the money is not corrected."
        ),
        "sources": _cite(BD_NEGATIEF_LOON, UWV_LOONHEFFING),
    }


def _toeslagen(rule: str, parts: list[dict[str, Any]], year: int | None) -> dict[str, Any]:
    """The toetsingsinkomen (Awir art. 8) falls in the year the jaaropgaaf or the return lowers the income."""
    changes: dict[int, float] = {}
    for p in parts:
        # net: the year it was paid and repaid; gross: the return over the year of repayment; offset:
        # the jaaropgaaf of the year UWV offsets it (the repayment year when known).
        target = p["year_paid"] if p["basis"] == "net" else year
        if p["basis"] == "offset" and year is None:
            target = p["year_paid"]
        if target is not None:
            changes[target] = float(round_cents(changes.get(target, 0.0) - p["amount"]))
    if not changes:
        return {
            "toetsingsinkomen_change": [],
            "nl": "Of uw toeslagen veranderen, hangt af van het jaar waarin u terugbetaalt.",
            "en": "Whether your toeslagen change depends on the year you repay.",
            "sources": _cite(AWIR_8),
        }
    years_nl = " en ".join(str(y) for y in sorted(changes))
    return {
        "toetsingsinkomen_change": [{"year": y, "amount": a} for y, a in sorted(changes.items())],
        "nl": (
            f"Uw inkomen voor de toeslagen (toetsingsinkomen) wordt lager in {years_nl}. Misschien krijgt u "
            "dan meer zorgtoeslag of huurtoeslag. Pas uw inkomen aan in Mijn toeslagen."
        ),
        "en": (
            f"Your income for the toeslagen (toetsingsinkomen) falls in {years_nl}; you may get more. "
            "Update your income in Mijn toeslagen."
        ),
        "sources": _cite(AWIR_8, BD_NEGATIEF_LOON),
    }


def bezwaar_deadline(req: ReconcileRequest, book: RateBook) -> dt.date | None:
    """The last day for a bezwaarschrift: six weeks from the day after the letter (Awb art. 6:7, 6:8)."""
    if req.letter_date is None:
        return None
    weeks = book.value("reconcile.bezwaar_weeks", req.letter_date.replace(day=1))
    return req.letter_date + dt.timedelta(weeks=weeks)


def checklist(req: ReconcileRequest, deadline: dt.date | None, gross: bool) -> list[dict[str, Any]]:
    """What the person can do, plainly, in the order to do it (nl B1 and en)."""
    when_nl = f"Dat is uiterlijk {day_label(deadline)}." if deadline else "Kijk naar de datum op de brief."
    when_en = (
        f"That is {day_label(deadline, 'en')} at the latest." if deadline else "Check the date on the letter."
    )
    items = [
        _item(
            "ask_calculation",
            "Vraag UWV om de berekening per maand. Vraag welk loon UWV per maand heeft gebruikt.",
            "Ask UWV for the calculation per month, and which wage per month they used.",
            None,
            UWV_BEZWAAR,
        ),
        _item(
            "bezwaar",
            "Bent u het niet eens met de brief? Maak bezwaar binnen 6 weken na de datum van de brief. "
            f"{when_nl} Let op: bezwaar maken stopt de terugvraag niet vanzelf.",
            f"Disagree with the letter? Object (bezwaar) within 6 weeks of the letter's date. {when_en} "
            "Objecting does not by itself stop the reclaim.",
            deadline,
            AWB_BEZWAAR,
            AWB_6_16,
            UWV_BEZWAAR,
        ),
        _item(
            "payment_plan",
            "Kunt u niet alles in één keer betalen? Bel UWV voor een betalingsregeling. U betaalt dan elke "
            "maand een deel. Samen met UWV spreekt u een bedrag af dat past bij uw situatie.",
            "Cannot pay at once? Call UWV for a payment arrangement: a monthly amount that fits you.",
            None,
            UWV_SCHULD,
            INVORDERING,
        ),
        _item(
            "employer_wage",
            "Klopt het loon niet dat UWV gebruikte? Vraag uw werkgever om de loonaangifte te verbeteren. "
            "Stuur UWV uw loonstroken.",
            "Is the wage UWV used wrong? Ask your employer to correct the payroll return; send UWV your "
            "payslips.",
            None,
            UWV_LOON_WERKGEVER,
            SUWI_33,
        ),
        _item(
            "urgent_reasons",
            "Komt u door het terugbetalen in grote geldproblemen? Of maakte UWV een fout? Vraag UWV dan om "
            "(een deel) niet terug te vragen.",
            "Would repaying cause serious money problems, or did UWV make a mistake? Ask UWV to waive "
            "(part of) it.",
            None,
            TERUGVORDERING,
            CRVB_2024,
        ),
        _item(
            "toeslagen",
            "Pas uw inkomen aan in Mijn toeslagen, voor het jaar waarin uw inkomen lager wordt.",
            "Update your income in Mijn toeslagen for the year in which it falls.",
            None,
            AWIR_8,
        ),
    ]
    if gross:
        items.append(
            _item(
                "tax_return",
                "Betaalt u bruto terug? Zet het bedrag met een min in uw belastingaangifte over het jaar "
                "van terugbetalen. Dan krijgt u loonheffing terug.",
                "Repaying gross? Enter the amount as negative income in the tax return for the year you "
                "repay.",
                None,
                BD_NEGATIEF_LOON,
            )
        )
    return items


def _item(code: str, nl: str, en: str, deadline: dt.date | None, *sources: Any) -> dict[str, Any]:
    return {
        "code": code,
        "nl": nl,
        "en": en,
        "deadline": deadline.isoformat() if deadline else None,
        "sources": _cite(*sources),
    }


def advice(req: ReconcileRequest, ms: Months, diff: np.ndarray, book: RateBook) -> dict[str, Any]:
    """The `reclaim` fields on money (gross_or_net with tax and toeslagen) and the checklist."""
    rule = gross_or_net(req, reclaim_by_year(req, ms, diff))
    deadline = bezwaar_deadline(req, book)
    gross = any(p["basis"] in ("gross", "depends") for p in rule["parts"])
    return {
        "gross_or_net": rule,
        "bezwaar_deadline": deadline.isoformat() if deadline else None,
        "checklist": checklist(req, deadline, gross),
    }
