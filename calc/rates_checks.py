"""What a rates file must mean, not only how it is shaped (issue 19): checked on load, told in Dutch.

pydantic (calc/rates.py) checks the shape: every value has a date and a source. These checks read
what the values say, so that a typo never becomes a number a client is told:

* every number is finite, and within the range of its unit (a fraction from 0 to 1: `70` written for
  `0.70` is refused; an amount in euros not below 0; a month from 1 to 12), and within the
  parameter's own `bounds` where the file gives them (the hourly minimum wage);
* dates strictly increase as written (a date written twice, also once quoted and once not, is
  refused; the loader already refuses a key written twice in one mapping);
* tax brackets run upwards and end open; the arbeidskorting's segments start at 0, run upwards
  and join (each segment starts where the previous one ends, to the euro);
* what the law ties together agrees: the hourly minimum wage and the referentiemaandloon (WML
  art. 14: hourly = the unrounded month / 156, rounded up to the cent), the zorgtoeslag and
  kindgebonden budget drempelinkomen (108% x 12 x the referentiemaandloon of January: Wzt art. 1
  lid 1 f, WKB art. 1 lid 1 d), the youth percentages rising with age, the huurtoeslag's rent
  limits in order, a partner's asset limit not below a single person's.

Each problem names the parameter and the date, and says in Dutch what is wrong.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

    from calc.rates import Parameter, RateBook, RatesFile

INF = math.inf
# unit -> (lowest, highest, whole numbers only). Every unit used in rates/ is listed here or in
# FREE_UNITS (tests/test_rates_meaning.py checks it), so a new unit gets its range when it is added.
UNIT_RANGES: dict[str, tuple[float, float, bool]] = {
    "fraction": (0.0, 1.0, False),
    "EUR": (0.0, INF, False),
    "EUR/hour": (0.0, INF, False),
    "EUR/month": (0.0, INF, False),
    "EUR/year": (0.0, INF, False),
    "EUR/year by times applied before": (0.0, INF, False),  # startersaftrek bij AO (a table)
    "hours/year": (0.0, 8784.0, False),  # the urencriteria: at most every hour of a leap year
    "EUR/day": (0.0, INF, False),  # the Toeslagenwet's norms per day
    "EUR/km": (0.0, INF, False),  # the untaxed travel allowance per km
    "share": (0.0, 10.0, False),  # a multiple of the social minimum (the municipal schemes' 100-120%)
    "year": (1900.0, 2100.0, True),  # a year of birth (Toeslagenwet art. 3: born after 1971)
    "years": (0.0, 130.0, True),
    "month": (1.0, 12.0, True),
    "months": (0.0, 24.0, True),
    "day of month": (1.0, 31.0, True),
    "days": (1.0, 366.0, False),
    "weeks": (1.0, 53.0, True),
    "count": (0.0, 1000.0, True),
    "flag (1 = yes, 0 = no)": (0.0, 1.0, True),
}
# Units whose sign the law does not fix (the huurtoeslag's formula factors) or that hold no number.
FREE_UNITS = {"EUR/month per EUR", "EUR/month per EUR^2", "rule"}
BRACKETS = "list of {upto EUR/year, rate fraction}"
SEGMENTS = "list of {from EUR/year, base EUR/year, rate fraction}"

WML_HOURS_PER_MONTH = 156  # WML art. 14: the hourly amount is the monthly amount / 156
WML_HOURLY_TOLERANCE = 0.02  # rounded up to the cent from the unrounded month (EUR per hour)
DREMPEL_FACTOR = 12.96  # Wzt art. 1 lid 1 f, WKB art. 1 lid 1 d: 108% of 12 x the January WML
DREMPEL_TOLERANCE = 1.0  # the drempelinkomen is published in whole euros
SEGMENT_TOLERANCE = 1.5  # the arbeidskorting's bases are published in whole euros


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a rates file: where (parameter, date) and what, in Dutch."""

    file: str
    key: str
    day: dt.date | None
    text: str

    def dutch(self) -> str:
        where = f"rates/{self.file}.yaml"
        if self.key:
            where += f", parameter '{self.key}'"
        if self.day is not None:
            where += f", datum {self.day.isoformat()}"
        return f"Fout in de bedragen ({where}): {self.text}"


