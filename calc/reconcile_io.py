"""Reading the months of a reconcile request: a small CSV, or lines pasted from a spreadsheet or the
betaalspecificatie, and amounts and months as people write them.

`python -m calc reconcile FILE|-` reads JSON (docs/reconcile.md). With `--csv`, or a FILE ending in
`.csv`, FILE holds only the months, one per line:

    period;wage;wajong_paid;holiday_pay
    2026-04;1.300,00;696,08;
    2026-05;1450;696.08;1100

Columns are separated by ';' or ','; amounts may be written "1.234,56", "1234,56" or "1234.56" (with
',' between columns, use a point for cents). Dutch column names are accepted too (periode, loon,
wajong, uren, vakantiegeld). Every value is checked and, when it cannot be read or is implausible,
refused in Dutch naming the field and the line; nothing is guessed or silently changed. The person
then comes from options that mirror the JSON fields (calc/reconcile_cli.py). This module imports no
calculation at load time: the CLI builds its parser on every call.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from calc.errors import InputProblem, InvalidSituation

COLUMNS = {
    "period": "period",
    "periode": "period",
    "maand": "period",
    "wage": "wage",
    "loon": "wage",
    "brutoloon": "wage",
    "wajong_paid": "wajong_paid",
    "wajong": "wajong_paid",
    "wajong_betaald": "wajong_paid",
    "hours": "hours",
    "uren": "hours",
    "holiday_pay": "holiday_pay",
    "vakantiegeld": "holiday_pay",
    "periods": "periods",
    "tijdvakken": "periods",
}
REQUIRED = ("period", "wage", "wajong_paid")
LABELS = {
    "period": "maand",
    "wage": "loon",
    "wajong_paid": "betaalde Wajong",
    "hours": "uren",
    "holiday_pay": "vakantiegeld",
    "periods": "aantal tijdvakken",
}

_PLAIN = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
_AMBIGUOUS = re.compile(r"\d{1,3}[.,]\d{3}")  # 1.234 or 1,234: a thousand, or one and a bit?
_DUTCH = re.compile(r"\d{1,3}(\.\d{3})+(,\d{1,2})?")
_ENGLISH = re.compile(r"\d{1,3}(,\d{3})+(\.\d{1,2})?")


def parse_amount(text: str) -> float:
    """A number as a Dutch or English reader writes it, exactly; raises ValueError (Dutch) otherwise.

    "1.234,56", "1234,56", "1234.56", "1,234.56", "€ 1.234" (thousands with more groups) and "-12" are
    read; "1.234" and "1,234" (a thousand, or 1 and a bit?) and more than two decimals are refused."""
    s = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.removeprefix("-")
    if _PLAIN.fullmatch(s):
        return sign * float(s)
    if _AMBIGUOUS.fullmatch(s):
        whole = s.replace(",", "").replace(".", "")
        # "1,300" would read as one euro thirty to a Dutch reader: ask the one plausible question.
        raise ValueError(
            f"'{text.strip()}' is niet duidelijk: bedoelt u {whole} euro? Schrijf dan {whole},00"
        )
    if _DECIMAL.fullmatch(s):
        return sign * float(s.replace(",", "."))
    if _DUTCH.fullmatch(s):
        return sign * float(s.replace(".", "").replace(",", "."))
    if _ENGLISH.fullmatch(s):
        return sign * float(s.replace(",", ""))
    if re.fullmatch(r"\d+[.,]\d{3,}", s):
        raise ValueError(f"'{text.strip()}' heeft meer dan twee cijfers achter de komma")
    raise ValueError(f"'{text.strip()}' is geen bedrag")


def problem(field: str, nl: str, en: str = "") -> InvalidSituation:
    """One Dutch problem (English when given) as the exception the CLI and the app show."""
    return InvalidSituation([InputProblem(field, nl, en or nl)])


def parse_months_csv(text: str) -> list[dict[str, Any]]:
    """The months of a CSV text as a list of dicts (values as read; checked later with the JSON rules)."""
    return read_months_csv(text)[0]


def read_months_csv(text: str) -> tuple[list[dict[str, Any]], list[int]]:
    """The months and, for each, its line number in the text (for messages). Every cell that cannot
    be read is reported at once, each naming its field and line."""
    return months_from_rows(*_csv_table(text))


Table = tuple[list[str], list[tuple[int, list[str]]], str]  # column names, (line, cells) per row, separator


def _csv_table(text: str) -> Table:
    """A CSV whose first line names the columns; refuses (one Dutch message) what cannot be a table."""
    lines = _lines(text)
    if not lines:
        raise problem(
            "(csv)", "het bestand is leeg. De eerste regel moet de kolommen noemen: period;wage;wajong_paid"
        )
    delimiter = ";" if ";" in lines[0][1] else "\t" if "\t" in lines[0][1] else ","
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in lines)), delimiter=delimiter))
    header = [COLUMNS.get(h.strip().lower()) for h in rows[0]]
    for raw, name in zip(rows[0], header, strict=True):
        if name is None:
            raise problem(
                "(csv)",
                f"de kolom '{raw.strip()}' kennen we niet. Gebruik: period, wage, wajong_paid, hours, "
                "holiday_pay.",
            )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise problem(
            "(csv)",
            f"de kolom '{missing[0]}' ({LABELS[missing[0]]}) ontbreekt. De eerste regel moet de kolommen "
            "noemen, bijvoorbeeld: period;wage;wajong_paid",
        )
    names = [h for h in header if h is not None]
    return names, [(n, row) for (n, _), row in zip(lines[1:], rows[1:], strict=True)], delimiter


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines that are not empty, with their number (1 = the first line of the text)."""
    return [(n, line) for n, line in enumerate(text.removeprefix("\ufeff").splitlines(), 1) if line.strip()]


