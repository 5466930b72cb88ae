"""One remembered value per name in the session: the most common change, a number of hours, leaves
most of what a rerun computes unchanged (issue 20: nothing recomputed that the session already has).

Kept in the session's own state, like its widgets: never shared with another session, gone with it,
never written anywhere. One entry per name, for the client's current situation; a changed key
computes anew and replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

T = TypeVar("T")


def session_memo(name: str, key: str, compute: Callable[[], T]) -> T:
    """`compute()` for `key`, or the value this session last computed under `name` for the same key."""
    slot = f"_memo_{name}"
    hit = st.session_state.get(slot)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = compute()
    st.session_state[slot] = (key, value)
    return value
