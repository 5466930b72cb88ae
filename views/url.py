"""Values in the link that a field cannot use (issue 19): told beside the field, never dropped silently.

Streamlit fills a bound widget from the URL and, when it cannot use the value, silently takes the
default (`rent=750,50` became 0, an unknown month became this month) or, for a whole-number field,
stops the page (`age=Infinity`). `check_link()` runs before any widget: it keeps each unusable value,
takes it out of the link and reruns, so the widget starts from its default; `link_problems()` then
says per field what the link held and what is used now. The amount and hours fields are text fields
read by `calc.numbers` (issue 13): they keep what the link holds and say themselves what they cannot
read, so only the whole-number fields, the toggles and the choices are checked here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

SAFE_INTEGER = 2**53 - 1  # what a browser's number field holds exactly
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?")
WHOLE_FIELDS = ("age", "persons", "cal_stop_after", "zzp_year", "pby", "sharers")
TOGGLES = ("coach", "partner", "ld", "cal_new", "cal_stop", "zzp_5y", "parents", "cal_open", "sc_open")
KEY = "url_bad"  # session state: {url key: (the value in the link, the value used instead)}


def _number(text: str, whole: bool) -> bool:
    if not NUMBER.fullmatch(text.strip()):
        return False
    x = float(text)
    return math.isfinite(x) and abs(x) <= SAFE_INTEGER and (not whole or x.is_integer())


def checks(choices: dict[str, Iterable[str]]) -> dict[str, Callable[[str], bool]]:
    """Per URL key: can the field use this text? `choices`: the labels a choice field accepts."""
    out: dict[str, Callable[[str], bool]] = {k: lambda v: _number(v, True) for k in WHOLE_FIELDS}
    out |= {k: lambda v: v.lower() in ("true", "false") for k in TOGGLES}
    for k, labels in choices.items():
        allowed = set(labels)
        out[k] = lambda v, allowed=allowed: v in allowed  # type: ignore[misc]
    return out


def check_link(choices: dict[str, Iterable[str]]) -> None:
    """Take every value out of the link that its field cannot use, remember it, and rerun once."""
    test = checks(choices)
    bad: dict[str, tuple[str, Any]] = st.session_state.setdefault(KEY, {})
    removed = False
    for key in list(st.query_params):
        value = st.query_params.get(key) or ""
        if key not in test or value == "" or test[key](value):
            continue
        try:
            del st.query_params[key]  # not yet bound to a widget in this session's first run
        except (StreamlitAPIException, KeyError):
            continue
        bad[key] = (value, None)
        removed = True
    if removed:
        st.rerun()


def link_problems() -> list[tuple[str, str, Any]]:
    """(url key, the value the link held, the value the field shows now) for every field still showing
    what it took instead; a field the user changed since is dropped from the list."""
    out = []
    bad: dict[str, tuple[str, Any]] = st.session_state.get(KEY, {})
    for key, (value, used) in list(bad.items()):
        now = st.session_state.get(key)
        if used is None:  # the first run after the link was cleaned: the widget's default
            bad[key] = (value, ("set", now))
        elif used[1] != now:
            del bad[key]
            continue
        out.append((key, value, now))
    return out
