"""Reading a reconcile request: JSON, or a small CSV of months plus command-line options.

`python -m calc reconcile FILE|-` reads JSON (docs/reconcile.md). With `--csv`, or a FILE ending in
`.csv`, FILE holds only the months, one per line:

    period;wage;wajong_paid;holiday_pay
    2026-04;1.300,00;696,08;
    2026-05;1450;696.08;1100

Columns are separated by ';' or ','; amounts may be written "1.234,56", "1234,56" or "1234.56" (with
',' between columns, use a point for cents). Dutch column names are accepted too (periode, loon,
wajong, uren, vakantiegeld). Every value is checked and, when it cannot be read or is implausible,
refused in Dutch naming the field and the line; nothing is guessed or silently changed. The person
comes from options that mirror the JSON fields (--age, --no-arbeidsvermogen, --garantiebedrag, ...).

This module imports no calculation at load time: the CLI builds its parser from it on every call.
"""

from __future__ import annotations

import argparse
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


def _problem(field: str, nl: str, en: str = "") -> InvalidSituation:
    return InvalidSituation([InputProblem(field, nl, en or nl)])


def parse_months_csv(text: str) -> list[dict[str, Any]]:
    """The months of a CSV text as a list of dicts (values as read; checked later with the JSON rules)."""
    return read_months_csv(text)[0]