def read_rows(
    names: list[str], rows: list[tuple[int, list[str]]], delimiter: str = ";"
) -> tuple[list[dict[str, Any]], list[int], list[InputProblem]]:
    """Each row's cells read under the column `names` (period as a month, the rest as amounts): the
    months of the rows that could be read and their lines, and every problem, naming field and line."""
    months, lines, problems = [], [], []
    for i, (line, row) in enumerate(rows):
        while len(row) > len(names) and not row[-1].strip():  # empty cells a spreadsheet adds at the end
            row = row[:-1]
        if len(row) != len(names):
            columns = ", ".join(LABELS[n] for n in names)
            hint = (
                "Staat er een komma in een bedrag? Zet dan ; tussen de kolommen."
                if delimiter == ","
                else "Vul aan wat ontbreekt."
                if len(row) < len(names)
                else "Haal weg wat te veel is."
            )
            problems.append(
                InputProblem(
                    f"months[{i}]",
                    f"regel {line} heeft {len(row)} waarden, maar er zijn {len(names)} kolommen ({columns}). "
                    + hint,
                    f"line {line} has {len(row)} values for {len(names)} columns.",
                )
            )
            continue
        month, wrong = _month(i, line, dict(zip(names, row, strict=True)))
        problems += wrong
        if not wrong:
            months.append(month)
            lines.append(line)
    return months, lines, problems


def months_from_rows(
    names: list[str], rows: list[tuple[int, list[str]]], delimiter: str = ";"
) -> tuple[list[dict[str, Any]], list[int]]:
    """As read_rows, but raises InvalidSituation with every problem when a row cannot be read."""
    months, lines, problems = read_rows(names, rows, delimiter)
    if problems:
        raise InvalidSituation(problems)
    return months, lines


