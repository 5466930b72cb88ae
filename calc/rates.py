"""Dated parameters: every amount and percentage the rules use, loaded from `rates/*.yaml`.

One YAML file per topic. Each parameter keeps its values keyed by the date they start, a
unit, and a source (title + URL) per date where the source changes. The schema is checked by
pydantic on load, so a malformed file or a value without a source fails loudly, naming the
file and the key. A value holds from its date until the next one (as in OpenFisca and
PolicyEngine parameter files).

How far a value is known to hold (docs/rates.md): every parameter has a review horizon,
`valid_until` (OpenFisca's `last_value_still_valid_on`): the day up to which someone checked that
its last value still holds. Each source says whether the value is `official` (law, Staatscourant,
Belastingdienst, UWV, Dienst Toeslagen) or a `proposal` (a bill as tabled, a budget figure), and
whether it was read in the primary publication (`primary`). A value used after its horizon is
`carried`: the last known one, labelled, never an invented one. `recording()` collects every rate
a calculation looks up, so a result can list which of its amounts are not yet official.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, model_validator

from calc.rates_checks import Problem, check_book, check_file, schema_problems

T = TypeVar("T")

RATES_DIR = Path(__file__).resolve().parent.parent / "rates"

Number = float | int
# A value is a number, a table keyed by a label (e.g. age -> percentage), or a list of rows
# (e.g. tax brackets: [{upto: 38441, rate: 0.3697}, ...]).
Value = Number | dict[str, Number | None] | list[dict[str, Number | None]]


class RatesError(ValueError):
    """A rates file is missing, malformed, lacks a value or a source for a date, or says something
    the law cannot mean (calc/rates_checks.py). `problems`: each in Dutch, naming file, key and date."""

    problems: list[Problem]

    def __init__(self, message: str):
        super().__init__(message)
        self.problems = []

    def dutch(self) -> str:
        return "\n".join(p.dutch() for p in self.problems) if self.problems else str(self)


# A value used beyond its parameter's review horizon is "carried" (see the module docstring).
Status = Literal["official", "proposal", "carried"]
# How far past the earliest review horizon a period may be computed with carried values; after
# that the tool refuses rather than run a year on amounts two indexations old (docs/rates.md).
CARRY_MONTHS = 12


class Source(BaseModel):
    """Where a value comes from: the title of the regulation or page as a reader sees it, its
    address, whether the value is law or only proposed, and whether we read it in the primary
    publication (`primary: false`: a copy or a quote by someone else). `note` is for maintainers
    (what was checked, what disagrees) and is never shown to a client."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    url: HttpUrl
    primary: bool
    status: Literal["official", "proposal"] = "official"
    note: str | None = None


