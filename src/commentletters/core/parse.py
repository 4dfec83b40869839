"""The pipeline in one call: bytes → :class:`Letter`.

extract → classify → header → comments (staff letters) / answers (company letters).
Pure functions; no I/O beyond the bytes given; no Django.
"""

from __future__ import annotations

import hashlib

from .answers import find_responses
from .classify import classify
from .comments import read_comments
from .extract import extract
from .header import read_header
from .letters import Letter
from .redactions import count_redactions
from .whole_answer import responses_for, whole_answer

PARSER_VERSION = "0.1.0"


def parse_letter(data: bytes, source: str = "<bytes>") -> Letter:
    """Parse one letter. Raises :class:`~commentletters.core.errors.LetterError` on bad input."""
    doc = extract(data, source)
    letter = Letter(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        kind="staff_other",
        format=doc.format,
        pages=doc.pages,
        warnings=list(doc.warnings),
    )
    read_header(doc, letter)
    if letter.kind.startswith("staff"):
        found = read_comments(doc)
        letter.comments, letter.unnumbered = found.comments, found.unnumbered
    else:
        letter.responses = find_responses(doc)
    letter.redactions = count_redactions(doc)
    letter.kind, letter.subkind = classify(doc, letter)
    if letter.kind != "staff_comments":
        letter.comments, letter.unnumbered = [], False
    if letter.kind != "company_response":
        letter.responses = []
    elif not letter.responses and (answer := whole_answer(doc)) is not None:
        letter.whole_answer = answer
        letter.responses = responses_for(answer, answer.comments)  # only numbers the letter names
    return letter
