"""rates/: every file validates, every value has a source, lookup by date gives the value in force."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from calc.rates import RATES_DIR, RatesError, load_rates_dir, load_rates_file

GOOD = """
topic: Test topic
label: test
valid_until: 2024-12-31
parameters:
  amount:
    description: An amount.
    label: een bedrag
    unit: EUR
    values:
      2024-01-01: 10
      2024-07-01: 11
    sources:
      2024-01-01: {title: Source one, url: "https://example.org/one", primary: true}
      2024-07-01: {title: Source two, url: "https://example.org/two", primary: true}
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
    with pytest.raises(RatesError, match=r"topic\.amount.*geen waarde op 2023-12-31"):
        load_rates_dir(tmp_path).get("topic.amount", dt.date(2023, 12, 31))


def test_a_value_without_source_names_file_and_key(tmp_path: Path) -> None:
    text = GOOD.replace(
        '      2024-01-01: {title: Source one, url: "https://example.org/one", primary: true}\n', ""
    )
    path = write(tmp_path, "broken.yaml", text)
    with pytest.raises(RatesError) as err:
        load_rates_file(path)
    assert "rates/broken.yaml" in str(err.value)
    assert "parameter 'amount'" in str(err.value)
    assert "geen bron" in str(err.value)


def test_a_source_without_url_names_file_and_key(tmp_path: Path) -> None:
    text = GOOD.replace(', url: "https://example.org/two"', "")
    path = write(tmp_path, "nourl.yaml", text)
    with pytest.raises(
        RatesError,
        match=r"nourl\.yaml, parameter 'amount', datum 2024-07-01\): veld 'sources\.url': dit veld ontbreekt",
    ):
        load_rates_file(path)


def test_a_merge_conflict_marker_is_caught(tmp_path: Path) -> None:
    text = GOOD.replace("      2024-07-01: 11\n", "<<<<<<< HEAD\n      2024-07-01: 11\n=======\n")
    with pytest.raises(RatesError, match=r"conflict\.yaml"):
        load_rates_file(write(tmp_path, "conflict.yaml", text))


def test_a_missing_unit_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, "nounit.yaml", GOOD.replace("    unit: EUR\n", ""))
    with pytest.raises(RatesError, match=r"nounit\.yaml, parameter 'amount'\): veld 'unit'"):
        load_rates_file(path)


def test_rates_cover_every_half_year_from_2024_to_today() -> None:
    book = load_rates_dir(RATES_DIR)
    for key in ("minimum_wage.hourly", "minimum_wage.referentiemaandloon"):
        starts = set(book.parameter(key).values)
        for year in (2024, 2025, 2026):
            for month in (1, 7):
                assert dt.date(year, month, 1) in starts, (key, year, month)


# --- how far a value is known to hold (issue 15) --------------------------------------------

PROPOSAL = GOOD.replace(
    '      2024-07-01: {title: Source two, url: "https://example.org/two", primary: true}',
    '      2024-07-01: {title: Source two, url: "https://example.org/two", primary: false, status: proposal}',
)


def test_a_value_within_its_horizon_is_official(tmp_path: Path) -> None:
    write(tmp_path, "topic.yaml", GOOD)
    rate = load_rates_dir(tmp_path).get("topic.amount", dt.date(2024, 12, 31))
    assert (rate.value, rate.status, rate.valid_until) == (11, "official", dt.date(2024, 12, 31))


def test_a_value_of_a_bill_or_budget_is_a_proposal(tmp_path: Path) -> None:
    write(tmp_path, "topic.yaml", PROPOSAL)
    book = load_rates_dir(tmp_path)
    assert book.get("topic.amount", dt.date(2024, 8, 1)).status == "proposal"
    assert book.get("topic.amount", dt.date(2024, 6, 1)).status == "official"  # the earlier value


def test_the_last_value_after_its_horizon_is_carried_not_invented(tmp_path: Path) -> None:
    write(tmp_path, "topic.yaml", GOOD)
    rate = load_rates_dir(tmp_path).get("topic.amount", dt.date(2025, 1, 1))
    assert (rate.value, rate.status, rate.since) == (11, "carried", dt.date(2024, 7, 1))


