"""Print this machine's figures against the targets of issues 8 and 20 (no assertions: figures only).

    .venv/bin/python benchmarks/run.py [--rows 250000] [--repeat 200] [--only sweep calendar ...]

Cold start runs in a fresh subprocess; the others are medians over many runs in this process
(the fastest run is shown too: on shared cores it says what the code costs without the noise).
Parts for --only: cold, sweep, evaluate, calendar, business, batch, pdf.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS_MS = {
    "cold start (import calc + load rates)": 500,
    "one situation, 0-40 h sweep (41 points), whole net chain": 1,
    "12-month calendar": 5,
    "batch compute alone": 300,  # issue 20 (was 500 in issue 8)
    "batch end to end (CSV read + compute + CSV write)": 1500,  # issue 20 (was 3,000)
    "PDF summary": 1000,
}
SITUATION = {
    "period": "2026-01",
    "age": 25,
    "wajong": {"arbeidsvermogen": True},
    "jobs": [{"hours_per_week": 20, "hourly_wage": 15.0}],
    "household": {"rent": 650.0},
}


# A Wajonger with an own business (issue 17): the app's profit sweep, evaluate and the calendar.
BUSINESS = {
    "period": "2026-03",
    "age": 25,
    "wajong": {"arbeidsvermogen": True},
    "business": {"profit_year": 9000, "hours_year": 900, "started_year": 2026},
}
PARTS = ("cold", "sweep", "evaluate", "calendar", "business", "batch", "pdf")
_BEST: dict[Callable[[], object], float] = {}


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    _BEST[fn] = min(times)
    return statistics.median(times)


def timed(name: str, fn: Callable[[], object], repeat: int) -> None:
    """One line: the median, and the fastest run."""
    ms = median_ms(fn, repeat)
    line(name, ms, f"(median of {repeat}; fastest {_BEST[fn]:.3f} ms)")


def line(name: str, ms: float, extra: str = "") -> None:
    target = TARGETS_MS.get(name)
    verdict = "" if target is None else ("  OK" if ms <= target else "  MISSED")
    tgt = "" if target is None else f"(target < {target:,} ms)"
    print(f"{name:58s} {ms:10.3f} ms {tgt:22s}{verdict} {extra}")


def cold_start() -> float:
    code = (
        "import time; t=time.perf_counter(); import calc.evaluate, calc.rates; calc.rates.load_rates(); "
        "print((time.perf_counter()-t)*1000)"
    )
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
        )
        runs.append(float(out.stdout))
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=250_000)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS), help="run only these parts")
    a = ap.parse_args()
    only = set(a.only)

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "cold" in only:
        line("cold start (import calc + load rates)", cold_start(), "(median of 5 fresh processes)")

    import numpy as np

    from calc.calendar import calendar
    from calc.chain import compute_chain, sweep
    from calc.columns import sweep_hours
    from calc.evaluate import evaluate
    from calc.rates import load_rates
    from calc.validate import parse_calendar_request, parse_situation

    book = load_rates()
    s = parse_situation(SITUATION)
    hours = np.arange(0, 41, dtype=float)
    if "sweep" in only:
        timed(
            "one situation, 0-40 h sweep (41 points), whole net chain",
            lambda: sweep(s, hours, 0, book),
            a.repeat,
        )
        cols = sweep_hours(s, hours, 0)
        timed(
            "  of which compute_chain (no columns, no DataFrame)",
            lambda: compute_chain(cols, book, s.first_day),
            a.repeat,
        )
    if "evaluate" in only:
        timed("one situation, evaluate() with explanation", lambda: evaluate(s, book), a.repeat)
    if "calendar" in only:
        req = parse_calendar_request(SITUATION)
        timed("12-month calendar", lambda: calendar(req, book), max(20, a.repeat // 4))
    if "business" in only:
        business(book, a.repeat)
    if "batch" in only:
        batch(a.rows, book)
    if "pdf" in only:
        pdf(book)
    print("browser time from input change to answer: see the app's load script (not part of the core)")


def business(book: object, repeat: int) -> None:
    """The business's figures (no targets): the profit sweep the app draws, evaluate and a calendar."""
    from calc.business import profit_grid
    from calc.calendar import calendar
    from calc.chain import profit_sweep
    from calc.evaluate import evaluate
    from calc.validate import parse_calendar_request, parse_situation

    s = parse_situation(BUSINESS)
    grid = profit_grid(9000.0, 2294.40)
    timed(
        f"business: profit sweep ({len(grid)} points), whole net chain",
        lambda: profit_sweep(s, grid, book),
        repeat,
    )
    timed("business: evaluate() with explanation", lambda: evaluate(s, book), repeat)
    req = parse_calendar_request(BUSINESS)
    timed("business: 12-month calendar", lambda: calendar(req, book), max(20, repeat // 4))


def _ms(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def batch(rows: int, book: object) -> None:
    from plain_chain import plain_caseload
    from synthetic import synthetic_caseload

    from calc.batch import batch_dataframe, run_batch

    df = synthetic_caseload(rows)
    runs = []
    for _ in range(6):
        t = time.perf_counter()
        out = batch_dataframe(df, book)
        runs.append((time.perf_counter() - t) * 1000)
    ms = statistics.median(runs[1:])
    bad = int((out["error_nl"] != "").sum())
    line(
        "batch compute alone",
        ms,
        f"{rows:,} rows, {rows / ms * 1000:,.0f} rows/s, {bad} invalid (median of 5 after a first run of"
        f" {runs[0]:.0f} ms; fastest {min(runs):.0f} ms)",
    )
    plain = statistics.median(_ms(lambda: plain_caseload(df, book)) for _ in range(5))
    line(
        "  plain numpy chain, same rows (benchmarks/plain_chain.py)",
        plain,
        f"batch compute / plain = {ms / plain:.1f} (median of 5; main steps only, no checks or rounding)",
    )
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "caseload.csv", Path(tmp) / "out.csv"
        df.to_csv(src, index=False)
        stats = run_batch(src, dst, book)
        ms = stats["seconds_total"] * 1000
        line(
            "batch end to end (CSV read + compute + CSV write)",
            ms,
            f"{rows / ms * 1000:,.0f} rows/s; read {stats['seconds_read']} s, compute "
            f"{stats['seconds_compute']} s, write {stats['seconds_write']} s",
        )
        pq_src, pq_dst = Path(tmp) / "caseload.parquet", Path(tmp) / "out.parquet"
        df.to_parquet(pq_src, index=False)
        stats = run_batch(pq_src, pq_dst, book)
        ms = stats["seconds_total"] * 1000
        line("batch end to end, Parquet", ms, f"{rows / ms * 1000:,.0f} rows/s")


def pdf(book: object) -> None:
    try:
        from calc.report import summary_pdf
    except ImportError:
        print(f"{'PDF summary':58s} {'n/a':>10s}    (calc.report.summary_pdf not present)")
    else:
        try:
            line("PDF summary", median_ms(lambda: summary_pdf(SITUATION, book=book), 10))
        except Exception as e:  # the PDF is another helper's work; report, do not stop
            print(f"{'PDF summary':58s} {'error':>10s}    ({type(e).__name__}: {e})")


if __name__ == "__main__":
    main()
