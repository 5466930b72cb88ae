"""Load: N concurrent Streamlit websocket clients against the app on loopback (figures only).

    .venv/bin/python benchmarks/load_ws.py [--sessions 50] [--duration 60] [--think 2]
    .venv/bin/python benchmarks/load_ws.py --serve 2 --sessions 1 10 50 100   # scripts/serve, 2 workers
    .venv/bin/python benchmarks/load_ws.py --url http://127.0.0.1:8501 [--server-pid PID]

The server is one `streamlit run` on a free port (the default), `scripts/serve --workers N` on a
free port (--serve N: N Streamlit processes behind HAProxy), or an address that is already running
(--url; its CPU and memory are measured only with --server-pid, the pid of scripts/serve or
streamlit: that process and all its descendants count). Several --sessions counts run one after the
other against the same server, each with new sessions (and rents no earlier run used).

Like benchmarks/load.py, but without browsers: each session is a small asyncio client that speaks
Streamlit's own protocol on `ws://HOST:PORT/_stcore/stream` (the installed streamlit's protobufs),
so the two cores go to the server and the figures say what the server can do.

What a session does, as the browser does it:
1. Opens the websocket with the subprotocol header "streamlit" (the browser puts an XSRF token and a
   previous session id in the 2nd and 3rd entries; a new session without login needs neither).
2. Sends BackMsg.rerun_script (a ClientState with the page's query string, no widget states) and
   reads ForwardMsgs (new_session, deltas, script_finished) until script_finished: the page load.
   Every widget in the deltas is remembered by its id, with its kind and current value.
3. With --situations own (the default), enters its own rent first (400 + 7.31 * session number euros,
   so no two sessions share a situation and no cache can answer one session from another's work);
   with --situations same, every session keeps the default form (rent 0), as load.py does.
4. Again and again until --duration has passed (at least --min-changes times): picks another number
   of hours for the new job, and sends BackMsg.rerun_script with the values of ALL widgets (as the
   browser's WidgetStateManager does; the hours widget, found by its key `hours`, with the new value)
   and the query string the browser's address bar would hold (?rent=R&hours=N). It times, from the
   send, (a) the delta that carries the headline of views/answer.py ("## Elke maand ... op uw rekening") and
   (b) script_finished. The headline must be the sentence calc computes for that rent and those
   hours (tests/e2e/headline.py, as the browser tests check it); a wrong headline, an exception
   element, a script that does not finish successfully, or no answer within --timeout counts as an
   error. Then it waits --think seconds (0.5x-1.5x, random) like a person reading. The rent change
   of step 3 is timed and checked the same way.

The client does not cache ForwardMsgs (a browser tells the server the hashes it has cached, and then
receives a reference instead of a repeated element); so this client receives a little more data.
Prints p50/p95/max of both times, changes and errors, the server's CPU and memory (RSS sampled every
0.5 s, and the kernel's high-water mark VmHWM), summed over its processes (with --serve: the Streamlit
workers, HAProxy and scripts/serve itself), the server CPU per rerun (a rerun: a page load or an
answered change), the CPU this client process used, and what the rest of the machine used meanwhile
(all cores' busy time minus server and client: other people's work on a shared machine).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from benchmarks.load import (  # noqa: E402
    HOURS,
    ServerRun,
    free_port,
    load_arguments,
    measured,
    pct,
    process_tree,
    start_app,
    stop_process,
)

HOURS_KEY = "hours"  # the widget key (and URL parameter) of "Hoeveel uur per week gaat u werken?"
RENT_KEY = "rent"  # "Huur per maand (kale huur, ...)"
AGE, FIRST_HOURS = 25, 20  # the form's defaults
# views/answer.py: the answer is the one level-2 heading, e.g. "## Elke maand € 148,20 meer op uw rekening".
HEADLINE_ENDS = ("op uw rekening", "in your account every month")
# Element kinds whose value the browser keeps in its widget states, and the WidgetState field.
VALUE_FIELDS = {
    "number_input": "double_value",
    "checkbox": "bool_value",  # st.checkbox and st.toggle
    "radio": "string_value",
    "selectbox": "string_value",
    "text_input": "string_value",
}


# --- the protocol: widget values in, BackMsg out; ForwardMsg in, what it says out -----------------


def widget_value(kind: str, el: Any) -> Any:
    """The value a widget shows after a run: what the server set, else its default (None = empty).

    number_input/checkbox/text_input: `value` when `set_value`, else `default`; radio/selectbox:
    `raw_value` (the formatted option) when `set_value`, else the option at index `default`.
    """
    if kind in ("radio", "selectbox"):
        if el.set_value:
            return el.raw_value if el.HasField("raw_value") else None
        return el.options[el.default] if el.HasField("default") and el.default < len(el.options) else None
    if el.set_value:
        return el.value if kind == "checkbox" or el.HasField("value") else None
    if kind == "checkbox":
        return el.default
    return el.default if el.HasField("default") else None


def widget_state(widget_id: str, kind: str, value: Any) -> WidgetState:
    """One WidgetState as the browser sends it; an empty widget (None) sends its id only. Money and
    hours are text fields (views/numbers.py): a number goes in as the text a person types ("24")."""
    ws = WidgetState(id=widget_id)
    if kind == "text_input" and isinstance(value, float | int) and not isinstance(value, bool):
        value = f"{value:g}"
    if value is not None:
        setattr(ws, VALUE_FIELDS[kind], value)
    return ws


def rerun_msg(query_string: str, states: list[WidgetState] | None = None) -> bytes:
    """BackMsg.rerun_script: the browser's ClientState (query string, widget states, main page)."""
    msg = BackMsg()
    msg.rerun_script.query_string = query_string
    msg.rerun_script.page_script_hash = ""
    if states is not None:
        msg.rerun_script.widget_states.widgets.extend(states)
    return msg.SerializeToString()


