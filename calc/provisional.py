"""Which amounts of a result are not yet official: proposals and values carried past their horizon.

Every calculation runs inside `calc.rates.recording()`, which collects each rate it looks up.
`provisional_list` turns that into the `provisional` field of a result (CLI, batch, app, PDF):
per parameter the value used, its status and its source. Nothing is invented: a carried value is
the last one in rates/, labelled (docs/rates.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from calc.rates import Rate

STATUS_NL = {"proposal": "voorstel", "carried": "nog niet bekend, vorige bedrag", "official": "officieel"}
STATUS_EN = {"proposal": "proposal", "carried": "not yet known, last amount", "official": "official"}


def provisional_list(used: Iterable[Rate]) -> list[dict[str, Any]]:
    """The non-official rates among `used`, one entry per parameter, value and status, in key order."""
    seen: dict[tuple[str, str, str], Rate] = {}
    for r in used:
        if r.status != "official":
            seen.setdefault((r.key, r.since.isoformat(), r.status), r)
    return [
        {
            "parameter": r.key,
            "label": r.label,
            "topic_label": r.topic_label,
            "value": r.value,
            "unit": r.unit,
            "since": r.since.isoformat(),
            "status": r.status,
            "valid_until": r.valid_until.isoformat() if r.valid_until else None,
            "source": {"title": r.source.title, "url": str(r.source.url), "primary": r.source.primary},
        }
        for _, r in sorted(seen.items())
    ]
