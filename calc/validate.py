"""Checks that need the rates: is this situation one the rules can answer, and what to flag.

A situation that the law or our rates cannot answer is refused with a Dutch message naming the
field (never a silently wrong number); one that can be answered but deserves a second look
gets a warning in the result.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from calc.errors import (
    CALENDAR_LABELS_NL,
    MAX_SHOWN,
    InputProblem,
    InvalidSituation,
    problems_from_validation,
)
from calc.explain import Notice
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur, percent
from calc.rates import RateBook
from calc.situation import CalendarRequest, CompareRequest, ReportRequest, Situation

M = TypeVar("M", bound=BaseModel)

WAGE_TOLERANCE = 0.005  # published hourly minima are rounded to the cent


def parse_situation(raw: Any) -> Situation:
    """Validate raw JSON data into a Situation, or raise InvalidSituation in Dutch."""
    if not isinstance(raw, dict):
        raise InvalidSituation(
            [
                InputProblem(
                    "(invoer)",
                    "de invoer moet een JSON-object zijn, met velden.",
                    "input must be a JSON object.",
                )
            ]
        )
    refuse_many_unknown(raw, Situation)
    try:
        return Situation.model_validate(raw)
    except ValidationError as err:
        raise InvalidSituation(problems_from_validation(err)) from None


def refuse_many_unknown(raw: dict[str, Any], model: type[BaseModel]) -> None:
    """More unknown fields than a message lists: named without asking pydantic, which would build an
    error for each of perhaps a hundred thousand (seconds, and memory) only for us to show fifty."""
    unknown = [k for k in raw if k not in model.model_fields]
    if len(unknown) > MAX_SHOWN:
        text = "dit veld kennen we niet. Controleer de spelling."
        raise InvalidSituation([InputProblem(k, text, "unknown field; check the spelling.") for k in unknown])


MAX_DIGITS = 30  # a whole number in the input; far beyond any amount, far below Python's 4.300


class _DuplicateField(ValueError):
    pass


class _LongNumber(ValueError):
    pass


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, but a field written twice is refused (json keeps the last one silently)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateField(key)
        out[key] = value
    return out


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _LongNumber(text)
    return int(text)


def _json_problem(nl: str, en: str, field: str = "(invoer)") -> InvalidSituation:
    return InvalidSituation([InputProblem(field, nl, en)])


def load_json(text: str) -> Any:
    """Parse JSON text, or raise InvalidSituation saying in Dutch that it is not JSON.

    A byte-order mark (Windows Notepad writes one) is not an error. A field written twice and a whole
    number of more than MAX_DIGITS digits are refused: one would silently lose a value, the other
    would reach Python's limit of 4.300 digits as a traceback.
    """
    try:
        return json.loads(
            text.removeprefix("\ufeff"), object_pairs_hook=_unique_fields, parse_int=_whole_number
        )
    except json.JSONDecodeError as err:
        raise _json_problem(
            f"dit is geen geldige JSON (regel {err.lineno}, kolom {err.colno}).", f"not valid JSON ({err})."
        ) from None
    except _DuplicateField as err:
        raise _json_problem(
            "dit veld staat twee keer in de invoer. Laat er één staan: we weten niet welke waarde geldt.",
            "this field appears twice.",
            field=str(err.args[0]),
        ) from None
    except _LongNumber:
        raise _json_problem(
            f"een getal heeft meer dan {MAX_DIGITS} cijfers. Controleer de invoer.",
            f"a number has more than {MAX_DIGITS} digits.",
        ) from None
    except RecursionError:
        raise _json_problem(
            "dit is geen geldige JSON (te diep genest).", "not valid JSON (too deep)."
        ) from None


def parse_situation_json(text: str) -> Situation:
    return parse_situation(load_json(text))


def check_situation(s: Situation, book: RateBook) -> None:
    """Refuse what the rules cannot answer; raises InvalidSituation listing every problem."""
    problems: list[InputProblem] = []
    first, last = book.supported_period()
    day = s.first_day
    if not first <= day <= last:
        problems.append(
            InputProblem(
                "period",
                f"periode: we kunnen rekenen van {first:%m-%Y} tot en met {last:%m-%Y}. "
                "Kies een maand in die tijd.",
                f"period must be between {first:%Y-%m} and {last:%Y-%m}.",
            )
        )
        raise InvalidSituation(problems)
    min_age = book.value("wajong.minimum_age", day)
    aow_age = book.value("wajong.aow_age", day)
    if not min_age <= s.age < aow_age:
        problems.append(
            InputProblem(
                "age",
                f"leeftijd: Wajong is er vanaf {min_age} jaar tot de AOW-leeftijd ({aow_age} jaar).",
                f"age must be from {min_age} to below the AOW age ({aow_age}).",
            )
        )
    else:
        minimum = float(minimum_hourly_wage_on(s.age, book, day))
        for k, job in enumerate(s.jobs):
            if job.hourly_wage < minimum - WAGE_TOLERANCE:
                what = "functieloon" if job.loonwaarde is not None else "uurloon"
                problems.append(
                    InputProblem(
                        f"jobs[{k}].hourly_wage",
                        f"{what}: {eur(job.hourly_wage)} is lager dan het minimumloon voor "
                        f"{s.age} jaar ({eur(minimum)} per uur). Met loondispensatie vult u het "
                        "functieloon in en de loonwaarde apart.",
                        f"hourly wage is below the minimum wage for age {s.age} ({eur(minimum, 'en')}).",
                    )
                )
    problems += business_problems(s)
    if problems:
        raise InvalidSituation(problems)


def business_problems(s: Situation) -> list[InputProblem]:
    """A business that starts after the period's year, or a start month without a start year."""
    b = s.business
    if b is None:
        return []
    if b.started_year is not None and b.started_year > s.first_day.year:
        return [
            InputProblem(
                "business.started_year",
                f"startjaar van uw bedrijf: {b.started_year} is na de periode ({s.period}). Kies een periode "
                "waarin u uw bedrijf al heeft.",
                "the business starts after the period; choose a period with the business.",
            )
        ]
    if b.started_month is not None and b.started_year is None:
        return [
            InputProblem(
                "business.started_year",
                "startjaar van uw bedrijf: vul ook het jaar in waarin uw bedrijf begon.",
                "give the start year with the start month.",
            )
        ]
    return []


