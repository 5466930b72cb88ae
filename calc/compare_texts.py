"""The comparison in words, Dutch (B1) and English: the scenario labels and the headline: what
arrives each month first, the year beside it, and what to do when the two point different ways."""

from __future__ import annotations

from typing import Any

from calc.money import eur, percent
from calc.situation import Job, Situation

SAME = 0.005  # euro: below this two amounts are the same


def job_label(j: Job, lang: str) -> str:
    """'16 uur per week, € 15,00 per uur' (with the loonwaarde where there is loondispensatie)."""
    hours = f"{j.hours_per_week:g}".replace(".", "," if lang == "nl" else ".")
    if lang == "nl":
        text = f"{hours} uur per week, {eur(j.hourly_wage)} per uur"
        return text + (f", loonwaarde {percent(j.loonwaarde, 'nl', 0)}" if j.loonwaarde is not None else "")
    text = f"{hours} hours a week, {eur(j.hourly_wage, 'en')} an hour"
    return text + (f", loonwaarde {percent(j.loonwaarde, 'en', 0)}" if j.loonwaarde is not None else "")


def scenario_labels(
    now: Situation, scenarios: list[Situation], new_job: bool = True, business: bool = False
) -> list[tuple[str, str]]:
    """'Nu' (or 'Nu, zonder de nieuwe baan' when there is a current job: never 'zonder baan' then),
    'Met deze baan', then 'Baan 2', 'Baan 3', ... Without a new job the variants are 'Baan 1', ...
    When the business is new (issue 17): 'Nu' or 'Nu, zonder uw bedrijf', 'Met uw bedrijf', 'Baan 2', ..."""
    if business:
        first = ("Nu, zonder uw bedrijf", "Now, without your business") if now.jobs else ("Nu", "Now")
        rest = [("Met uw bedrijf", "With your business")]
        return [first, *rest, *((f"Baan {k}", f"Job {k}") for k in range(2, len(scenarios) + 1))]
    first = ("Nu", "Now")
    if now.jobs and new_job:
        first = ("Nu, zonder de nieuwe baan", "Now, without the new job")
    if not new_job:
        return [first, *((f"Baan {k}", f"Job {k}") for k in range(1, len(scenarios) + 1))]
    rest = [("Met deze baan", "With this job")]
    rest += [(f"Baan {k}", f"Job {k}") for k in range(2, len(scenarios) + 1)]
    return [first, *rest]


def _more_less(d: float) -> str:
    return "same" if abs(d) < SAME else "more" if d > 0 else "less"


def headline(now: dict[str, Any], job: dict[str, Any] | None, advice: dict[str, Any]) -> dict[str, Any]:
    """The answer in sentences: the money in the account per month first, then the whole year, then
    (when they point different ways) what causes it and what to do. Without a new job: what arrives
    now, per month and over the year."""
    if job is None:
        return _no_job(now, advice)
    d_cash, d_year = job["difference_cash_month"], job["difference_year_total"]
    cash, year = _more_less(d_cash), _more_less(d_year)
    out = {
        "cash": cash,
        "year": year,
        "short_nl": short_headline(d_cash, "nl"),
        "short_en": short_headline(d_cash, "en"),
        "cash_nl": _cash_nl(cash, d_cash, now["cash_month"], job["cash_month"]),
        "cash_en": _cash_en(cash, d_cash, now["cash_month"], job["cash_month"]),
        "year_nl": _year_nl(year, d_year, job["difference_year_total_per_month"]),
        "year_en": _year_en(year, d_year, job["difference_year_total_per_month"]),
        "mismatch_nl": "",
        "mismatch_en": "",
    }
    if cash == "less" and year == "more":
        out["mismatch_nl"] = (
            "Elke maand komt er minder op uw rekening, maar na het jaar krijgt u belasting terug. Over het "
            "hele jaar heeft u dus meer. Dat komt doordat er elke maand te veel belasting wordt ingehouden. "
            "Hieronder staat wat u kunt doen."
        )
        out["mismatch_en"] = (
            "Less arrives each month, but tax comes back after the year, so over the year you have more: too "
            "much tax is withheld each month. See below what you can do."
        )
    elif cash == "more" and year == "less":
        out["mismatch_nl"] = (
            "Elke maand komt er meer op uw rekening, maar na het jaar moet u geld terugbetalen. Over het "
            "hele "
            "jaar heeft u dus minder. Zet elke maand geld opzij."
        )
        out["mismatch_en"] = (
            "More arrives each month, but you pay money back after the year, so over the year you have less. "
            "Put money aside every month."
        )
    out["advice"] = advice["notices"]
    return out


