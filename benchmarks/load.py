"""Load: N concurrent browser sessions against one `streamlit run`, on loopback (figures, no asserts).

    .venv/bin/python benchmarks/load.py [--sessions 10] [--duration 60] [--think 2]

Starts the app on 127.0.0.1 (a free port), opens N pages in Debian's chromium (one browser, one
context per session, started over a few seconds), and lets each session change the hours field
again and again until --duration has passed (at least --min-changes times), pausing --think
seconds between changes like a person reading. Each change is timed from the Enter key to the
moment the headline shows the answer calc computes for the new hours (checked every animation
frame); a wrong or missing answer within --timeout counts as an error. Prints p50/p95/max of those
times, changes and errors, and the server's memory (RSS of the streamlit process from /proc: peak
sampled every 0.5 s, and at the end).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows"]  # fmt: skip
HOURS_LABEL = "Hoeveel uur per week gaat u werken?"
HOURS = list(range(4, 41, 2))


def expected_sentences() -> dict[int, str]:
    """The headline for the default form (age 25, no rent, minimum wage) at each hours value, by calc."""
    from tests.e2e.headline import difference, sentence

    return {h: sentence(difference(25, 0, h)) for h in HOURS}


def rss_mb(pid: int) -> float:
    """Resident memory of one process, in MB (from /proc; 0 when it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants, from /proc: a server of several processes (scripts/serve)."""
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids.setdefault(ppid, []).append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += kids.get(p, [])
    return tree


def machine_busy_seconds() -> float:
    """CPU seconds all cores have been busy since boot (/proc/stat): to see what else ran."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process (not its children), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def peak_rss_mb(pid: int) -> float:
    """The kernel's high-water mark of the process's resident memory (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@dataclass
class ServerRun:
    """What the load scripts measure of the server around one run (MB, seconds), summed over its processes."""

    idle: float  # RSS before the first session
    peak: float = 0.0  # highest RSS sampled every 0.5 s
    end: float = 0.0
    high_water: float = float("nan")  # the kernel's VmHWM (summed over processes: an upper bound)
    cpu: float = 0.0  # server CPU seconds during the run
    wall: float = 0.0
    machine: float = 0.0  # CPU seconds the whole machine was busy during the run
    processes: int = 1
    cpu_by_kind: dict[str, float] = field(default_factory=dict)  # streamlit, haproxy, other


def process_kind(pid: int) -> str:
    """streamlit, haproxy or other (scripts/serve itself), from the command line."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "other"
    if argv[0].endswith(b"haproxy"):
        return "haproxy"
    return "streamlit" if b"streamlit" in argv else "other"


@contextmanager
def measured(pids: Sequence[int]) -> Iterator[ServerRun]:
    """Samples the memory of the server's processes while the block runs, and their CPU time."""
    run = ServerRun(idle=sum(rss_mb(p) for p in pids), processes=len(pids))
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            run.peak = max(run.peak, sum(rss_mb(p) for p in pids))
            stop.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    kinds = {p: process_kind(p) for p in pids}
    cpu0, busy0, t0 = {p: cpu_seconds(p) for p in pids}, machine_busy_seconds(), time.perf_counter()
    try:
        yield run
    finally:
        run.wall = time.perf_counter() - t0
        for p in pids:
            used = cpu_seconds(p) - cpu0[p]
            run.cpu_by_kind[kinds[p]] = run.cpu_by_kind.get(kinds[p], 0.0) + used
        run.cpu = sum(run.cpu_by_kind.values())
        run.machine = machine_busy_seconds() - busy0
        run.end = sum(rss_mb(p) for p in pids)
        run.high_water = sum(peak_rss_mb(p) for p in pids)
        stop.set()
        sampler.join()


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def measured_server(proc: subprocess.Popen[bytes]) -> Iterator[ServerRun]:
    """Samples the server's memory while the block runs, then stops the server."""
    try:
        with measured([proc.pid]) as run:
            yield run
    finally:
        stop_process(proc)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_app(log: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    """One `streamlit run app.py` on a free loopback port (extra: more --option=value); its URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless=true",
           f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false",
           "--server.fileWatcherType=none", *extra]  # fmt: skip
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("streamlit did not start:\n" + log.read_text())
        time.sleep(0.1)


WAIT_JS = """expected => [...document.querySelectorAll('h2')].some(h => h.innerText.trim() === expected)"""


async def session(
    browser: Any, url: str, n: int, args: argparse.Namespace, sentences: dict[int, str], stats: dict[str, Any]
) -> None:
    rng = random.Random(n)
    await asyncio.sleep(n * args.ramp / max(args.sessions, 1))  # people arrive over a few seconds
    context = await browser.new_context(viewport={"width": 1280, "height": 1000}, locale="nl-NL")
    page = await context.new_page()
    page.set_default_timeout(args.timeout * 1000)  # fill/press wait as long as an answer may take
    try:
        t0 = time.perf_counter()
        await page.goto(url, timeout=args.timeout * 1000)
        await page.wait_for_function(WAIT_JS, arg=sentences[20], polling="raf", timeout=args.timeout * 1000)
        stats["first"].append(time.perf_counter() - t0)
        box = page.get_by_label(HOURS_LABEL, exact=True)
        current, done = 20, 0
        while done < args.min_changes or time.monotonic() < stats["deadline"]:
            new = rng.choice([h for h in HOURS if h != current])
            await box.fill(str(new))
            start = time.perf_counter()
            await box.press("Enter")
            try:
                await page.wait_for_function(
                    WAIT_JS, arg=sentences[new], polling="raf", timeout=args.timeout * 1000
                )
                stats["times"].append(time.perf_counter() - start)
            except Exception as e:  # a timeout or a wrong answer
                stats["errors"].append(f"session {n}, hours {new}: {type(e).__name__}: {str(e)[:120]}")
            current, done = new, done + 1
            await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
    except Exception as e:
        stats["errors"].append(f"session {n}: {type(e).__name__}: {str(e).splitlines()[0][:160]}")
    finally:
        await context.close()


async def drive(url: str, args: argparse.Namespace, sentences: dict[int, str], stats: dict[str, Any]) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        stats["deadline"] = time.monotonic() + args.ramp + args.duration
        await asyncio.gather(
            *(session(browser, url, n, args, sentences, stats) for n in range(args.sessions))
        )
        await browser.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def load_arguments(doc: str | None, sessions: int, several: bool = False) -> argparse.ArgumentParser:
    """The options both load scripts share (sessions, duration, ramp, think time, timeouts).

    several: --sessions takes one or more counts (a list), one run after the other.
    """
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    if several:
        ap.add_argument("--sessions", type=int, nargs="+", default=[sessions], help="one run per count")
    else:
        ap.add_argument("--sessions", type=int, default=sessions)
    ap.add_argument("--duration", type=float, default=60, help="seconds of changes after the ramp-up")
    ap.add_argument("--ramp", type=float, default=10, help="seconds over which the sessions arrive")
    ap.add_argument("--think", type=float, default=2, help="mean pause between changes, seconds")
    ap.add_argument("--min-changes", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60, help="seconds before a change counts as an error")
    return ap


def main() -> None:
    args = load_arguments(__doc__, sessions=10).parse_args()

    sentences = expected_sentences()
    log = Path(tempfile.mkdtemp(prefix="load-")) / "server.log"
    proc, url = start_app(log)
    stats: dict[str, Any] = {"times": [], "first": [], "errors": []}
    with measured_server(proc) as server:
        asyncio.run(drive(url, args, sentences, stats))
    wall, cpu = server.wall, server.cpu

    ms = [t * 1000 for t in stats["times"]]
    first, nan = stats["first"], float("nan")
    mean = statistics.fmean(ms) if ms else nan
    print(f"load: {args.sessions} concurrent browser sessions on {url} ({os.cpu_count()} cores)")
    print(f"  {wall:.0f} s wall, ramp {args.ramp} s, duration {args.duration} s, think {args.think} s")
    print(f"  first answer after page load: p50 {pct(first, 0.5):.2f} s, max {max(first, default=nan):.2f} s")
    print(f"  input change -> new answer: p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms,")
    print(f"    max {max(ms, default=nan):.0f} ms, mean {mean:.0f} ms over {len(ms)} changes")
    print(f"  errors: {len(stats['errors'])}")
    for e in stats["errors"][:20]:
        print(f"    {e}")
    print(f"  server RSS: idle {server.idle:.0f} MB, peak {server.peak:.0f} MB, end {server.end:.0f} MB")
    print(f"  server CPU: {cpu:.0f} s in {wall:.0f} s wall ({cpu / wall:.0%} of one core)")
    print(f"  server log: {log}")


if __name__ == "__main__":
    main()
