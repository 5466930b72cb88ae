"""The batch's checks of every row, vectorised (calc/batch.py reads, computes and writes).

They mirror the CLI's (`calc.situation` field limits plus `calc.validate.check_situation`): an invalid
row gets a Dutch message naming the column, and the other rows are computed. A cell that says "no
value" (`NA`, `#N/A`, `null`, `None`, `NaN`, a spreadsheet error) is refused for its row, never read
as empty (issue 19); a row whose CSV line could not be read (calc/batch_io.py) gets only that message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from pydantic import BaseModel

from calc.errors import FIELD_LABELS_NL, InputProblem, InvalidSituation, dutch_number
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur
from calc.rates import RateBook
from calc.situation import (
    FALSE_WORDS,
    LHK_CHOICES,
    TRUE_WORDS,
    Business,
    Household,
    Job,
    Situation,
    Wajong,
    field_limits,
    is_month,
)
from calc.validate import WAGE_TOLERANCE

REQUIRED = ("period", "age", "arbeidsvermogen")

# Numeric input columns: (label key in FIELD_LABELS_NL, default, lower, lower is strict, upper,
# upper is strict). The limits are read from calc.situation (the CLI contract): one definition.
_FIELDS: dict[str, tuple[str, float, type[BaseModel], str]] = {
    "age": ("age", np.nan, Situation, "age"),
    "garantiebedrag": ("wajong.garantiebedrag", np.nan, Wajong, "garantiebedrag"),
    "hours_per_week": ("hours_per_week", np.nan, Job, "hours_per_week"),
    "hourly_wage": ("hourly_wage", np.nan, Job, "hourly_wage"),
    "loonwaarde": ("loonwaarde", np.nan, Job, "loonwaarde"),
    "other_income_month": ("other_income_month", 0.0, Situation, "other_income_month"),
    "partner_income_year": ("household.partner_income_year", 0.0, Household, "partner_income_year"),
    "persons": ("household.persons", 1.0, Household, "persons"),
    "rent": ("household.rent", 0.0, Household, "rent"),
    "servicekosten": ("household.servicekosten", 0.0, Household, "servicekosten"),
    "assets": ("household.assets", 0.0, Household, "assets"),
    "children": ("household.children", 0.0, Household, "children_ages"),
    "children_12_15": ("household.children_12_15", 0.0, Household, "children_ages"),
    "children_16_17": ("household.children_16_17", 0.0, Household, "children_ages"),
    "toetsingsinkomen_year": ("toetsingsinkomen_year", np.nan, Situation, "toetsingsinkomen_year"),
    "business_profit_year": ("business.profit_year", np.nan, Business, "profit_year"),
    "business_hours_year": ("business.hours_year", 0.0, Business, "hours_year"),
    "business_started_year": ("business.started_year", np.nan, Business, "started_year"),
    "business_started_month": ("business.started_month", np.nan, Business, "started_month"),
    "partner_birth_year": ("household.partner_birth_year", np.nan, Household, "partner_birth_year"),
    "kostendelers": ("household.kostendelers", 0.0, Household, "kostendelers"),
}
NUMBERS: dict[str, tuple[str, float, float, bool, float, bool]] = {
    col: (label, default, *field_limits(model, name))
    for col, (label, default, model, name) in _FIELDS.items()
}
WHOLE = ("age", "persons", "children", "children_12_15", "children_16_17", "business_started_year",
         "business_started_month", "partner_birth_year", "kostendelers")  # fmt: skip
BOOLEANS = {
    "arbeidsvermogen": ("wajong.arbeidsvermogen", None),
    "partner": ("household.partner", False),
    "business_was_entrepreneur": ("business.was_entrepreneur_last_5_years", False),
    "lives_with_parents": ("household.lives_with_parents", False),
}
INPUTS = ("period", *NUMBERS, *BOOLEANS, "loonheffingskorting")
LINE = "line"  # error_field of a row whose line in the CSV file could not be read
# What spreadsheets and databases write for "no value": a cell saying so is refused for its row,
# never read as empty (which would silently mean the default, e.g. no rent).
NA_WORDS = frozenset(
    [
        "#n/a",
        "#n/a n/a",
        "#na",
        "-1.#ind",
        "-1.#qnan",
        "-nan",
        "1.#ind",
        "1.#qnan",
        "<na>",
        "n/a",
        "na",
        "null",
        "nan",
        "none",
        "nil",
        "#null!",
        "#value!",
        "#div/0!",
        "#ref!",
        "#name?",
        "#num!",
        "#getting_data",
        "n.v.t.",
        "nvt",
    ]
)


def not_available(s: pd.Series) -> tuple[NDArray[np.bool_], NDArray[Any]]:
    """Cells that say "no value" ('NA', '#N/A', 'null', 'None', 'NaN', ...) and their Dutch message
    ('none' is a choice of the loonheffingskorting column, not a missing value there)."""
    if not (s.dtype == object or pd.api.types.is_string_dtype(s.dtype)):
        return np.zeros(len(s), dtype=bool), np.array([], dtype=object)
    codes, uniques = factorize(s)
    words = NA_WORDS - set(LHK_CHOICES) if s.name == "loonheffingskorting" else NA_WORDS
    na = np.array([*(str(u).strip().lower() in words for u in uniques), False])
    if not na.any():  # the usual case: nothing to say, and no text to build for 250,000 rows
        return np.zeros(len(s), dtype=bool), np.array([], dtype=object)
    text = np.array(
        [*(f"'{str(u).strip()}' is geen waarde. Vul de juiste waarde in; is er niets, laat de cel dan leeg."
           for u in uniques), ""],
        dtype=object,
    )  # fmt: skip
    return na[codes], text[codes]


class RowErrors:
    """Per-row Dutch messages, collected column by column (vectorised). A row whose line could not be
    read gets only that message; a cell gets only its first message."""

    def __init__(self, n: int):
        self.nl = np.full(n, "", dtype=object)
        self.field = np.full(n, "", dtype=object)
        self.unread = np.zeros(n, dtype=bool)  # the line could not be read: no other message
        self.told: dict[str, NDArray[np.bool_]] = {}  # per column: rows that already have a message

    def add(self, mask: NDArray[np.bool_], field: str, text_nl: str | NDArray[Any]) -> None:
        """Append `label (kolom 'field'): text` to the message of each row in `mask`."""
        if not mask.any():  # the usual case: one pass over the rows, nothing to add
            return
        told = self.told.setdefault(field, np.zeros(len(self.nl), dtype=bool))
        mask = mask & ~self.unread & ~told
        if not mask.any():
            return
        told |= mask
        key = BOOLEANS[field][0] if field in BOOLEANS else NUMBERS[field][0] if field in NUMBERS else field
        prefix = "" if field == LINE else f"{FIELD_LABELS_NL.get(key, field)} (kolom '{field}'): "
        for i in np.flatnonzero(mask):
            text = text_nl if isinstance(text_nl, str) else str(text_nl[i])
            self.nl[i] = f"{self.nl[i]}; {prefix}{text}" if self.nl[i] else prefix + text
            self.field[i] = f"{self.field[i]},{field}" if self.field[i] else field

    @property
    def bad(self) -> NDArray[np.bool_]:
        return self.nl != ""


# The codes and distinct values of the columns of the frame being checked: several checks read the same
# text column (is it "NA"? empty? which word?), and hashing 250,000 cells once is enough. Keyed by the
# column's array (the same object however often `df[name]` is asked); emptied by `forget_columns()`.
_FACTORS: dict[int, tuple[Any, NDArray[np.intp], Any]] = {}


def forget_columns() -> None:
    _FACTORS.clear()


def factorize(s: pd.Series) -> tuple[NDArray[np.intp], Any]:
    """Codes and distinct values; cells that cannot be hashed (a list in Parquet) as their text."""
    array = s.array
    hit = _FACTORS.get(id(array))
    if hit is not None and hit[0] is array:
        return hit[1], hit[2]
    try:
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
    except TypeError:
        codes, uniques = pd.factorize(
            s.map(lambda v: v if isinstance(v, str) or pd.api.types.is_scalar(v) else str(v))
        )
    _FACTORS[id(array)] = (array, codes, uniques)
    return codes, uniques


def distinct_texts(s: pd.Series, lower: bool = False) -> tuple[NDArray[np.intp], list[str]]:
    """Each distinct cell as stripped text, and each row's code into that list (-1: empty)."""
    codes, uniques = factorize(s)
    return codes, [str(u).strip().lower() if lower else str(u).strip() for u in uniques]