def test_a_parameter_may_set_its_own_horizon(tmp_path: Path) -> None:
    write(
        tmp_path,
        "topic.yaml",
        GOOD.replace("    label: een bedrag\n", "    label: een bedrag\n    valid_until: 2025-12-31\n"),
    )
    book = load_rates_dir(tmp_path)
    assert book.get("topic.amount", dt.date(2025, 6, 1)).status == "official"
    assert book.confirmed_until() == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("valid_until: 2024-12-31\n", ""), "geen valid_until"),
        (("valid_until: 2024-12-31", "valid_until: 2024-03-31"), "voor de laatste waarde"),
        ((", primary: true}\n      2024-07-01", "}\n      2024-07-01"), "primary"),
        (("    label: een bedrag\n", ""), "label"),
        (("primary: true}\n", "primary: true, status: maybe}\n"), "status"),
    ],
)
def test_horizon_status_and_provenance_are_required(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = write(tmp_path, "bad.yaml", GOOD.replace(*change, 1))
    with pytest.raises(RatesError, match=rf"bad\.yaml[\s\S]*{message}"):
        load_rates_file(path)


def test_recording_collects_the_rates_used_also_through_the_cache(tmp_path: Path) -> None:
    from calc.rates import recording

    write(tmp_path, "topic.yaml", GOOD)
    book = load_rates_dir(tmp_path)
    day = dt.date(2025, 3, 1)
    build = lambda: book.get("topic.amount", day).value  # noqa: E731
    with recording() as first:
        book.derived(("x", day), build)
    with recording() as second:  # now served from the cache: still recorded
        book.derived(("x", day), build)
    assert [r.status for r in first.values()] == [r.status for r in second.values()] == ["carried"]


def test_every_current_value_names_whether_its_source_is_primary() -> None:
    """The list of current values that rest only on secondary sources (docs/rates.md keeps it)."""
    book = load_rates_dir(RATES_DIR)
    horizon = book.confirmed_until()

    def secondary_on(key: str, day: dt.date) -> bool:
        return not book.get(key, day).source.primary

    secondary = sorted(
        key
        for key, p in book.parameters()
        if p.ends is None
        and (secondary_on(key, min(horizon, max(p.values))) or secondary_on(key, max(p.values)))
    )
    text = (RATES_DIR.parent / "docs" / "rates.md").read_text(encoding="utf-8")
    missing = [k for k in secondary if f"`{k}`" not in text]
    assert not missing, f"docs/rates.md does not list these secondary-sourced parameters: {missing}"


def test_every_secondary_source_of_any_period_is_listed() -> None:
    """Issue 14: the list in docs/rates.md of values that rest only on a secondary source is complete,
    for every period (earlier years too), so a maintainer knows what is still to be confirmed."""
    book = load_rates_dir(RATES_DIR)
    secondary = sorted(key for key, p in book.parameters() if any(not s.primary for s in p.sources.values()))
    text = (RATES_DIR.parent / "docs" / "rates.md").read_text(encoding="utf-8")
    missing = [k for k in secondary if f"`{k}`" not in text]
    assert not missing, f"docs/rates.md does not list these secondary-sourced parameters: {missing}"


INTERNAL = re.compile(r"assum|secund|secondary|checked|only seen|not confirmed|TODO", re.IGNORECASE)


def _law_sources() -> list[tuple[str, str]]:
    """Every LawSource defined at module level in calc/ (the sources the app and the PDF cite)."""
    import importlib
    import pkgutil

    import calc
    from calc.explain import LawSource

    out = []
    for info in pkgutil.walk_packages(calc.__path__, "calc."):
        if info.name.endswith("__main__"):
            continue  # running it is the CLI
        module = importlib.import_module(info.name)
        out += [(f"{info.name}.{k}", v.title) for k, v in vars(module).items() if isinstance(v, LawSource)]
    return out


def test_source_titles_are_what_a_reader_sees() -> None:
    """A title is printed in the app and the PDF: internal notes go to `note` and docs/rates.md."""
    book = load_rates_dir(RATES_DIR)
    titles = [(key, s.title) for key, p in book.parameters() for s in p.sources.values()]
    titles += _law_sources()
    assert len(titles) > 100
    leaking = [(key, title) for key, title in titles if INTERNAL.search(title)]
    assert not leaking, leaking