@dataclass
class Widget:
    kind: str
    key: str  # the user key, from the bound query parameter ("" when not bound)
    value: Any


@dataclass
class Reply:
    """What one run sent back, as far as the load test cares."""

    headline: str | None = None
    headline_at: float | None = None
    finished: int | None = None  # ForwardMsg.ScriptFinishedStatus
    finished_at: float | None = None
    exceptions: list[str] = field(default_factory=list)
    messages: int = 0
    bytes: int = 0


def read_forward_msg(data: bytes, widgets: dict[str, Widget], reply: Reply, now: float) -> None:
    """Parse one ForwardMsg: remember widgets, the headline, exceptions and script_finished."""
    msg = ForwardMsg()
    msg.ParseFromString(data)
    reply.messages += 1
    reply.bytes += len(data)
    kind = msg.WhichOneof("type")
    if kind == "script_finished":
        reply.finished, reply.finished_at = msg.script_finished, now
    elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
        reply.exceptions.append(msg.session_event.script_compilation_exception.message)
    elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
        el_kind = msg.delta.new_element.WhichOneof("type")
        el = getattr(msg.delta.new_element, el_kind)
        if el_kind in VALUE_FIELDS:
            known = widgets.get(el.id)
            # As the browser: a widget drawn again keeps what the user entered, unless the server
            # sets its value (set_value); a new widget starts at its value or default.
            if known is None or el.set_value:
                widgets[el.id] = Widget(el_kind, el.query_param_key, widget_value(el_kind, el))
        elif el_kind == "markdown" and is_headline(el.body) and reply.headline is None:
            reply.headline, reply.headline_at = el.body[3:], now
        elif el_kind == "exception":
            reply.exceptions.append(f"{el.type}: {el.message}")


# --- one session -------------------------------------------------------------------------------


async def run_once(
    ws: Any, payload: bytes, widgets: dict[str, Widget], timeout: float
) -> tuple[float, Reply]:
    """Send one BackMsg, read until script_finished; return the send time and the reply."""
    reply = Reply()
    start = time.perf_counter()
    await ws.send(payload)
    async with asyncio.timeout(timeout):
        while reply.finished is None:
            data = await ws.recv()
            read_forward_msg(data, widgets, reply, time.perf_counter())
    return start, reply