def cell_text(s: pd.Series, lower: bool = False) -> NDArray[Any]:
    """Each cell as stripped text ("" when empty), worked out once per distinct value (fast)."""
    codes, texts = distinct_texts(s, lower)
    return np.array([*texts, ""], dtype=object)[codes]  # code -1 (empty) takes the last entry, ""


def blank_cells(s: pd.Series) -> NDArray[np.bool_]:
    """Empty cells: NaN/None, or text that is only spaces."""
    if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
        return cell_text(s) == ""
    return s.isna().to_numpy().copy()


def parse_numbers(df: pd.DataFrame, err: RowErrors) -> dict[str, NDArray[np.float64]]:
    n = len(df)
    out: dict[str, NDArray[np.float64]] = {}
    for name, (_, default, lo, lo_strict, hi, hi_strict) in NUMBERS.items():
        if name not in df:
            out[name] = np.full(n, default)
            continue
        col = df[name]
        blank = blank_cells(col)
        if pd.api.types.is_bool_dtype(col.dtype):
            x = np.full(n, np.nan)
            err.add(~blank, name, "moet een getal zijn.")
        elif pd.api.types.is_numeric_dtype(col.dtype):
            x = col.to_numpy(dtype=float, na_value=np.nan)
        else:
            text = col.astype(str).str.strip()
            # A Dutch decimal comma ("15,50") is read as a point; thousands separators are not.
            text = text.where(~text.str.fullmatch(r"-?\d+,\d+"), text.str.replace(",", ".", regex=False))
            x = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
            err.add(~blank & np.isnan(x), name, "moet een getal zijn.")
        present = ~blank & np.isfinite(x)
        err.add(~blank & np.isinf(x), name, "moet een getal zijn.")
        with np.errstate(invalid="ignore"):
            too_low = present & ((x <= lo) if lo_strict else (x < lo))
            too_high = present & ((x >= hi) if hi_strict else (x > hi))
        err.add(
            too_low,
            name,
            f"moet meer dan {dutch_number(lo)} zijn."
            if lo_strict
            else f"moet {dutch_number(lo)} of meer zijn.",
        )
        err.add(
            too_high,
            name,
            f"moet minder dan {dutch_number(hi)} zijn."
            if hi_strict
            else f"mag niet meer dan {dutch_number(hi)} zijn.",
        )
        if name in WHOLE:
            err.add(present & (x != np.floor(x)), name, "moet een heel getal zijn.")
        out[name] = np.where(present, x, default)
    return out


