"""The whole caseload at once: one row per client from a CSV or Parquet file (issue 8).

Every row goes through the same vectorised net chain as one client in the app
(`calc.chain.compute_chain`), once per period, because the rates differ per period.
Validation is vectorised too and mirrors the CLI's checks (`calc.situation` field limits plus
`calc.validate.check_situation`): an invalid row gets a Dutch message in `error_nl` naming the
field, and the other rows are computed. Never a traceback for a bad row.

Flat input columns (one job per row): period, age, arbeidsvermogen (required), the optional ones of
docs/batch.md (the CLI's defaults; the children columns count children under 18 and those of them aged
12-15 and 16-17, what the kindgebonden budget needs of `household.children_ages`). Other columns (a
client number, say) are passed through unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from pydantic import BaseModel

from calc.chain import compute_chain
from calc.columns import Columns, job_wage_month
from calc.errors import FIELD_LABELS_NL, InputProblem, InvalidSituation, dutch_number
from calc.minimum_wage import minimum_hourly_wage_on
from calc.net import NET_PARTS
from calc.provisional import provisional_list
from calc.rates import Rate, RateBook, load_rates, recording
from calc.situation import LHK_CHOICES, Household, Job, Situation, Wajong, field_limits
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
    "partner_birth_year": ("household.partner_birth_year", np.nan, Household, "partner_birth_year"),
    "kostendelers": ("household.kostendelers", 0.0, Household, "kostendelers"),
}
NUMBERS: dict[str, tuple[str, float, float, bool, float, bool]] = {
    col: (label, default, *field_limits(model, name))
    for col, (label, default, model, name) in _FIELDS.items()
}
WHOLE = ("age", "persons", "children", "children_12_15", "children_16_17", "partner_birth_year",
         "kostendelers")  # fmt: skip
BOOLEANS = {"arbeidsvermogen": ("wajong.arbeidsvermogen", None), "partner": ("household.partner", False),
            "lives_with_parents": ("household.lives_with_parents", False)}  # fmt: skip
TRUE_WORDS = {"true", "ja", "yes", "1", "j", "y", "waar"}
FALSE_WORDS = {"false", "nee", "no", "0", "n", "onwaar"}
INPUTS = ("period", *NUMBERS, *BOOLEANS, "loonheffingskorting")

# The month's parts (NET_PARTS, without other income, which is an input column) and the totals.
OUTPUTS = (
    *(p.key for p in NET_PARTS if p.key != "other_income"),
    "net_income",
    "net_income_with_settlement",
    "income_tax_year",
    "iack_year",
    "settlement_year",
    "year_total",
)


class _Errors:
    """Per-row Dutch messages, collected column by column (vectorised)."""

    def __init__(self, n: int):
        self.nl = np.full(n, "", dtype=object)
        self.field = np.full(n, "", dtype=object)

    def add(self, mask: NDArray[np.bool_], field: str, text_nl: str | NDArray[Any]) -> None:
        """Append `label (kolom 'field'): text` to the message of each row in `mask`."""
        if not mask.any():
            return
        key = BOOLEANS[field][0] if field in BOOLEANS else NUMBERS[field][0] if field in NUMBERS else field
        prefix = f"{FIELD_LABELS_NL.get(key, field)} (kolom '{field}'): "
        for i in np.flatnonzero(mask):
            text = text_nl if isinstance(text_nl, str) else str(text_nl[i])
            self.nl[i] = f"{self.nl[i]}; {prefix}{text}" if self.nl[i] else prefix + text
            self.field[i] = f"{self.field[i]},{field}" if self.field[i] else field

    @property
    def bad(self) -> NDArray[np.bool_]:
        return self.nl != ""


def _factorize(s: pd.Series) -> tuple[NDArray[np.intp], Any]:
    """Codes and distinct values; cells that cannot be hashed (a list in Parquet) as their text."""
    try:
        return pd.factorize(s, use_na_sentinel=True)
    except TypeError:
        return pd.factorize(s.map(lambda v: v if isinstance(v, str) or pd.api.types.is_scalar(v) else str(v)))


def _text(s: pd.Series, lower: bool = False) -> NDArray[Any]:
    """Each cell as stripped text ("" when empty), worked out once per distinct value (fast)."""
    codes, uniques = _factorize(s)
    texts = np.array(
        [*(str(u).strip().lower() if lower else str(u).strip() for u in uniques), ""], dtype=object
    )
    return texts[codes]  # code -1 (empty) takes the last entry, ""


def _blank(s: pd.Series) -> NDArray[np.bool_]:
    """Empty cells: NaN/None, or text that is only spaces."""
    if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
        return _text(s) == ""
    return s.isna().to_numpy().copy()


def _numbers(df: pd.DataFrame, err: _Errors) -> dict[str, NDArray[np.float64]]:
    n = len(df)
    out: dict[str, NDArray[np.float64]] = {}
    for name, (_, default, lo, lo_strict, hi, hi_strict) in NUMBERS.items():
        if name not in df:
            out[name] = np.full(n, default)
            continue
        col = df[name]
        blank = _blank(col)
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


def _booleans(df: pd.DataFrame, err: _Errors) -> dict[str, NDArray[np.bool_]]:
    n = len(df)
    out = {}
    for name, (_, default) in BOOLEANS.items():
        if name not in df:
            out[name] = np.full(n, bool(default))
            continue
        col = df[name]
        blank = _blank(col)
        if pd.api.types.is_bool_dtype(col.dtype):
            out[name] = col.fillna(False).to_numpy(dtype=bool)
        else:
            text = _text(col, lower=True).astype(str)
            text = np.where((text == "1.0") | (text == "0.0"), np.char.replace(text, ".0", ""), text)
            yes, no = np.isin(text, list(TRUE_WORDS)), np.isin(text, list(FALSE_WORDS))
            err.add(~blank & ~yes & ~no, name, "vul true (ja) of false (nee) in.")
            out[name] = yes
        if default is None:
            err.add(blank, name, "dit veld ontbreekt; vul het in.")
    return out


PERIOD = re.compile(r"(\d{4}-(?:0[1-9]|1[0-2]))(?:-01(?: 00:00:00)?)?")


def _period_of(text: str) -> str:
    """'2026-03' stays; a period a spreadsheet turned into a date (2026-03-01) becomes 2026-03."""
    m = PERIOD.fullmatch(text)
    return m.group(1) if m else ""


def _periods(df: pd.DataFrame, err: _Errors) -> NDArray[Any]:
    codes, uniques = _factorize(df["period"])
    raw = [str(u).strip() for u in uniques]
    text = np.array([*raw, ""], dtype=object)[codes]
    period = np.array([*map(_period_of, raw), ""], dtype=object)[codes]
    blank = text == ""
    err.add(blank, "period", "dit veld ontbreekt; vul het in.")
    err.add(~blank & (period == ""), "period", "schrijf de periode als jaar-maand, bijvoorbeeld 2026-03.")
    return period


def _lhk(df: pd.DataFrame, err: _Errors) -> NDArray[np.str_]:
    if "loonheffingskorting" not in df:
        return np.full(len(df), "uwv")
    text = _text(df["loonheffingskorting"], lower=True).astype(str)
    blank = text == ""
    ok = np.isin(text, LHK_CHOICES)
    choices = ", ".join(f"'{c}'" for c in LHK_CHOICES)
    err.add(~blank & ~ok, "loonheffingskorting", f"kies een van: {choices}.")
    return np.where(ok, text, "uwv").astype(str)


def _check_with_rates(
    period: NDArray[Any],
    num: dict[str, NDArray[np.float64]],
    has_job: NDArray[np.bool_],
    err: _Errors,
    book: RateBook,
) -> None:
    """What calc.validate.check_situation refuses, per period group."""
    first, last = book.supported_period()
    for p in pd.unique(period[period != ""]):
        rows = period == p
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
            if low.any():
                what = np.where(np.isfinite(num["loonwaarde"]), "functieloon", "uurloon")
                text = np.array(
                    [
                        f"{w} € {h:.2f} is lager dan het minimumloon voor {int(a)} jaar (€ {m:.2f} per uur). "
                        "Met loondispensatie vult u het functieloon in en de loonwaarde apart."
                        if lw
                        else ""
                        for w, h, a, m, lw in zip(what, num["hourly_wage"], age, minimum, low, strict=True)
                    ],
                    dtype=object,
                )
                err.add(low, "hourly_wage", text)


def _require_columns(df: pd.DataFrame) -> None:
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


def _check_job_columns(df: pd.DataFrame, num: dict[str, NDArray[np.float64]], err: _Errors) -> None:
    """One job per row: hours and hourly wage come together; a loonwaarde needs a job."""
    n = len(df)
    raw = {
        c: ~_blank(df[c]) if c in df else np.zeros(n, bool)
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


def validate_rows(df: pd.DataFrame, book: RateBook) -> tuple[Columns | None, NDArray[Any], _Errors]:
    """Parse and check every row; returns (columns of all rows, period per row, errors)."""
    _require_columns(df)
    err = _Errors(len(df))
    period = _periods(df, err)
    num = _numbers(df, err)
    boo = _booleans(df, err)
    lhk = _lhk(df, err)
    _check_job_columns(df, num, err)
    hours, wage, lw = num["hours_per_week"], num["hourly_wage"], num["loonwaarde"]
    has_lw = np.isfinite(lw)
    has_job = np.isfinite(hours) & np.isfinite(wage)
    _check_with_rates(period, num, has_job, err, book)
    # Invalid rows are not computed; give them harmless values so no cast or product overflows.
    ok = ~err.bad
    has_job &= ok

    h = np.where(has_job, hours, 0.0)
    w = np.where(has_job, wage, 0.0)
    dispensed = has_job & has_lw
    paid = job_wage_month(h, w, np.where(dispensed, lw, 1.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        fl = np.where(dispensed, paid / np.where(dispensed, lw, 1.0), 0.0)
    age = np.where(ok, np.nan_to_num(num["age"], nan=0.0), 0.0)
    cols = Columns(
        age=age.astype(np.int64),
        arbeidsvermogen=boo["arbeidsvermogen"],
        garantiebedrag=num["garantiebedrag"],
        wage_regular=np.where(dispensed, 0.0, paid),
        wage_dispensed=np.where(dispensed, paid, 0.0),
        function_wage_dispensed=fl,
        hours_per_week=h,
        other_income=num["other_income_month"],
        partner=boo["partner"],
        partner_income_year=num["partner_income_year"],
        persons=np.where(ok, num["persons"], 1.0).astype(np.int64),
        rent=num["rent"],
        servicekosten=num["servicekosten"],
        assets=num["assets"],
        children=np.where(ok, num["children"], 0.0).astype(np.int64),
        children_12_15=np.where(ok, num["children_12_15"], 0.0).astype(np.int64),
        children_16_17=np.where(ok, num["children_16_17"], 0.0).astype(np.int64),
        loonheffingskorting=lhk,
        toetsingsinkomen_year=num["toetsingsinkomen_year"],
        partner_birth_year=num["partner_birth_year"],
        lives_with_parents=boo["lives_with_parents"],
        kostendelers=np.where(ok, num["kostendelers"], 0.0).astype(np.int64),
        tw_disregard_months_used=np.zeros(len(df)),  # the vrijlating runs (a new job): docs/batch.md
        tw_receives=np.full(len(df), np.nan),
    )
    return cols, period, err


def provisional_column(used: Iterable[Rate]) -> str:
    """The batch's `provisional` cell: `key=status` of each amount not yet official, '; '-separated
    (the parameters the period's calculation used; empty when every amount is official)."""
    return "; ".join(f"{p['parameter']}={p['status']}" for p in provisional_list(used))


def batch_dataframe(df: pd.DataFrame, book: RateBook | None = None) -> pd.DataFrame:
    """One result row per input row: the input columns, then OUTPUTS, provisional, error_field and
    error_nl.

    Invalid rows have empty (NaN) results and a Dutch `error_nl` naming the field; a missing
    required column raises InvalidSituation (the whole file is unusable).
    """
    book = book or load_rates()
    df = df.reset_index(drop=True)
    cols, period, err = validate_rows(df, book)
    assert cols is not None
    n = len(df)
    res = {k: np.full(n, np.nan) for k in OUTPUTS}
    provisional = np.full(n, "", dtype=object)
    good = ~err.bad
    for p in pd.unique(period[good]):
        idx = np.flatnonzero(good & (period == p))
        with recording() as used:
            c = compute_chain(cols.take(idx), book, dt.date(int(p[:4]), int(p[5:]), 1))
        provisional[idx] = provisional_column(used.values())
        parts = {
            **{p.key: p.read(c) for p in NET_PARTS if p.key in OUTPUTS},
            "net_income": c.net_month,
            "net_income_with_settlement": c.net_month_with_settlement,
            "income_tax_year": c.tax.income_tax_year,
            "iack_year": c.tax.iack,
            "settlement_year": c.tax.settlement_year,
            "year_total": c.year_total,
        }
        for k, v in parts.items():
            res[k][idx] = v
    out = df.drop(
        columns=[c for c in (*OUTPUTS, "provisional", "error_field", "error_nl") if c in df.columns]
    )
    extra = pd.DataFrame(res)
    extra["provisional"] = provisional
    extra["error_field"] = err.field
    extra["error_nl"] = err.nl
    return pd.concat([out, extra], axis=1)


def read_table(path: str | Path) -> pd.DataFrame:
    """CSV (comma or semicolon, UTF-8) or Parquet, by the file's extension."""
    p = Path(path)
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            return pd.read_parquet(p)
        return pd.read_csv(
            p,
            sep=";" if _semicolons(p) else ",",
            dtype={"period": str, "loonheffingskorting": str},
            encoding="utf-8",
        )
    except FileNotFoundError:
        raise _file_problem(f"het bestand '{path}' bestaat niet.") from None
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as e:
        raise _file_problem(f"het bestand '{path}' kan niet gelezen worden ({e}).") from None


def _semicolons(p: Path) -> bool:
    """Dutch spreadsheets write CSV with ';' between fields."""
    with p.open("rb") as f:
        head = f.readline()
    return head.count(b";") > head.count(b",")


def _file_problem(message: str) -> InvalidSituation:
    return InvalidSituation([InputProblem("FILE", message, message)])


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    p = Path(path)
    if p.suffix.lower() in (".parquet", ".pq"):
        df.to_parquet(p, index=False)
    else:
        # pyarrow's CSV writer is about 5x faster than pandas' for 250,000 rows (docs/benchmarks.md).
        # Amounts are already rounded to the cent, so the shortest float text has <= 2 decimals.
        try:
            import pyarrow as pa
            import pyarrow.csv as pacsv
        except ImportError:  # pragma: no cover - pyarrow comes with the project's pandas
            df.to_csv(p, index=False, encoding="utf-8")
            return
        try:
            table = pa.Table.from_pandas(df, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # a passed-through column of mixed types
            df.to_csv(p, index=False, encoding="utf-8")
            return
        pacsv.write_csv(table, p)


def run_batch(in_path: str | Path, out_path: str | Path, book: RateBook | None = None) -> dict[str, Any]:
    """Read, compute and write a caseload file; returns counts and timings (seconds)."""
    t0 = time.perf_counter()
    book = book or load_rates()
    df = read_table(in_path)
    t1 = time.perf_counter()
    out = batch_dataframe(df, book)
    t2 = time.perf_counter()
    try:
        write_table(out, out_path)
    except OSError as e:
        raise _file_problem(f"het bestand '{out_path}' kan niet geschreven worden ({e}).") from None
    t3 = time.perf_counter()
    invalid = int((out["error_nl"] != "").sum())
    return {
        "rows": len(out),
        "computed": len(out) - invalid,
        "invalid": invalid,
        "periods": sorted(set(out.loc[out["error_nl"] == "", "period"].astype(str))),
        "provisional_periods": sorted(set(out.loc[out["provisional"] != "", "period"].astype(str))),
        "seconds_read": round(t1 - t0, 3),
        "seconds_compute": round(t2 - t1, 3),
        "seconds_write": round(t3 - t2, 3),
        "seconds_total": round(t3 - t0, 3),
        "output": str(out_path),
    }
