"""Stage: the letter's kind (staff or company; comments, completion, no review, other)."""

from __future__ import annotations

import re

from .letters import Document, Letter

_COMPLETE = re.compile(r"completed (?:our|its) review", re.I)
_NO_REVIEW = re.compile(r"(?:will not|did not|does not intend to) (?:be )?review", re.I)
_STAFF = re.compile(r"Division of Corporation Finance|We have reviewed your|Sincerely,\s*$", re.I | re.M)


def is_staff(doc: Document) -> bool:
    head = doc.text()[:6000]
    if re.search(r"securities and exchange commission logo", head, re.I):
        return True
    return bool(re.search(r"We have (?:limited our review|reviewed)|Dear (?:Mr|Ms|Mrs|Dr)\.", head)) and not re.search(
        r"Ladies and Gentlemen|Dear (?:Sir|Madam)|VIA EDGAR", head, re.I
    )


def classify(doc: Document, letter: Letter) -> tuple[str, str | None]:
    """(kind, subkind) for the letter."""
    text = doc.text()
    if letter.kind.startswith("staff"):
        if letter.comments:
            return "staff_comments", None
        if _COMPLETE.search(text):
            return "staff_review_complete", None
        if _NO_REVIEW.search(text):
            return "staff_no_review", None
        return "staff_other", None
    if letter.responses:
        return "company_response", None
    low = text.lower()
    if "accelerat" in low and "effective" in low:
        return "company_other", "acceleration_request"
    if "extension" in low or "additional time" in low:
        return "company_other", "extension_request"
    if "withdraw" in low:
        return "company_other", "withdrawal_request"
    return "company_other", None