def situation_warnings(s: Situation, book: RateBook) -> list[Notice]:
    """Things the calculation does, but that the client should check with UWV."""
    day = s.first_day
    out: list[Notice] = []
    max_lw = book.value("wajong.loondispensatie_max_loonwaarde", day)
    pct_dga = book.value("wajong.percentage_geen_arbeidsvermogen", day)
    # Below 1 - 0.7 the compensatiefactor (LW - 0,3) / (0,7 x LW) of art. 2:40 lid 2 is negative.
    cf_zero = 1 - book.value("wajong.percentage_arbeidsvermogen", day)
    dispensed = [j for j in s.jobs if j.loonwaarde is not None]
    if dispensed and not s.wajong.arbeidsvermogen:
        out.append(
            Notice(
                "loondispensatie_without_arbeidsvermogen",
                f"Zonder arbeidsvermogen rekent de wet met {percent(pct_dga)} van (grondslag − inkomen); "
                "er is dan geen aparte regel voor loondispensatie (art. 1a:4, 2:46, 3:8b). Vraag UWV hoe zij "
                "het in uw geval berekenen.",
                f"Without work capacity the law uses {percent(pct_dga, 'en')} x (base - income); there is no "
                "separate loondispensatie rule. Ask UWV how they compute your case.",
            )
        )
    if any(j.loonwaarde > max_lw for j in dispensed if j.loonwaarde is not None):
        out.append(
            Notice(
                "loonwaarde_above_maximum",
                f"UWV geeft loondispensatie meestal alleen bij een loonwaarde van {max_lw:.0%} of "
                "minder. Controleer de loonwaarde in de brief van UWV.",
                f"UWV usually grants loondispensatie only at a loonwaarde of {max_lw:.0%} or less.",
            )
        )
    if any(j.loonwaarde < cf_zero for j in dispensed if j.loonwaarde is not None):
        out.append(
            Notice(
                "loonwaarde_below_30",
                f"Bij een loonwaarde onder {percent(cf_zero)} is de compensatiefactor negatief. We rekenen "
                "met de formule uit de wet; uw Wajong is dan hoger dan zonder werk. Controleer dit met UWV.",
                f"Below a loonwaarde of {percent(cf_zero, 'en')} the compensatiefactor is negative. We apply "
                "the law's formula; the Wajong is then higher than without work. Check with UWV.",
            )
        )
    if s.wajong.garantiebedrag is not None and not s.wajong.arbeidsvermogen:
        out.append(
            Notice(
                "garantiebedrag_wajong2015",
                "Met Wajong 2015 bestaat geen garantiebedrag. Alleen de oude Wajong en Wajong 2010 "
                "kennen het.",
                "Wajong 2015 has no garantiebedrag; only the old Wajong and Wajong 2010 do.",
            )
        )
    return out + household_warnings(s)