def is_headline(body: str) -> bool:
    return body.startswith("## ") and body.endswith(HEADLINE_ENDS)


def check(reply: Reply, expected: str) -> str | None:
    """None when the run shows the expected headline and finished well, else what went wrong."""
    if reply.exceptions:
        return f"exception: {reply.exceptions[0][:120]}"
    if reply.finished != ForwardMsg.FINISHED_SUCCESSFULLY:
        return f"script_finished status {reply.finished}"
    if reply.headline != expected:
        return f"headline {reply.headline!r}, expected {expected!r}"
    return None


def session_rent(n: int, situations: str) -> float:
    """The rent session n enters: its own with --situations own, the default 0 with same."""
    return round(400 + 7.31 * n, 2) if situations == "own" else 0.0


def expected_sentences(sessions: int, situations: str) -> dict[tuple[float, int], str]:
    """The headline calc gives for each (rent, hours) that sessions 0..sessions-1 can ask (age 25)."""
    from tests.e2e.headline import difference, sentence

    rents = sorted({0.0} | {session_rent(n, situations) for n in range(sessions)})
    return {
        (rent, h): sentence(difference(AGE, rent, h)) for rent in rents for h in sorted({FIRST_HOURS, *HOURS})
    }


async def session(
    n: int,
    arrival: float,
    url: str,
    args: argparse.Namespace,
    sentences: dict[tuple[float, int], str],
    stats: dict[str, Any],
) -> None:
    """Session number n (its rent and random choices), arriving `arrival` seconds into the run."""
    from websockets.asyncio.client import connect

    rng = random.Random(n)
    await asyncio.sleep(arrival)  # people arrive over a few seconds
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    widgets: dict[str, Widget] = {}

    async def change(key: str, value: float, query: dict[str, Any], expected: str) -> bool:
        """Set one widget, rerun, check and time the answer; False when the session must stop."""
        widget_id = next(i for i, w in widgets.items() if w.key == key)
        widgets[widget_id].value = value
        states = [widget_state(i, w.kind, w.value) for i, w in widgets.items()]
        try:
            start, reply = await run_once(ws, rerun_msg(urlencode(query), states), widgets, args.timeout)
        except TimeoutError:
            stats["errors"].append(f"session {n}, {query}: no script_finished in {args.timeout:g} s")
            return False  # the connection's state is unknown now
        problem = check(reply, expected)
        if problem:
            stats["errors"].append(f"session {n}, {query}: {problem}")
        else:
            stats["answer"].append(reply.headline_at - start)
            stats["finished"].append(reply.finished_at - start)
            stats["bytes"].append(reply.bytes)
        return True

    try:
        async with connect(
            ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=args.timeout
        ) as ws:
            start, reply = await run_once(ws, rerun_msg(""), widgets, args.timeout)
            problem = check(reply, sentences[0.0, FIRST_HOURS])
            if problem:
                raise RuntimeError(f"first load: {problem}")
            stats["first"].append(reply.finished_at - start)
            rent, hours, done = session_rent(n, args.situations), FIRST_HOURS, 0
            query: dict[str, Any] = {}
            if rent:
                query[RENT_KEY] = f"{rent:g}"
                if not await change(RENT_KEY, rent, query, sentences[rent, hours]):
                    return
                await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
            while done < args.min_changes or time.monotonic() < stats["deadline"]:
                hours = rng.choice([h for h in HOURS if h != hours])
                query[HOURS_KEY] = str(hours)
                if not await change(HOURS_KEY, float(hours), query, sentences[rent, hours]):
                    return
                done += 1
                await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
    except Exception as e:
        stats["errors"].append(f"session {n}: {type(e).__name__}: {str(e)[:160]}")


