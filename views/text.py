"""Text a user (or a file, or a link) supplied, shown by Streamlit, which renders Markdown.

`plain(text)` makes Markdown print such text as typed: every Markdown and HTML character is
escaped, so a field name in an uploaded file cannot become a link, an image or a heading (issue 19).
"""

from __future__ import annotations

import re

MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'@])")
MAX_SHOWN = 120  # characters of someone else's text shown in a message; the rest is cut off


def plain(text: object, limit: int = MAX_SHOWN) -> str:
    """The text on one line (a line break could start a list or a heading), at most `limit`
    characters, every Markdown character escaped."""
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[:limit] + "…"
    return MARKDOWN.sub(r"\\\1", flat)