def number_text(x: Any) -> str:
    """A value as the file has it (never rounded: the point is to show what was written)."""
    return repr(x) if isinstance(x, float) else str(x)


def _numbers(value: Any) -> Iterator[tuple[str, Any]]:
    """(label within the value, number) of a value: a number, a table or a list of rows."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield f"'{k}'", v
    elif isinstance(value, list):
        for i, row in enumerate(value):
            for k, v in row.items() if isinstance(row, Mapping) else [("", row)]:
                yield f"rij {i + 1} '{k}'", v
    else:
        yield "", value


def _bound_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else number_text(x)


def _range_text(lo: float, hi: float, whole: bool) -> str:
    kind = "een heel getal" if whole else "een getal"
    if hi == INF:
        return f"{kind} van {_bound_text(lo)} of meer"
    return f"{kind} van {_bound_text(lo)} tot en met {_bound_text(hi)}"


def _check_number(x: Any, lo: float, hi: float, whole: bool) -> str | None:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
        return f"{number_text(x)} is geen getal."
    if not lo <= x <= hi or (whole and not float(x).is_integer()):
        hint = " Schrijf een percentage als deel van 1." if (lo, hi) == (0.0, 1.0) and x > 1 else ""
        return f"{number_text(x)} moet {_range_text(lo, hi, whole)} zijn.{hint}"
    return None


def check_values(file: str, key: str, p: Parameter) -> list[Problem]:
    """Each dated value within its unit's range and the parameter's bounds; brackets in order."""
    out: list[Problem] = []
    lo, hi, whole = UNIT_RANGES.get(p.unit, (-INF, INF, False))
    if p.bounds is not None:
        lo, hi = max(lo, p.bounds.min), min(hi, p.bounds.max)
    for day, value in p.values.items():
        if p.unit in (BRACKETS, SEGMENTS):
            out += [Problem(file, key, day, t) for t in _rows(p.unit, value)]
            continue
        for where, x in _numbers(value):
            if p.unit == "rule" and x is None:
                continue
            problem = _check_number(x, lo, hi, whole)
            if problem:
                out.append(Problem(file, key, day, f"{where + ': ' if where else ''}{problem}"))
    return out


def _rows(unit: str, rows: Any) -> Iterator[str]:
    """Tax brackets (`upto` rising, the last open) or arbeidskorting segments (from 0, rising, joined)."""
    if not isinstance(rows, list) or not rows or not all(isinstance(r, Mapping) for r in rows):
        yield "moet een lijst van rijen zijn."
        return
    bound = "upto" if unit == BRACKETS else "from"
    lo_rate = 0.0 if unit == BRACKETS else -1.0  # the arbeidskorting's last segment phases it out
    for i, row in enumerate(rows, start=1):
        for name, lo, hi in ((bound, 0.0, INF), ("rate", lo_rate, 1.0), ("base", 0.0, INF)):
            if name == "base" and unit == BRACKETS:
                continue
            x = row.get(name)
            if x is None and not (name == "upto" and i == len(rows)):
                yield f"rij {i}: '{name}' ontbreekt."
            elif (problem := _check_number(x, lo, hi, False)) is not None:
                yield f"rij {i} '{name}': {problem}"
    limits = [r.get(bound) for r in rows]
    if unit == BRACKETS and limits[-1] is not None:
        yield "de laatste schijf moet open zijn ('upto: null')."
    known = [x for x in limits if isinstance(x, int | float)]
    if any(b <= a for a, b in itertools.pairwise(known)):
        yield f"de grenzen '{bound}' moeten oplopen ({', '.join(map(number_text, known))})."
    if unit == SEGMENTS:
        yield from _segments_join(rows)


def _segments_join(rows: list[Any]) -> Iterator[str]:
    if rows[0].get("from") != 0:
        yield "de eerste rij moet beginnen bij 'from: 0'."
    for i, (a, b) in enumerate(itertools.pairwise(rows), start=2):
        try:
            end = a["base"] + a["rate"] * (b["from"] - a["from"])
        except (KeyError, TypeError):
            return
        if abs(end - b["base"]) > SEGMENT_TOLERANCE:
            yield (
                f"rij {i}: 'base' {number_text(b['base'])} sluit niet aan op de rij ervoor "
                f"(die eindigt bij {end:.2f})."
            )


def check_dates(file: str, key: str, raw: Any, p: Parameter) -> list[Problem]:
    """Dates of values and sources rise as written; none is written twice (also not once quoted)."""
    out = []
    for name, dated in (("values", p.values), ("sources", p.sources)):
        written = raw.get(name) if isinstance(raw, Mapping) else None
        if isinstance(written, Mapping) and len(written) != len(dated):
            out.append(Problem(file, key, None, f"in '{name}' staat een datum twee keer."))
        days = list(dated)
        for a, b in itertools.pairwise(days):
            if b <= a:
                out.append(Problem(file, key, b, f"in '{name}' moeten de datums oplopen ({b} staat na {a})."))
    return out


def check_booleans(file: str, key: str, raw: Any) -> list[Problem]:
    """`true` where a number belongs: pydantic would read it as 1."""
    written = raw.get("values") if isinstance(raw, Mapping) else None
    return [
        Problem(file, key, day if isinstance(day, dt.date) else None, f"{where + ': ' if where else ''}"
                f"{str(x).lower()} is geen getal.")
        for day, value in (written.items() if isinstance(written, Mapping) else [])
        for where, x in _numbers(value)
        if isinstance(x, bool)
    ]  # fmt: skip


def check_file(file: str, raw: Any, parsed: RatesFile) -> list[Problem]:
    """Every meaning check of one file."""
    params = raw.get("parameters", {}) if isinstance(raw, Mapping) else {}
    out: list[Problem] = []
    for key, p in parsed.parameters.items():
        out += check_dates(file, key, params.get(key), p)
        out += check_booleans(file, key, params.get(key)) or check_values(file, key, p)
    return out


# --- what the law ties together, across parameters and files ----------------------------------


def _series(book: RateBook, key: str) -> dict[dt.date, Any] | None:
    try:
        return dict(book.parameter(key).values)
    except ValueError:  # RatesError: a book without this parameter (a test's own rates)
        return None


def _in_force(values: Mapping[dt.date, Any], day: dt.date) -> Any:
    starts = [d for d in values if d <= day]
    return values[max(starts)] if starts else None


def check_book(book: RateBook) -> list[Problem]:
    """The cross-checks the law makes, on every date either side changes."""
    out = _minimum_wage(book) + _drempelinkomen(book) + _youth(book)
    out += _ordered(book, "huurtoeslag", ["kwaliteitskortingsgrens", "aftoppingsgrens.small",
                                          "aftoppingsgrens.large", "maximale_huurgrens"])  # fmt: skip
    out += _ordered(book, "huurtoeslag", ["young_rent_cap", "aftoppingsgrens.small"])
    for topic in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        out += _ordered(book, topic, ["vermogensgrens.single", "vermogensgrens.partner"])
    return out


def _minimum_wage(book: RateBook) -> list[Problem]:
    hourly, month = _series(book, "minimum_wage.hourly"), _series(book, "minimum_wage.referentiemaandloon")
    if hourly is None or month is None:
        return []
    out = []
    for day in sorted(set(hourly) | set(month)):
        h, m = _in_force(hourly, day), _in_force(month, day)
        if not all(isinstance(x, int | float) for x in (h, m)):
            continue
        if abs(h - m / WML_HOURS_PER_MONTH) > WML_HOURLY_TOLERANCE:
            out.append(
                Problem(
                    "minimum_wage",
                    "hourly",
                    day,
                    f"het uurloon {number_text(h)} past niet bij het referentiemaandloon {number_text(m)} "
                    f"(WML art. 14: maandloon / {WML_HOURS_PER_MONTH} = {m / WML_HOURS_PER_MONTH:.4f}).",
                )
            )
    return out


def _drempelinkomen(book: RateBook) -> list[Problem]:
    month = _series(book, "minimum_wage.referentiemaandloon")
    out: list[Problem] = []
    for topic in ("zorgtoeslag", "kindgebonden_budget"):
        drempel = _series(book, f"{topic}.drempelinkomen")
        if month is None or drempel is None:
            continue
        for day, value in drempel.items():
            january = month.get(dt.date(day.year, 1, 1))  # only a year whose January value is known
            if day.month != 1 or not isinstance(january, int | float) or not isinstance(value, int | float):
                continue
            expected = DREMPEL_FACTOR * january
            if abs(value - expected) > DREMPEL_TOLERANCE:
                out.append(
                    Problem(
                        topic,
                        "drempelinkomen",
                        day,
                        f"{number_text(value)} past niet bij het referentiemaandloon van januari "
                        f"({number_text(january)} x {DREMPEL_FACTOR} = {expected:.2f}).",
                    )
                )
    return out


def _youth(book: RateBook) -> list[Problem]:
    table = _series(book, "minimum_wage.youth_percentage")
    out = []
    for day, by_age in (table or {}).items():
        try:
            shares = [by_age[a] for a in sorted(by_age, key=int)]
        except (TypeError, ValueError):
            continue
        if any(b < a for a, b in itertools.pairwise(shares)):
            out.append(
                Problem(
                    "minimum_wage", "youth_percentage", day, "het percentage moet stijgen met de leeftijd."
                )
            )
    return out


def _lookup(values: Any, sub: str | None) -> Any:
    if sub is None:
        return values
    return values.get(sub) if isinstance(values, Mapping) else None


def _ordered(book: RateBook, topic: str, chain: list[str]) -> list[Problem]:
    """Each amount in `chain` (key or key.sub) not above the next one, on every date any changes."""
    parts = []
    for item in chain:
        key, _, sub = item.partition(".")
        series = _series(book, f"{topic}.{key}")
        if series is None:
            return []
        parts.append((item, series, sub or None))
    out = []
    for day in sorted({d for _, s, _ in parts for d in s}):
        got = [(item, _lookup(_in_force(s, day), sub)) for item, s, sub in parts]
        nums = [(item, x) for item, x in got if isinstance(x, int | float)]
        for (a, x), (b, y) in itertools.pairwise(nums):
            if x > y:
                out.append(
                    Problem(
                        topic,
                        a.partition(".")[0],
                        day,
                        f"'{a}' ({number_text(x)}) mag niet hoger zijn dan '{b}' ({number_text(y)}).",
                    )
                )
    return out


# --- the shape, told in Dutch --------------------------------------------------------------------

SCHEMA_NL = {
    "missing": "dit veld ontbreekt.",
    "extra_forbidden": "dit veld kennen we niet (spelfout?).",
    "url_parsing": "dit is geen geldig webadres.",
    "url_scheme": "dit is geen geldig webadres.",
    "date_parsing": "dit is geen datum (schrijf jaar-maand-dag).",
    "date_from_datetime_parsing": "dit is geen datum (schrijf jaar-maand-dag).",
    "date_type": "dit is geen datum (schrijf jaar-maand-dag).",
    "string_too_short": "deze tekst is te kort.",
    "too_short": "hier moet minstens één waarde staan.",
    "string_type": "hier hoort tekst.",
    "bool_type": "vul true of false in.",
    "bool_parsing": "vul true of false in.",
    "literal_error": "deze waarde kennen we niet.",
    "model_type": "hier horen velden (een object).",
    "dict_type": "hier horen velden (een object).",
    "finite_number": "dit is geen getal.",
}


def _loc_text(part: object) -> str:
    """YAML reads `2024-07-01:` as a date; pydantic reports it as its repr. Show it as written."""
    text = part.isoformat() if isinstance(part, dt.date) else str(part)
    m = re.fullmatch(r"datetime\.date\((\d+), (\d+), (\d+)\)", text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else text


def schema_problems(file: str, err: ValidationError) -> list[Problem]:
    """pydantic's errors as Problems: the parameter, the date, the field, what is wrong in Dutch."""
    out = []
    for e in err.errors():
        loc = [_loc_text(p) for p in e["loc"]]
        key = loc[1] if len(loc) > 1 and loc[0] == "parameters" else ""
        rest = loc[2:] if key else loc
        day = next((dt.date.fromisoformat(p) for p in rest if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p)), None)
        if rest[:1] == ["values"]:  # a value that is no number, table or list: one line, not one per type
            problem = Problem(file, key, day, "dit is geen getal, tabel of lijst van getallen.")
            if problem not in out:
                out.append(problem)
            continue
        fields = [p for p in rest if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p)]
        text = SCHEMA_NL.get(e["type"])
        if text is None:
            msg = str(e.get("msg", "")).removeprefix("Value error, ")
            text = msg if e["type"] == "value_error" else "deze waarde klopt niet."
        where = f"veld '{'.'.join(fields)}': " if fields else ""
        out.append(Problem(file, key, day, where + text))
    return out
