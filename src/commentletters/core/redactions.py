"""Passages withheld under a Rule 83 confidential-treatment request.

The public copy of such a letter prints a marker where the text was: "[***]", "[*]",
"[Redacted]", "[Omitted]", sometimes with a note ("[*** Confidential treatment requested]").
"""

from __future__ import annotations

import re

from .letters import Document

_MARKER = re.compile(
    r"\[\s*(?:\*[\s*]*(?:[^\]]{0,60})?|(?:redacted|omitted|confidential(?: treatment requested)?)[^\]]{0,60})\]",
    re.I,
)


def redaction_count(text: str) -> int:
    """How many redaction markers ``text`` holds."""
    return len(_MARKER.findall(text))


def has_redaction(text: str) -> bool:
    return "[" in text and _MARKER.search(text) is not None  # (every marker opens with a bracket)


def count_redactions(doc: Document) -> int:
    """Redaction markers in the letter's text (page furniture left out)."""
    return redaction_count(doc.text())