async def drive(
    url: str,
    args: argparse.Namespace,
    numbers: range,
    sentences: dict[tuple[float, int], str],
    stats: dict[str, Any],
) -> None:
    """Sessions with these numbers, arriving evenly over --ramp seconds."""
    stats["deadline"] = time.monotonic() + args.ramp + args.duration
    step = args.ramp / max(len(numbers), 1)
    await asyncio.gather(*(session(n, i * step, url, args, sentences, stats) for i, n in enumerate(numbers)))


# --- the run -----------------------------------------------------------------------------------


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    if not ms:
        return f"  {label}: no successful changes"
    return (
        f"  {label}: p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms, max {max(ms):.0f} ms,"
        f" mean {statistics.fmean(ms):.0f} ms"
    )


async def warm_up(url: str, n: int, timeout: float) -> None:
    """n page loads at once, not measured: each worker imports the app (about 2 s) before the runs."""
    from websockets.asyncio.client import connect

    async def load() -> None:
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        async with connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout) as ws:
            await run_once(ws, rerun_msg(""), {}, timeout)

    await asyncio.gather(*(load() for _ in range(n)))


def start_server(
    args: argparse.Namespace, log: Path
) -> tuple[subprocess.Popen[bytes] | None, str, list[int]]:
    """The server to load (one streamlit, scripts/serve, or --url), its URL and its process ids."""
    if args.url:
        return None, args.url.rstrip("/"), process_tree(args.server_pid) if args.server_pid else []
    if not args.serve:
        proc, url = start_app(log)
        return proc, url, [proc.pid]
    port = free_port()
    with log.open("w") as out:
        cmd = [str(ROOT / "scripts" / "serve"), "--workers", str(args.serve), "--port", str(port)]
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 180
    while "Ctrl-C stops it." not in log.read_text():  # printed once HAProxy answers
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_process(proc)
            raise RuntimeError("scripts/serve did not start:\n" + log.read_text())
        time.sleep(0.2)
    return proc, f"http://127.0.0.1:{port}", process_tree(proc.pid)


