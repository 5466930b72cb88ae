"""Load: N concurrent Streamlit websocket clients against one `streamlit run` on loopback (figures only).

    .venv/bin/python benchmarks/load_ws.py [--sessions 50] [--duration 60] [--think 2]

Like benchmarks/load.py, but without browsers: each session is a small asyncio client that speaks
Streamlit's own protocol on `ws://127.0.0.1:PORT/_stcore/stream` (the installed streamlit's
protobufs), so the two cores go to the server and the figures say what the server can do.

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
0.5 s, and the kernel's high-water mark VmHWM), and the CPU this client process used.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from benchmarks.load import HOURS, load_arguments, measured_server, pct, start_app  # noqa: E402

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
    """One WidgetState as the browser sends it; an empty widget (None) sends its id only."""
    ws = WidgetState(id=widget_id)
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
    """The headline calc gives for each (rent, hours) a session can ask (age 25, minimum wage)."""
    from tests.e2e.headline import difference, sentence

    rents = sorted({0.0} | {session_rent(n, situations) for n in range(sessions)})
    return {
        (rent, h): sentence(difference(AGE, rent, h)) for rent in rents for h in sorted({FIRST_HOURS, *HOURS})
    }


async def session(
    n: int, url: str, args: argparse.Namespace, sentences: dict[tuple[float, int], str], stats: dict[str, Any]
) -> None:
    from websockets.asyncio.client import connect

    rng = random.Random(n)
    await asyncio.sleep(n * args.ramp / max(args.sessions, 1))  # people arrive over a few seconds
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
    url: str, args: argparse.Namespace, sentences: dict[tuple[float, int], str], stats: dict[str, Any]
) -> None:
    stats["deadline"] = time.monotonic() + args.ramp + args.duration
    await asyncio.gather(*(session(n, url, args, sentences, stats) for n in range(args.sessions)))


# --- the run -----------------------------------------------------------------------------------


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    if not ms:
        return f"  {label}: no successful changes"
    return (
        f"  {label}: p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms, max {max(ms):.0f} ms,"
        f" mean {statistics.fmean(ms):.0f} ms"
    )


def main() -> None:
    ap = load_arguments(__doc__, sessions=50)
    ap.add_argument(
        "--situations",
        choices=["own", "same"],
        default="own",
        help="own: each session enters its own rent first; same: all keep the default form",
    )
    args = ap.parse_args()

    sentences = expected_sentences(args.sessions, args.situations)
    log = Path(tempfile.mkdtemp(prefix="load-ws-")) / "server.log"
    proc, url = start_app(log)
    stats: dict[str, Any] = {
        "answer": [],
        "finished": [],
        "first": [],
        "bytes": [],
        "errors": [],
    }
    client0 = time.process_time()
    with measured_server(proc) as server:
        asyncio.run(drive(url, args, sentences, stats))
    wall, cpu, client = server.wall, server.cpu, time.process_time() - client0

    first, changes = stats["first"], len(stats["answer"])
    kb = statistics.fmean(stats["bytes"]) / 1024 if stats["bytes"] else float("nan")
    print(f"load_ws: {args.sessions} concurrent websocket sessions on {url} ({os.cpu_count()} cores)")
    print(
        f"  {wall:.0f} s wall, ramp {args.ramp:g} s, duration {args.duration:g} s, think {args.think:g} s,"
        f" situations: {args.situations}"
    )
    print(f"  sessions loaded: {len(first)} of {args.sessions}; page load to script_finished:", end="")
    print(f" p50 {pct(first, 0.5):.2f} s, max {max(first, default=float('nan')):.2f} s")
    print(f"  changes answered: {changes} ({changes / wall:.1f}/s), {kb:.0f} kB of ForwardMsgs per rerun")
    print(summary("input change -> new headline", stats["answer"]))
    print(summary("input change -> script_finished", stats["finished"]))
    print(f"  errors: {len(stats['errors'])}")
    for e in stats["errors"][:20]:
        print(f"    {e}")
    print(
        f"  server RSS: {server.idle:.0f} MB before the first session, peak sampled {server.peak:.0f} MB,"
        f" VmHWM {server.high_water:.0f} MB, end {server.end:.0f} MB"
    )
    print(f"  server CPU: {cpu:.0f} s in {wall:.0f} s wall ({cpu / wall:.0%} of one core)")
    print(f"  this client's CPU: {client:.0f} s ({client / wall:.0%} of one core)")
    print(f"  server log: {log}")


if __name__ == "__main__":
    main()
