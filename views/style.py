"""Page styling that Streamlit has no option for (issue 13): no English and no noise for a Dutch
screen-reader or keyboard user, tap targets of at least 24 px.

- Heading anchors and element toolbars (the "..." menu on charts and tables, announced in
  English) are hidden: display:none also takes them out of the tab order.
- The file uploader's English instructions ("Drag and drop", "Limit 20MB per file") are hidden;
  the label and the caption under it say in Dutch what to choose and how large it may be.
- Streamlit's own English words that a screen reader announces ("Skip to main content", "Help
  for ...", the uploader's "Upload") are relabelled in the page's language by a small script in a
  one-pixel frame (same origin; static text, no user data; it re-applies after every rerun).
- Help icons and checkboxes get a 24 px tap target (WCAG 2.2, 2.5.8).
"""

from __future__ import annotations

import json

import streamlit as st

from views.i18n import t

CSS = """
<style>
[data-testid="stHeaderActionElements"], [data-testid="stElementToolbar"] { display: none !important; }
[data-testid="stFileUploaderDropzoneInstructions"] { display: none !important; }
[data-testid="stTooltipIcon"] {
  min-width: 24px; min-height: 24px; display: inline-flex; align-items: center;
}
[data-testid="stTooltipIcon"] svg { width: 20px; height: 20px; }
[data-testid="stCheckbox"] label { min-height: 24px; }
/* A checkbox label with a help icon is cut off with "…" on a phone: let it wrap instead. */
[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"],
[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"] p { white-space: normal; text-overflow: clip; }
</style>
"""


RELABEL = """
<script>
const L = %(labels)s;
const doc = window.parent.document;
// Set a label only when it changes: setting it to the same value is still a mutation, and the
// observer below would call relabel again forever (in English "Help for" stays "Help for").
function label(b, v) { if (b.getAttribute("aria-label") !== v) b.setAttribute("aria-label", v); }
function relabel() {
  doc.querySelectorAll('button[aria-label^="Help for "]').forEach(b =>
    label(b, L.help + " " + b.getAttribute("aria-label").slice(9)));
  doc.querySelectorAll('button[aria-label="Decrement"]').forEach(b => label(b, L.less));
  doc.querySelectorAll('button[aria-label="Increment"]').forEach(b => label(b, L.more));
  const skip = doc.querySelector('[data-testid="stSkipToContent"]');
  if (skip && skip.textContent !== L.skip) skip.textContent = L.skip;
  doc.querySelectorAll('[data-testid="stFileUploaderDropzone"] button').forEach(b => {
    if (b.textContent !== L.choose) b.textContent = L.choose;
  });
}
relabel();
new MutationObserver(relabel).observe(doc.body, {subtree: true, childList: true, attributes: true,
  attributeFilter: ["aria-label"]});
window.frameElement.setAttribute("aria-hidden", "true");
window.frameElement.setAttribute("title", L.frame);
</script>
"""


def apply_style(lang: str) -> None:
    st.html(CSS)
    labels = {k: t(f"a11y.{k}", lang) for k in ("help", "skip", "choose", "frame", "less", "more")}
    st.iframe(RELABEL % {"labels": json.dumps(labels)}, height=1, tab_index=-1, alt=labels["frame"])
