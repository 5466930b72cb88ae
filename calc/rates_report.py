"""`python -m calc rates [--due DATE] [--json]`: every parameter with its latest value, the date it
starts, its status, its review horizon and whether its source is primary. With `--due`, only the
parameters whose horizon ends before DATE: what must be checked (and is carried) on that day.
The yearly update routine that uses it is docs/rates.md."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from calc.rates import RateBook, load_rates


def parameter_rows(book: RateBook, due: dt.date | None = None) -> list[dict[str, Any]]:
    """One row per parameter in use (not ended); with `due`, only those whose horizon is before it."""
    rows = []
    for key, p in book.parameters():
        if p.ends is not None or p.valid_until is None:
            continue
        if due is not None and p.valid_until >= due:
            continue
        since = max(p.values)
        source = book.get(key, since).source
        rows.append(
            {
                "parameter": key,
                "label": p.label,
                "value": p.values[since],
                "unit": p.unit,
                "since": since.isoformat(),
                "status": source.status,
                "valid_until": p.valid_until.isoformat(),
                "primary": source.primary,
                "source": {"title": source.title, "url": str(source.url)},
            }
        )
    return rows


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 34 else text[:31] + "..."


def rates_table(rows: list[dict[str, Any]]) -> str:
    """The rows as a plain-text table a maintainer reads in a terminal."""
    header = ("parameter", "value", "since", "status", "valid until", "source")
    body = [
        (
            r["parameter"],
            _short(r["value"]),
            r["since"],
            r["status"],
            r["valid_until"],
            "primary" if r["primary"] else "secondary",
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body, strict=True)]
    lines = [
        "  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip()
        for line in (header, *body)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def rates_command(due: str | None, as_json: bool) -> str:
    """What `python -m calc rates` prints."""
    book = load_rates()
    rows = parameter_rows(book, dt.date.fromisoformat(due) if due else None)
    if as_json:
        return json.dumps(
            {
                "confirmed_until": book.confirmed_until().isoformat(),
                "supported_period": [d.isoformat() for d in book.supported_period()],
                "due": due,
                "parameters": rows,
            },
            ensure_ascii=False,
            indent=2,
        )
    first, last = book.supported_period()
    head = (
        f"Confirmed until {book.confirmed_until():%Y-%m-%d}; computed from {first:%Y-%m} to {last:%Y-%m} "
        f"(later months refused). {len(rows)} parameter(s)"
        + (f" with a horizon before {due}." if due else ".")
    )
    return head + "\n\n" + rates_table(rows)
