"""The app's headline, as calc says it should read: the expected text for the browser tests."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Locator, Page

from calc.compare import compare
from calc.compare_texts import short_headline
from calc.minimum_wage import minimum_hourly_wage_on
from calc.rates import load_rates
from calc.situation import CompareRequest, Situation
from views.inputs import default_month

BOOK = load_rates()
PERIOD = default_month(BOOK)


def difference(age: int, rent: float, hours: float, arbeidsvermogen: bool = True) -> float:
    """The headline's difference for the default form (a job at the minimum wage), by calc."""
    base: dict[str, Any] = {
        "period": PERIOD,
        "age": age,
        "wajong": {"arbeidsvermogen": arbeidsvermogen},
        "household": {"rent": rent},
    }
    day = Situation.model_validate(base).first_day
    wage = float(minimum_hourly_wage_on(age, BOOK, day))
    return cash_difference({**base, "jobs": [{"hours_per_week": hours, "hourly_wage": wage}]})


def cash_difference(raw: dict[str, Any]) -> float:
    """The headline's number: the difference in the money in the account each month (calc.compare)."""
    return compare(CompareRequest.model_validate(raw), BOOK)["variants"][0]["difference_cash_month"]


def sentence(diff: float, lang: str = "nl") -> str:
    return short_headline(diff, lang)


def answer(page: Page) -> Locator:
    """The headline on the page, in either language."""
    return page.locator("h2").filter(has_text=re.compile("op uw rekening|in your account"))
