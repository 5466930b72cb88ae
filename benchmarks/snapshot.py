"""Every output of the core for a fixed, generated set of situations, written as one text file.

Run before and after a change that must not change any number (a refactor, a speed-up) and
compare the two files: `diff` (or their sha256) says whether anything moved.

    .venv/bin/python benchmarks/snapshot.py > /tmp/before.txt
    ... change ...
    .venv/bin/python benchmarks/snapshot.py > /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

The set: evaluates of generated situations over every half-year the rates cover, hours sweeps,
calendars (with patterns, four-weekly pay, voorschot settings), the employer panel, the CLI
examples in docs/examples/ and a batch of a synthetic caseload. Options: `--n` situations.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_caseload

from calc.batch import batch_dataframe
from calc.calendar import calendar
from calc.chain import sweep
from calc.employer import employer_panel
from calc.errors import InvalidSituation
from calc.evaluate import evaluate
from calc.rates import load_rates
from calc.validate import parse_calendar_request, parse_situation

ROOT = Path(__file__).resolve().parents[1]
PERIODS = ("2024-01", "2024-07", "2025-03", "2025-07", "2026-01", "2026-05", "2026-07", "2026-12")


def situation(rng: np.random.Generator, period: str) -> dict[str, Any]:
    """A plausible situation: any age 18-66, 0-2 jobs, some loondispensatie, partners, children."""
    jobs = []
    for _ in range(int(rng.integers(0, 3))):
        job: dict[str, Any] = {
            "hours_per_week": float(rng.choice([0, 4, 8, 12, 16, 20, 24, 32, 36, 40])),
            "hourly_wage": float(np.round(rng.uniform(15.0, 30.0), 2)),
        }
        if rng.random() < 0.25:
            job["loonwaarde"] = float(np.round(rng.uniform(0.2, 0.8), 2))
        jobs.append(job)
    partner = bool(rng.random() < 0.3)
    kids = [int(a) for a in rng.integers(0, 18, int(rng.choice([0, 0, 0, 1, 2])))]
    out: dict[str, Any] = {
        "period": period,
        "age": int(rng.integers(21, 67)),
        "wajong": {
            "arbeidsvermogen": bool(rng.random() < 0.7),
            "garantiebedrag": float(np.round(rng.uniform(900, 1600), 2)) if rng.random() < 0.1 else None,
        },
        "jobs": jobs,
        "other_income_month": float(np.round(rng.uniform(50, 900), 2)) if rng.random() < 0.1 else 0.0,
        "household": {
            "partner": partner,
            "partner_income_year": float(np.round(rng.uniform(0, 45_000))) if partner else 0.0,
            "persons": 1 + int(partner) + len(kids) + int(rng.random() < 0.1),
            "rent": float(np.round(rng.uniform(350, 1100), 2)) if rng.random() < 0.7 else 0.0,
            "servicekosten": float(np.round(rng.uniform(0, 80), 2)) if rng.random() < 0.2 else 0.0,
            "assets": float(np.round(rng.exponential(8000))),
            "children_ages": kids,
        },
        "loonheffingskorting": str(rng.choice(["uwv", "uwv", "employer", "both", "none"])),
    }
    if rng.random() < 0.1:
        out["toetsingsinkomen_year"] = float(np.round(rng.uniform(15_000, 40_000)))
    return out


def emit(kind: str, key: Any, value: Any) -> None:
    sys.stdout.write(json.dumps({"kind": kind, "key": key, "value": value}, ensure_ascii=False))
    sys.stdout.write("\n")


def run(n: int, periods: tuple[str, ...]) -> None:
    book = load_rates()
    rng = np.random.default_rng(2026)
    for k in range(n):
        raw = situation(rng, periods[k % len(periods)])
        try:
            s = parse_situation(raw)
            emit("evaluate", k, evaluate(s, book).as_json())
        except InvalidSituation as err:
            emit("invalid", k, err.dutch())
            continue
        if k % 8 == 0 and s.jobs:
            df = sweep(s, np.arange(0, 41, 1.0), len(s.jobs) - 1, book)
            emit("sweep", k, df.round(6).to_dict(orient="list"))
        if k % 16 == 0:
            emit("employer", k, employer_panel(s, book))
        if k % 10 == 0:
            cal: dict[str, Any] = {"months": int(rng.choice([12, 18, 24]))}
            if s.jobs and rng.random() < 0.5:
                cal["hours_per_week_by_month"] = [float(h) for h in rng.choice([0, 8, 16, 24], 4)]
                if len(s.jobs) > 1:
                    cal["hours_per_week_by_month"] = [
                        [h] * len(s.jobs) for h in cal["hours_per_week_by_month"]
                    ]
            if rng.random() < 0.3:
                cal["pay_period"] = "four_weeks"
            if rng.random() < 0.3:
                cal["new_work_at_start"] = True
            if rng.random() < 0.2:
                cal["voorschot_months"] = 3
            try:
                emit("calendar", k, calendar(parse_calendar_request({**raw, "calendar": cal}), book))
            except InvalidSituation as err:
                emit("calendar_invalid", k, err.dutch())
    for path in sorted((ROOT / "docs" / "examples").glob("*.json")):
        if path.name.endswith(".expected.json"):
            continue
        emit("example", path.name, evaluate(parse_situation(json.loads(path.read_text())), book).as_json())
    batch = batch_dataframe(synthetic_caseload(2000, periods=periods), book)
    emit(
        "batch", "synthetic", batch.round(6).astype(object).where(batch.notna(), None).to_dict(orient="list")
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=1500, help="generated situations (default 1500)")
    p.add_argument("--periods", default=",".join(PERIODS), help="comma-separated YYYY-MM")
    a = p.parse_args()
    run(a.n, tuple(a.periods.split(",")))


if __name__ == "__main__":
    main()
