"""Stage: a company letter's answers, paired with the staff comment numbers they answer.

The letter's body runs from the salutation to the closing. In it the staff's comments are
found by their numbers (the best increasing run, see :mod:`answer_chain`); each comment's
stretch is split into the restated comment and the answer (:mod:`answer_split`). A letter
that numbers only its answer labels ("Response to Comment 1:") or none at all is read from
its labels instead.
"""

from __future__ import annotations

import re

from .answer_chain import Anchor, best_run
from .answer_lines import Para, paragraphs
from .answer_marks import is_closing, is_marker, is_salutation, is_sign_off, label, numbered
from .answer_split import Split, answer_text, looks_heading, split_stretch
from .commitments import commitments
from .letters import Document, Response
from .redactions import has_redaction
from .voice import is_plain_staff, staff_lean

_BULLET = re.compile(r"^[\u2022\u00b7\-*\u2013\u25cf\u25aa\uf0b7]$")


def find_responses(doc: Document) -> list[Response]:
    """The answers of a company letter, in letter order, one per staff comment number."""
    paras = paragraphs(doc, is_marker)
    start = next((k + 1 for k, p in enumerate(paras) if is_salutation(p.text)), 0)
    body = paras[start : _signed_off(paras, start)]
    styled = any(p.emphasis for p in body) and not all(p.emphasis for p in body)
    run = best_run(_candidates(body, styled))
    if run:
        pieces = _by_numbers(body, run, styled)
    elif any(label(p.text) for p in body):
        pieces = _by_labels(body)
    else:
        pieces = _by_voice(body)
    return _responses(pieces)


def _signed_off(paras: list[Para], start: int) -> int:
    """Index of the sign-off ("Sincerely,") that ends the answers; appendices follow it."""
    seen = False
    for k in range(start, len(paras)):
        text = paras[k].text
        if numbered(text) or label(text):
            seen = True
        elif seen and is_sign_off(text):
            return k
    return len(paras)


def _candidates(body: list[Para], styled: bool) -> list[Anchor]:
    """Every numbered paragraph, weighted by how much it looks like a restated comment.

    In a letter that restates the comments, a number with no sign of a restated comment
    after it (neither the staff's voice nor an answer label) is the company's own list.
    """
    found = [(k, m) for k, p in enumerate(body) if (m := numbered(p.text)) is not None]
    cues: list[tuple[int, int, str, str, bool, bool, bool, bool]] = []
    for pos, (k, (number, part, text)) in enumerate(found):
        nxt = found[pos + 1][0] if pos + 1 < len(found) else len(body)
        lead = body[k] if text else (body[k + 1] if k + 1 < len(body) else body[k])
        lead_text = text or lead.text
        staff = staff_lean(lead_text) > 0
        labelled = any(label(body[j].text) for j in range(k + 1, _stop(body, k + 1, nxt)))
        cues.append((k, number, part, text, styled and lead.emphasis, staff, labelled, looks_heading(lead_text)))
    restating = any(staff or labelled for *_, staff, labelled, _ in cues)
    out: list[Anchor] = []
    for k, number, part, text, emph, staff, labelled, heading in cues:
        weight = 0.5 + 1.0 * emph + 1.5 * staff + 1.5 * labelled - 1.0 * heading
        if restating and not (staff or labelled):
            weight -= 2.0
        out.append(Anchor(k, number, part, text, weight))
    return out


def _stop(body: list[Para], start: int, stop: int) -> int:
    """Where a comment's stretch ends: the next comment, or a closing mark before it."""
    return next((k for k in range(start, stop) if is_closing(body[k].text)), stop)


def _by_numbers(body: list[Para], run: list[Anchor], styled: bool) -> list[tuple[int, Split]]:
    """(number, split) per comment number of the run, in letter order."""
    out: list[tuple[int, Split]] = []
    for pos, a in enumerate(run):
        stop = _stop(body, a.para + 1, run[pos + 1].para if pos + 1 < len(run) else len(body))
        head = body[a.para]
        first = Para(a.text, head.emphasis, head.line, head.page)
        out.append((a.number, split_stretch(first, body[a.para + 1 : stop], styled)))
    return out


def _by_labels(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers read from labels alone, when the comments are not numbered in the letter.

    Labels that name numbers give them; otherwise the answers are numbered 1..n in order, as
    the staff's unnumbered comments are. Staff-voice paragraphs before each label are the
    restated comment.
    """
    marks = [(k, lab) for k, p in enumerate(body) if (lab := label(p.text)) is not None]
    out: list[tuple[int, Split]] = []
    for pos, (k, lab) in enumerate(marks):
        stop = _stop(body, k + 1, marks[pos + 1][0] if pos + 1 < len(marks) else len(body))
        seg = body[k + 1 : stop]
        end = len(seg)
        while pos + 1 < len(marks) and end > 1 and (seg[end - 1].emphasis or staff_lean(seg[end - 1].text) > 0):
            end -= 1
        head = body[k]
        answer = ([Para(lab.rest, head.emphasis, head.line, head.page)] if lab.rest else []) + seg[:end]
        number = lab.numbers[0] if lab.numbers else pos + 1
        out.append((number, Split([], answer, lab.numbers)))
    return out


def _by_voice(body: list[Para]) -> list[tuple[int, Split]]:
    """The answer told from the restated comment by voice alone (no numbers, no labels).

    Such a letter answers a single unnumbered comment (a staff follow-up usually has one):
    the first run of paragraphs plainly in the staff's voice (asking, addressing "you") is the
    restated comment, and what follows is the answer, parts of the comment restated again
    further down included.
    """
    start = next((k for k in range(1, len(body)) if is_plain_staff(body[k].text)), len(body))
    k = start
    while k < len(body) and (staff_lean(body[k].text) > 0 or _BULLET.match(body[k].text)):
        k += 1
    answer = body[k : _stop(body, k, len(body))]
    if start == len(body) or not answer:
        return []
    return [(1, Split([p.text for p in body[start:k]], answer, ()))]


def _responses(pieces: list[tuple[int, Split]]) -> list[Response]:
    """Responses from the pieces: parts of one comment joined; labels naming several share."""
    merged: dict[int, Response] = {}
    for number, piece in pieces:
        numbers = piece.label_numbers if len(piece.label_numbers) > 1 else (number,)
        text = answer_text(piece.answer)
        restated = " ".join(piece.restated).strip()
        for n in numbers:
            r = merged.get(n)
            if r is None:
                page = piece.answer[0].page if piece.answer else None
                merged[n] = Response(number=n, text=text, restated_comment=restated or None, page=page)
                continue
            if restated and n == number:
                r.restated_comment = " ".join(filter(None, [r.restated_comment, restated]))
            if text and text not in r.text:
                r.text = " ".join(filter(None, [r.text, text]))
    out = [r for r in merged.values() if r.text]
    for r in out:
        r.commitments = commitments(r.text)
        r.commits_future_filing = bool(r.commitments)
        r.redacted = has_redaction(r.text)
    return out
