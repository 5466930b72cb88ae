"""Worked cases a policy expert can read: tests/cases/evaluate-*.yaml and calendar-*.yaml.

Each case names what it proves and its source (title and URL: the law, an official page or table,
or the issue whose arithmetic it works out), the period, the input exactly as `python -m calc
evaluate|calendar` takes it, and the expected output fields written as the arithmetic of the rule
with a margin in euros (`margin`, default: to the cent). `values` are compared exactly. Expected
amounts come from the law and the published amounts, never from the tool's output. This test runs
every case through the CLI contract (a subprocess, JSON on stdin).

Field paths: `month.wajong`, `after_year[kind=inkomstenbelasting,year=2025].income_tax`,
`months[month=2026-03].wajong_entitlement` (the first list item whose fields match).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import arithmetic, money

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(
    p for pattern in ("evaluate-*.yaml", "calendar-*.yaml") for p in (ROOT / "tests" / "cases").glob(pattern)
)
_SELECT = re.compile(r"^(\w+)\[(.+)\]$")


def load(case: Path) -> dict[str, Any]:
    return yaml.safe_load(case.read_text(encoding="utf-8"))


def field(result: Any, dotted: str) -> Any:
    """The value at a dotted path; `name[key=value,...]` picks the first list item that matches."""
    for part in dotted.split("."):
        if m := _SELECT.match(part):
            wanted = dict(kv.split("=", 1) for kv in m[2].split(","))
            result = next(x for x in result[m[1]] if all(str(x[k]) == v for k, v in wanted.items()))
        elif isinstance(result, list):
            result = result[int(part)]
        else:
            result = result[part]
    return result


def run(command: str, request: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "calc", command, "-"],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_there_are_cases() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_worked_case_through_the_cli(case: Path) -> None:
    spec = load(case)
    assert spec["name"] and spec["source"]["title"] and spec["source"]["url"].startswith("https://")
    command = spec["command"]
    assert case.name.startswith(f"{command}-")
    request = spec["input"]
    starts = request.get("calendar", {}).get("start") or request["period"]
    assert spec["period"] == starts, "period: the month the case is about (calendar: its first month)"
    if "example" in spec:  # the same situation as the example file in docs/ that users try
        assert json.loads((ROOT / spec["example"]).read_text()) == request
    result = run(command, request)
    margin = float(spec.get("margin", 0.005))
    for dotted, text in spec["expected"].items():
        got, want = field(result, dotted), money(arithmetic(text))
        assert abs(got - want) <= margin, (dotted, text, got, want)
    for dotted, value in (spec.get("values") or {}).items():
        assert field(result, dotted) == value, dotted


def test_every_example_in_docs_is_a_case() -> None:
    """docs/examples/*.json are what users try first; each one's answer is a worked case here."""
    named = {load(c).get("example") for c in CASES}
    examples = {f"docs/examples/{p.name}" for p in (ROOT / "docs" / "examples").glob("*.json")}
    assert examples <= named, sorted(examples - named)