def household_warnings(s: Situation) -> list[Notice]:
    """A household size that cannot hold the people entered: huurtoeslag depends on it."""
    h = s.household
    at_least = 1 + int(h.partner) + len(h.children_ages)
    if h.persons >= at_least:
        return []
    who_nl = " en ".join(
        ["u", *(["uw partner"] if h.partner else []), *(["uw kinderen"] if h.children_ages else [])]
    )
    who_en = " and ".join(
        ["you", *(["your partner"] if h.partner else []), *(["your children"] if h.children_ages else [])]
    )
    return [
        Notice(
            "persons_too_few",
            f"U woont met {h.persons} {'persoon' if h.persons == 1 else 'personen'} in huis, maar "
            f"{who_nl} zijn samen al {at_least} personen. Wij rekenen met {at_least}. Klopt het aantal "
            "personen? Het telt mee voor de huurtoeslag.",
            f"The household has {h.persons} person(s), but {who_en} are already {at_least}; we use "
            f"{at_least}. Please check: huurtoeslag depends on it.",
        )
    ]


def calendar_problems(err: ValidationError) -> list[InputProblem]:
    """pydantic's errors in Dutch; a calendar field is named as the user knows it."""
    out = []
    for p in problems_from_validation(err):
        nl = p.message_nl
        if p.field.startswith("calendar"):
            key = re.sub(r"\[\d+\]", "", p.field)
            nl = f"{CALENDAR_LABELS_NL.get(key, 'kalender')}: {nl}"
            if "hours_range" in p.message_en:
                nl = f"{CALENDAR_LABELS_NL[key]}: uren per week moeten tussen 0 en 60 liggen."
        out.append(InputProblem(p.field, nl, p.message_en))
    return out


NOT_AN_OBJECT = InputProblem(
    "(invoer)", "de invoer moet een JSON-object zijn, met velden.", "input must be an object."
)


def _request(model: type[M], raw: Any) -> M:
    """Validate raw JSON into a request model, or raise InvalidSituation in Dutch."""
    if not isinstance(raw, dict):
        raise InvalidSituation([NOT_AN_OBJECT])
    refuse_many_unknown(raw, model)
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        raise InvalidSituation(calendar_problems(err)) from None


def parse_calendar_request(raw: Any) -> CalendarRequest:
    """A situation plus calendar settings (`python -m calc calendar`)."""
    return _request(CalendarRequest, raw)


def parse_compare_request(raw: Any) -> CompareRequest:
    """A situation whose last job is the new one, plus variants (`python -m calc compare`)."""
    return _request(CompareRequest, raw)


def parse_report_request(raw: Any) -> ReportRequest:
    """What the PDF shows: the comparison's input plus, optionally, the calendar's settings."""
    return _request(ReportRequest, raw)
