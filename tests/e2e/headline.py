"""The app's headline, as calc says it should read: the expected text for the browser tests."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Locator, Page

from calc.evaluate import evaluate
from calc.minimum_wage import minimum_hourly_wage_on
from calc.money import eur
from calc.rates import load_rates
from calc.situation import Situation
from views.inputs import default_month

BOOK = load_rates()
PERIOD = default_month(BOOK)


def difference(age: int, rent: float, hours: float, arbeidsvermogen: bool = True) -> float:
    """Headline difference per month for the default form (a job at the minimum wage), by calc."""
    base: dict[str, Any] = {
        "period": PERIOD,
        "age": age,
        "wajong": {"arbeidsvermogen": arbeidsvermogen},
        "household": {"rent": rent},
    }
    day = Situation.model_validate(base).first_day
    wage = float(minimum_hourly_wage_on(age, BOOK, day))
    job = Situation.model_validate({**base, "jobs": [{"hours_per_week": hours, "hourly_wage": wage}]})
    now = Situation.model_validate(base)
    key = "net_income_with_settlement"  # the headline: net plus 1/12 of the settlement after the year
    return round(evaluate(job, BOOK).as_json()["month"][key] - evaluate(now, BOOK).as_json()["month"][key], 2)


def sentence(diff: float, lang: str = "nl") -> str:
    if lang == "nl":
        return f"Met deze baan heeft u elke maand {eur(abs(diff))} {'meer' if diff > 0 else 'minder'}."
    return f"With this job you have {eur(abs(diff), 'en')} {'more' if diff > 0 else 'less'} every month."


def answer(page: Page) -> Locator:
    """The headline on the page, in either language."""
    return page.locator("h2").filter(has_text=re.compile("Met deze baan|With this job"))
