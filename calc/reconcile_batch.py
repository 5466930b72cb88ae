"""Klopt mijn Wajong? for a caseload (issue 21, item 5): many letters at once, one row per person.

Input: one row per person per month (CSV with ';' or ',', or Parquet): `person` (a number or name that
ties a person's rows together), the person's `age` and `arbeidsvermogen` (optional `garantiebedrag`,
`loonwaarde`, `pay_period`, `reclaimed`, `letter_date`, `repayment`: on every row of the person or on
one of them), and per month `period`, `wage`, `wajong_paid` (optional `hours`, `holiday_pay`,
`periods`). Dutch column names and Dutch amounts ("1.234,56") are read as in the single check
(calc.reconcile_io). Output: one row per person (docs/reconcile.md, "A caseload").

Every person goes through the single check's own request model and checks
(calc.reconcile_input.parse_reconcile_request, check_request); a person with any row that cannot be
read or is implausible gets a Dutch `error_nl` naming the line (and no amounts), never a guess: a
person is never computed on part of their months, never dropped, never merged with another (a month
twice, or two different ages, is refused). The Wajong due of all months of all persons is computed
at once, one `compute_wajong` call per rate day (the single check makes one call per month); the
causes are looked for, with the single check's own functions (calc.reconcile_causes.likely_causes and
calc.reconcile_summary.most_likely_cause), only for the persons whose letter differs.
tests/test_reconcile_batch.py proves every row equals the single check.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from calc.batch_io import write_table
from calc.benefit import compute_wajong
from calc.columns import Columns
from calc.errors import InputProblem, InvalidSituation, os_reason
from calc.money import round_cents
from calc.rates import RateBook, load_rates, recording
from calc.reconcile_advice import bezwaar_deadline, gross_or_net, reclaim_by_year
from calc.reconcile_causes import likely_causes
from calc.reconcile_input import (
    ReconcileRequest,
    check_request,
    month_columns,
    months_of,
    parse_reconcile_request,
    wajong_due,
)
from calc.reconcile_io import LABELS as MONTH_LABELS
from calc.reconcile_io import parse_amount, parse_period
from calc.reconcile_summary import most_likely_cause
from calc.situation import FALSE_WORDS, TRUE_WORDS

# Column names as a caseload file may write them -> the field they fill.
ALIASES = {
    **{k: "person" for k in ("person", "persoon", "client", "cliënt", "clientnummer", "id")},
    **{k: "period" for k in ("period", "periode", "maand")},
    **{k: "wage" for k in ("wage", "loon", "brutoloon")},
    **{k: "wajong_paid" for k in ("wajong_paid", "wajong", "wajong_betaald")},
    **{k: "hours" for k in ("hours", "uren")},
    **{k: "holiday_pay" for k in ("holiday_pay", "vakantiegeld")},
    **{k: "periods" for k in ("periods", "tijdvakken")},
    **{k: "age" for k in ("age", "leeftijd")},
    "arbeidsvermogen": "arbeidsvermogen",
    "garantiebedrag": "garantiebedrag",
    "loonwaarde": "loonwaarde",
    **{k: "pay_period" for k in ("pay_period", "loontijdvak")},
    **{k: "reclaimed" for k in ("reclaimed", "terugvordering", "teruggevraagd")},
    **{k: "letter_date" for k in ("letter_date", "datum_brief", "briefdatum")},
    **{k: "repayment" for k in ("repayment", "terugbetalen")},
}
REQUIRED = ("person", "period", "wage", "wajong_paid", "age", "arbeidsvermogen")
MONTH_FIELDS = ("period", "wage", "wajong_paid", "hours", "holiday_pay", "periods")
PERSON_FIELDS = (
    "age", "arbeidsvermogen", "garantiebedrag", "loonwaarde", "pay_period", "reclaimed", "letter_date",
    "repayment",
)  # fmt: skip
LABELS = {
    **MONTH_LABELS,
    "person": "persoon",
    "age": "leeftijd",
    "arbeidsvermogen": "arbeidsvermogen (ja of nee)",
    "garantiebedrag": "garantiebedrag",
    "loonwaarde": "loonwaarde",
    "pay_period": "loon per maand of per vier weken",
    "reclaimed": "bedrag dat UWV terugvraagt",
    "letter_date": "datum van de brief",
    "repayment": "terugbetalen of verrekenen",
}
WORDS = {
    "pay_period": {
        "month": "month",
        "maand": "month",
        "four_weeks": "four_weeks",
        "vier_weken": "four_weeks",
    },
    "repayment": {"pay": "pay", "betalen": "pay", "offset": "offset", "verrekenen": "offset"},
}
OUTPUTS = (
    "person", "line", "months", "first_period", "last_period", "due", "paid", "difference", "reclaimed",
    "expected", "gap", "matches", "cause", "gross_or_net", "bezwaar_deadline", "provisional", "error_field",
    "error_nl",
)  # fmt: skip
_DATE_NL = re.compile(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})")


# ------------------------------------------------------------------------------ reading cells


def parse_letter_date(text: str) -> str:
    """'2026-11-10' or, as a Dutch spreadsheet writes it, '10-11-2026' / '10/11/2026' -> ISO date."""
    s = text.strip()
    m = _DATE_NL.fullmatch(s)
    try:
        day = dt.date(int(m[3]), int(m[2]), int(m[1])) if m else dt.date.fromisoformat(s)
    except ValueError:
        raise ValueError(f"'{s}' is geen datum. Schrijf bijvoorbeeld 2026-11-10 of 10-11-2026") from None
    return day.isoformat()


def parse_cell(name: str, text: str) -> Any:
    """One cell as the request model reads it; raises ValueError with a Dutch message."""
    if name == "period":
        return parse_period(text)
    if name == "letter_date":
        return parse_letter_date(text)
    if name == "person":
        return text
    if name == "arbeidsvermogen":
        word = text.lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError(f"'{text}' is geen ja of nee. Vul true (ja) of false (nee) in")
        return word in TRUE_WORDS
    if name in WORDS:
        if text.lower() not in WORDS[name]:
            raise ValueError(f"'{text}' kennen we niet. Kies een van: {', '.join(sorted(set(WORDS[name])))}")
        return WORDS[name][text.lower()]
    value = parse_amount(text)
    if name in ("age", "periods") and value.is_integer():
        return int(value)
    return value


@dataclass
class Cells:
    """Every cell read: the value per row and column (None when empty), and the problems per row."""

    values: dict[str, list[Any]]
    problems: list[list[InputProblem]]
    lines: list[int]


def read_cells(df: pd.DataFrame, first_line: int) -> Cells:
    """Each column read once per distinct text (fast on a large file); a cell that cannot be read is a
    Dutch problem on its row, naming the line and the column."""
    n = len(df)
    problems: list[list[InputProblem]] = [[] for _ in range(n)]
    lines = [first_line + i for i in range(n)]
    values: dict[str, list[Any]] = {}
    for name in df.columns:
        codes, uniques = pd.factorize(df[name], use_na_sentinel=True)  # empty (NaN) cells: code -1
        parsed: list[Any] = []
        for text in map(_as_text, uniques):
            try:
                parsed.append(parse_cell(name, text) if text else None)
            except ValueError as err:
                parsed.append(err)
        column = [parsed[c] if c >= 0 else None for c in codes]
        for i, v in enumerate(column):
            if isinstance(v, ValueError):
                problems[i].append(_problem(name, lines[i], f"{v}."))
                column[i] = None
        values[name] = column
    return Cells(values, problems, lines)


def _as_text(v: Any) -> str:
    """A cell as text: CSV cells are text already; Parquet numbers are written without an exponent."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, bool | np.bool_):
        return "true" if v else "false"
    if isinstance(v, float | np.floating):
        return f"{float(v):.2f}".rstrip("0").rstrip(".") if abs(v) < 1e12 else str(v)
    if isinstance(v, dt.date | pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    return str(v).strip()


def _problem(name: str, line: int | None, text: str) -> InputProblem:
    where = f"regel {line}: " if line is not None else ""
    return InputProblem(name, f"{where}{LABELS.get(name, name)}: {text}", f"{where}{name}: {text}")


# ------------------------------------------------------------------------------ persons


@dataclass
class Person:
    key: str
    rows: list[int]
    problems: list[InputProblem] = field(default_factory=list)
    request: ReconcileRequest | None = None


def persons_of(cells: Cells) -> list[Person]:
    """The persons in order of their first row; a row without a person is a person of its own (refused)."""
    people: dict[str, Person] = {}
    out: list[Person] = []
    for i, key in enumerate(cells.values["person"]):
        if key is None:
            out.append(Person("", [i], [_problem("person", cells.lines[i], "vul een nummer of naam in.")]))
            continue
        if key not in people:
            people[key] = Person(key, [])
            out.append(people[key])
        people[key].rows.append(i)
    return out


def person_request(p: Person, cells: Cells, book: RateBook) -> None:
    """The person's request, through the single check's model and checks; every problem names its line.
    The rows that could be read are checked too when others could not (so that every problem is told
    at once), but a person is only computed when nothing at all is wrong: never on part of the months."""
    p.problems += [q for i in p.rows for q in cells.problems[i]]
    raw: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        if name not in cells.values:
            continue
        seen = {i: cells.values[name][i] for i in p.rows if cells.values[name][i] is not None}
        if len(set(seen.values())) > 1:
            found = "; ".join(f"regel {cells.lines[i]}: {v}" for i, v in seen.items())
            p.problems.append(_problem(name, None, f"verschilt tussen de regels van deze persoon ({found})."))
        elif seen:
            raw[name] = next(iter(seen.values()))
    missing = [n for n in ("age", "arbeidsvermogen") if n not in raw]
    for name in missing:
        if not any(q.field == name for q in p.problems):
            p.problems.append(_problem(name, cells.lines[p.rows[0]], "dit veld ontbreekt; vul het in."))
    readable = [i for i in p.rows if not cells.problems[i]]
    if missing or not readable:
        return
    raw["months"] = [
        {k: cells.values[k][i] for k in MONTH_FIELDS if k in cells.values and cells.values[k][i] is not None}
        for i in readable
    ]
    raw["wajong"] = {
        "arbeidsvermogen": raw.pop("arbeidsvermogen"),
        "garantiebedrag": raw.pop("garantiebedrag", None),
    }
    try:
        req = parse_reconcile_request(raw)
        check_request(req, book)
    except InvalidSituation as err:
        p.problems += [_with_line(q, readable, cells) for q in err.problems]
        return
    if not p.problems:
        p.request = req


def _with_line(q: InputProblem, rows: list[int], cells: Cells) -> InputProblem:
    """The single check's message, with the line of the month it names ('months[2].wage' -> 'regel 7');
    `rows`: the rows that were checked, in order."""
    m = re.match(r"months\[(\d+)\](?:\.(\w+))?", q.field)
    name = q.field.removeprefix("wajong.")
    if m and int(m[1]) < len(rows):
        line = cells.lines[rows[int(m[1])]]
        return InputProblem(m[2] or "period", f"regel {line}: {q.message_nl}", f"line {line}: {q.message_en}")
    return InputProblem(name, q.message_nl, q.message_en)


# ------------------------------------------------------------------------------ the check


@dataclass
class Due:
    """The Wajong due of every month of every person that could be checked, computed at once."""

    wajong: np.ndarray  # per month, rounded to the cent, in the persons' order
    starts: list[int]  # where each person's months begin in `wajong`
    provisional: dict[dt.date, str]  # per rate day: the parameters used that are not yet official


def due_for_all(people: list[Person], book: RateBook) -> Due:
    """compute_wajong once per rate day over all months of all persons (the single check's
    calc.reconcile_input.wajong_due does it per person): each month with the rates of its first day."""
    from calc.batch import provisional_column

    parts, days, starts, k = [], [], [], 0
    for p in people:
        assert p.request is not None
        ms = months_of(p.request, book)
        parts.append(month_columns(p.request, ms.income_wage))
        days += ms.days
        starts.append(k)
        k += len(ms.days)
    cols = Columns.concat(parts)
    wajong = np.zeros(k)
    provisional = {}
    day_of = np.array([d.toordinal() for d in days])
    for day in sorted(set(days)):
        idx = np.flatnonzero(day_of == day.toordinal())
        with recording() as used:
            wajong[idx] = compute_wajong(cols.take(idx), book, day).wajong
        provisional[day] = provisional_column(used.values())
    return Due(wajong, starts, provisional)


def person_row(p: Person, cells: Cells, due: np.ndarray, book: RateBook) -> dict[str, Any]:
    """One output row: the totals as the single check computes them (calc.reconcile), whether the
    letter matches, and, when it does not, the single check's own answer for the cause."""
    req = p.request
    assert req is not None
    ms = months_of(req, book)
    diff = round_cents(due - ms.paid)
    difference = float(round_cents(diff.sum()))
    expected = float(round_cents(-difference)) + 0.0
    tolerance = float(book.value("reconcile.match_tolerance", ms.days[-1]))
    row = _base(p, cells) | {
        "due": float(round_cents(due.sum())),
        "paid": float(round_cents(ms.paid.sum())),
        "difference": difference,
        "reclaimed": req.reclaimed,
        "expected": expected,
    }
    if req.reclaimed is not None:
        row["gap"] = float(round_cents(req.reclaimed - expected)) + 0.0
        row["matches"] = abs(row["gap"]) <= tolerance
        if not row["matches"]:  # the single check's causes and choice (calc.reconcile_summary)
            exact = wajong_due(req, ms.income_wage, ms.days, book)
            causes = likely_causes(req, ms, exact, book, tolerance)
            reclaim = {"matches": False, "causes": causes, "gap": row["gap"], "tolerance": tolerance}
            row["cause"] = (most_likely_cause(reclaim) or {}).get("cause")
    row["gross_or_net"] = gross_or_net(req, reclaim_by_year(req, ms, diff))["rule"]
    deadline = bezwaar_deadline(req, book)
    row["bezwaar_deadline"] = deadline.isoformat() if deadline else None
    return row


def _base(p: Person, cells: Cells) -> dict[str, Any]:
    periods = [cells.values["period"][i] for i in p.rows]
    known = [x for x in periods if x is not None]
    return {
        "person": p.key,
        "line": cells.lines[p.rows[0]],
        "months": len(p.rows),
        "first_period": known[0] if known else None,
        "last_period": known[-1] if known else None,
    }


def reconcile_caseload(df: pd.DataFrame, book: RateBook | None = None, first_line: int = 2) -> pd.DataFrame:
    """One row per person (OUTPUTS), in the order of their first row. `first_line`: the line number
    of the first data row (2 in a CSV with a header line), for the messages."""
    book = book or load_rates()
    df = _canonical(df.reset_index(drop=True))
    cells = read_cells(df, first_line)
    people = persons_of(cells)
    for p in people:
        if not p.problems:
            person_request(p, cells, book)
    ok = [p for p in people if p.request is not None]
    due = due_for_all(ok, book) if ok else Due(np.zeros(0), [], {})
    rows = []
    done = {id(p): k for k, p in enumerate(ok)}
    for p in people:
        if id(p) not in done:
            fields = dict.fromkeys(q.field for q in p.problems)
            rows.append(_base(p, cells) | {"error_field": ",".join(fields), "error_nl": " ".join(
                q.message_nl for q in p.problems)})  # fmt: skip
            continue
        k = done[id(p)]
        start, n = due.starts[k], len(p.rows)
        row = person_row(p, cells, due.wajong[start : start + n], book)
        days = {m.first_day for m in p.request.months}  # type: ignore[union-attr]
        row["provisional"] = "; ".join(sorted({x for d in days for x in due.provisional[d].split("; ") if x}))
        rows.append(row)
    out = pd.DataFrame(rows, columns=OUTPUTS)
    out["matches"] = out["matches"].astype("boolean")
    for name in ("cause", "gross_or_net", "bezwaar_deadline", "provisional", "error_field", "error_nl"):
        out[name] = out[name].astype(object).where(out[name].notna(), "")
    return out


def _canonical(df: pd.DataFrame) -> pd.DataFrame:
    """The columns under their field names; a column we do not know, or a required one missing, makes
    the whole file unusable (one Dutch message): an unknown column would otherwise be silently left out."""
    names = {c: ALIASES.get(str(c).strip().lower()) for c in df.columns}
    unknown = [str(c) for c, n in names.items() if n is None]
    if unknown:
        known = ", ".join(dict.fromkeys(ALIASES.values()))
        raise InvalidSituation(
            [InputProblem(unknown[0], f"de kolom '{unknown[0]}' kennen we niet. Gebruik: {known}.", "")]
        )
    twice = [n for n in set(names.values()) if list(names.values()).count(n) > 1]
    missing = [c for c in REQUIRED if c not in names.values()]
    if twice or missing:
        what = (
            f"de kolom '{twice[0]}' staat er twee keer in" if twice else f"de kolom '{missing[0]}' ontbreekt"
        )
        raise InvalidSituation(
            [InputProblem((twice or missing)[0], f"{what}. Verplicht: {', '.join(REQUIRED)}.", "")]
        )
    return df.rename(columns=names)


# ------------------------------------------------------------------------------ files


def read_caseload(path: str | Path) -> tuple[pd.DataFrame, int]:
    """A caseload file (CSV with ';' or ',', UTF-8; or Parquet) with every CSV cell as text, so that
    Dutch amounts are read by calc's own parse_amount; and the line number of its first data row.

    The CSV goes through the batch's strict reader (issue 19): an unclosed quote or a wrong number of
    cells can never merge two lines into one row. A line it cannot read refuses the whole file, with
    every such line named: it may hold a month of anyone, and no one is checked on part of their
    months."""
    from calc.batch_io import ROW_ERRORS, read_csv_bytes, read_table

    p = Path(path)
    if p.suffix.lower() in (".parquet", ".pq"):
        return read_table(p), 1
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InvalidSituation([InputProblem("FILE", f"het bestand '{path}' bestaat niet.", "")]) from None
    except OSError as e:
        message = f"het bestand '{path}' kan niet gelezen worden: {os_reason(e)}."
        raise InvalidSituation([InputProblem("FILE", message, message)]) from None
    df = read_csv_bytes(data, str(path), text=True)
    unread = [m for m in df.attrs.get(ROW_ERRORS, []) if m]
    if unread:
        raise InvalidSituation([InputProblem("FILE", m, m) for m in unread])
    return df, 2


def run_reconcile_batch(
    in_path: str | Path, out_path: str | Path, book: RateBook | None = None
) -> dict[str, Any]:
    """Read, check and write a caseload; returns counts and timings (seconds)."""
    t0 = time.perf_counter()
    df, first_line = read_caseload(in_path)
    t1 = time.perf_counter()
    out = reconcile_caseload(df, book, first_line)
    t2 = time.perf_counter()
    try:
        write_table(out, out_path)
    except OSError as e:
        message = f"het bestand '{out_path}' kan niet geschreven worden ({e})."
        raise InvalidSituation([InputProblem("-o", message, message)]) from None
    invalid = int((out["error_nl"] != "").sum())
    return {
        "rows": len(df),
        "persons": len(out),
        "checked": len(out) - invalid,
        "invalid": invalid,
        "letters": int(out["matches"].notna().sum()),
        "letters_differ": int((out["matches"] == False).sum()),  # noqa: E712 (nullable boolean)
        "seconds_read": round(t1 - t0, 3),
        "seconds_check": round(t2 - t1, 3),
        "output": str(out_path),
    }
