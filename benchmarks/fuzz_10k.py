"""The issue's 10,000 fuzzed situations through the core (prints counts; no timing assertions).

    .venv/bin/python benchmarks/fuzz_10k.py [--n 10000]

Uses the strategies and checks of tests/test_fuzz.py: every input is either answered (and its
parts add up, all amounts finite) or refused with a Dutch message naming a field. Any other
exception is printed with its input and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.test_fuzz import anything, run_core  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    n = ap.parse_args().n
    counts: Counter[str] = Counter()

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(anything)
    def one(raw: object) -> None:
        counts[run_core(raw)] += 1

    t = time.perf_counter()
    try:
        one()
    except Exception as e:  # report what broke, with hypothesis' minimal example above
        print(f"FAILED after {sum(counts.values())} inputs: {type(e).__name__}: {e}")
        return 1
    s = time.perf_counter() - t
    total = sum(counts.values())
    print(
        f"{total} generated situations in {s:.1f} s: {counts['ok']} answered (parts add up), "
        f"{counts['invalid']} refused with a Dutch message naming the field, 0 other exceptions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
