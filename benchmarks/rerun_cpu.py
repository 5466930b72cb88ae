"""CPU per rerun for a change of hours, on one `streamlit run` (issue 20: the target is under 60 ms).

    .venv/bin/python benchmarks/rerun_cpu.py [--blocks 5] [--pause 0.3] [--calendar open]
    .venv/bin/python benchmarks/rerun_cpu.py --profile      # in-process, cProfile over AppTest reruns

One websocket session (the protocol of benchmarks/load_ws.py) loads the page, then per block enters a
new rent (not measured) and changes the hours through 4, 6, ..., 40 in a shuffled order: every change
is a situation the session has not seen, so no cache of the session answers it (the hours sweep does
not depend on the hours chosen, so its cached charts are reused, as for a person). Each change is
sent when the server is idle; the server's CPU (user + system, /proc) is read before the send and
after script_finished plus --pause seconds, so the work Streamlit does after the run is counted.
/proc counts CPU in ticks of 10 ms, so one change's figure is rounded: the script prints the mean
per block (18 changes) and the median and range over the blocks, and how busy the rest of the
machine was meanwhile (all cores' busy time minus the server's and this client's, in cores).
The month calendar is closed, as a page opens (--calendar open: opened by the link, ?cal_open=true,
so it is computed and drawn on every change).

--profile runs the same changes in this process with Streamlit's AppTest under cProfile and prints
the functions with the most cumulative time (no websocket, no server: where the script's time goes).
It prints figures; it asserts nothing and is no test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load import HOURS, cpu_seconds, machine_busy_seconds, start_app, stop_process  # noqa: E402
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


async def measure(url: str, pid: int, args: argparse.Namespace) -> list[dict[str, float]]:
    """One session: page load, then per block a new rent and 18 measured changes of hours."""
    from websockets.asyncio.client import connect

    sentences = expected_sentences(args.blocks + 1, "own")
    widgets: dict[str, Widget] = {}
    rng = random.Random(20)
    blocks = []
    async with connect(
        url.replace("http://", "ws://") + "/_stcore/stream", subprotocols=["streamlit"], max_size=None
    ) as ws:

        async def change(key: str, value: float, query: dict[str, Any], expected: str) -> None:
            widget_id = next(i for i, w in widgets.items() if w.key == key)
            widgets[widget_id].value = value
            states = [widget_state(i, w.kind, w.value) for i, w in widgets.items()]
            _, reply = await run_once(ws, rerun_msg(urlencode(query), states), widgets, 60)
            problem = check(reply, expected)
            if problem:
                raise RuntimeError(f"{query}: {problem}")
            await asyncio.sleep(args.pause)  # what Streamlit does after script_finished counts too

        opened = {"cal_open": "true"} if args.calendar == "open" else {}
        await run_once(ws, rerun_msg(urlencode(opened)), widgets, 60)  # the page load (not measured)
        hours = FIRST_HOURS
        for b in range(1, args.blocks + 1):
            rent = session_rent(b, "own")
            query: dict[str, Any] = {**opened, RENT_KEY: f"{rent:g}"}
            await change(RENT_KEY, rent, query, sentences[rent, hours])
            order = [h for h in HOURS if h != hours]
            rng.shuffle(order)
            cpu, wall, busy, client = 0.0, 0.0, 0.0, 0.0
            for h in order:
                query[HOURS_KEY] = str(h)
                c0, m0, t0, p0 = (
                    cpu_seconds(pid),
                    machine_busy_seconds(),
                    time.perf_counter(),
                    time.process_time(),
                )
                await change(HOURS_KEY, float(h), query, sentences[rent, h])
                cpu += cpu_seconds(pid) - c0
                busy += machine_busy_seconds() - m0
                wall += time.perf_counter() - t0
                client += time.process_time() - p0
            hours = order[-1]
            blocks.append({"cpu": cpu / len(order), "rest": (busy - cpu - client) / wall, "n": len(order)})
            print(
                f"  block {b}: rent {rent:g}, {len(order)} changes of hours, CPU per change"
                f" {1000 * blocks[-1]['cpu']:.0f} ms; rest of machine {blocks[-1]['rest']:.2f} cores"
            )
    return blocks


def serve(args: argparse.Namespace) -> None:
    log = Path(tempfile.mkdtemp(prefix="rerun-cpu-")) / "server.log"
    proc, url = start_app(log)
    try:
        print(
            f"rerun_cpu: one `streamlit run` on {url} ({os.cpu_count()} cores), pause {args.pause:g} s,"
            f" month calendar {args.calendar}"
        )
        blocks = asyncio.run(measure(url, proc.pid, args))
    finally:
        stop_process(proc)
    ms = [1000 * b["cpu"] for b in blocks]
    rest = [b["rest"] for b in blocks]
    print(
        f"CPU per change of hours: median {statistics.median(ms):.0f} ms over {len(ms)} blocks"
        f" (range {min(ms):.0f}-{max(ms):.0f} ms); rest of machine {min(rest):.2f}-{max(rest):.2f} cores;"
        f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )


def profile(args: argparse.Namespace) -> None:
    """The same changes in-process (AppTest) under cProfile: where a rerun's time goes."""
    import cProfile
    import pstats

    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    from streamlit.testing.v1 import AppTest

    prof = cProfile.Profile()
    on = {"profile": False}
    run_script = ScriptRunner._run_script

    def profiled(self: Any, rerun_data: Any) -> None:  # the script runs in its own thread
        if on["profile"]:
            prof.runcall(run_script, self, rerun_data)
        else:
            run_script(self, rerun_data)

    ScriptRunner._run_script = profiled  # type: ignore[method-assign]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params[RENT_KEY] = "650"
    if args.calendar == "open":
        at.query_params["cal_open"] = "true"
    at.run()
    hours_field = at.text_input(key=HOURS_KEY) if HOURS_KEY in [w.key for w in at.text_input] else None
    changes = [h for h in HOURS if h != FIRST_HOURS]
    c0 = time.process_time()
    on["profile"] = True
    for h in changes:
        if hours_field is not None:
            at.text_input(key=HOURS_KEY).set_value(str(h))
        else:
            at.number_input(key=HOURS_KEY).set_value(float(h))
        at.run()
        assert not at.exception, at.exception
    cpu = (time.process_time() - c0) / len(changes)
    print(f"AppTest: {len(changes)} changes of hours, {1000 * cpu:.0f} ms CPU per rerun (with cProfile on)")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(args.top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--blocks", type=int, default=5, help="blocks of 18 changes, each with its own rent")
    ap.add_argument("--pause", type=float, default=0.3, help="seconds after script_finished still counted")
    ap.add_argument("--calendar", choices=["closed", "open"], default="closed", help="the month calendar")
    ap.add_argument("--profile", action="store_true", help="cProfile over AppTest reruns instead")
    ap.add_argument("--top", type=int, default=45, help="with --profile: how many functions to print")
    args = ap.parse_args()
    profile(args) if args.profile else serve(args)


if __name__ == "__main__":
    main()