def report(sessions: int, url: str, args: argparse.Namespace, stats: dict[str, Any], server: ServerRun,
           client: float, pids: list[int]) -> dict[str, Any]:  # fmt: skip
    """Print one run's figures; return them as a row for the summary table."""
    wall, cpu = server.wall, server.cpu
    first, changes = stats["first"], len(stats["answer"])
    reruns = len(first) + changes
    kb = statistics.fmean(stats["bytes"]) / 1024 if stats["bytes"] else float("nan")
    print(f"load_ws: {sessions} concurrent websocket sessions on {url} ({os.cpu_count()} cores)")
    print(
        f"  {wall:.0f} s wall, ramp {args.ramp:g} s, duration {args.duration:g} s, think {args.think:g} s,"
        f" situations: {args.situations}"
    )
    print(f"  sessions loaded: {len(first)} of {sessions}; page load to script_finished:", end="")
    print(f" p50 {pct(first, 0.5):.2f} s, max {max(first, default=float('nan')):.2f} s")
    print(f"  changes answered: {changes} ({changes / wall:.1f}/s), {kb:.0f} kB of ForwardMsgs per rerun")
    print(f"  reruns (page loads + answered changes): {reruns} ({reruns / wall:.2f}/s)")
    print(summary("input change -> new headline", stats["answer"]))
    print(summary("input change -> script_finished", stats["finished"]))
    print(f"  errors: {len(stats['errors'])}")
    for e in stats["errors"][:20]:
        print(f"    {e}")
    row = {
        "sessions": sessions,
        "reruns": reruns,
        "per_s": reruns / wall,
        "answer": stats["answer"],
        "finished": stats["finished"],
        "first": first,
        "errors": len(stats["errors"]),
        "cpu_per_rerun": float("nan"),
        "cores": float("nan"),
        "peak": float("nan"),
        "other": float("nan"),
    }
    if pids:
        row.update(cpu_per_rerun=cpu / reruns if reruns else float("nan"), cores=cpu / wall, peak=server.peak)
        row["other"] = (server.machine - cpu - client) / wall
        print(
            f"  server ({server.processes} processes): RSS {server.idle:.0f} MB before the first session,"
            f" peak sampled {server.peak:.0f} MB, VmHWM {server.high_water:.0f} MB, end {server.end:.0f} MB"
        )
        print(
            f"  server CPU: {cpu:.0f} s in {wall:.0f} s wall ({cpu / wall:.0%} of one core);"
            f" per rerun {row['cpu_per_rerun']:.3f} s"
        )
        kinds = ", ".join(f"{kind} {sec:.2f} s" for kind, sec in sorted(server.cpu_by_kind.items()))
        print(f"    of which {kinds}")
    else:
        print("  server CPU and memory: not measured (--url without --server-pid)")
    print(f"  this client's CPU: {client:.0f} s ({client / wall:.0%} of one core)")
    print(
        f"  the rest of the machine: {row['other']:.0%} of one core busy meanwhile;"
        f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    return row


def table(label: str, rows: list[dict[str, Any]]) -> None:
    """All runs as a markdown table (the format of docs/load.md)."""
    print()
    print(
        "| server | sessions | reruns (per s) | new headline p50 / p95 | script_finished p50 / p95"
        " | page load p50 | errors | CPU per rerun | server CPU | RSS peak | rest of machine |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        ms = [[t * 1000 for t in r[k]] for k in ("answer", "finished")]
        print(
            f"| {label} | {r['sessions']} | {r['reruns']} ({r['per_s']:.2f}) |"
            f" {pct(ms[0], 0.5):.0f} / {pct(ms[0], 0.95):.0f} ms |"
            f" {pct(ms[1], 0.5):.0f} / {pct(ms[1], 0.95):.0f} ms |"
            f" {pct(r['first'], 0.5):.1f} s | {r['errors']} | {r['cpu_per_rerun']:.3f} s | {r['cores']:.0%} |"
            f" {r['peak']:.0f} MB | {r['other']:.0%} |"
        )


def main() -> None:
    ap = load_arguments(__doc__, sessions=50, several=True)
    ap.add_argument(
        "--situations",
        choices=["own", "same"],
        default="own",
        help="own: each session enters its own rent first; same: all keep the default form",
    )
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--serve", type=int, metavar="N", help="start scripts/serve with N workers")
    where.add_argument("--url", help="an address already serving the app")
    ap.add_argument("--server-pid", type=int, help="with --url: the server's pid (its descendants count too)")
    ap.add_argument("--pause", type=float, default=10, help="seconds between runs of several --sessions")
    ap.add_argument(
        "--warm",
        type=int,
        help="page loads at once before measuring, so each worker has imported the app"
        " (default: the number of workers; 0 with --url)",
    )
    args = ap.parse_args()
    if args.warm is None:
        args.warm = 0 if args.url else (args.serve or 1)

    sentences = expected_sentences(sum(args.sessions), args.situations)
    log = Path(tempfile.mkdtemp(prefix="load-ws-")) / "server.log"
    proc, url, pids = start_server(args, log)
    label = f"scripts/serve {args.serve}" if args.serve else ("--url" if args.url else "streamlit run")
    rows = []
    try:
        if args.warm:
            asyncio.run(warm_up(url, args.warm, args.timeout))
            print(f"warm-up: {args.warm} page loads at once before measuring (not counted)")
        for k, sessions in enumerate(args.sessions):
            if k:
                time.sleep(args.pause)  # the previous run's sessions close
            stats: dict[str, Any] = {"answer": [], "finished": [], "first": [], "bytes": [], "errors": []}
            first = sum(args.sessions[:k])
            client0 = time.process_time()
            with measured(pids) as server:
                asyncio.run(drive(url, args, range(first, first + sessions), sentences, stats))
            rows.append(report(sessions, url, args, stats, server, time.process_time() - client0, pids))
    finally:
        if proc is not None:
            stop_process(proc)
    table(label, rows)
    print(f"  server log: {log}")


if __name__ == "__main__":
    main()
