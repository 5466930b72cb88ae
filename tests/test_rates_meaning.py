"""Issue 19: rates that check their meaning on load, not only their shape.

A corrupted copy of each rates file (a negative or out-of-range value, a duplicated date or key,
unordered brackets, a broken law cross-check) is refused with one Dutch line naming the file, the
parameter and the date: by `load_rates_dir`, by the CLI (exit code 3, no traceback) and by the app
(its own Dutch page, no Streamlit error page). Nothing is computed from it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import calc.rates
from calc.cli import EXIT_RATES, main
from calc.rates import RATES_DIR, RatesError, load_rates, load_rates_dir
from calc.rates_checks import FREE_UNITS, UNIT_RANGES

APP = str(Path(__file__).resolve().parents[1] / "app.py")

# (file, text in it, replacement, what the message must say). Each breaks one thing the issue names.
CORRUPTIONS = [
    ("wajong.yaml", "      2021-01-01: 0.70\n", "      2021-01-01: -0.70\n",
     "parameter 'percentage_arbeidsvermogen', datum 2021-01-01): -0.7 moet een getal van 0 tot en met 1"),
    ("wajong.yaml", "      2021-01-01: 0.70\n", "      2021-01-01: 70\n",
     "parameter 'percentage_arbeidsvermogen', datum 2021-01-01): 70 moet een getal van 0 tot en met 1"),
    ("minimum_wage.yaml", "      2026-07-01: 14.99\n", "      2026-07-01: 14.99\n      2026-07-01: 2.00\n",
     "'2026-07-01' staat twee keer"),
    ("minimum_wage.yaml", "      2026-07-01: 14.99\n", "      '2026-07-01': 2.00\n      2026-07-01: 14.99\n",
     "parameter 'hourly'): in 'values' staat een datum twee keer"),
    ("minimum_wage.yaml", "      2026-07-01: 14.99\n", "      2026-07-01: 2.00\n",
     "parameter 'hourly', datum 2026-07-01): 2.0 moet een getal van 5 tot en met 50"),
    ("minimum_wage.yaml", "      2026-07-01: 14.99\n", "      2026-07-01: 15.99\n",
     "parameter 'hourly', datum 2026-07-01): het uurloon 15.99 past niet bij het referentiemaandloon"),
    ("minimum_wage.yaml", "      2026-01-01: 14.71\n      2026-07-01: 14.99\n",
     "      2026-07-01: 14.99\n      2026-01-01: 14.71\n",
     "datum 2026-01-01): in 'values' moeten de datums oplopen"),
    ("minimum_wage.yaml", '2024-01-01: {"15": 0.30, "16": 0.345', '2024-01-01: {"15": 0.40, "16": 0.345',
     "parameter 'youth_percentage', datum 2024-01-01): het percentage moet stijgen"),
    ("income_tax.yaml", "        - {upto: 38883, rate: 0.3575}\n        - {upto: 78426, rate: 0.3756}\n",
     "        - {upto: 78426, rate: 0.3756}\n        - {upto: 38883, rate: 0.3575}\n",
     "parameter 'box1_brackets', datum 2026-01-01): de grenzen 'upto' moeten oplopen"),
    ("income_tax.yaml", "{from: 11965, base: 996, rate: 0.31009}", "{from: 11965, base: 1996, rate: 0.31009}",
     "parameter 'arbeidskorting_segments', datum 2026-01-01): rij 2: 'base' 1996 sluit niet aan"),
    ("income_tax.yaml", "        - {upto: null, rate: 0.495}\n", "        - {upto: 99999, rate: 0.495}\n",
     "de laatste schijf moet open zijn"),
    ("zorgtoeslag.yaml", "      2026-01-01: 29736\n", "      2026-01-01: 39736\n",
     "(rates/zorgtoeslag.yaml, parameter 'drempelinkomen', datum 2026-01-01): 39736 past niet"),
    ("kindgebonden_budget.yaml", "      2026-01-01: 29736\n", "      2026-01-01: 29836\n",
     "(rates/kindgebonden_budget.yaml, parameter 'drempelinkomen', datum 2026-01-01)"),
    ("huurtoeslag.yaml", "      2024-01-01: 454.47\n", "      2024-01-01: 854.47\n",
     "parameter 'young_rent_cap', datum 2024-01-01): 'young_rent_cap' (854.47) mag niet hoger"),
    ("zorgtoeslag.yaml", "      2024-01-01: 26819\n", "      2024-01-01: -26819\n",
     "parameter 'drempelinkomen', datum 2024-01-01): -26819 moet een getal van 0 of meer"),
    ("employer.yaml", "unit: fraction\n", "unit: fraction\n    unit: EUR\n", "'unit' staat twee keer"),
    ("uwv_timing.yaml", "    unit: month\n    values:\n      2021-01-01: 9\n",
     "    unit: month\n    values:\n      2021-01-01: 13\n", "13 moet een heel getal van 1 tot en met 12"),
    ("toeslagen.yaml", "      2024-01-01: 24\n", "      2024-01-01: .nan\n", "nan is geen getal"),
    ("reconcile.yaml", "      2021-01-01: 1.00\n", "      2021-01-01: true\n", "true is geen getal"),
    ("kindgebonden_budget.yaml", "parameters:\n", "parameters:\n  x: [\n", "dit is geen geldige YAML (regel"),
]  # fmt: skip
IDS = [f"{c[0]}-{i}" for i, c in enumerate(CORRUPTIONS)]


def corrupted_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    for f in RATES_DIR.glob("*.yaml"):
        shutil.copy(f, tmp_path)
    path = tmp_path / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the test's anchor is not in {file}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


@pytest.fixture
def rates_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Point the project's rates at another folder for one test (CLI and app read RATES_DIR)."""

    def use(folder: Path) -> None:
        monkeypatch.setattr(calc.rates, "RATES_DIR", folder)
        load_rates.cache_clear()

    yield use
    load_rates.cache_clear()


