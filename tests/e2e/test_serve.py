"""scripts/serve in a real browser: two Streamlit workers behind HAProxy give the CLI's answer.

`scripts/serve --workers 2` is started as a person starts it (the script, not its Python module),
with its own TMPDIR. Two browser contexts (two people, each with their own cookies) open the one
address while the other's page stays open, so HAProxy's leastconn gives them different workers;
the sticky cookie says which. Person A enters a case and downloads it as JSON: that download is
a file in A's worker's memory, so it works only when HAProxy sends it to that worker. The CLI
(`python -m calc evaluate`) computes the answer for that file, with and without the job, and A's
page must show that difference. Person B, on the other worker, uploads A's file (an upload also
lives in one worker) and must get the same answer. The output of scripts/serve (HAProxy and the
workers) must not hold the case. Then SIGTERM must stop HAProxy and both workers, and leave
nothing in the TMPDIR.

A missing haproxy FAILS this test (scripts/test installs it); it never skips for that. A missing
chromium skips it on a developer machine and fails it in CI, like every e2e test (conftest.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import case_uploader, free_port
from tests.e2e.headline import answer, sentence

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
RENT_LABEL = "Huur per maand (kale huur, zonder servicekosten). Geen huur? Vul 0 in."


@dataclass
class Served:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path
    tmpdir: Path


def children(pid: int) -> list[int]:
    """Process ids whose parent is pid (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; its parent just has not reaped it yet


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    if not Path(HAPROXY).exists():
        pytest.fail("haproxy is not installed: scripts/test installs it (apt-get install haproxy)")
    base = tmp_path_factory.mktemp("serve")
    tmpdir, log = base / "tmp", base / "serve.log"
    tmpdir.mkdir()
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(ROOT / "scripts" / "serve"), "--workers", "2", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while "Ctrl-C stops it." not in log.read_text():  # printed once HAProxy answers
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("scripts/serve did not start:\n" + log.read_text())
            time.sleep(0.2)
        yield Served(url, proc, log, tmpdir)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(30)


def worker_of(page: Page) -> str:
    """The worker HAProxy pinned this browser context to (its sticky cookie)."""
    return next(c["value"] for c in page.context.cookies() if c["name"] == "lw_worker")


def cli_difference(case: Path, tmp: Path) -> float:
    """The headline difference by the CLI: what arrives each month with the case's job minus
    without it (`python -m calc compare`)."""
    out = subprocess.run(
        [sys.executable, "-m", "calc", "compare", str(case)], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return json.loads(out)["variants"][0]["difference_cash_month"]


def download_case(page: Page, path: Path, hours: float) -> Path:
    """The case from the page's JSON download button, once it holds these hours.

    While a rerun is still on its way (a slow, busy machine) the button on the page is the one of
    the run before, with the previous case; so download again until the new case is there.
    """
    deadline = time.monotonic() + 30
    while True:
        with page.expect_download() as info:
            page.get_by_role("button", name="Download als JSON-bestand").click()
        info.value.save_as(path)
        jobs = json.loads(path.read_text())["jobs"]
        if (jobs and jobs[0]["hours_per_week"] == hours) or time.monotonic() > deadline:
            return path
        page.wait_for_timeout(500)


def fill(page: Page, label: str, value: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter")


def test_two_workers_give_the_cli_answer_and_keep_each_browser_on_its_worker(
    browser: Browser, served: Served, tmp_path: Path
) -> None:
    a = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1600})
    b = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 1600})
    try:
        page_a, page_b = a.new_page(), b.new_page()
        page_a.goto(served.url)
        expect(answer(page_a)).to_be_visible()
        page_b.goto(served.url)  # A's websocket is open on its worker: leastconn picks the other one
        expect(answer(page_b)).to_be_visible()
        assert {worker_of(page_a), worker_of(page_b)} == {"w1", "w2"}

        fill(page_a, "Hoe oud bent u?", "31")
        fill(page_a, RENT_LABEL, "612.40")
        fill(page_a, "Hoeveel uur per week gaat u werken?", "18")
        expect(page_a).to_have_url(re.compile(r"hours=18"))
        case = download_case(page_a, tmp_path / "case.json", hours=18)
        saved = json.loads(case.read_text())  # A's own case came back
        hours = saved["jobs"][0]["hours_per_week"]
        assert (saved["age"], saved["household"]["rent"], hours) == (31, 612.4, 18)
        expected = sentence(cli_difference(case, tmp_path))
        expect(answer(page_a)).to_have_text(expected)

        case_uploader(page_b).set_input_files(str(case))
        expect(page_b.get_by_label("Hoe oud bent u?", exact=True)).to_have_value("31")
        expect(answer(page_b)).to_have_text(expected)
        # Each browser stayed on its worker for the page, the websocket, the download and the upload.
        assert {worker_of(page_a), worker_of(page_b)} == {"w1", "w2"}
        # No access log: neither HAProxy nor the workers wrote the case (it was in the query string).
        text = served.log.read_text()
        assert "Ctrl-C stops it." in text  # the log was captured
        assert not [v for v in ("612.4", "612,4", "rent=", "hours=") if v in text], text
    finally:
        a.close()
        b.close()


def test_sigterm_stops_haproxy_and_every_worker_and_leaves_no_files(served: Served) -> None:
    kids = children(served.proc.pid)
    argvs = [Path(f"/proc/{k}/cmdline").read_bytes().split(b"\0") for k in kids]
    haproxy = [a for a in argvs if a[0].endswith(b"haproxy")]
    workers = [a for a in argvs if b"streamlit" in a and b"run" in a]
    assert (len(haproxy), len(workers), len(kids)) == (1, 2, 3), argvs
    assert list(served.tmpdir.iterdir()) == []  # HAProxy's config is gone once HAProxy has read it
    served.proc.send_signal(signal.SIGTERM)
    assert served.proc.wait(30) == 0
    assert [k for k in kids if alive(k)] == []
    with pytest.raises(OSError):
        urllib.request.urlopen(served.url, timeout=2)
    assert list(served.tmpdir.iterdir()) == []
