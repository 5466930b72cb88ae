"""The answer, large and first: what arrives in the account each month, then the whole year.

Everything comes from calc's comparison (`calc.compare`): the headline sentences, the two numbers
per scenario and the loonheffingskorting advice. This module only shows them.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from calc.money import eur
from views.i18n import long_date, t

# calc's warnings that the comparison's advice already says better (the settlement after the year).
COVERED = ("tax_refund", "tax_pay_back", "loonheffingskorting_both")
# calc's signals every reader sees (the others are for the coach): money the client may be missing.
FOR_EVERYONE = ("toeslagenwet_entitled",)


def provisional_lines(result: dict[str, Any], lang: str) -> list[str]:
    """One line per amount that is not official yet: its name, the value used and why (coach view)."""
    out = []
    for p in result.get("provisional") or []:
        why = t(f"provisional.{p['status']}", lang, since=long_date(p["since"], lang))
        name = p["label"] if lang == "nl" else p["parameter"]
        out.append(f"- [{name}]({p['source']['url']}): {why}")
    return out


def render_provisional(result: dict[str, Any], lang: str, mode: str) -> None:
    """The banner for a month whose amounts are partly not yet known (calc's `provisional`)."""
    if not result.get("provisional"):
        return
    topics = sorted({p["topic_label"] if lang == "nl" else p["parameter"].partition(".")[0].replace("_", " ")
                     for p in result["provisional"]})  # fmt: skip
    st.warning(
        t("provisional", lang, year=result["period"][:4])
        + " "
        + t("provisional.topics", lang, topics=", ".join(topics)),
        icon=":material/hourglass_top:",
    )
    if mode == "coach":
        with st.expander(t("provisional.list", lang)):
            st.markdown("\n".join(provisional_lines(result, lang)))


def signed(x: float, lang: str = "nl") -> str:
    return ("+ " if x > 0 else "") + eur(x, lang)


def metric_delta(x: float, lang: str = "nl") -> dict[str, Any]:
    """st.metric's delta for a difference in euros. Streamlit draws a green arrow up unless the text
    starts with "-", and Dutch money puts the minus after the euro sign ("€ -24,75"): a card that
    brings less showed a green arrow up. Here the sign comes first ("- € 24,75", red, down), and no
    difference is grey, without an arrow."""
    if round(x, 2) == 0:
        return {"delta": eur(0.0, lang), "delta_color": "off", "delta_arrow": "off"}
    return {"delta": ("+ " if x > 0 else "- ") + eur(abs(x), lang)}


def render_answer(
    cmp: dict[str, Any], job: dict[str, Any], lang: str, mode: str, example: bool = False
) -> None:
    """The headline (cash per month), the three figures, the year, and what to do when they differ.
    `example`: nothing was entered yet, so the answer is labelled as the example person's."""
    now, variant, h = cmp["now"], cmp["variants"][0], cmp["headline"]
    st.subheader(t("h.answer", lang), anchor=False)
    if example:
        st.info(t("example", lang), icon=":material/person:")
    render_provisional(cmp, lang, mode)
    st.markdown(f"## {h['short_' + lang]}")
    c1, c2, c3 = st.columns(3)
    c1.metric(now[f"label_{lang}"], eur(now["cash_month"], lang), help=t("cash.help", lang))
    c2.metric(variant[f"label_{lang}"], eur(variant["cash_month"], lang), help=t("cash.help", lang))
    c3.metric(
        t("difference", lang), signed(variant["difference_cash_month"], lang), help=t("cash.help", lang)
    )
    st.markdown(h[f"cash_{lang}"] + " " + t("cash.note", lang))
    st.markdown(f"**{h[f'year_{lang}']}**")
    if h[f"mismatch_{lang}"]:
        st.warning(h[f"mismatch_{lang}"])
    if h.get(f"costs_{lang}"):  # the gain with and without the costs of working (calc/costs.py)
        st.info(h[f"costs_{lang}"], icon=":material/receipt_long:")
    for n in (cmp.get("costs") or {}).get("notes") or []:
        st.caption(n[lang])
    for n in h["advice"]:
        st.info(n[lang])
    rest = [w for w in job.get("warnings") or [] if w.get("code") not in COVERED]
    signals = [
        s
        for s in (job.get("toeslagen") or {}).get("signals") or []
        if mode == "coach" or s["code"] in FOR_EVERYONE
    ]
    if rest or signals:
        st.markdown(f"**{t('h.warnings', lang)}**")
        for w in rest:
            st.info(w[lang])
        for s in signals:
            st.info(s["text_nl"] if lang == "nl" else s["text_en"])
    for m in cmp.get("municipal") or []:  # no amounts: the schemes, and where to ask
        st.info(m[lang], icon=":material/account_balance:")
