"""Stage: a company letter's answers, paired with the staff comment numbers they answer."""

from __future__ import annotations

import re

from .letters import Document, Response

_NUM = re.compile(r"^\s*(?:-\s*)?(\d{1,3})\.\s+(\S.*)$")
_LABEL = re.compile(r"^\s*(?:Company\s+)?Response(?:\s+to\s+Comment\s+\d+)?\s*:?\s*(.*)$", re.I)


def find_responses(doc: Document) -> list[Response]:
    out: list[Response] = []
    number: int | None = None
    answer: list[str] | None = None
    for ln in doc.lines:
        if ln.furniture or not ln.text.strip():
            continue
        m = _NUM.match(ln.text)
        if m:
            number, answer = int(m.group(1)), None
            continue
        lab = _LABEL.match(ln.text)
        if lab and number is not None and answer is None:
            answer = [lab.group(1)] if lab.group(1) else []
            out.append(Response(number=number, text=""))
            continue
        if answer is not None:
            answer.append(ln.text.strip())
            out[-1].text = " ".join(answer)
    return out
