"""What to do now, and the safety net: the same list on screen and in the PDF (issue 12).

Each item is a `Notice` (code, Dutch, English) chosen from calc's own results: the comparison (is
there a new job, what the loonheffingskorting advice says), the evaluation (toeslagen, the
Toeslagenwet signal). The safety net cites UWV's own sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from calc.business_texts import BUSINESS_SOURCES, business_checklist
from calc.calendar_texts import UWV_WORK_STOPS
from calc.explain import LawSource, Notice
from calc.money import eur
from calc.net import TOESLAG_KEYS
from calc.rates import load_rates

UWV_REPORT = LawSource(
    "UWV, Wat gebeurt er met mijn Wajong-uitkering als ik ga werken? (wijzigingen binnen 1 week doorgeven)",
    "https://www.uwv.nl/particulieren/arbeidsbeperkt/wajong/mijn-geldzaken-tijdens-wajong/detail/wanneer-verandert-wajong-uitkering/wat-gebeurt-er-met-mijn-wajong-uitkering-als-ik-ga-werken",
)

SAFETY_NET = Notice(
    "safety_net",
    "Stopt uw werk, of wordt u weer ziek? Dan krijgt u gewoon weer Wajong. Geef het direct door aan UWV. "
    "Werken is dus geen risico voor uw Wajong-recht.",
    "If your work stops, or you fall ill again, you simply get Wajong again. Report it to UWV straight "
    "away. Working does not put your right to Wajong at risk.",
)
SAFETY_NET_SOURCES = (UWV_WORK_STOPS,)


def checklist(cmp: dict[str, Any], result: dict[str, Any]) -> list[Notice]:
    """The steps after the meeting, in the order the client takes them.

    `cmp` is calc.compare's result, `result` calc.evaluate's for the situation with the new job.
    """
    new_job = bool(cmp["variants"]) and bool(cmp["variants"][0]["jobs"]) and cmp.get("new_work") != "business"
    out = []
    if result.get("business"):  # a zzp Wajonger (issue 17): the estimate, the hours, the aanslag, the law
        period = result["period"]
        out += business_checklist(load_rates(), dt.date(int(period[:4]), int(period[5:]), 1))
    if new_job:
        out.append(
            Notice(
                "report_to_uwv",
                "Geef uw nieuwe inkomen binnen een week door aan UWV (via Mijn UWV of telefonisch).",
                "Report your new income to UWV within one week (Mijn UWV or by phone).",
            )
        )
    has_toeslagen = any((result["month"].get(k) or 0) > 0 for k in TOESLAG_KEYS)
    out.append(_toeslagen(has_toeslagen))
    out.append(_loonheffingskorting(cmp["loonheffingskorting"]))
    signals = {x["code"] for x in result["toeslagen"]["signals"]}
    if "toeslagenwet_entitled" in signals:  # computed (issue 16): positive, and not said to be received
        amount = (result.get("toeslagenwet") or {}).get("entitlement_month") or 0.0
        out.append(
            Notice(
                "ask_toeslagenwet",
                f"Vraag bij UWV een toeslag op uw Wajong aan (Toeslagenwet). U heeft waarschijnlijk recht op "
                f"ongeveer {eur(amount)} per maand. Die toeslag komt niet vanzelf.",
                f"Ask UWV for a top-up on your Wajong (Toeslagenwet): probably about {eur(amount, 'en')} a "
                "month. It is not paid automatically.",
                amount=amount,
            )
        )
    out.append(
        Notice(
            "keep_papers",
            "Bewaar uw loonstroken en de brieven van UWV en de Belastingdienst.",
            "Keep your payslips and the letters from UWV and the Belastingdienst.",
        )
    )
    return out


def _toeslagen(has_toeslagen: bool) -> Notice:
    if has_toeslagen:
        return Notice(
            "change_toeslagen",
            "Pas uw toeslagen aan: geef uw nieuwe inkomen door in Mijn toeslagen (Belastingdienst). Dan "
            "hoeft u later minder terug te betalen.",
            "Change your toeslagen: enter your new income in Mijn toeslagen (Belastingdienst), so you pay "
            "back less later.",
        )
    return Notice(
        "check_toeslagen",
        "Krijgt u zorgtoeslag of huurtoeslag? Geef dan uw nieuwe inkomen door in Mijn toeslagen "
        "(Belastingdienst).",
        "Do you get zorgtoeslag or huurtoeslag? Then enter your new income in Mijn toeslagen "
        "(Belastingdienst).",
    )


def _loonheffingskorting(advice: dict[str, Any]) -> Notice:
    if advice["current"] == "both":
        return Notice(
            "loonheffingskorting_both",
            "Let op: nu wordt de loonheffingskorting twee keer toegepast. Kies één plek (UWV of "
            "werkgever), anders moet u na het jaar belasting terugbetalen.",
            "Note: the loonheffingskorting is now applied twice. Choose one place (UWV or employer), or "
            "you will have to pay tax back after the year.",
        )
    return Notice(
        "choose_loonheffingskorting",
        "Kies waar de loonheffingskorting wordt toegepast: bij UWV óf bij uw werkgever, niet bij allebei. "
        "Dat zet u op het formulier 'Opgaaf gegevens voor de loonheffingen'.",
        "Choose where the loonheffingskorting is applied: at UWV or at your employer, not both. You state "
        "this on the form 'Opgaaf gegevens voor de loonheffingen'.",
    )


def checklist_sources(cmp: dict[str, Any]) -> list[dict[str, str]]:
    """The pages behind the checklist and the safety net (the PDF lists them with the others)."""
    out = [x.citation() for x in (UWV_REPORT, *SAFETY_NET_SOURCES)]
    if any(v.get("business") for v in (cmp["now"], *cmp["variants"])):
        out += [x.citation() for x in BUSINESS_SOURCES]
    return out + list(cmp["loonheffingskorting"]["sources"])
