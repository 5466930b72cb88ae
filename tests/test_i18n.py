"""The app's words: every text exists in Dutch and English, every key the views ask for exists,
and the PDF's words likewise (a missing English text would be a KeyError on the English switch)."""

from __future__ import annotations

import re
from pathlib import Path

from calc.report_texts import TEXT
from views.i18n import TEXTS

ROOT = Path(__file__).resolve().parents[1]


def test_dutch_and_english_have_the_same_texts() -> None:
    assert set(TEXTS["nl"]) == set(TEXTS["en"])
    assert set(TEXT["nl"]) == set(TEXT["en"])


def test_every_key_the_views_ask_for_exists() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "app.py", *ROOT.glob("views/*.py")])
    asked = set(re.findall(r"\bt\(\s*[\"']([a-z_.0-9]+)[\"']", code))
    assert len(asked) > 50
    missing = sorted(asked - set(TEXTS["nl"]) - {"key"})  # "key": a docstring example
    assert not missing, missing