class Bounds(BaseModel):
    """The range a parameter's values must lie in, beyond its unit's (calc/rates_checks.py): a
    sanity check against typos (the hourly minimum wage between a few and a few dozen euros)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    min: float
    max: float


class Parameter(BaseModel):
    """One legal quantity with its dated values and their sources.

    `valid_until`: the review horizon of the last value (the file's default when not set here).
    `ends`: from this day no rule uses the parameter any more (the law replaced the rule it
    belongs to, e.g. the income-dependent basishuur of the huurtoeslag until 2025)."""

    model_config = ConfigDict(extra="forbid")
    description: str = Field(min_length=3)
    label: str = Field(min_length=3)  # the parameter's name in Dutch, as a coach reads it
    unit: str = Field(min_length=1)
    values: dict[dt.date, Value] = Field(min_length=1)
    sources: dict[dt.date, Source] = Field(min_length=1)
    valid_until: dt.date | None = None
    ends: dt.date | None = None
    bounds: Bounds | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _every_value_has_a_source(self) -> Parameter:
        first_source = min(self.sources)
        uncovered = [d for d in self.values if d < first_source]
        if uncovered:
            raise ValueError(
                f"de waarde(n) van {', '.join(map(str, sorted(uncovered)))} hebben geen bron "
                f"(de eerste bron begint op {first_source})."
            )
        if self.valid_until is not None and self.valid_until < max(self.values):
            raise ValueError(
                f"valid_until {self.valid_until} ligt voor de laatste waarde ({max(self.values)})."
            )
        if self.ends is not None and self.ends <= min(self.values):
            raise ValueError(f"ends {self.ends} ligt niet na de eerste waarde ({min(self.values)}).")
        return self


class RatesFile(BaseModel):
    """A topic file: a description, the review horizon its parameters share unless they set their
    own, and its parameters by key."""

    model_config = ConfigDict(extra="forbid")
    topic: str = Field(min_length=3)
    label: str = Field(min_length=3)  # the topic in one or two Dutch words, as a client reads it
    valid_until: dt.date | None = None
    parameters: dict[str, Parameter] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_parameter_has_a_horizon(self) -> RatesFile:
        for key, p in self.parameters.items():
            horizon = p.valid_until or self.valid_until
            if horizon is None:
                raise ValueError(f"parameter '{key}' heeft geen valid_until (en het bestand ook niet).")
            if horizon < max(p.values):
                raise ValueError(f"parameter '{key}': valid_until {horizon} ligt voor de laatste waarde.")
            if p.valid_until is None:
                p.valid_until = horizon
        return self


@dataclass(frozen=True)
class Rate:
    """The value of one parameter in force on a given day, with what is needed to cite it and
    how sure it is on that day (`status`)."""

    key: str
    value: Any
    unit: str
    since: dt.date
    source: Source
    status: Status = "official"
    valid_until: dt.date | None = None
    label: str = ""
    topic_label: str = ""

    def citation(self) -> dict[str, str]:
        return {
            "rate": self.key,
            "since": self.since.isoformat(),
            "title": self.source.title,
            "url": str(self.source.url),
            "status": self.status,
        }


def rate_set_key(rates: object) -> tuple[dt.date, ...]:
    """A key for a rule's set of rates (WajongRates, TaxRates): the start date of each of its
    Rates. Equal keys mean the very same values, so rows with equal keys can share one call."""
    return tuple(r.since for r in vars(rates).values())


def rate_status(source: Source, valid_until: dt.date, on: dt.date) -> Status:
    """`carried` after the review horizon, else what the source says (official or proposal)."""
    return "carried" if on > valid_until else source.status


def _in_force(dated: Mapping[dt.date, Any], on: dt.date) -> tuple[dt.date, Any] | None:
    starts = [d for d in dated if d <= on]
    if not starts:
        return None
    start = max(starts)
    return start, dated[start]


# The rates looked up by the calculation running in this context (thread, task), when recording.
_USED: ContextVar[dict[tuple[str, dt.date], Rate] | None] = ContextVar("rates_used", default=None)


@contextmanager
def recording() -> Iterator[dict[tuple[str, dt.date], Rate]]:
    """Collect every Rate looked up inside the block, keyed by (key, day). Nested blocks also
    report to the outer one. A context variable, so parallel app sessions never mix."""
    used: dict[tuple[str, dt.date], Rate] = {}
    token = _USED.set(used)
    try:
        yield used
    finally:
        _USED.reset(token)
        outer = _USED.get()
        if outer is not None:
            outer.update(used)


def _record(rates: Iterable[tuple[tuple[str, dt.date], Rate]]) -> None:
    used = _USED.get()
    if used is not None:
        used.update(rates)


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
            raise RatesError(f"Fout in de bedragen: de parameter '{key}' bestaat niet.") from None

    def get(self, key: str, on: dt.date) -> Rate:
        memo = self._memo.get((key, on))
        if memo is None:
            memo = self._memo[(key, on)] = self._lookup(key, on)
        if _USED.get() is not None:
            _record((((key, on), memo),))
        return memo

    def _lookup(self, key: str, on: dt.date) -> Rate:
        param = self.parameter(key)
        found = _in_force(param.values, on)
        if found is None:
            raise RatesError(
                f"Fout in de bedragen: '{key}' heeft geen waarde op {on} "
                f"(de eerste is van {min(param.values)})."
            )
        since, value = found
        source = _in_force(param.sources, since)
        assert source is not None  # guaranteed by Parameter._every_value_has_a_source
        assert param.valid_until is not None  # set by RatesFile._every_parameter_has_a_horizon
        return Rate(
            key=key,
            value=value,
            unit=param.unit,
            since=since,
            source=source[1],
            status=rate_status(source[1], param.valid_until, on),
            valid_until=param.valid_until,
            label=param.label,
            topic_label=self.files[key.partition(".")[0]].label,
        )

    def parameters(self) -> Iterator[tuple[str, Parameter]]:
        """Every parameter as ("topic.key", Parameter), file by file."""
        for topic, f in self.files.items():
            for name, p in f.parameters.items():
                yield f"{topic}.{name}", p

    def confirmed_until(self) -> dt.date:
        """The earliest review horizon of the parameters still in use: up to this day every amount
        the rules can use is confirmed (official, or a proposal with its own horizon)."""
        return self.derived(
            "confirmed_until",
            lambda: min(p.valid_until for _, p in self.parameters() if p.ends is None and p.valid_until),
        )

    def supported_period(self) -> tuple[dt.date, dt.date]:
        """The months the tool computes: from the first minimum wage in rates/ to CARRY_MONTHS after
        the earliest horizon (beyond it, every period would run on carried values only)."""
        first = min(self.parameter("minimum_wage.referentiemaandloon").values)
        horizon = self.confirmed_until()
        months = horizon.year * 12 + horizon.month - 1 + CARRY_MONTHS
        y, m = divmod(months, 12)
        last = dt.date(y + (m == 11), (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        return first, last

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
        for one day). Rates do not change once loaded, so neither does anything built from them.
        The rates `build()` looked up are kept with it and recorded again on every later use."""
        try:
            made, used = self._derived[key]
        except KeyError:
            with recording() as used:
                made = build()
            self._derived[key] = (made, tuple(used.items()))
            return made
        if _USED.get() is not None:
            _record(used)
        return made  # type: ignore[no-any-return]


# libyaml's parser reads the same documents as yaml.safe_load, ten times faster (the cold start of
# the CLI); the pure-Python one where PyYAML was built without libyaml.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: object, line: int):
        super().__init__(f"duplicate key {key!r}")
        self.key, self.line = key, line


class UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[misc]
    """yaml.safe_load, but a key written twice in one mapping is refused: plain YAML keeps the last
    one silently (a second `2026-07-01:` would replace the first value without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, Hashable):
                if key in seen:
                    raise _DuplicateKey(key, key_node.start_mark.line + 1)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _yaml_problem(path: Path, err: yaml.YAMLError) -> Problem:
    if isinstance(err, _DuplicateKey):
        key = err.key.isoformat() if isinstance(err.key, dt.date) else err.key
        text = (
            f"'{key}' staat twee keer in hetzelfde blok (regel {err.line}); YAML houdt dan maar één waarde."
        )
    else:
        mark = getattr(err, "problem_mark", None)
        at = f" (regel {mark.line + 1}, kolom {mark.column + 1})" if mark is not None else ""
        text = f"dit is geen geldige YAML{at}."
    return Problem(path.stem, "", None, text)


def rates_error(problems: list[Problem]) -> RatesError:
    error = RatesError("\n".join(p.dutch() for p in problems))
    error.problems = problems
    return error


def load_rates_file(path: Path) -> RatesFile:
    """Read and validate one rates file, its shape and its meaning (calc/rates_checks.py); a
    RatesError names the file, the parameter and the date, in Dutch."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
    except yaml.YAMLError as err:
        raise rates_error([_yaml_problem(path, err)]) from None
    except (OSError, UnicodeDecodeError):
        raise rates_error([Problem(path.stem, "", None, "het bestand kan niet gelezen worden.")]) from None
    try:
        parsed = RatesFile.model_validate(raw)
    except ValidationError as err:
        raise rates_error(schema_problems(path.stem, err)) from None
    problems = check_file(path.stem, raw, parsed)
    if problems:
        raise rates_error(problems)
    return parsed


def load_rates_dir(directory: Path) -> RateBook:
    files = {p.stem: load_rates_file(p) for p in sorted(directory.glob("*.yaml"))}
    if not files:
        raise RatesError(f"Fout in de bedragen: er staan geen bestanden in {directory}.")
    book = RateBook(files)
    problems = check_book(book)
    if problems:
        raise rates_error(problems)
    return book


@lru_cache(maxsize=1)
def load_rates() -> RateBook:
    """The project's rates, loaded and validated once per process."""
    return load_rates_dir(RATES_DIR)
