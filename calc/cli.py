"""Command line: `python -m calc evaluate|calendar|employer|report|batch FILE` (FILE `-` reads stdin),
and `python -m calc rates [--due DATE] [--json]` for the maintainer (docs/rates.md).

Invalid input exits with code 2 and a Dutch message on stderr naming the field; it never
prints a traceback. The output JSON is a public contract: fields may be added, never changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calc.errors import InputProblem, InvalidSituation
from calc.evaluate import evaluate
from calc.validate import load_json, parse_situation_json

EXIT_INVALID = 2


def read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _file_problem(f"het bestand '{name}' bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise _file_problem(f"het bestand '{name}' kan niet gelezen worden ({err}).") from None


def _file_problem(message: str) -> InvalidSituation:
    return InvalidSituation([InputProblem("FILE", message, message)])


def cmd_evaluate(args: argparse.Namespace) -> dict[str, Any]:
    return evaluate(parse_situation_json(read_input(args.file))).as_json()


def cmd_compare(args: argparse.Namespace) -> dict[str, Any]:
    from calc.compare import compare
    from calc.validate import parse_compare_request

    return compare(parse_compare_request(load_json(read_input(args.file))))


def cmd_calendar(args: argparse.Namespace) -> dict[str, Any]:
    from calc.calendar import calendar_from_json_text

    return calendar_from_json_text(read_input(args.file))


def cmd_employer(args: argparse.Namespace) -> dict[str, Any]:
    from calc.employer import employer_panel

    return employer_panel(parse_situation_json(read_input(args.file)))


def cmd_report(args: argparse.Namespace) -> dict[str, Any]:
    """Writes the summary PDF to -o and prints where it went (the PDF is not JSON). FILE is a
    situation, optionally with `variants` (as for compare) and `calendar` settings (as for calendar)."""
    from calc.report import summary_pdf
    from calc.validate import parse_report_request

    req = parse_report_request(load_json(read_input(args.file)))
    pdf = summary_pdf(
        req,
        lang=args.lang,
        name=args.name,
        notes=args.notes,
        include_employer=args.employer,
        coach=args.coach,
    )
    try:
        Path(args.output).write_bytes(pdf)
    except OSError as err:
        raise _file_problem(f"kan '{args.output}' niet schrijven ({err}).") from None
    return {"written": args.output, "bytes": len(pdf)}


def cmd_batch(args: argparse.Namespace) -> dict[str, Any]:
    from calc.batch import run_batch

    return run_batch(args.file, args.output)


def cmd_reconcile(args: argparse.Namespace) -> dict[str, Any]:
    """Klopt mijn Wajong? JSON, or a CSV of months with --csv; a caseload with --batch -o OUT
    (docs/reconcile.md)."""
    from calc.reconcile_cli import batch_command, reconcile_command

    if args.batch:
        return batch_command(args)
    return reconcile_command(read_input(args.file), args)


def _reconcile_args(p: argparse.ArgumentParser) -> None:
    from calc.reconcile_cli import add_arguments

    add_arguments(p)


def cmd_rates(args: argparse.Namespace) -> str:
    """The parameters and their horizons, as a table (or JSON with --json)."""
    import datetime as dt

    from calc.rates_report import rates_command

    if args.due is not None:
        try:
            dt.date.fromisoformat(args.due)
        except ValueError:
            raise InvalidSituation(
                [InputProblem("--due", "schrijf de datum als jaar-maand-dag, bijvoorbeeld 2027-01-01.", "")]
            ) from None
    return rates_command(args.due, args.json)


def cmd_schema(args: argparse.Namespace) -> dict[str, Any]:
    """The JSON Schemas of the contract: the situation `evaluate` reads and the result it prints."""
    from calc.result import EvaluateResult
    from calc.situation import CalendarRequest, CompareRequest, ReportRequest, Situation

    return {
        "evaluate_input": Situation.model_json_schema(),
        "evaluate_output": EvaluateResult.model_json_schema(mode="serialization"),
        "calendar_input": CalendarRequest.model_json_schema(),
        "compare_input": CompareRequest.model_json_schema(),
        "report_input": ReportRequest.model_json_schema(),
    }


def _rates_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--due", default=None, help="alleen wat vóór deze datum (JJJJ-MM-DD) gecontroleerd moet zijn"
    )
    p.add_argument("--json", action="store_true", help="als JSON in plaats van een tabel")


def _batch_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, help="uitvoerbestand (.csv of .parquet)")


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, help="waar de PDF komt")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="taal van de PDF")
    p.add_argument("--name", default=None, help="naam van de cliënt (optioneel)")
    p.add_argument("--notes", default=None, help="notities van het gesprek (optioneel)")
    p.add_argument("--employer", action="store_true", help="met de samenvatting voor de werkgever")
    p.add_argument("--coach", action="store_true", help="met ruimte voor afspraken (coach)")


EXTRA_ARGS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "report": _report_args,
    "batch": _batch_args,
    "rates": _rates_args,
    "reconcile": _reconcile_args,
}
NO_FILE = ("rates", "schema")  # commands that read no situation

COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], dict[str, Any] | str]]] = {
    "evaluate": ("bereken Wajong en inkomen voor één situatie (JSON)", cmd_evaluate),
    "compare": ("nu en met de baan (en andere banen): geld per maand en over het jaar (JSON)", cmd_compare),
    "calendar": ("maandkalender: wanneer komt welk geld binnen (JSON)", cmd_calendar),
    "employer": ("wat kost deze medewerker de werkgever, en wat komt terug (JSON)", cmd_employer),
    "report": ("samenvatting als PDF: report FILE -o uit.pdf", cmd_report),
    "batch": ("een heel bestand, één rij per cliënt: batch IN.csv -o UIT.csv (ook Parquet)", cmd_batch),
    "rates": ("alle bedragen in rates/: laatste waarde, status, tot wanneer gecontroleerd", cmd_rates),
    "schema": ("de JSON-schema's van invoer en uitvoer (het contract)", cmd_schema),
    "reconcile": (
        "klopt mijn Wajong? wat UWV betaalde en terugvraagt, per maand (JSON of --csv; --batch IN -o UIT)",
        cmd_reconcile,
    ),
}


class _DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Fout in de opdracht: {message}\n")
        sys.exit(EXIT_INVALID)


def build_parser() -> argparse.ArgumentParser:
    parser = _DutchParser(prog="python -m calc", description="Loont werken? rekenkern")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_DutchParser)
    for name, (help_text, _) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        if name not in NO_FILE:
            p.add_argument(
                "file", help="JSON-bestand met de situatie, of - voor stdin (batch: CSV of Parquet)"
            )
        if name in EXTRA_ARGS:
            EXTRA_ARGS[name](p)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _, handler = COMMANDS[args.command]
    try:
        result = handler(args)
    except InvalidSituation as err:
        sys.stderr.write(err.dutch() + "\n")
        return EXIT_INVALID
    if isinstance(result, str):
        sys.stdout.write(result + "\n")
        return 0
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")
    return 0
