"""The command line of `python -m calc reconcile` (docs/reconcile.md, docs/cli.md): its options, which
mirror the JSON fields for a CSV of months (--age, --no-arbeidsvermogen, --garantiebedrag, ...), the
PDF (--pdf, --lang, --name) and the caseload (--batch IN -o OUT).

This module imports no calculation at load time: the CLI builds its parser from it on every call.
"""

from __future__ import annotations

import argparse
from typing import Any

from calc.errors import InvalidSituation
from calc.reconcile_io import parse_amount, parse_months_csv, problem, read_months_csv, with_lines


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
                raise problem(f"--{name}", f"{err}. Schrijf bijvoorbeeld 1234,56.") from None
    garantie = getattr(args, "garantiebedrag", None)
    if getattr(args, "no_arbeidsvermogen", False) or garantie is not None:
        wajong: dict[str, Any] = {"arbeidsvermogen": not getattr(args, "no_arbeidsvermogen", False)}
        if garantie is not None:
            try:
                wajong["garantiebedrag"] = parse_amount(garantie)
            except ValueError as err:
                raise problem("--garantiebedrag", f"{err}. Schrijf bijvoorbeeld 1200,00.") from None
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
            raise problem("--age", "leeftijd: geef uw leeftijd met --age, bijvoorbeeld --age 25.")
        return data
    raw = load_json(text)
    if not isinstance(raw, dict):
        return raw  # type: ignore[no-any-return]  # parse_reconcile_request refuses it in Dutch
    for key in options:
        if key in raw:
            flag = (
                "--no-arbeidsvermogen/--garantiebedrag" if key == "wajong" else f"--{key.replace('_', '-')}"
            )
            raise problem(flag, f"'{key}' staat al in het bestand. Geef het maar één keer.")
    return {**raw, **options}


def batch_command(args: argparse.Namespace) -> dict[str, Any]:
    """`reconcile --batch IN -o OUT`: a caseload, one output row per person (calc.reconcile_batch)."""
    from calc.reconcile_batch import run_reconcile_batch

    if not args.output:
        raise problem("-o", "geef met -o aan waar de uitkomst komt, bijvoorbeeld -o uitkomst.csv.")
    if args.file == "-":
        raise problem("FILE", "bij --batch leest de rekenhulp een bestand (CSV of Parquet), niet stdin.")
    extra = [f"--{k.replace('_', '-')}" for k in _options(args)] + (["--pdf"] if args.pdf else [])
    extra += ["--csv"] if args.csv else []
    if extra:
        raise problem(
            extra[0], f"{extra[0]} geldt niet bij --batch: dat staat per persoon in het bestand (kolommen)."
        )
    return run_reconcile_batch(args.file, args.output)


def reconcile_command(text: str, args: argparse.Namespace) -> dict[str, Any]:
    """The check as JSON (printed by the CLI); with --pdf also the PDF, written where it is told. The
    JSON is the same with or without --pdf."""
    from calc.reconcile import parse_reconcile_request, reconcile

    if getattr(args, "output", None):
        raise problem(
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
            raise problem("--pdf", f"kan '{args.pdf}' niet schrijven ({err}).") from None
    return result
