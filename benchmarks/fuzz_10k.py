"""The issue's 10,000 fuzzed inputs per path (prints counts; no timing assertions).

    .venv/bin/python benchmarks/fuzz_10k.py [--n 10000] [--paths core rates batch upload url]

core: the situation through the core (tests/test_fuzz.py): answered (parts add up, amounts finite)
or refused with a Dutch message naming a field. rates, batch, upload, url (issue 19,
tests/test_fuzz_robust.py): a changed rate loaded only when it can mean something, else refused
naming the file; a random CSV refused whole or read one row per non-empty line; an upload a
Situation or refused with its text escaped; a link value let through only when the field can hold
it. Any other exception is printed with its input and makes the exit code 1. The rates path loads
all of rates/ per example: its default is --n / 20.
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
from hypothesis import strategies as st  # noqa: E402

from tests.test_fuzz import anything, run_core  # noqa: E402
from tests.test_fuzz_robust import (  # noqa: E402
    NUMBER_FIELDS,
    SCALARS,
    WHOLE_FIELDS,
    csv_lines,
    junk_numbers,
    link_values,
    payloads,
    run_batch_text,
    run_link,
    run_rates,
    run_upload,
)

PATHS = {
    "core": (anything, run_core),
    "rates": (st.tuples(st.sampled_from(SCALARS), junk_numbers), lambda x: run_rates(*x)),
    "batch": (csv_lines, run_batch_text),
    "upload": (payloads, run_upload),
    "url": (st.tuples(st.sampled_from([*WHOLE_FIELDS, *NUMBER_FIELDS]), link_values), lambda x: run_link(*x)),
}


def fuzz(name: str, n: int) -> bool:
    strategy, run = PATHS[name]
    counts: Counter[str] = Counter()

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(raw: object) -> None:
        counts[run(raw)] += 1

    t = time.perf_counter()
    try:
        one()
    except Exception as e:  # report what broke, with hypothesis' minimal example above
        print(f"{name}: FAILED after {sum(counts.values())} inputs: {type(e).__name__}: {e}")
        return False
    outcomes = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    print(f"{name}: {sum(counts.values())} generated inputs in {time.perf_counter() - t:.1f} s: {outcomes}; "
          "0 other exceptions")  # fmt: skip
    return True


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--paths", nargs="+", choices=list(PATHS), default=list(PATHS))
    a = ap.parse_args()
    ok = [fuzz(name, a.n // 20 if name == "rates" else a.n) for name in a.paths]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