def _month(i: int, line: int, cells: dict[str | None, str]) -> tuple[dict[str, Any], list[InputProblem]]:
    month: dict[str, Any] = {}
    problems = []
    for name, raw in cells.items():
        assert name is not None
        if not raw.strip():
            if name in REQUIRED:
                problems.append(
                    InputProblem(
                        f"months[{i}].{name}",
                        f"{LABELS[name]}: regel {line} is hier leeg. Vul het in.",
                        f"{name}: empty on line {line}.",
                    )
                )
            continue
        try:
            month[name] = parse_period(raw) if name == "period" else parse_amount(raw)
        except ValueError as err:
            example = (
                ""
                if "Schrijf" in str(err)  # the message already says how to write it
                else " Schrijf bijvoorbeeld 2026-04 of april 2026."
                if name == "period"
                else " Schrijf bijvoorbeeld 1234,56 of 1.234,56."
            )
            problems.append(
                InputProblem(
                    f"months[{i}].{name}",
                    f"{LABELS[name]} op regel {line}: {err}.{example}",
                    f"{name}: cannot read '{raw.strip()}' (line {line}).",
                )
            )
            continue
        if name == "periods" and month[name].is_integer():
            month[name] = int(month[name])
    return month, problems


# The month as people write it: 2026-04, 04-2026, 4/2026, april 2026, apr 2026, mrt. 2026, or the first
# day of the month as a spreadsheet may turn it into a date (2026-04-01, 1-4-2026).
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})(?:[-/]0?1)?")
_MONTH_YEAR = re.compile(r"(?:0?1[-/])?(\d{1,2})[-/](\d{4})")
_NAME_YEAR = re.compile(r"([a-z]+)\.?[\s-]*(\d{4})")
SHORT_MONTHS = {"mrt": 3, "sept": 9}  # short Dutch names that are not the first three letters


def month_number(word: str) -> int | None:
    """'april', 'apr', 'mrt', 'March', 'mei' -> the month's number; None when it is no month. The
    names come from calc.months (Dutch and English), short names are their first three letters."""
    from calc.months import month_name_en, month_name_nl

    w = word.lower()
    for n in range(1, 13):
        names = (month_name_nl(n), month_name_en(n).lower())
        if w in names or w in (x[:3] for x in names):
            return n
    return SHORT_MONTHS.get(w)


def parse_period(text: str) -> str:
    """A month as 'YYYY-MM', from the ways people and spreadsheets write it; raises ValueError (Dutch).

    Nothing is guessed: a two-digit year, a day other than the 1st, or a month number above 12 is
    refused. A month outside the supported years is left to the core's check (with its message)."""
    s = text.strip().lower()
    year = month = None
    if m := _YEAR_MONTH.fullmatch(s):
        year, month = int(m[1]), int(m[2])
    elif m := _MONTH_YEAR.fullmatch(s):
        year, month = int(m[2]), int(m[1])
    elif (m := _NAME_YEAR.fullmatch(s)) and month_number(m[1]):
        year, month = int(m[2]), month_number(m[1])
    if year is None or month is None or not 1 <= month <= 12:
        raise ValueError(f"'{text.strip()}' is geen maand die wij kunnen lezen")
    return f"{year:04d}-{month:02d}"


def parse_pasted_months(text: str, start: str | None = None) -> tuple[list[dict[str, Any]], list[int]]:
    """Months pasted from a spreadsheet or the betaalspecificatie, with or without a first line that
    names the columns; columns separated by tabs or ';'. Without names: month; wage; Wajong paid (three
    columns), or wage; Wajong paid (two columns) for consecutive months from `start` ('YYYY-MM').
    Returns the months and their line numbers; raises InvalidSituation in Dutch naming the line."""
    return months_from_rows(*_pasted_table(text, start))


def read_pasted_months(
    text: str, start: str | None = None
) -> tuple[list[dict[str, Any]], list[int], list[InputProblem]]:
    """As parse_pasted_months, but returns the months that could be read (with their lines) and the
    problems of the others, so that the readable months can be checked too and every problem is told
    at once. A text that is no table at all still raises InvalidSituation."""
    return read_rows(*_pasted_table(text, start))


