"""The markers the database puts around matched words in a snippet, made into <mark> elements.

A letter's text is untrusted: markers it could hold would add highlighting of its own choosing (the
markers were the control characters 2 and 3, which a text may contain). So each process draws its
markers at random; a text cannot know them (its own control characters stay text: the command's
readable output shows them as escapes, a page as nothing).
"""

from __future__ import annotations

import html
import re
import secrets

OPEN = f"\x02{secrets.token_hex(6)}\x02"
CLOSE = f"\x03{secrets.token_hex(6)}\x03"


def headline_options(extra: str = "") -> str:
    """PostgreSQL ts_headline's options with these markers (``extra``: more options, comma first)."""
    return f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=40, MinWords=20{extra}"


def mark_up(snippet: str) -> str:
    """Escape a snippet's text and turn the markers into <mark> elements."""
    text = html.escape(re.sub(r"\s+", " ", snippet))
    return text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