def parse_booleans(df: pd.DataFrame, err: RowErrors) -> dict[str, NDArray[np.bool_]]:
    n = len(df)
    out = {}
    for name, (_, default) in BOOLEANS.items():
        if name not in df:
            out[name] = np.full(n, bool(default))
            continue
        col = df[name]
        blank = blank_cells(col)
        if pd.api.types.is_bool_dtype(col.dtype):
            out[name] = col.fillna(False).to_numpy(dtype=bool)
        else:
            text = cell_text(col, lower=True).astype(str)
            text = np.where((text == "1.0") | (text == "0.0"), np.char.replace(text, ".0", ""), text)
            yes, no = np.isin(text, list(TRUE_WORDS)), np.isin(text, list(FALSE_WORDS))
            err.add(~blank & ~yes & ~no, name, "vul true of false in (of ja of nee).")
            out[name] = yes
        if default is None:
            err.add(blank, name, "dit veld ontbreekt; vul het in.")
    return out


PERIOD = re.compile(r"(\d{4}-(?:0[1-9]|1[0-2]))(?:-01(?: 00:00:00)?)?")


def _period_of(text: str) -> str:
    """'2026-03' stays; a period a spreadsheet turned into a date (2026-03-01) becomes 2026-03."""
    m = PERIOD.fullmatch(text)
    return m.group(1) if m and is_month(m.group(1)) else ""