def _pasted_table(text: str, start: str | None) -> Table:
    lines = _lines(text)
    if not lines:
        raise problem("(maanden)", "er staan nog geen maanden in. Plak of typ één maand per regel.")
    line0 = lines[0][0]
    delimiter, cells = _first_cells(lines)
    if delimiter is None:
        raise problem(
            "(maanden)",
            f"regel {line0}: wij zien maar één kolom. Zet een tab of ; tussen de maand, het loon en de "
            "Wajong. Komt het uit Excel? Kopieer dan de kolommen samen.",
            f"line {line0}: only one column; separate the columns with a tab or ';'.",
        )
    rows = [(n, [c.strip() for c in line.split(delimiter)]) for n, line in lines]
    if any(c.lower() in COLUMNS for c in cells):  # a first line that names the columns
        return _csv_table(text)
    if len(cells) == 2 and _is_period(cells[0]):
        raise problem(
            "(maanden)",
            f"regel {line0} heeft een maand en één bedrag. Plak ook de Wajong die UWV betaalde: maand, "
            "loon, Wajong.",
            f"line {line0} has a month and one amount; add the Wajong paid.",
        )
    if len(cells) not in (2, 3):
        raise problem(
            "(maanden)",
            f"regel {line0} heeft {len(cells)} kolommen. Plak drie kolommen (maand, loon, Wajong) of twee "
            "(loon, Wajong). Heeft u meer kolommen? Zet dan op de eerste regel hun namen, bijvoorbeeld: "
            "maand;loon;wajong;vakantiegeld",
            f"line {line0} has {len(cells)} columns; paste three (month, wage, Wajong) or two.",
        )
    names = ["period", "wage", "wajong_paid"]
    if len(cells) == 3:
        return names, rows, delimiter
    if start is None:
        raise problem(
            "(maanden)",
            "er staat geen maand vooraan. Zet de maand in de eerste kolom, of kies de eerste maand.",
            "no month in the first column; add one or choose the first month.",
        )
    return names, [(n, [_month_after(start, k), *row]) for k, (n, row) in enumerate(rows)], delimiter


def _first_cells(lines: list[tuple[int, str]]) -> tuple[str | None, list[str]]:
    """The first line's separator (tab or ';', None when neither) and its cells, without the empty
    cells a spreadsheet adds at the end."""
    first = lines[0][1]
    delimiter = "\t" if "\t" in first else ";" if ";" in first else None
    cells = [c.strip() for c in (first.split(delimiter) if delimiter else [first])]
    while len(cells) > 1 and not cells[-1]:
        cells = cells[:-1]
    return delimiter, cells


def needs_first_month(text: str) -> bool:
    """Pasted lines of two columns without a month (wage; Wajong paid): the months then run from a
    first month the user chooses (parse_pasted_months' `start`)."""
    lines = _lines(text)
    if not lines:
        return False
    delimiter, cells = _first_cells(lines)
    header = any(c.lower() in COLUMNS for c in cells)
    return delimiter is not None and len(cells) == 2 and not header and not _is_period(cells[0])


def _is_period(text: str) -> bool:
    try:
        parse_period(text)
    except ValueError:
        return False
    return True


def _month_after(start: str, k: int) -> str:
    n = int(start[:4]) * 12 + int(start[5:7]) - 1 + k
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def with_lines(problems: list[InputProblem], lines: list[int]) -> list[InputProblem]:
    """A CSV user thinks in lines: 'months[3].wage' also says '(regel 5)'."""
    out = []
    for p in problems:
        m = re.match(r"months\[(\d+)\]", p.field)
        if m and int(m[1]) < len(lines) and "regel" not in p.message_nl:
            p = InputProblem(p.field, f"{p.message_nl.rstrip('.')} (regel {lines[int(m[1])]}).", p.message_en)
        out.append(p)
    return out
