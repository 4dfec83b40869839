"""Stage: the numbered comments of a staff letter, with their headings and page references."""

from __future__ import annotations

import re

from .letters import Comment, Document

_NUM = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
_CLOSING = re.compile(r"^\s*(?:We remind you|You may contact|Please contact|We urge all persons|Sincerely)", re.I)


def find_comments(doc: Document) -> list[Comment]:
    comments: list[Comment] = []
    current: list[str] | None = None
    expected = 1
    for ln in doc.lines:
        if ln.furniture:
            continue
        if _CLOSING.match(ln.text):
            break
        m = _NUM.match(ln.text)
        if m and int(m.group(1)) == expected:
            current = [m.group(2)]
            comments.append(Comment(number=expected, text=""))
            comments[-1].page = ln.page
            expected += 1
        elif current is not None and ln.text.strip():
            current.append(ln.text.strip())
        if comments and current is not None:
            comments[-1].text = " ".join(current)
    return comments
