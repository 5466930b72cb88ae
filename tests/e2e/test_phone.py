"""A Wajonger alone, on a phone (issue 13), in a real browser: Dutch numbers, the answer within
the first screen, nothing wider than the screen, no English stop for the keyboard on the Dutch
page, and a link that holds the whole case after an upload.

Expected amounts come from calc (the CLI's comparison) for the same situation.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from calc.compare import compare
from calc.money import eur
from calc.validate import parse_compare_request
from tests.e2e.conftest import case_uploader
from tests.e2e.headline import BOOK, PERIOD, answer, sentence

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "docs" / "examples").glob("*.json") if ".expected." not in p.name)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
RENT = "Huur per maand (kale huur, zonder servicekosten). Geen huur? Vul 0 in."
# Streamlit's own English words a keyboard or screen-reader user would meet on the Dutch page.
ENGLISH = ("Skip to main content", "Help for", "Upload", "Browse files", "Drag and drop", "Fullscreen")

# Every visible element whose right edge is past the viewport, unless a scrolling (or clipping)
# ancestor inside the viewport holds it.
TOO_WIDE = """() => {
  const W = window.innerWidth, out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= W + 1) continue;
    let p = e.parentElement, held = false;
    while (p) {
      const o = getComputedStyle(p).overflowX;
      if (['auto', 'scroll', 'hidden', 'clip'].includes(o) && p.getBoundingClientRect().right <= W + 1) {
        held = true; break;
      }
      p = p.parentElement;
    }
    if (!held) out.push(`${e.tagName} ${e.getAttribute('data-testid') || ''} ${Math.round(r.right)}`);
  }
  return {scroll: document.documentElement.scrollWidth, wide: out.slice(0, 10)};
}"""


def open_app(browser: Browser, url: str, viewport: dict[str, int]) -> Page:
    page = browser.new_page(viewport=viewport, locale="nl-NL")
    page.goto(url)
    expect(answer(page)).to_be_visible()
    return page


def headline_for(raw: dict[str, Any]) -> str:
    return compare(parse_compare_request(raw), BOOK)["headline"]["short_nl"]


def test_on_a_phone_the_answer_is_one_tap_away_and_a_dutch_comma_is_a_comma(
    browser: Browser, app_url: str
) -> None:
    page = open_app(browser, app_url, PHONE)
    link = page.get_by_role("link", name="↓ Naar het antwoord")
    box = link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]  # in the first screen
    box_rent = page.get_by_label(RENT, exact=True)
    box_rent.fill("750,50")
    box_rent.press("Enter")
    base = {"period": PERIOD, "age": 25, "wajong": {"arbeidsvermogen": True}}
    caption = page.get_by_text(re.compile("minimumloon voor 25 jaar")).inner_text()
    wage = float(re.search(r"€\s?(\d+,\d\d)", caption)[1].replace(",", "."))
    raw = {**base, "household": {"rent": 750.5}, "jobs": [{"hours_per_week": 20, "hourly_wage": wage}]}
    expect(answer(page)).to_have_text(headline_for(raw))
    expect(page.get_by_text("U vulde in: € 750,50")).to_have_count(0)  # typed the Dutch way: no echo
    link.click()
    expect(answer(page)).to_be_in_viewport()
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_is_wider_than_the_screen(browser: Browser, app_url: str, viewport: dict[str, int]) -> None:
    page = open_app(browser, f"{app_url}/?coach=true&s1_hours=16&s2_hours=24&s2_lw=60", viewport)
    for summary in page.locator("summary").all():  # every expander open: tables, settings
        summary.click()
    page.wait_for_timeout(1500)
    found = page.evaluate(TOO_WIDE)
    assert found["scroll"] <= viewport["width"], found
    assert not found["wide"], found
    page.close()


def test_the_keyboard_meets_no_english_on_the_dutch_page(browser: Browser, app_url: str) -> None:
    page = open_app(browser, app_url, DESKTOP)
    expect(page.get_by_role("button", name="Download als JSON-bestand")).to_be_visible()  # all drawn
    page.wait_for_timeout(1000)
    names, first = [], None
    for _ in range(200):
        page.keyboard.press("Tab")
        name = page.evaluate(
            "() => { const e = document.activeElement; return e ? "
            "(e.getAttribute('aria-label') || e.innerText || e.value || e.tagName).slice(0, 80) : ''; }"
        )
        if name == first:
            break
        first = first or name
        names.append(name)
    assert len(names) > 20
    english = [n for n in names if any(word in n for word in ENGLISH)]
    assert not english, english
    page.close()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_an_uploaded_example_and_its_link_give_the_cli_answer(
    browser: Browser, app_url: str, path: Path
) -> None:
    """Upload the example, take the link from the address bar, open it in a fresh page: the figures
    are calc's comparison of the example (the CLI's answer), in both pages."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    cmp = compare(parse_compare_request(raw), BOOK)
    figures = [eur(cmp["now"]["cash_month"])]
    if cmp["variants"]:
        figures.append(eur(cmp["variants"][0]["cash_month"]))
    page = open_app(browser, app_url, DESKTOP)
    case_uploader(page).set_input_files(str(path))
    metrics = page.get_by_test_id("stMetricValue")
    expect(metrics.first).to_have_text(figures[0])
    for k, value in enumerate(figures):
        expect(metrics.nth(k)).to_have_text(value)
    page.wait_for_timeout(1500)  # the address bar is set after the upload (views/case.py)
    link = page.evaluate("location.href")  # page.url misses history.replaceState from a frame
    assert "?" in link
    page.close()
    fresh = open_app(browser, link, DESKTOP)
    metrics = fresh.get_by_test_id("stMetricValue")
    for k, value in enumerate(figures):
        expect(metrics.nth(k)).to_have_text(value)
    if cmp["variants"]:
        expect(answer(fresh)).to_have_text(sentence(cmp["variants"][0]["difference_cash_month"]))
    fresh.close()
