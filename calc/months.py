"""Month arithmetic for the calendar: a month is (year, month); labels 'YYYY-MM', the last day of
a month, month names in Dutch and English, and the rows of each calendar year."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

YearMonth = tuple[int, int]


def add_months(year: int, month: int, k: int) -> YearMonth:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def month_label(ym: YearMonth) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def parse_month(label: str) -> YearMonth:
    """'2026-03' -> (2026, 3) (the input models check the format)."""
    return int(label[:4]), int(label[5:])


def last_day(ym: YearMonth) -> dt.date:
    y, m = add_months(ym[0], ym[1], 1)
    return dt.date(y, m, 1) - dt.timedelta(days=1)


@lru_cache(maxsize=12)
def month_name_nl(month: int) -> str:
    """Babel takes ~0.3 ms per call: twelve names, each formatted once."""
    from babel.dates import format_date

    return format_date(dt.date(2000, month, 1), "MMMM", locale="nl_NL")


def month_name_en(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def month_name(month: int, lang: str) -> str:
    return month_name_nl(month) if lang == "nl" else month_name_en(month)


def long_month(label: str, lang: str = "nl") -> str:
    """'2026-03' -> 'maart 2026' / 'March 2026'."""
    year, month = parse_month(label)
    return f"{month_name(month, lang)} {year}"


def long_date(day: dt.date | str, lang: str = "nl") -> str:
    """2026-07-01 -> '1 juli 2026' / '1 July 2026': the one date format of the app and the PDF."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def year_rows(months: list[YearMonth]) -> dict[int, list[int]]:
    """The row indices of each calendar year, in order."""
    out: dict[int, list[int]] = {}
    for i, (y, _) in enumerate(months):
        out.setdefault(y, []).append(i)
    return out
