"""Invalid input, told in plain Dutch (and English), naming the field.

pydantic reports in English; the people who read these messages are a Wajonger or their coach,
so each error type is translated and the field is named as the user knows it.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

FIELD_LABELS_NL = {
    "period": "periode",
    "age": "leeftijd",
    "wajong": "Wajong",
    "wajong.arbeidsvermogen": "arbeidsvermogen (ja of nee)",
    "wajong.garantiebedrag": "garantiebedrag",
    "jobs": "banen",
    "hours_per_week": "uren per week",
    "hourly_wage": "uurloon",
    "loonwaarde": "loonwaarde",
    "other_income_month": "ander inkomen per maand",
    "household": "huishouden",
    "household.partner": "partner",
    "household.partner_income_year": "inkomen partner per jaar",
    "household.persons": "aantal personen",
    "household.rent": "huur per maand",
    "household.servicekosten": "servicekosten per maand",
    "household.assets": "vermogen",
    "household.children_ages": "leeftijden van de kinderen",
    "household.children": "aantal kinderen",
    "household.children_12_15": "aantal kinderen van 12 tot en met 15 jaar",
    "household.children_16_17": "aantal kinderen van 16 of 17 jaar",
    "household.partner_birth_year": "geboortejaar van uw partner",
    "household.lives_with_parents": "woont bij uw ouders (ja of nee)",
    "household.kostendelers": "aantal volwassenen van 27 jaar of ouder in huis",
    "toeslagenwet": "Toeslagenwet",
    "toeslagenwet.receives": "krijgt al een toeslag van UWV (ja, nee of onbekend)",
    "toeslagenwet.disregard_start": "maand waarin de vrijlating van de Toeslagenwet begon",
    "costs": "kosten van werken",
    "costs.work_per_month": "kosten van werken per maand",
    "costs.travel_allowance_per_month": "reiskostenvergoeding van de werkgever per maand",
    "costs.travel_km_per_month": "kilometers voor het werk per maand",
    "loonheffingskorting": "loonheffingskorting",
    "toetsingsinkomen_year": "toetsingsinkomen per jaar",
    "variants": "andere banen om te vergelijken",
    "business": "eigen bedrijf",
    "business.profit_year": "winst per jaar van uw bedrijf",
    "business.hours_year": "uren per jaar in uw bedrijf",
    "business.started_year": "startjaar van uw bedrijf",
    "business.started_month": "startmaand van uw bedrijf",
    "business.was_entrepreneur_last_5_years": "de vijf jaar hiervoor elk jaar ondernemer",
    "new_work": "wat is nieuw: baan of bedrijf",
}

CALENDAR_LABELS_NL = {
    "calendar": "kalender",
    "calendar.start": "kalender: eerste maand",
    "calendar.months": "kalender: aantal maanden",
    "calendar.hours_per_week_by_month": "kalender: uren per week per maand",
    "calendar.pay_period": "kalender: loon per maand of per vier weken",
    "calendar.lag_months": "kalender: maanden vertraging bij verrekenen",
    "calendar.voorschot_months": "kalender: maanden voorschot",
    "calendar.employer_vakantiegeld": "kalender: vakantiegeld van de werkgever",
    "calendar.wage_paid": "kalender: maand waarin het loon komt",
    "calendar.new_work_at_start": "kalender: nieuw werk in de eerste maand",
    "calendar.tegemoetkoming": "kalender: tegemoetkoming arbeidsongeschikten",
    "calendar.job_stops_after_months": "kalender: de baan stopt na ... maanden",
    "calendar.business_profit_realised": "kalender: winst zoals die echt uitvalt",
    "calendar.business_settlement_months": "kalender: maanden na het jaar tot UWV de winst verrekent",
}


@dataclass(frozen=True)
class InputProblem:
    """One thing wrong with the input: the field path and what to do about it."""

    field: str
    message_nl: str
    message_en: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "message_nl": self.message_nl, "message_en": self.message_en}


class InvalidSituation(ValueError):
    """The situation cannot be calculated; `problems` says why, per field."""

    def __init__(self, problems: list[InputProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message_nl}" for p in problems))

    def dutch(self) -> str:
        """One line per problem, at most MAX_SHOWN, then how many more there are."""
        lines = [f"Fout in '{p.field}': {p.message_nl}" for p in self.problems[:MAX_SHOWN]]
        if len(self.problems) > MAX_SHOWN:
            lines.append(f"... en nog {dutch_number(len(self.problems) - MAX_SHOWN)} fouten.")
        return "\n".join(lines)


MAX_SHOWN = 50  # problems listed; a file with a million unknown fields gets 50 and a count


def os_reason(err: OSError) -> str:
    """Why a file could not be read or written, in Dutch (the system's own text is English)."""
    reasons = {
        errno.ENOENT: "het bestaat niet",
        errno.EISDIR: "het is een map, geen bestand",
        errno.EACCES: "geen toegang (rechten)",
        errno.EPERM: "geen toegang (rechten)",
        errno.ENOSPC: "de schijf is vol",
        errno.EROFS: "de schijf is alleen-lezen",
        errno.ENOTDIR: "de map bestaat niet",
        errno.EPIPE: "de lezer is gestopt",
    }
    return reasons.get(err.errno or 0, f"systeemfout {err.errno}")


def field_path(loc: tuple[int | str, ...]) -> str:
    """('jobs', 0, 'hourly_wage') -> 'jobs[0].hourly_wage'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def dutch_number(x: Any) -> str:
    """A limit as a Dutch reader writes it: 10.000.000 and 0,5 (not 1e+07 or 0.5)."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,}".replace(",", "_").replace(".", ",").replace("_", ".")


def _translate(err: Any) -> tuple[str, str]:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing":
        return "dit veld ontbreekt; vul het in.", "this field is missing."
    if kind == "extra_forbidden":
        return (
            "dit veld kennen we niet. Controleer de spelling.",
            "unknown field; check the spelling.",
        )
    if kind == "greater_than_equal":
        return f"moet {dutch_number(ctx['ge'])} of meer zijn.", f"must be at least {dutch_number(ctx['ge'])}."
    if kind == "greater_than":
        return (
            f"moet meer dan {dutch_number(ctx['gt'])} zijn.",
            f"must be more than {dutch_number(ctx['gt'])}.",
        )
    if kind == "less_than_equal":
        return (
            f"mag niet meer dan {dutch_number(ctx['le'])} zijn.",
            f"must be at most {dutch_number(ctx['le'])}.",
        )
    if kind == "less_than":
        return (
            f"moet minder dan {dutch_number(ctx['lt'])} zijn.",
            f"must be less than {dutch_number(ctx['lt'])}.",
        )
    if kind in ("bool_type", "bool_parsing"):
        return "vul true of false in (of ja of nee).", "must be true or false (or ja or nee)."
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "moet een heel getal zijn.", "must be a whole number."
    if kind in ("float_type", "float_parsing", "finite_number"):
        return "moet een getal zijn.", "must be a number."
    if kind in ("string_type",):
        return "moet tekst zijn.", "must be text."
    if kind == "literal_error":
        options = ctx.get("expected", "")
        return f"kies een van: {options}.", f"choose one of: {options}."
    if kind in ("list_type",):
        return "moet een lijst zijn.", "must be a list."
    if kind == "too_long":
        return (
            f"te veel items (hoogstens {dutch_number(ctx.get('max_length'))}).",
            "too many items.",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "moet een object zijn (met velden).", "must be an object with fields."
    if kind == "value_error" and "period_format" in str(err.get("msg")):
        return (
            "schrijf de periode als jaar-maand van een maand die bestaat, bijvoorbeeld 2026-03.",
            "write the period as YYYY-MM of a month that exists, e.g. 2026-03.",
        )
    if kind == "value_error" and "bool_as_number" in str(err.get("msg")):
        return "moet een getal zijn, niet true of false.", "must be a number, not true or false."
    if kind == "value_error" and "child_age" in str(err.get("msg")):
        return (
            "vul voor elk kind een leeftijd van 0 tot en met 17 jaar in.",
            "give each child an age from 0 to 17.",
        )
    return "deze waarde klopt niet.", f"invalid value ({err.get('msg')})."


def problems_from_validation(err: ValidationError) -> list[InputProblem]:
    problems = []
    for e in err.errors():
        nl, en = _translate(e)
        path = field_path(tuple(e["loc"])) or "(invoer)"
        named = tuple(part for part in e["loc"] if not isinstance(part, int))  # children_ages[1] -> the list
        label = FIELD_LABELS_NL.get(field_path(named)) or FIELD_LABELS_NL.get(str(named[-1]) if named else "")
        if label:
            nl = f"{label}: {nl}"
        problems.append(InputProblem(field=path, message_nl=nl, message_en=en))
    return problems
