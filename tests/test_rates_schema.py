"""rates/: every file validates, every value has a source, lookup by date gives the value in force."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calc.rates import RATES_DIR, RatesError, load_rates_dir, load_rates_file

GOOD = """
topic: Test topic
parameters:
  amount:
    description: An amount.
    unit: EUR
    values:
      2024-01-01: 10
      2024-07-01: 11
    sources:
      2024-01-01: {title: Source one, url: "https://example.org/one"}
      2024-07-01: {title: Source two, url: "https://example.org/two"}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(RATES_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_rates_file_validates(path: Path) -> None:
    parsed = load_rates_file(path)
    assert parsed.parameters


def test_lookup_gives_the_value_in_force_with_its_own_source(tmp_path: Path) -> None:
    write(tmp_path, "topic.yaml", GOOD)
    book = load_rates_dir(tmp_path)
    assert book.value("topic.amount", dt.date(2024, 6, 30)) == 10
    july = book.get("topic.amount", dt.date(2024, 7, 1))
    assert july.value == 11
    assert july.source.title == "Source two"
    assert book.get("topic.amount", dt.date(2030, 1, 1)).since == dt.date(2024, 7, 1)


def test_lookup_before_the_first_value_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "topic.yaml", GOOD)
    with pytest.raises(RatesError, match=r"topic\.amount.*no value on 2023-12-31"):
        load_rates_dir(tmp_path).get("topic.amount", dt.date(2023, 12, 31))


def test_a_value_without_source_names_file_and_key(tmp_path: Path) -> None:
    text = GOOD.replace('      2024-01-01: {title: Source one, url: "https://example.org/one"}\n', "")
    path = write(tmp_path, "broken.yaml", text)
    with pytest.raises(RatesError) as err:
        load_rates_file(path)
    assert "broken.yaml" in str(err.value)
    assert "parameters.amount" in str(err.value)
    assert "no source" in str(err.value)


def test_a_source_without_url_names_file_and_key(tmp_path: Path) -> None:
    text = GOOD.replace(', url: "https://example.org/two"', "")
    path = write(tmp_path, "nourl.yaml", text)
    with pytest.raises(RatesError, match=r"nourl\.yaml[\s\S]*parameters\.amount\.sources\.2024-07-01\.url"):
        load_rates_file(path)


def test_a_merge_conflict_marker_is_caught(tmp_path: Path) -> None:
    text = GOOD.replace("      2024-07-01: 11\n", "<<<<<<< HEAD\n      2024-07-01: 11\n=======\n")
    with pytest.raises(RatesError, match=r"conflict\.yaml"):
        load_rates_file(write(tmp_path, "conflict.yaml", text))


def test_a_missing_unit_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, "nounit.yaml", GOOD.replace("    unit: EUR\n", ""))
    with pytest.raises(RatesError, match=r"nounit\.yaml[\s\S]*parameters\.amount\.unit"):
        load_rates_file(path)


def test_rates_cover_every_half_year_from_2024_to_today() -> None:
    book = load_rates_dir(RATES_DIR)
    for key in ("minimum_wage.hourly", "minimum_wage.referentiemaandloon", "minimum_wage.youth_hourly"):
        starts = set(book.parameter(key).values)
        for year in (2024, 2025, 2026):
            for month in (1, 7):
                assert dt.date(year, month, 1) in starts, (key, year, month)