def short_headline(d_cash: float, lang: str) -> str:
    """The headline: the difference in the money in the account each month, in a few words."""
    kind = _more_less(d_cash)
    return _short_nl(kind, d_cash) if lang == "nl" else _short_en(kind, d_cash)


def _short_nl(kind: str, d: float) -> str:
    if kind == "same":
        return "Elke maand evenveel op uw rekening"
    return f"Elke maand {eur(abs(d))} {'meer' if kind == 'more' else 'minder'} op uw rekening"


def _short_en(kind: str, d: float) -> str:
    if kind == "same":
        return "The same in your account every month"
    return f"{eur(abs(d), 'en')} {'more' if kind == 'more' else 'less'} in your account every month"


def _cash_nl(kind: str, d: float, now: float, job: float) -> str:
    if kind == "same":
        return f"Op uw rekening komt elke maand evenveel: {eur(job)}."
    word = "meer" if kind == "more" else "minder"
    return f"Op uw rekening komt elke maand {eur(abs(d))} {word}: {eur(job)} in plaats van {eur(now)}."


def _cash_en(kind: str, d: float, now: float, job: float) -> str:
    if kind == "same":
        return f"The same arrives in your account each month: {eur(job, 'en')}."
    word = "more" if kind == "more" else "less"
    return (
        f"Each month {eur(abs(d), 'en')} {word} arrives in your account: "
        f"{eur(job, 'en')} instead of {eur(now, 'en')}."
    )


def _year_nl(kind: str, d: float, per_month: float) -> str:
    if kind == "same":
        return "Over het hele jaar heeft u evenveel, na de belasting en de toeslagen."
    word = "meer" if kind == "more" else "minder"
    return (
        f"Over het hele jaar heeft u {eur(abs(d))} {word}: gemiddeld {eur(abs(per_month))} per maand. "
        "Dat is met vakantiegeld, en na de belasting en de toeslagen van dat jaar."
    )


def _year_en(kind: str, d: float, per_month: float) -> str:
    if kind == "same":
        return "Over the whole year you have the same, after tax and toeslagen."
    word = "more" if kind == "more" else "less"
    return (
        f"Over the whole year you have {eur(abs(d), 'en')} {word}: {eur(abs(per_month), 'en')} a month on "
        "average, with holiday pay, after the year's tax and toeslagen."
    )


def _no_job(now: dict[str, Any], advice: dict[str, Any]) -> dict[str, Any]:
    cash, year, avg = now["cash_month"], now["year_total"], now["year_total_per_month"]
    return {
        "cash": "same",
        "year": "same",
        "short_nl": f"Elke maand {eur(cash)} op uw rekening",
        "short_en": f"{eur(cash, 'en')} in your account every month",
        "cash_nl": f"U heeft geen baan ingevuld. Op uw rekening komt elke maand {eur(cash)}.",
        "cash_en": f"No job was entered. Each month {eur(cash, 'en')} arrives in your account.",
        "year_nl": f"Over het hele jaar heeft u {eur(year)}: gemiddeld {eur(avg)} per maand.",
        "year_en": f"Over the whole year you have {eur(year, 'en')}: {eur(avg, 'en')} a month on average.",
        "mismatch_nl": "",
        "mismatch_en": "",
        "advice": advice["notices"],
    }
