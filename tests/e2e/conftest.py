"""Real-browser fixtures: `streamlit run app.py` on a free loopback port, Debian's chromium.

Never downloads a browser (`playwright install` is not used). A missing chromium skips the e2e
tests on a developer machine, but FAILS them when CI is set.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

APP = Path(__file__).resolve().parents[2] / "app.py"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

expect.set_options(timeout=20_000)  # 2-core CI: the first render takes a few seconds


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In CI a missing browser must fail (the launch errors), never skip; locally it may skip."""
    if shutil.which(CHROMIUM) or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install chromium)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Override pytest-playwright's fixture: the system chromium, never a downloaded one."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # A tall viewport: Streamlit scrolls inside its own container, so screenshots show the viewport.
    return {**browser_context_args, "viewport": {"width": 1280, "height": 1600}, "locale": "nl-NL"}


def case_uploader(page: Page) -> Locator:
    """The file input of "Open een eerder bewaard JSON-bestand" (the section "Klopt mijn Wajong?" has
    its own uploader, for months)."""
    region = page.get_by_role("region", name=re.compile("Open een eerder bewaard|Open a JSON file you saved"))
    return region.get_by_test_id("stFileUploaderDropzoneInput")


def settle(page: Page) -> None:
    """Wait until the rerun a change started has finished. A download button keeps what the previous
    run gave it until then (the PDF would miss a name typed a moment ago)."""
    app = page.get_by_test_id("stApp")
    with contextlib.suppress(AssertionError):  # the rerun may be over before we look
        expect(app).to_have_attribute("data-test-script-state", "running", timeout=3000)
    expect(app).not_to_have_attribute("data-test-script-state", "running")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def streamlit_cmd(port: int, *extra: str) -> list[str]:
    """`streamlit run app.py` headless on 127.0.0.1:port, no file watcher, no usage stats."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.headless=true",
        f"--server.port={port}",
        "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        *extra,
    ]


@contextmanager
def running_streamlit(
    port: int, log: Path, cwd: Path, env: dict[str, str] | None = None, *extra: str
) -> Iterator[str]:
    """Start the app, wait for its health check, yield its URL; stop only the process we started."""
    with log.open("w") as out:
        proc = subprocess.Popen(
            streamlit_cmd(port, *extra), stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start:\n" + log.read_text())
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start the app for the whole session and stop it afterwards."""
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with running_streamlit(free_port(), log, APP.parent) as url:
        yield url
