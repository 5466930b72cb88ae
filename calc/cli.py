"""Command line: `python -m calc evaluate|calendar|employer|report|batch FILE` (FILE `-` reads stdin),
and `python -m calc rates [--due DATE] [--json]` for the maintainer (docs/rates.md).

Invalid input exits with code 2 and a Dutch message on stderr naming the field; it never
prints a traceback. The output JSON is a public contract: fields may be added, never changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calc.errors import InputProblem, InvalidSituation, os_reason
from calc.evaluate import evaluate
from calc.rates import RatesError
from calc.validate import load_json, parse_situation_json

EXIT_OUTPUT = 1  # the result could not be written (a full disk, a closed pipe)
EXIT_INVALID = 2  # the input is refused: a Dutch message per field on stderr
EXIT_RATES = 3  # a file in rates/ is broken: a Dutch line naming file, parameter and date
# A situation is about 1 kB; a JSON input far above this is not one (and would take seconds and
# gigabytes to refuse field by field).
MAX_INPUT_BYTES = 1_000_000


def read_input(name: str) -> str:
    """The JSON (or reconcile CSV) text of FILE or stdin ('-'): UTF-8, at most MAX_INPUT_BYTES."""
    where = "de invoer (stdin)" if name == "-" else f"het bestand '{name}'"
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(name).open("rb") as f:
                data = f.read(MAX_INPUT_BYTES + 1)
    except OSError as err:
        raise _file_problem(f"{where} kan niet gelezen worden: {os_reason(err)}.") from None
    if len(data) > MAX_INPUT_BYTES:
        raise _file_problem(
            f"{where} is te groot (meer dan {MAX_INPUT_BYTES // 1000} kB). Eén situatie is veel kleiner."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _file_problem(
            f"{where} is geen UTF-8-tekst (byte {err.start + 1} klopt niet). Bewaar het bestand als UTF-8."
        ) from None


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
    for option in ("name", "notes"):
        if not _is_text(getattr(args, option)):
            raise InvalidSituation(
                [InputProblem(f"--{option}", "deze tekst is geen geldige UTF-8. Typ de tekst opnieuw.", "")]
            )
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
        raise _file_problem(f"kan '{args.output}' niet schrijven: {os_reason(err)}.") from None
    return {"written": args.output, "bytes": len(pdf)}


def _is_text(value: str | None) -> bool:
    """An argument the shell passed as bytes that are not UTF-8 arrives with lone surrogates."""
    try:
        (value or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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


# argparse's own messages, in Dutch (a Dutch line with an English sentence inside is still English).
ARGPARSE_NL = [
    (re.compile(r"the following arguments are required: (.*)"), r"dit ontbreekt: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"dit kennen we niet: \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"\1: \2 kan niet; kies: \3",
    ),
    (re.compile(r"argument (\S+): expected one argument"), r"\1: hier hoort een waarde achter"),
    (re.compile(r"argument (\S+): invalid (\S+) value: (.*)"), r"\1: \3 is geen geldige waarde"),
]


def dutch_argparse(message: str) -> str:
    for pattern, dutch in ARGPARSE_NL:
        if pattern.fullmatch(message):
            return pattern.sub(dutch, message)
    return message


class _DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(self.format_usage().replace("usage:", "gebruik:", 1))
        sys.stderr.write(f"Fout in de opdracht: {dutch_argparse(message)}\n")
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
    except RatesError as err:
        sys.stderr.write(err.dutch() + "\n")
        return EXIT_RATES
    text = (
        result
        if isinstance(result, str)
        else json.dumps(result, ensure_ascii=False, indent=2, allow_nan=False)
    )
    return write_output(text + "\n")


def write_output(text: str) -> int:
    """Print the result; a reader that went away (`| head`) or a full disk is not a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would try to flush stdout again at exit and print a traceback: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OUTPUT
    except OSError as err:
        sys.stderr.write(f"Fout: de uitvoer kan niet geschreven worden: {os_reason(err)}.\n")
        return EXIT_OUTPUT
    return 0
