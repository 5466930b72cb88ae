"""Dated parameters: every amount and percentage the rules use, loaded from `rates/*.yaml`.

One YAML file per topic. Each parameter keeps its values keyed by the date they start, a
unit, and a source (title + URL) per date where the source changes. The schema is checked by
pydantic on load, so a malformed file or a value without a source fails loudly, naming the
file and the key. A value holds from its date until the next one (as in OpenFisca and
PolicyEngine parameter files).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, model_validator

T = TypeVar("T")

RATES_DIR = Path(__file__).resolve().parent.parent / "rates"

Number = float | int
# A value is a number, a table keyed by a label (e.g. age -> percentage), or a list of rows
# (e.g. tax brackets: [{upto: 38441, rate: 0.3697}, ...]).
Value = Number | dict[str, Number | None] | list[dict[str, Number | None]]


class RatesError(ValueError):
    """A rates file is missing, malformed, or lacks a value or a source for a date."""


class Source(BaseModel):
    """Where a value comes from: the title of the regulation or page, and its address."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    url: HttpUrl


class Parameter(BaseModel):
    """One legal quantity with its dated values and their sources."""

    model_config = ConfigDict(extra="forbid")
    description: str = Field(min_length=3)
    unit: str = Field(min_length=1)
    values: dict[dt.date, Value] = Field(min_length=1)
    sources: dict[dt.date, Source] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _every_value_has_a_source(self) -> Parameter:
        first_source = min(self.sources)
        uncovered = [d for d in self.values if d < first_source]
        if uncovered:
            raise ValueError(
                f"value(s) dated {', '.join(map(str, sorted(uncovered)))} have no source "
                f"(the first source starts {first_source})"
            )
        return self


class RatesFile(BaseModel):
    """A topic file: a description and its parameters by key."""

    model_config = ConfigDict(extra="forbid")
    topic: str = Field(min_length=3)
    parameters: dict[str, Parameter] = Field(min_length=1)


@dataclass(frozen=True)
class Rate:
    """The value of one parameter in force on a given day, with what is needed to cite it."""

    key: str
    value: Any
    unit: str
    since: dt.date
    source: Source

    def citation(self) -> dict[str, str]:
        return {
            "rate": self.key,
            "since": self.since.isoformat(),
            "title": self.source.title,
            "url": str(self.source.url),
        }


def _in_force(dated: Mapping[dt.date, Any], on: dt.date) -> tuple[dt.date, Any] | None:
    starts = [d for d in dated if d <= on]
    if not starts:
        return None
    start = max(starts)
    return start, dated[start]


class RateBook:
    """All rates files, looked up by `"topic.key"` and the day on which the value must hold."""

    def __init__(self, files: dict[str, RatesFile]):
        self.files = files
        self._memo: dict[tuple[str, dt.date], Rate] = {}  # rates are immutable once loaded
        self._latest: dict[dt.date | None, dt.date] = {}
        self._derived: dict[Hashable, Any] = {}

    def parameter(self, key: str) -> Parameter:
        topic, _, name = key.partition(".")
        try:
            return self.files[topic].parameters[name]
        except KeyError:
            raise RatesError(f"unknown rate {key!r}") from None

    def get(self, key: str, on: dt.date) -> Rate:
        memo = self._memo.get((key, on))
        if memo is None:
            memo = self._memo[(key, on)] = self._lookup(key, on)
        return memo

    def _lookup(self, key: str, on: dt.date) -> Rate:
        param = self.parameter(key)
        found = _in_force(param.values, on)
        if found is None:
            raise RatesError(f"rate {key!r} has no value on {on} (first: {min(param.values)})")
        since, value = found
        source = _in_force(param.sources, since)
        assert source is not None  # guaranteed by Parameter._every_value_has_a_source
        return Rate(key=key, value=value, unit=param.unit, since=since, source=source[1])

    def value(self, key: str, on: dt.date) -> Any:
        return self.get(key, on).value

    def latest_start(self, on: dt.date | None = None) -> dt.date:
        """The last date, up to `on`, on which any value changed: "rates as of" for the user."""
        found = self._latest.get(on)
        if found is None:
            found = self._latest[on] = max(
                d
                for f in self.files.values()
                for p in f.parameters.values()
                for d in p.values
                if on is None or d <= on
            )
        return found

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """What `build()` makes from this book's rates, made once per `key` (e.g. a rule's rates
        for one day). Rates do not change once loaded, so neither does anything built from them."""
        try:
            return self._derived[key]
        except KeyError:
            made = self._derived[key] = build()
            return made


def _loc_part(part: object) -> str:
    """YAML reads `2024-07-01:` as a date; pydantic reports it as its repr. Show it as written."""
    text = part.isoformat() if isinstance(part, dt.date) else str(part)
    m = re.fullmatch(r"datetime\.date\((\d+), (\d+), (\d+)\)", text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else text


def _format_error(path: Path, err: ValidationError) -> str:
    lines = [f"{path.name}: invalid rates file"]
    for e in err.errors():
        loc = ".".join(_loc_part(p) for p in e["loc"])
        lines.append(f"  at {loc}: {e['msg']}")
    return "\n".join(lines)


# libyaml's safe loader reads the same documents as yaml.safe_load, ten times faster (the cold
# start of the CLI); the pure-Python one where PyYAML was built without libyaml.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_rates_file(path: Path) -> RatesFile:
    """Read and validate one rates file; errors name the file and the key."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as err:
        raise RatesError(f"{path.name}: not valid YAML: {err}") from None
    try:
        return RatesFile.model_validate(raw)
    except ValidationError as err:
        raise RatesError(_format_error(path, err)) from None


def load_rates_dir(directory: Path) -> RateBook:
    files = {p.stem: load_rates_file(p) for p in sorted(directory.glob("*.yaml"))}
    if not files:
        raise RatesError(f"no rates files in {directory}")
    return RateBook(files)


@lru_cache(maxsize=1)
def load_rates() -> RateBook:
    """The project's rates, loaded and validated once per process."""
    return load_rates_dir(RATES_DIR)
