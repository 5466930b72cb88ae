"""What to do now, and the safety net (issue 12): calc's checklist, the same one the PDF prints."""

from __future__ import annotations

from typing import Any

import streamlit as st

from calc.checklist import SAFETY_NET, checklist
from views.i18n import t


def render_todo(cmp: dict[str, Any], result: dict[str, Any], lang: str) -> None:
    """The steps after the answer, and that the Wajong comes back when the work stops."""
    st.subheader(t("h.todo", lang), anchor=False)
    st.markdown("\n".join(f"- {n.nl if lang == 'nl' else n.en}" for n in checklist(cmp, result)))
    st.markdown(f"**{t('h.safety', lang)}**")
    st.success(SAFETY_NET.nl if lang == "nl" else SAFETY_NET.en)
    for n in cmp.get("safety_net") or []:  # the law's own words: when the right could end, and revive
        st.markdown(f"- {n[lang]}")