def read_months_csv(text: str) -> tuple[list[dict[str, Any]], list[int]]:
    """The months and, for each, its line number in the text (for messages). Every cell that cannot
    be read is reported at once, each naming its field and line."""
    lines = _lines(text)
    if not lines:
        raise _problem(
            "(csv)", "het bestand is leeg. De eerste regel moet de kolommen noemen: period;wage;wajong_paid"
        )
    delimiter = ";" if ";" in lines[0][1] else "\t" if "\t" in lines[0][1] else ","
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in lines)), delimiter=delimiter))
    header = [COLUMNS.get(h.strip().lower()) for h in rows[0]]
    for raw, name in zip(rows[0], header, strict=True):
        if name is None:
            raise _problem(
                "(csv)",
                f"de kolom '{raw.strip()}' kennen we niet. Gebruik: period, wage, wajong_paid, hours, "
                "holiday_pay.",
            )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise _problem(
            "(csv)",
            f"de kolom '{missing[0]}' ({LABELS[missing[0]]}) ontbreekt. De eerste regel moet de kolommen "
            "noemen, bijvoorbeeld: period;wage;wajong_paid",
        )
    names = [h for h in header if h is not None]
    return months_from_rows(names, [(n, row) for (n, _), row in zip(lines[1:], rows[1:], strict=True)])


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines that are not empty, with their number (1 = the first line of the text)."""
    return [(n, line) for n, line in enumerate(text.removeprefix("\ufeff").splitlines(), 1) if line.strip()]


def months_from_rows(
    names: list[str], rows: list[tuple[int, list[str]]]
) -> tuple[list[dict[str, Any]], list[int]]:
    """Each row's cells read under the column `names` (period as a month, the rest as amounts); raises
    InvalidSituation with every problem, each naming the field and the line."""
    months, problems = [], []
    for i, (line, row) in enumerate(rows):
        while len(row) > len(names) and not row[-1].strip():  # empty cells a spreadsheet adds at the end
            row = row[:-1]
        if len(row) != len(names):
            problems.append(
                InputProblem(
                    f"months[{i}]",
                    f"regel {line} heeft {len(row)} waarden, maar er zijn {len(names)} kolommen. Staat er "
                    "een komma in een bedrag? Zet dan ; tussen de kolommen.",
                    f"line {line} has {len(row)} values for {len(names)} columns.",
                )
            )
            continue
        month, wrong = _month(i, line, dict(zip(names, row, strict=True)))
        months.append(month)
        problems += wrong
    if problems:
        raise InvalidSituation(problems)
    return months, [line for line, _ in rows]


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
    lines = _lines(text)
    if not lines:
        raise _problem("(maanden)", "er staan nog geen maanden in. Plak of typ één maand per regel.")
    line0 = lines[0][0]
    delimiter, cells = _first_cells(lines)
    if delimiter is None:
        raise _problem(
            "(maanden)",
            f"regel {line0}: wij zien maar één kolom. Zet een tab of ; tussen de maand, het loon en de "
            "Wajong. Komt het uit Excel? Kopieer dan de kolommen samen.",
            f"line {line0}: only one column; separate the columns with a tab or ';'.",
        )
    rows = [(n, [c.strip() for c in line.split(delimiter)]) for n, line in lines]
    if any(c.lower() in COLUMNS for c in cells):  # a first line that names the columns
        return read_months_csv(text)
    if len(cells) == 2 and _is_period(cells[0]):
        raise _problem(
            "(maanden)",
            f"regel {line0} heeft een maand en één bedrag. Plak ook de Wajong die UWV betaalde: maand, "
            "loon, Wajong.",
            f"line {line0} has a month and one amount; add the Wajong paid.",
        )
    if len(cells) not in (2, 3):
        raise _problem(
            "(maanden)",
            f"regel {line0} heeft {len(cells)} kolommen. Plak drie kolommen (maand, loon, Wajong) of twee "
            "(loon, Wajong). Heeft u meer kolommen? Zet dan op de eerste regel hun namen, bijvoorbeeld: "
            "maand;loon;wajong;vakantiegeld",
            f"line {line0} has {len(cells)} columns; paste three (month, wage, Wajong) or two.",
        )
    if len(cells) == 3:
        return months_from_rows(["period", "wage", "wajong_paid"], rows)
    if start is None:
        raise _problem(
            "(maanden)",
            "er staat geen maand vooraan. Zet de maand in de eerste kolom, of kies de eerste maand.",
            "no month in the first column; add one or choose the first month.",
        )
    dated = [(n, [_month_after(start, k), *row]) for k, (n, row) in enumerate(rows)]
    return months_from_rows(["period", "wage", "wajong_paid"], dated)


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


# --------------------------------------------------------------------------------------- CLI


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `reconcile`; they mirror the JSON fields (for a CSV, which has only the months)."""
    p.add_argument("--csv", action="store_true", help="FILE is een CSV met maanden (ook bij de naam *.csv)")
    p.add_argument("--age", default=None, help="leeftijd")
    p.add_argument(
        "--no-arbeidsvermogen",
        action="store_true",
        help="Wajong zonder arbeidsvermogen (duurzaam geen arbeidsvermogen)",
    )
    p.add_argument("--garantiebedrag", default=None, help="garantiebedrag per maand uit de brief van UWV")
    p.add_argument("--loonwaarde", default=None, help="loonwaarde bij loondispensatie, bijvoorbeeld 0,5")
    p.add_argument("--reclaimed", default=None, help="bedrag dat UWV terugvraagt (bruto, uit de brief)")
    p.add_argument("--letter-date", default=None, help="datum van de brief van UWV (JJJJ-MM-DD)")
    p.add_argument("--repayment", choices=["pay", "offset"], default=None, help="zelf betalen of verrekenen")
    p.add_argument("--repayment-year", default=None, help="jaar waarin u terugbetaalt")
    p.add_argument(
        "--pay-period", choices=["month", "four_weeks"], default=None, help="loon per maand of 4 weken"
    )
    p.add_argument(
        "--pdf", default=None, metavar="OUT.pdf", help="schrijf ook de PDF 'Controle van uw Wajong'"
    )
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="taal van de PDF")
    p.add_argument("--name", default=None, help="naam op de PDF (optioneel)")
    p.add_argument(
        "--batch",
        action="store_true",
        help="FILE is een caseload: één regel per persoon per maand (CSV of Parquet)",
    )
    p.add_argument("-o", "--output", default=None, help="bij --batch: uitvoerbestand, één regel per persoon")


