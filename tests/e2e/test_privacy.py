"""Privacy: a full client session in the browser leaves no client data on the server's disk or logs.

The app is started here (not with the shared fixture) with its working directory, HOME and TMPDIR
in a fresh tmp dir and its stdout/stderr captured. A client enters distinctive values (rent,
hours, wage), opens the month calendar, ticks its option and downloads the JSON file; then pastes
months into "Klopt mijn Wajong?" with a letter amount and downloads the check's PDF. Afterwards
no file the server could have written contains those values: everything under the tmp dir, every
file in the repository that git reports as untracked or ignored (caches and installed packages
only when changed during the session), and any repository file changed during the session; nor
the server log. The downloaded JSON (the client's own copy, saved elsewhere) must contain them,
so the check can fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import free_port, running_streamlit, settle

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
# Distinctive client values, as typed and as the app or a log could write them.
RENT, HOURS, WAGE = "987.65", "27.75", "17.39"
NAME = "Zwanetta Qorbelsma"  # the client's name on the PDF: in the session only, never in the URL
# "Klopt mijn Wajong?": a month's wage and the amount in UWV's letter, never bound to the link.
RC_WAGE, RC_LETTER = "1.377,29", "432,17"
NEEDLES = [
    RENT,
    HOURS,
    WAGE,
    "987,65",
    "27,75",
    "17,39",
    NAME,
    RC_WAGE,
    "1377.29",
    "1377,29",
    RC_LETTER,
    "432.17",
]
# Ignored paths read only if changed during the session (installed packages and tool caches).
BULK = (".venv", "node_modules", ".git", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis")
SELF = {Path(__file__).resolve()}  # this file names the values


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path, float]]:
    """`streamlit run` with cwd, HOME and TMPDIR in one tmp dir; yields (url, dir, log, start)."""
    start = time.time()
    base = tmp_path_factory.mktemp("server")
    cwd, home, tmp = base / "cwd", base / "home", base / "tmp"
    for d in (cwd, home, tmp):
        d.mkdir()
    shutil.copytree(ROOT / ".streamlit", cwd / ".streamlit")  # the app's own config, as in production
    log = tmp_path_factory.mktemp("log") / "server.log"
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp), "PYTHONDONTWRITEBYTECODE": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    with running_streamlit(free_port(), log, cwd, env, "--logger.level=info") as url:
        yield url, base, log, start


def fill(page: Page, label: str, value: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter")


def _repo_candidates(start: float) -> list[Path]:
    """Repository files the server may have written: untracked/ignored ones and any changed since start."""
    out = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    files: set[Path] = set()
    for line in out.splitlines():
        path = ROOT / line[3:].strip().strip('"')
        walk = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for p in walk:
            bulk = any(part in BULK for part in p.relative_to(ROOT).parts)
            if not bulk or p.stat().st_mtime >= start:
                files.add(p)
    # Tracked files changed during the session (new files are in the git listing above).
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d not in (".venv", "node_modules", ".git")]
        for name in filenames:
            p = Path(dirpath, name)
            if p.stat().st_mtime >= start:
                files.add(p)
    # This file names the values, and so does its bytecode (pytest's assertion rewriting).
    return sorted(p for p in files - SELF if not p.name.startswith("test_privacy."))


def _hits(paths: list[Path]) -> list[str]:
    found = []
    for p in paths:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        found += [f"{p}: {n}" for n in NEEDLES if n.encode() in data]
    return found


def test_a_full_session_leaves_no_client_data_on_the_server(
    page: Page, server: tuple[str, Path, Path, float], tmp_path: Path
) -> None:
    url, base, log, start = server
    page.goto(url)
    answer = page.locator("h2").filter(has_text="op uw rekening")
    expect(answer).to_be_visible()
    fill(page, "Hoe oud bent u?", "37")
    fill(page, "Huur per maand (kale huur, zonder servicekosten). Geen huur? Vul 0 in.", RENT)
    fill(page, "Hoeveel uur per week gaat u werken?", HOURS)
    fill(page, "Uurloon (bruto)", WAGE)
    expect(answer).to_be_visible()
    assert f"rent={RENT}" in page.url and f"hours={HOURS}" in page.url
    # The month calendar: untick "the job is new" (on by default), open its table.
    heading = page.get_by_role("heading", name="Maandkalender: wanneer komt het geld?")
    heading.scroll_into_view_if_needed()
    page.get_by_text("De baan is nieuw: UWV betaalt eerst een voorschot en rekent later af").click()
    expect(page).to_have_url(re.compile("cal_new=false"))  # on by default without a current job
    for summary in page.locator("summary").filter(has_text="Toon als tabel").all():
        summary.click()
    expect(answer).to_be_visible()
    # Download the case as JSON (the client's own copy).
    with page.expect_download() as info:
        page.get_by_role("button", name="Download als JSON-bestand").click()
    saved = tmp_path / "case.json"
    info.value.save_as(saved)
    case = saved.read_text()
    assert RENT in case and HOURS in case and WAGE in case  # positive control: the values were real
    # The summary PDF with the client's name: built in memory, named after the client, the name
    # never in the link.
    fill(page, "Naam op de samenvatting (niet verplicht; staat niet in de link)", NAME)
    settle(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download de samenvatting (PDF)").click()
    assert info.value.suggested_filename.startswith("loont-werken-zwanetta-qorbelsma-")
    pdf = tmp_path / "summary.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Zwanetta" not in page.url
    # Klopt mijn Wajong?: months pasted as from a spreadsheet, the letter's amount, the check's PDF.
    page.get_by_role("heading", name="Klopt mijn Wajong?").scroll_into_view_if_needed()
    months = page.get_by_label("Uw maanden: maand, loon en Wajong", exact=True)
    months.fill(f"april 2026\t{RC_WAGE}\t696,08\nmei 2026\t1.300,00\t696,08")
    months.press("Control+Enter")
    fill(page, "Bedrag dat UWV terugvraagt (bruto, uit de brief)", RC_LETTER)
    settle(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download de controle als PDF").click()
    assert info.value.suggested_filename.startswith("controle-wajong-zwanetta-qorbelsma-2026-04")
    checked = tmp_path / "controle.pdf"
    info.value.save_as(checked)
    printed = " ".join(pg.extract_text() for pg in pypdf.PdfReader(checked).pages).replace("\xa0", " ")
    assert f"€ {RC_LETTER}" in printed and f"€ {RC_WAGE}" in printed  # positive control: the check ran
    assert not any(n in page.url for n in (RC_WAGE, "1377", RC_LETTER, "432")), page.url
    time.sleep(1.0)  # let the server flush anything it would write

    server_files = [p for p in base.rglob("*") if p.is_file()]
    assert not _hits(server_files), "client data in the server's cwd/HOME/TMPDIR"
    assert not _hits(_repo_candidates(start)), "client data in the repository"
    text = log.read_text()
    assert "127.0.0.1" in text or "Streamlit" in text or text == "", "the log was captured"
    assert not [n for n in NEEDLES if n in text], f"client data in the server log:\n{text}"
