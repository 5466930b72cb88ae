"""N Streamlit processes behind HAProxy on one address (scripts/serve runs this; docs/deploy.md).

    scripts/serve [--workers N] [--host 127.0.0.1] [--port 8501] [--print-config]

One Streamlit process runs every session's script in threads that share one GIL, so it uses one
core. This starts N of them (default: one per core) on free loopback ports and HAProxy in front,
with sticky sessions by cookie, websockets, and a health check on `/_stcore/health`
(deploy/haproxy.cfg, filled in). It writes nothing but HAProxy's config, in a temp dir that is
removed as soon as HAProxy runs (HAProxy reads it once, at start). Ctrl-C, SIGTERM or SIGHUP
stops HAProxy and every worker; so does the end of any of them (a supervisor such as systemd then
starts the whole set again). The children also get SIGTERM from the kernel when this process
dies without cleaning up (PR_SET_PDEATHSIG).

The workers share one cookie secret (random per start, given in the environment, not on the
command line), so Streamlit's XSRF cookie is valid on every worker, e.g. after a failover.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).with_name("haproxy.cfg")
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"  # Debian puts it in sbin, not on a user's PATH
PR_SET_PDEATHSIG = 1


class Stop(Exception):
    """A signal asked us to stop."""


def default_workers() -> int:
    """One worker per core this process may run on."""
    return len(os.sched_getaffinity(0)) or 1


def free_ports(n: int, host: str = "127.0.0.1", avoid: Sequence[int] = ()) -> list[int]:
    """n distinct ports that are free on host now (the OS picks them)."""
    ports: list[int] = []
    while len(ports) < n:
        with socket.socket() as s:
            s.bind((host, 0))
            port: int = s.getsockname()[1]
        if port not in ports and port not in avoid:
            ports.append(port)
    return ports


def render_config(template: str, bind: str, workers: Sequence[tuple[str, str]]) -> str:
    """deploy/haproxy.cfg with the bind address and one `server` line per (name, host:port)."""
    if template.count("@BIND@") != 1 or template.count("@SERVERS@") != 1:
        raise ValueError("the template must hold @BIND@ and @SERVERS@ once each")
    servers = "\n".join(f"    server {name} {address} cookie {name}" for name, address in workers)
    return template.replace("@BIND@", bind).replace("@SERVERS@", servers)


def bind_address(host: str, port: int) -> str:
    """HAProxy's bind syntax: host:port, with ipv6@ for an IPv6 address."""
    return f"ipv6@{host}:{port}" if ":" in host else f"{host}:{port}"


def worker_cmd(port: int) -> list[str]:
    """One Streamlit process on 127.0.0.1:port; the rest of its settings is .streamlit/config.toml."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        "--server.headless=true",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
    ]


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when the parent dies (Linux)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def spawn(cmd: list[str], env: dict[str, str] | None = None, quiet: bool = False) -> subprocess.Popen[bytes]:
    """A child in its own session (Ctrl-C reaches only us, and we stop the children in order)."""
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL if quiet else None,
        start_new_session=True,
        preexec_fn=_die_with_parent,  # safe: this process starts no threads
    )


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def wait_healthy(urls: Sequence[str], procs: Sequence[subprocess.Popen[bytes]], seconds: float) -> None:
    """Wait until every URL answers its health check; fail when a process ends or time runs out."""
    deadline = time.monotonic() + seconds
    waiting = list(urls)
    while waiting:
        waiting = [u for u in waiting if not healthy(u)]
        ended = [p for p in procs if p.poll() is not None]
        if ended:
            raise RuntimeError(f"{ended[0].args[0]} ended with code {ended[0].returncode} while starting")
        if waiting and time.monotonic() > deadline:
            raise RuntimeError(f"no health answer in {seconds:g} s from {', '.join(waiting)}")
        if waiting:
            time.sleep(0.2)


def stop(procs: Sequence[subprocess.Popen[bytes]], grace: float = 10) -> None:
    """SIGTERM to each process still running, then SIGKILL to those not gone after `grace` s."""
    for p in procs:
        if p.poll() is None:
            p.terminate()
    deadline = time.monotonic() + grace
    for p in procs:
        try:
            p.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def _raise_stop(signum: int, _frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def serve(workers: int, host: str, port: int) -> int:
    template = TEMPLATE.read_text()
    worker_ports = free_ports(workers, avoid=[port])
    names = [f"w{i + 1}" for i in range(workers)]
    config = render_config(
        template,
        bind_address(host, port),
        [(n, f"127.0.0.1:{p}") for n, p in zip(names, worker_ports, strict=True)],
    )
    procs: list[subprocess.Popen[bytes]] = []
    tmp = Path(tempfile.mkdtemp(prefix="loont-werken-serve-"))
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _raise_stop)
    try:
        cfg = tmp / "haproxy.cfg"
        cfg.write_text(config)
        subprocess.run([HAPROXY, "-c", "-q", "-f", str(cfg)], check=True, stdin=subprocess.DEVNULL)
        env = dict(os.environ)
        env.setdefault("STREAMLIT_SERVER_COOKIE_SECRET", secrets.token_hex(32))
        # Streamlit prints "You can now view your Streamlit app ... URL: <worker>" on stdout: hidden,
        # the worker's own address is not the one to open. Its log (stderr) stays.
        procs += [spawn(worker_cmd(p), env, quiet=True) for p in worker_ports]
        wait_healthy([f"http://127.0.0.1:{p}" for p in worker_ports], procs, 120)
        procs.insert(0, spawn([HAPROXY, "-db", "-f", str(cfg)]))  # -db: foreground, no daemon
        shown = f"[{host}]" if ":" in host else host
        wait_healthy([f"http://{shown}:{port}"], procs, 30)
        shutil.rmtree(tmp)  # HAProxy has read its config: nothing of ours stays on disk, even after a kill
        print(f"Loont werken? on http://{shown}:{port} ({workers} Streamlit workers behind HAProxy)")
        print("Ctrl-C stops it.", flush=True)
        while True:
            ended = [p for p in procs if p.poll() is not None]
            if ended:
                what = "haproxy" if ended[0] is procs[0] else "a Streamlit worker"
                print(f"serve: {what} ended with code {ended[0].returncode}; stopping", file=sys.stderr)
                return 1
            time.sleep(0.5)
    except Stop:
        return 0
    except (RuntimeError, subprocess.CalledProcessError) as e:
        print(f"serve: {e}", file=sys.stderr)
        return 1
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
        stop(procs)
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--workers", type=int, default=default_workers(), help="Streamlit processes (default: cores)"
    )
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    ap.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    ap.add_argument("--print-config", action="store_true", help="print the filled-in HAProxy config and exit")
    args = ap.parse_args(argv)
    if args.workers < 1:
        ap.error("--workers must be at least 1")
    if args.print_config:
        workers = [(f"w{i + 1}", f"127.0.0.1:{8601 + i}") for i in range(args.workers)]
        print("# Filled in by scripts/serve --print-config. The worker ports are examples: scripts/serve")
        print("# picks free ones each time it starts.")
        print(render_config(TEMPLATE.read_text(), bind_address(args.host, args.port), workers), end="")
        return 0
    if not Path(HAPROXY).exists():
        print("serve: haproxy is not installed (scripts/serve installs it: apt-get install haproxy)")
        return 2
    return serve(args.workers, args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
