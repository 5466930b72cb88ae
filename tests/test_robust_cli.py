"""Issue 19, "Nothing silently wrong": every entry point refuses bad input in Dutch, naming the field,
with exit code 2 and no traceback; nothing wrong is computed. One test per broken input of the issue.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
OK = {"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True}}


def cli(*args: str, stdin: bytes | str | None = None) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "calc", *args], input=data, capture_output=True, cwd=ROOT, timeout=120
    )


def refused(proc: subprocess.CompletedProcess[bytes], field: str, words: str) -> str:
    """Exit 2, a Dutch line naming the field, nothing on stdout, no traceback."""
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "Traceback" not in err, err
    assert f"Fout in '{field}'" in err, err
    assert words in err, err
    assert proc.stdout == b""
    return err


# --- item 4: the period 0000-01 ------------------------------------------------------------


@pytest.mark.parametrize("command", ["evaluate", "compare", "calendar", "employer"])
def test_period_0000_01_is_refused_in_dutch_not_a_crash(command: str) -> None:
    proc = cli(command, "-", stdin=json.dumps({**OK, "period": "0000-01"}))
    refused(proc, "period", "een maand die bestaat")


def test_period_0000_01_in_the_report_and_the_calendar_start(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    refused(
        cli("report", "-", "-o", str(out), stdin=json.dumps({**OK, "period": "0000-01"})), "period", "bestaat"
    )
    assert not out.exists()
    cal = {**OK, "calendar": {"start": "0000-01"}}
    refused(cli("calendar", "-", stdin=json.dumps(cal)), "calendar.start", "bestaat")


def test_period_0000_01_in_reconcile() -> None:
    req: dict[str, Any] = {
        "age": 25,
        "wajong": {"arbeidsvermogen": True},
        "months": [{"period": "0000-01", "wage": 100, "wajong_paid": 1000}],
    }
    refused(cli("reconcile", "-", stdin=json.dumps(req)), "months[0].period", "bestaat")


def test_a_month_far_outside_the_rates_names_the_range() -> None:
    refused(
        cli("evaluate", "-", stdin=json.dumps({**OK, "period": "9999-12"})), "period", "we kunnen rekenen van"
    )


# --- item 6: a JSON integer over Python's 4.300 digits ------------------------------------------


def test_a_huge_integer_is_refused_in_dutch() -> None:
    text = json.dumps(OK)[:-1] + ', "other_income_month": ' + "9" * 5000 + "}"
    refused(cli("evaluate", "-", stdin=text), "(invoer)", "meer dan 30 cijfers")


# --- item 8: the CLI's own edges ------------------------------------------------------------------


def test_the_error_list_is_capped_at_50_and_a_count() -> None:
    raw = {**OK, **{f"veld{i}": 1 for i in range(5000)}}
    err = refused(cli("evaluate", "-", stdin=json.dumps(raw)), "veld0", "dit veld kennen we niet")
    lines = err.strip().splitlines()
    assert len(lines) == 51 and lines[-1] == "... en nog 4.950 fouten."


def test_a_field_written_twice_is_refused_not_the_last_kept() -> None:
    text = '{"period": "2026-03", "age": 25, "age": 40, "wajong": {"arbeidsvermogen": true}}'
    refused(cli("evaluate", "-", stdin=text), "age", "staat twee keer")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("jobs", 0, "hours_per_week"), True),
        (("jobs", 0, "hourly_wage"), True),
        (("age",), True),
        (("household", "rent"), False),
        (("household", "persons"), True),
        (("household", "children_ages"), [True]),
    ],
)
def test_a_json_boolean_is_not_a_number(path: tuple[Any, ...], value: Any) -> None:
    from calc.errors import InvalidSituation
    from calc.validate import parse_situation

    raw: dict[str, Any] = json.loads(json.dumps({**OK, "jobs": [{"hours_per_week": 10, "hourly_wage": 20}]}))
    node: Any = raw
    for key in path[:-1]:
        node = node.setdefault(key, {}) if isinstance(key, str) else node[key]
    node[path[-1]] = value
    with pytest.raises(InvalidSituation) as err:
        parse_situation(raw)
    assert "niet true of false" in err.value.dutch()


def test_ja_and_nee_are_true_and_false_in_json_as_in_the_batch() -> None:
    from calc.validate import parse_situation

    s = parse_situation({**OK, "wajong": {"arbeidsvermogen": "nee"}, "household": {"partner": "ja"}})
    assert s.wajong.arbeidsvermogen is False and s.household.partner is True


def test_non_utf8_stdin_and_file_are_refused_in_dutch(tmp_path: Path) -> None:
    data = json.dumps(OK).encode()[:-1] + b', "x": "\xff\xfe"}'
    refused(cli("evaluate", "-", stdin=data), "FILE", "geen UTF-8")
    (tmp_path / "s.json").write_bytes(data)
    refused(cli("evaluate", str(tmp_path / "s.json")), "FILE", "geen UTF-8")


def test_a_report_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    proc = subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"calc",
            b"report",
            b"-",
            b"-o",
            str(out).encode(),
            b"--name",
            b"\xff\xfe",
        ],
        input=json.dumps(OK).encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    refused(proc, "--name", "geen geldige UTF-8")
    assert not out.exists()


def test_a_closed_pipe_is_no_traceback() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "calc", "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader went away, as `| head` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_a_dutch_line_not_a_traceback() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "calc", "evaluate", "-"],
            input=json.dumps(OK).encode(),
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
        )
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "de schijf is vol" in err and "Traceback" not in err


def test_an_input_far_larger_than_a_situation_is_refused_before_parsing() -> None:
    text = json.dumps({**OK, "x": "a" * 2_000_000})
    refused(cli("evaluate", "-", stdin=text), "FILE", "te groot")


# --- item 10: the PDF's name and notes ------------------------------------------------------------


def test_pdf_name_and_notes_have_a_limit_with_a_dutch_message(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    refused(cli("report", "-", "-o", str(out), "--name", "x" * 1000, stdin=json.dumps(OK)), "name", "te lang")
    refused(
        cli("report", "-", "-o", str(out), "--notes", "x" * 100_000, stdin=json.dumps(OK)), "notes", "te lang"
    )
    assert not out.exists()


def test_emoji_in_the_name_print_with_the_emoji_font(tmp_path: Path) -> None:
    """Noto Color Emoji (Debian's fonts-noto-color-emoji, installed by scripts/test and scripts/app)
    holds the emoji; without it typst draws empty boxes."""
    if not Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf").exists():
        pytest.skip("fonts-noto-color-emoji is not installed")
    from pypdf import PdfReader

    from calc.report import summary_pdf

    pdf = summary_pdf(OK, name="Sam 😀💶")
    fonts = {
        str(f.get_object().get("/BaseFont") or f.get_object().get("/Name"))
        for page in PdfReader(__import__("io").BytesIO(pdf)).pages
        for f in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("Emoji" in f for f in fonts), fonts


# --- item 11: no English inside a Dutch message ------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["evaluate"], "dit ontbreekt: file"),
        (["evaluate", "a", "b"], "dit kennen we niet: b"),
        (["report", "x.json", "-o", "x.pdf", "--lang", "fr"], "--lang: 'fr' kan niet; kies: 'nl', 'en'"),
    ],
)
def test_the_commands_own_errors_are_dutch(args: list[str], dutch: str) -> None:
    proc = cli(*args)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and f"Fout in de opdracht: {dutch}" in err
    assert "usage" not in err and "required" not in err and "invalid choice" not in err


def test_a_file_that_cannot_be_read_says_why_in_dutch(tmp_path: Path) -> None:
    err = refused(cli("evaluate", str(tmp_path)), "FILE", "het is een map, geen bestand")
    assert "Errno" not in err and "Is a directory" not in err
