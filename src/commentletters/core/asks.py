"""What a staff comment asks the company to do, from the verbs the staff use in every letter.

The answer a comment needs depends on the ask: "tell us" wants an explanation in the response
letter only; "revise" or "amend" wants changed disclosure in the filing; "revise in future filings"
wants a commitment the company must then keep; "provide us with any proposed revisions" wants draft
text in the response. One comment often asks several things.
"""

from __future__ import annotations

import re

ASKS = (
    "tell_us",
    "revise",
    "provide_proposed_revisions",
    "revise_future_filings",
    "amend",
    "file_exhibit",
    "confirm",
    "explain",
)

_PATTERNS: dict[str, re.Pattern[str]] = {
    "tell_us": re.compile(r"\b(?:tell|advise|inform|show)\s+us\b|\blet\s+us\s+know\b|\bprovide\s+us\s+with\s+"
                          r"(?:your|an?|the)\s+(?:analysis|explanation|basis|support)|\bsupplementally\b", re.I),
    "revise": re.compile(r"\b(?:revise|expand|enhance|update|clarify)\s+(?:the|your|this|these|its|to|"
                         r"disclosure|the\s+disclosure)\b|\bplease\s+(?:revise|disclose|expand|remove|balance)\b"
                         r"|\brevise\s+to\b", re.I),
    "provide_proposed_revisions": re.compile(r"\bproposed\s+(?:revisions?|disclosures?|language|changes|text)\b|"
                                             r"\b(?:draft|sample)\s+(?:of\s+)?(?:your\s+)?(?:revised\s+)?"
                                             r"disclosure\b|\bshow\s+us\s+what\b", re.I),
    "revise_future_filings": re.compile(r"\bfuture\s+(?:periodic\s+)?(?:filings?|reports?|forms?\s+10-[KQ]|"
                                        r"annual\s+reports?|quarterly\s+reports?|earnings\s+releases?)\b", re.I),
    "amend": re.compile(r"\bamend(?:ment)?\s+(?:your|the|to\s+your|to\s+the)\b|\bfile\s+an\s+amend|\bamend\b", re.I),
    "file_exhibit": re.compile(r"\b(?:re-?)?fil(?:e|ing)\b[^.]{0,120}\bas\s+(?:an?\s+)?exhibits?\b"
                               r"|\bre-?file\b[^.]{0,80}\bexhibit", re.I),
    "confirm": re.compile(r"\bconfirm\b", re.I),
    "explain": re.compile(r"\b(?:explain|describe|clarify|discuss)\b", re.I),
}


def find_asks(text: str) -> list[str]:
    """The kinds of request a comment makes, in the fixed order of ``ASKS``."""
    flat = re.sub(r"\s+", " ", text)
    return [ask for ask in ASKS if _PATTERNS[ask].search(flat)]