@pytest.mark.parametrize(("file", "old", "new", "message"), CORRUPTIONS, ids=IDS)
def test_a_corrupted_rates_file_is_refused_naming_file_key_and_date(
    tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    folder = corrupted_copy(tmp_path, file, old, new)
    with pytest.raises(RatesError) as err:
        load_rates_dir(folder)
    text = err.value.dutch()
    assert f"Fout in de bedragen (rates/{file}" in text
    assert message in text, text
    assert "Traceback" not in text and "Value error" not in text


def test_the_real_rates_pass_every_check() -> None:
    assert load_rates_dir(RATES_DIR).files


def test_every_unit_in_rates_has_a_range_or_is_known_to_have_none() -> None:
    """A new unit must be given its range in calc/rates_checks.py (else only finiteness is checked)."""
    units = {p.unit for _, p in load_rates_dir(RATES_DIR).parameters()}
    brackets = {u for u in units if u.startswith("list of")}
    assert not units - set(UNIT_RANGES) - FREE_UNITS - brackets, units - set(UNIT_RANGES) - FREE_UNITS


@pytest.mark.parametrize(("file", "old", "new", "message"), CORRUPTIONS[:6], ids=IDS[:6])
def test_the_cli_stops_with_one_dutch_line_and_exit_3(
    tmp_path: Path, rates_in, capsys: pytest.CaptureFixture[str], file: str, old: str, new: str, message: str
) -> None:
    rates_in(corrupted_copy(tmp_path, file, old, new))
    situation = tmp_path / "s.json"
    situation.write_text(json.dumps({"period": "2026-03", "age": 25, "wajong": {"arbeidsvermogen": True}}))
    assert main(["evaluate", str(situation)]) == EXIT_RATES
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"Fout in de bedragen (rates/{file}") and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_app_shows_its_own_dutch_page_and_computes_nothing(tmp_path: Path, rates_in) -> None:
    file, old, new, message = CORRUPTIONS[1]  # 70 written for 0.70: Wajong would be a fortune
    rates_in(corrupted_copy(tmp_path, file, old, new))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "De rekenhulp kan nu niet rekenen" in at.error[0].value
    assert message in at.code[0].value
    assert not at.metric  # no answer