@dataclass(frozen=True)
class Periods:
    """Each row's period as calc reads it: `code` indexes `names` ('YYYY-MM'), -1 where the period is
    missing or unreadable. Integer codes, so grouping 250,000 rows compares numbers, not text."""

    code: NDArray[np.intp]
    names: list[str]

    def numbers(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Year and month of each row's period (0 where there is none)."""
        year = np.array([*(int(p[:4]) for p in self.names), 0], dtype=np.int64)
        month = np.array([*(int(p[5:7]) for p in self.names), 0], dtype=np.int64)
        return year[self.code], month[self.code]

    def groups(self, rows: NDArray[np.bool_]) -> Iterator[tuple[str, NDArray[np.intp]]]:
        """Per period, in order of first appearance: its name and the indices of its rows in `rows`."""
        for k in pd.unique(self.code[rows & (self.code >= 0)]):
            yield self.names[k], np.flatnonzero(rows & (self.code == k))


def parse_periods(df: pd.DataFrame, err: RowErrors) -> Periods:
    codes, raw = distinct_texts(df["period"])
    read = [_period_of(r) for r in raw]
    names = list(dict.fromkeys(p for p in read if p))  # '2026-03' and '2026-03-01' are one period
    index = {p: k for k, p in enumerate(names)}
    code = np.array([*(index.get(p, -1) for p in read), -1], dtype=np.intp)[codes]
    blank = np.array([*(r == "" for r in raw), True])[codes]
    err.add(blank, "period", "dit veld ontbreekt; vul het in.")
    err.add(
        ~blank & (code < 0),
        "period",
        "schrijf de periode als jaar-maand van een maand die bestaat, bijvoorbeeld 2026-03.",
    )
    return Periods(code, names)


def parse_lhk(df: pd.DataFrame, err: RowErrors) -> NDArray[np.str_]:
    if "loonheffingskorting" not in df:
        return np.full(len(df), "uwv")
    codes, text = distinct_texts(df["loonheffingskorting"], lower=True)  # each distinct cell read once
    wrong = np.array([*(t != "" and t not in LHK_CHOICES for t in text), False])[codes]
    choices = ", ".join(f"'{c}'" for c in LHK_CHOICES)
    err.add(wrong, "loonheffingskorting", f"kies een van: {choices}.")
    return np.array([*(t if t in LHK_CHOICES else "uwv" for t in text), "uwv"])[codes]


def check_with_rates(
    period: Periods,
    num: dict[str, NDArray[np.float64]],
    has_job: NDArray[np.bool_],
    err: RowErrors,
    book: RateBook,
) -> None:
    """What calc.validate.check_situation refuses, per period group."""
    first, last = book.supported_period()
    for k, p in enumerate(period.names):
        rows = period.code == k
        day = dt.date(int(p[:4]), int(p[5:]), 1)
        if not first <= day <= last:
            err.add(
                rows,
                "period",
                f"we hebben bedragen van {first:%m-%Y} tot en met {last:%m-%Y}. Kies een maand in die tijd.",
            )
            continue
        age = num["age"]
        min_age, aow_age = book.value("wajong.minimum_age", day), book.value("wajong.aow_age", day)
        known = rows & np.isfinite(age)
        with np.errstate(invalid="ignore"):
            wrong_age = known & ~((age >= min_age) & (age < aow_age))
        err.add(wrong_age, "age", f"Wajong is er vanaf {min_age} jaar tot de AOW-leeftijd ({aow_age} jaar).")
        ok_age = known & ~wrong_age & has_job & np.isfinite(num["hourly_wage"])
        if ok_age.any():
            minimum = np.full(len(age), np.nan)
            minimum[ok_age] = minimum_hourly_wage_on(age[ok_age].astype(int), book, day)
            with np.errstate(invalid="ignore"):
                low = ok_age & (num["hourly_wage"] < minimum - WAGE_TOLERANCE)
            low &= ~err.told.get("hourly_wage", np.zeros(len(age), dtype=bool))  # e.g. below 0: said already
            if low.any():
                what = np.where(np.isfinite(num["loonwaarde"]), "functieloon", "uurloon")
                text = np.full(len(age), "", dtype=object)
                for i in np.flatnonzero(low):  # only the rows below the minimum: Dutch amounts, as the CLI
                    text[i] = (
                        f"{what[i]} {eur(num['hourly_wage'][i])} is lager dan het minimumloon voor "
                        f"{int(age[i])} jaar ({eur(minimum[i])} per uur). Met loondispensatie vult u het "
                        "functieloon in en de loonwaarde apart."
                    )
                err.add(low, "hourly_wage", text)


def require_columns(df: pd.DataFrame) -> None:
    """A file without a required column cannot be used at all: one Dutch message for the file."""
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        names = ", ".join(f"'{c}'" for c in missing)
        raise InvalidSituation(
            [
                InputProblem(
                    missing[0],
                    f"het bestand mist de kolom(men) {names}. Die zijn verplicht.",
                    f"the file lacks the required column(s) {names}.",
                )
            ]
        )


def check_business_columns(
    year: NDArray[np.int64], num: dict[str, NDArray[np.float64]], err: RowErrors
) -> None:
    """As calc.validate.business_problems: no start after the period's year, no start month alone."""
    start = num["business_started_year"]
    with np.errstate(invalid="ignore"):
        late = np.isfinite(start) & (start > year) & (year > 0)
    err.add(late, "business_started_year", "uw bedrijf begint na de periode. Kies een periode erna.")
    alone = np.isfinite(num["business_started_month"]) & ~np.isfinite(start)
    err.add(alone, "business_started_year", "vul ook het jaar in waarin uw bedrijf begon.")


def check_job_columns(df: pd.DataFrame, num: dict[str, NDArray[np.float64]], err: RowErrors) -> None:
    """One job per row: hours and hourly wage come together; a loonwaarde needs a job."""
    n = len(df)
    raw = {
        c: ~blank_cells(df[c]) if c in df else np.zeros(n, bool)
        for c in ("hours_per_week", "hourly_wage", "loonwaarde")
    }
    err.add(
        raw["hours_per_week"] & ~raw["hourly_wage"],
        "hourly_wage",
        "dit veld ontbreekt; vul het in (er zijn uren).",
    )
    err.add(
        raw["hourly_wage"] & ~raw["hours_per_week"],
        "hours_per_week",
        "dit veld ontbreekt; vul het in (er is een uurloon).",
    )
    err.add(
        raw["loonwaarde"] & ~raw["hourly_wage"],
        "hourly_wage",
        "dit veld ontbreekt; vul het in (er is een loonwaarde).",
    )
    err.add(
        num["children_12_15"] + num["children_16_17"] > num["children"],
        "children",
        "moet minstens zo groot zijn als de kinderen van 12-15 en 16-17 jaar samen.",
    )