def _options(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("age", "letter_date", "repayment", "repayment_year", "pay_period"):
        if getattr(args, name, None) is not None:
            out[name] = getattr(args, name)
    for name in ("reclaimed", "loonwaarde"):
        raw = getattr(args, name, None)
        if raw is not None:
            try:
                out[name] = parse_amount(raw)
            except ValueError as err:
                raise _problem(f"--{name}", f"{err}. Schrijf bijvoorbeeld 1234,56.") from None
    garantie = getattr(args, "garantiebedrag", None)
    if getattr(args, "no_arbeidsvermogen", False) or garantie is not None:
        wajong: dict[str, Any] = {"arbeidsvermogen": not getattr(args, "no_arbeidsvermogen", False)}
        if garantie is not None:
            try:
                wajong["garantiebedrag"] = parse_amount(garantie)
            except ValueError as err:
                raise _problem("--garantiebedrag", f"{err}. Schrijf bijvoorbeeld 1200,00.") from None
        out["wajong"] = wajong
    return out


def is_csv(args: argparse.Namespace, name: str) -> bool:
    return bool(getattr(args, "csv", False)) or name.lower().endswith(".csv")


def request_data(text: str, args: argparse.Namespace, name: str) -> dict[str, Any]:
    """The raw request from FILE's text and the options; an option may not repeat a field of the file."""
    from calc.validate import load_json

    options = _options(args)
    if is_csv(args, name):
        data: dict[str, Any] = {
            "wajong": {"arbeidsvermogen": True},
            **options,
            "months": parse_months_csv(text),
        }
        if "age" not in data:
            raise _problem("--age", "leeftijd: geef uw leeftijd met --age, bijvoorbeeld --age 25.")
        return data
    raw = load_json(text)
    if not isinstance(raw, dict):
        return raw  # type: ignore[no-any-return]  # parse_reconcile_request refuses it in Dutch
    for key in options:
        if key in raw:
            flag = (
                "--no-arbeidsvermogen/--garantiebedrag" if key == "wajong" else f"--{key.replace('_', '-')}"
            )
            raise _problem(flag, f"'{key}' staat al in het bestand. Geef het maar één keer.")
    return {**raw, **options}


def batch_command(args: argparse.Namespace) -> dict[str, Any]:
    """`reconcile --batch IN -o OUT`: a caseload, one output row per person (calc.reconcile_batch)."""
    from calc.reconcile_batch import run_reconcile_batch

    if not args.output:
        raise _problem("-o", "geef met -o aan waar de uitkomst komt, bijvoorbeeld -o uitkomst.csv.")
    if args.file == "-":
        raise _problem("FILE", "bij --batch leest de rekenhulp een bestand (CSV of Parquet), niet stdin.")
    extra = [f"--{k.replace('_', '-')}" for k in _options(args)] + (["--pdf"] if args.pdf else [])
    extra += ["--csv"] if args.csv else []
    if extra:
        raise _problem(
            extra[0], f"{extra[0]} geldt niet bij --batch: dat staat per persoon in het bestand (kolommen)."
        )
    return run_reconcile_batch(args.file, args.output)


def reconcile_command(text: str, args: argparse.Namespace) -> dict[str, Any]:
    """The check as JSON (printed by the CLI); with --pdf also the PDF, written where it is told. The
    JSON is the same with or without --pdf."""
    from calc.reconcile import parse_reconcile_request, reconcile

    if getattr(args, "output", None):
        raise _problem(
            "-o", "-o hoort bij --batch. Voor één persoon: --pdf UIT.pdf, of lees de uitkomst (JSON)."
        )
    data = request_data(text, args, args.file)
    try:
        req = parse_reconcile_request(data)
        result = reconcile(req)
    except InvalidSituation as err:
        if not is_csv(args, args.file):
            raise
        raise InvalidSituation(with_lines(err.problems, read_months_csv(text)[1])) from None
    if getattr(args, "pdf", None):
        from pathlib import Path

        from calc.reconcile_report import reconcile_pdf

        pdf = reconcile_pdf(req, lang=args.lang, name=args.name, result=result)
        try:
            Path(args.pdf).write_bytes(pdf)
        except OSError as err:
            raise _problem("--pdf", f"kan '{args.pdf}' niet schrijven ({err}).") from None
    return result


def with_lines(problems: list[InputProblem], lines: list[int]) -> list[InputProblem]:
    """A CSV user thinks in lines: 'months[3].wage' also says '(regel 5)'."""
    out = []
    for p in problems:
        m = re.match(r"months\[(\d+)\]", p.field)
        if m and int(m[1]) < len(lines) and "regel" not in p.message_nl:
            p = InputProblem(p.field, f"{p.message_nl.rstrip('.')} (regel {lines[int(m[1])]}).", p.message_en)
        out.append(p)
    return out
