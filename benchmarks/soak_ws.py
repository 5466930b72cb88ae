"""Soak: 2,000 reruns on one `streamlit run`, and the server's memory along the way (figures only).

    .venv/bin/python benchmarks/soak_ws.py [--reruns 2000] [--concurrency 4] [--per-session 50]
    .venv/bin/python benchmarks/soak_ws.py --gc on     # Streamlit's default: gc.collect(2) after every run

Issue 20: `[runner] postScriptGC = false` in .streamlit/config.toml stops Streamlit from running a
full garbage collection after every script run. Python still collects by itself (generation
thresholds), so memory should stay flat; this shows whether it does.

Sessions come and go as people do: --concurrency sessions at a time, each opens the page, enters
its own rent, changes the hours --per-session times (pausing --think seconds, 0 by default: the
server never waits for a person) and closes; a new session takes its place until --reruns changes
have been answered. Every answer is checked against calc (benchmarks/load_ws.py's check). Every
--every changes it prints the server's RSS; at the end the RSS at 10%, 50% and 100% of the run,
the growth over the second half (MB per 1,000 reruns), the kernel's high-water mark, the CPU per
rerun, reruns per second and errors. --gc config uses the app's .streamlit/config.toml; on or off
override it (--runner.postScriptGC). It asserts nothing and is no test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import (  # noqa: E402
    HOURS,
    cpu_seconds,
    machine_busy_seconds,
    peak_rss_mb,
    rss_mb,
    start_app,
    stop_process,
)
from benchmarks.load_ws import (  # noqa: E402
    FIRST_HOURS,
    HOURS_KEY,
    RENT_KEY,
    Widget,
    check,
    expected_sentences,
    rerun_msg,
    run_once,
    session_rent,
    widget_state,
)


async def soak(
    url: str, pid: int, args: argparse.Namespace, sentences: dict[tuple[float, int], str]
) -> dict[str, Any]:
    from websockets.asyncio.client import connect

    state: dict[str, Any] = {"next": 0, "done": 0, "loads": 0, "errors": [], "samples": [], "open": 0}
    t0 = time.perf_counter()

    def sample() -> None:
        rss = rss_mb(pid)
        state["samples"].append((state["done"], time.perf_counter() - t0, rss))
        done, t = state["done"], time.perf_counter() - t0
        print(f"  {done:5d} reruns  {t:6.0f} s  RSS {rss:6.1f} MB  sessions open {state['open']}")
        sys.stdout.flush()

    async def one_session(n: int) -> None:
        rng = random.Random(n)
        widgets: dict[str, Widget] = {}
        rent, hours = session_rent(n, "own"), FIRST_HOURS
        query: dict[str, Any] = {RENT_KEY: f"{rent:g}"}
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        async with connect(
            ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=args.timeout
        ) as ws:
            state["open"] += 1
            try:
                _, reply = await run_once(ws, rerun_msg(""), widgets, args.timeout)
                state["loads"] += 1
                problem = check(reply, sentences[0.0, FIRST_HOURS])
                steps: list[tuple[str, float]] = [(RENT_KEY, rent)]
                for _ in range(args.per_session):
                    hours = rng.choice([h for h in HOURS if h != hours])
                    steps.append((HOURS_KEY, float(hours)))
                current = FIRST_HOURS
                for key, value in steps:
                    if problem or state["done"] >= args.reruns:
                        break
                    widget_id = next(i for i, w in widgets.items() if w.key == key)
                    widgets[widget_id].value = value
                    if key == HOURS_KEY:
                        current = int(value)
                        query[HOURS_KEY] = str(current)
                    states = [widget_state(i, w.kind, w.value) for i, w in widgets.items()]
                    _, reply = await run_once(ws, rerun_msg(urlencode(query), states), widgets, args.timeout)
                    problem = check(reply, sentences[rent, current])
                    state["done"] += 1
                    if state["done"] % args.every == 0:
                        sample()
                    if args.think:
                        await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
                if problem:
                    state["errors"].append(f"session {n}: {problem}")
            finally:
                state["open"] -= 1

    async def seat() -> None:
        while state["done"] < args.reruns:
            n = state["next"]
            state["next"] += 1
            try:
                await one_session(n)
            except Exception as e:
                state["errors"].append(f"session {n}: {type(e).__name__}: {str(e)[:160]}")
                if len(state["errors"]) > 20:
                    return

    sample()
    await asyncio.gather(*(seat() for _ in range(args.concurrency)))
    return state


def rss_at(samples: list[tuple[int, float, float]], reruns: float) -> float:
    """The RSS sampled at (or first after) this many reruns."""
    return next((rss for done, _, rss in samples if done >= reruns), samples[-1][2])


def growth_per_1000(samples: list[tuple[int, float, float]]) -> float:
    """Least-squares slope of RSS over reruns in the second half of the run, MB per 1,000 reruns."""
    last = samples[-1][0]
    points = [(done, rss) for done, _, rss in samples if done >= last / 2]
    if len(points) < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / var if var else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reruns", type=int, default=2000, help="answered changes in all")
    ap.add_argument("--concurrency", type=int, default=4, help="sessions open at once")
    ap.add_argument("--per-session", type=int, default=50, help="hours changes before a session closes")
    ap.add_argument("--think", type=float, default=0, help="mean pause between changes, seconds")
    ap.add_argument("--every", type=int, default=100, help="print the RSS every this many reruns")
    ap.add_argument("--gc", choices=["config", "on", "off"], default="config", help="runner.postScriptGC")
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()

    sessions = args.reruns // args.per_session + 2 * args.concurrency + 1
    sentences = expected_sentences(sessions, "own")
    log = Path(tempfile.mkdtemp(prefix="soak-ws-")) / "server.log"
    extra = [] if args.gc == "config" else [f"--runner.postScriptGC={'true' if args.gc == 'on' else 'false'}"]
    proc, url = start_app(log, *extra)
    print(
        f"soak_ws: {args.reruns} reruns on {url}, {args.concurrency} sessions at a time, {args.per_session}"
    )
    print(f"  changes each, think {args.think:g} s, postScriptGC: {args.gc} ({os.cpu_count()} cores)")
    try:
        cpu0, busy0, t0 = cpu_seconds(proc.pid), machine_busy_seconds(), time.perf_counter()
        client0 = time.process_time()
        state = asyncio.run(soak(url, proc.pid, args, sentences))
        wall, cpu = time.perf_counter() - t0, cpu_seconds(proc.pid) - cpu0
        other = machine_busy_seconds() - busy0 - cpu - (time.process_time() - client0)
        hwm = peak_rss_mb(proc.pid)
    finally:
        stop_process(proc)
    samples, done, loads = state["samples"], state["done"], state["loads"]
    half, end, rate = rss_at(samples, done / 2), samples[-1][2], (done + loads) / wall
    print(f"  reruns: {done} changes + {loads} page loads in {wall:.0f} s ({rate:.2f}/s)")
    per_rerun = cpu / max(done + loads, 1)
    print(f"  server CPU: {cpu:.0f} s ({cpu / wall:.0%} of one core), {per_rerun:.3f} s per rerun")
    print(
        f"  RSS: {samples[0][2]:.0f} MB before, {rss_at(samples, done / 10):.0f} MB at 10%,"
        f" {half:.0f} MB at 50%, {end:.0f} MB at the end; VmHWM {hwm:.0f} MB"
    )
    print(
        f"  growth over the second half (least squares): {growth_per_1000(samples):+.1f} MB per 1,000 reruns"
    )
    print(f"  errors: {len(state['errors'])}")
    for e in state["errors"][:20]:
        print(f"    {e}")
    print(f"  the rest of the machine: {other / wall:.0%} of one core busy meanwhile;", end="")
    print(f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"  server log: {log}")


if __name__ == "__main__":
    main()
