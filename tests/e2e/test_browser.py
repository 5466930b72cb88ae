"""The app in a real browser (Debian chromium via Playwright) against `streamlit run`.

Expected amounts come from `calc.evaluate` for the same situation, written out here: the browser
must show what the core computes, formatted the Dutch (or English) way.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import case_uploader
from tests.e2e.headline import PERIOD, answer, cash_difference, difference, sentence

pytestmark = pytest.mark.e2e


def fill(page: Page, label: str, value: str) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Enter")  # number inputs commit on Enter/blur


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $E2E_SCREENSHOT_DIR if set (to look at them), else a tmp dir."""
    chosen = os.environ.get("E2E_SCREENSHOT_DIR")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_enter_a_situation_change_hours_and_switch_language(page: Page, app_url: str, shots: Path) -> None:
    page.goto(app_url)
    expect(answer(page)).to_have_text(sentence(difference(25, 0, 20)))
    fill(page, "Hoe oud bent u?", "30")
    fill(page, "Huur per maand (kale huur, zonder servicekosten). Geen huur? Vul 0 in.", "700")
    expect(answer(page)).to_have_text(sentence(difference(30, 700, 20)))
    fill(page, "Hoeveel uur per week gaat u werken?", "32")
    expect(answer(page)).to_have_text(sentence(difference(30, 700, 32)))
    # The situation is in the URL, ready to share.
    expect(page).to_have_url(re.compile(r"hours=32"))
    assert "age=30" in page.url and "rent=700" in page.url
    page.screenshot(path=str(shots / "client-nl.png"))
    assert (shots / "client-nl.png").stat().st_size > 10_000
    # English.
    page.get_by_text("English", exact=True).click()
    expect(answer(page)).to_have_text(sentence(difference(30, 700, 32), "en"))
    expect(page.get_by_label("How many hours a week will you work?", exact=True)).to_have_value("32")


def test_a_shared_link_opens_the_same_case(page: Page, app_url: str, shots: Path) -> None:
    page.goto(f"{app_url}/?age=22&rent=650&hours=12&wajong=Wajong+zonder+arbeidsvermogen&coach=true")
    expect(answer(page)).to_have_text(sentence(difference(22, 650, 12, arbeidsvermogen=False)))
    expect(page.get_by_label("Hoe oud bent u?", exact=True)).to_have_value("22")
    # Coach view: the breakdown with its expandable explanations.
    expect(page.get_by_text("Hoe komen we hieraan?")).to_be_visible()
    summary = page.locator("summary").filter(has_text="Wajong na verrekening")
    summary.click()
    wajong = page.get_by_test_id("stExpander").filter(has=summary)
    expect(wajong.get_by_text(re.compile(r"^Wajong zonder arbeidsvermogen: 75% ×"))).to_be_visible()
    expect(wajong.get_by_role("link", name=re.compile("Wet Wajong")).first).to_be_visible()
    page.screenshot(path=str(shots / "coach-link.png"))


def test_a_wrong_field_gets_a_dutch_message_and_no_answer(page: Page, app_url: str) -> None:
    page.goto(app_url)
    expect(answer(page)).to_be_visible()
    fill(page, "Hoeveel uur per week gaat u werken?", "70")
    expect(page.get_by_text("uren per week: mag niet meer dan 60 zijn.")).to_be_visible()
    expect(answer(page)).to_have_count(0)
    fill(page, "Hoeveel uur per week gaat u werken?", "10")
    expect(answer(page)).to_have_text(sentence(difference(25, 0, 10)))


def test_month_calendar_and_employer_panel(page: Page, app_url: str, shots: Path) -> None:
    page.goto(f"{app_url}/?coach=true&hours=20&wage=16&ld=true&lw=50")
    expect(answer(page)).to_be_visible()
    heading = page.get_by_role("heading", name="Maandkalender: wanneer komt het geld?")
    heading.scroll_into_view_if_needed()
    expect(page.get_by_text(re.compile(r"komt er het minste geld binnen|krijgt u minder"))).to_be_visible()
    expect(page.locator(".vega-embed").nth(2)).to_be_visible()  # the third vega chart
    page.wait_for_timeout(800)
    heading.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "calendar.png"))
    employer = page.get_by_role("heading", name="Werkgever: wat kost deze medewerker?")
    employer.scroll_into_view_if_needed()
    expect(
        page.get_by_text(re.compile(r"^Met loondispensatie \(loonwaarde 50%\) kost deze medewerker u"))
    ).to_be_visible()
    page.screenshot(path=str(shots / "employer.png"))


def test_uploading_a_case_file_fills_the_form_and_a_10_mb_file_is_refused_in_dutch(
    page: Page, app_url: str, tmp_path: Path
) -> None:
    page.goto(app_url)
    expect(answer(page)).to_be_visible()
    uploader = case_uploader(page)
    now = {"period": PERIOD, "age": 30, "wajong": {"arbeidsvermogen": True}, "household": {"rent": 700}}
    job = {**now, "jobs": [{"hours_per_week": 32, "hourly_wage": 20.5}]}
    case = tmp_path / "case.json"
    case.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    uploader.set_input_files(str(case))
    expect(page.get_by_label("Hoe oud bent u?", exact=True)).to_have_value("30")
    diff = cash_difference(job)
    expect(answer(page)).to_have_text(sentence(diff))
    # A 10 MB file: a Dutch message, and the form and the answer stay as they were.
    big = tmp_path / "big.json"
    big.write_bytes(b'{"period": "2026-01"' + b" " * (10 * 1024 * 1024) + b"}")
    uploader.set_input_files(str(big))
    expect(page.get_by_text(re.compile(r"dit bestand is te groot \(10,5 MB\)"))).to_be_visible()
    expect(answer(page)).to_have_text(sentence(diff))
