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
