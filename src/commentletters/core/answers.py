"""Stage: a company letter's answers, paired with the staff comment numbers they answer.

The letter's body runs from the salutation to the closing. In it the staff's comments are
found by their numbers (the best increasing run, see :mod:`answer_chain`); each comment's
stretch is split into the restated comment and the answer (:mod:`answer_split`). A letter
that numbers only its answer labels ("Response to Comment 1:") or none at all is read from
its labels instead.
"""

from __future__ import annotations

import itertools
import re

from .answer_chain import Anchor, best_run, candidates
from .answer_lines import Para, paragraphs
from .answer_marks import (
    GREETING_OPENINGS,
    SALUTATION_OPENINGS,
    comment_label,
    is_marker,
    is_salutation,
    is_sign_off,
    label,
    numbered,
)
from .answer_refs import inherit_commitments
from .answer_split import Split, answer_text, is_list_item, looks_heading, split_stretch, stop, trim_headings
from .authorities import find_authorities
from .commitments import kinded_commitments
from .letters import Document, Response
from .redactions import has_redaction
from .spaces import flat
from .voice import is_plain_staff, staff_lean

_ANSWERS_COMMENTS = re.compile(r"\bcomments?\b|\byour letter\b|\bletter dated\b", re.I)
# "the response ... to the comment on the Form 10-K", "the Staff's comment": one comment answered.
_ONE_COMMENT = re.compile(r"\b(?:the|your|this|its|Staff[\u2019']s) comment\b(?!s|\s+letter)", re.I)
_COMMENTS = re.compile(r"\bcomments\b", re.I)
_SHORT = 80  # a salutation line is short
_STATED = 80  # a paragraph in no one's voice longer than this, ending a sentence, states something: an answer
_ENDS = re.compile(r"[.)\u201d\"]$")
_STAFF = 3  # the staff_lean from which a paragraph under a heading is plainly the staff's (as is_plain_staff's)
_BULLET = re.compile(r"^[\u2022\u00b7\-*\u2013\u25cf\u25aa\uf0b7]$")


def find_responses(doc: Document) -> list[Response]:
    """The answers of a company letter, in letter order, one per staff comment number."""
    paras = paragraphs(doc, is_marker)
    start = next((k + 1 for k, p in enumerate(paras) if p.text[:2] in SALUTATION_OPENINGS and is_salutation(p.text)), 0)
    body = paras[start : _signed_off(paras, start)]
    styled = len({p.emphasis for p in body}) == 2  # some paragraphs emphasised, some not
    run = best_run(candidates(body, styled))
    if run and not any(a.cued for a in run) and _own_list(body[: run[0].para]):
        run = []  # a numbered list of the company's own, not the staff's comment numbers
    if run and all(looks_heading(a.text) and staff_lean(a.text) <= 0 for a in run):
        run = []  # numbered captions (notes to the statements: "3. Revenue, page 12"), no comment numbers
    if _jumps(run) and _ONE_COMMENT.search(intro := _text(body[: run[0].para])) and not _COMMENTS.search(intro):
        run = run[:1]  # the letter answers a single comment: a number far on is quoted, not answered
    if run:
        pieces = _by_numbers(body, run, styled)
    elif any(label(p.text) for p in body):
        pieces = _by_labels(body)
    else:
        pieces = (_by_emphasis(body) if styled else []) or _by_turns(body) or _by_voice(body)
    return _responses(pieces)


def _text(paras: list[Para]) -> str:
    return " ".join(p.text for p in paras)


def _jumps(run: list[Anchor]) -> bool:
    """Whether the run skips comment numbers after its first (1, then 5)."""
    return any(b.number - a.number > 2 for a, b in itertools.pairwise(run))


def _own_list(before: list[Para]) -> bool:
    """Whether numbers that restate nothing (no staff voice, no label after them) are the company's.

    They are when the letter has not yet spoken of comments (a list of representations), or
    when an unnumbered comment has already been restated and answered before them: the
    numbers are then the sub-headings of that answer.
    """
    if not _ANSWERS_COMMENTS.search(_text(before)):
        return True
    asked = next((k for k, p in enumerate(before) if _restates(p)), None)
    return asked is not None and any(staff_lean(p.text) < 0 for p in before[asked + 1 :])


def _restated_part(p: Para) -> bool:
    """An emphasised paragraph of a restated comment (not a heading, not the company speaking)."""
    return p.emphasis and not looks_heading(p.text) and staff_lean(p.text) >= 0


def _restates(p: Para) -> bool:
    """A paragraph plainly restating a staff comment: asking, or emphasised in the staff's voice."""
    return is_plain_staff(p.text) or (p.emphasis and staff_lean(p.text) > 0)


def _signed_off(paras: list[Para], start: int) -> int:
    """Index of the sign-off ("Sincerely,") that ends the answers; appendices follow it.

    A sign-off counts only after a comment number or an answer label (one before the answers
    closes a cover note); a second salutation ends them too: a copy of an earlier letter attached
    to this one. Numbers and labels are looked for only when a sign-off is met, up to the first.
    """
    marked = -1  # the first numbered or labelled paragraph, once looked for
    for k in range(start, len(paras)):
        text = paras[k].text
        if text[:2] not in GREETING_OPENINGS:  # (a paragraph's text is stripped: it opens with its first word)
            continue  # neither a salutation nor a sign-off
        if len(text) < _SHORT and is_salutation(text):
            return k
        if is_sign_off(text):  # (a sign-off is never numbered nor labelled)
            if marked < 0:
                marked = next((j for j in range(start, len(paras)) if _marked(paras[j].text)), len(paras))
            if marked < k:
                return k
    return len(paras)


def _marked(text: str) -> bool:
    return numbered(text) is not None or label(text) is not None


def _by_numbers(body: list[Para], run: list[Anchor], styled: bool) -> list[tuple[int, Split]]:
    """(number, split) per comment number of the run, in letter order.

    A letter that restates no comment (two thirds of its numbers or more open their answers at once) keys
    its answers to the numbers: a stretch read as a restated comment with no answer after it is then an
    answer that opens as the staff do ("We note that the Company's ...", "Refer to comment 1 above.")."""
    stretches: list[tuple[int, list[Para]]] = []
    for pos, a in enumerate(run):
        limit = run[pos + 1].para if pos + 1 < len(run) else len(body)
        end = a.stops if a.next_numbered == limit else stop(body, a.para + 1, limit)
        head = body[a.para]
        stretches.append((a.number, [Para(a.text, head.emphasis, head.line, head.page), *body[a.para + 1 : end]]))
    out = [(number, split_stretch(paras[0], paras[1:], styled)) for number, paras in stretches]
    answered = sum(1 for _, split in out if split.answer and not split.restated)
    if len(out) > 2 and answered * 3 >= len(out) * 2:
        for k, ((number, paras), (_, split)) in enumerate(zip(stretches, out, strict=True)):
            if split.restated and not split.answer:
                out[k] = (number, Split([], trim_headings(paras), split.label_numbers))
    return out


def _by_labels(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers read from labels alone, when the comments are not numbered in the letter.

    Labels that name numbers give them; otherwise the answers are numbered 1..n in order, as
    the staff's unnumbered comments are. Staff-voice paragraphs before each label are the
    restated comment; the headings printed above it (the staff letter's) are cut from the answer before.
    """
    marks = [(k, lab) for k, p in enumerate(body) if (lab := label(p.text)) is not None]
    out: list[tuple[int, Split]] = []
    for pos, (k, lab) in enumerate(marks):
        end_at = stop(body, k + 1, marks[pos + 1][0] if pos + 1 < len(marks) else len(body))
        seg = body[k + 1 : end_at]
        # the next comment, where the letter labels its restated comments too ("Comment:"), else the paragraphs
        # before the next label that are emphasised or in the staff's voice; the answer keeps one paragraph at
        # least: the label's own words, else the first after it
        end = next((i for i, p in enumerate(seg) if comment_label(p.text) is not None), len(seg))
        keep = 0 if lab.rest else 1
        if end == len(seg) and pos + 1 < len(marks):
            j = end
            while j > keep and (seg[j - 1].emphasis or staff_lean(seg[j - 1].text) > 0):
                j -= 1
            end = max(keep, _comment_start(seg, j, end))
        head = body[k]
        answer = trim_headings(([Para(lab.rest, head.emphasis, head.line, head.page)] if lab.rest else []) + seg[:end])
        number = lab.numbers[0] if lab.numbers else pos + 1
        floor = marks[pos - 1][0] + 1 if pos else 0
        out.append((number, Split(_restated_before(body, floor, k), answer, lab.numbers)))
    return out


def _restated_before(body: list[Para], floor: int, k: int) -> list[str]:
    """The restated comment printed just before an answer label: from its own label ("Comment:"), else
    the paragraphs before the answer's that are emphasised or in the staff's voice."""
    labelled = next((i for i in range(k - 1, floor - 1, -1) if comment_label(body[i].text) is not None), None)
    if labelled is not None:
        j = labelled
    else:
        j = k
        while j > floor and (body[j - 1].emphasis or staff_lean(body[j - 1].text) > 0):
            j -= 1
        j = _comment_start(body, j, k)
    return [comment_label(p.text) or p.text for p in body[j:k] if not looks_heading(p.text)]


def _by_emphasis(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers told from their comments by emphasis alone: the comments restated in bold or italic with
    no number nor label, each answered in plain type below it. A lawyer numbers them in order, as the
    staff's letter does. Each run of emphasised paragraphs that holds one in the staff's voice (asking,
    addressing "you") opens a comment, unless the first such paragraph is a list item: a part of the
    comment before, restated again to answer it part by part (a staff comment opens in prose, its lists
    follow). The comment opens after the headings above it (see :func:`_comment_start`); the answer runs
    to the next comment. Two comments at least, each answered: one alone is read by :func:`_by_voice`
    (an answer may restate its comment's parts again, in emphasis too).
    """
    body = body[: stop(body, _opened(body), len(body))]
    opens: list[int] = []
    k = 0
    while k < len(body):
        if not body[k].emphasis:
            k += 1
            continue
        j = k
        while j < len(body) and body[j].emphasis:
            j += 1
        asking = next((i for i in range(k, j) if not looks_heading(body[i].text) and _restates(body[i])), None)
        if asking is not None and k > 0 and not (opens and is_list_item(body[asking].text)):
            at = _comment_start(body, k, j)
            opens.append(next(i for i in range(at, asking + 1) if not looks_heading(body[i].text)))
        k = j
    return _stretches(body, opens, True) if len(opens) >= 2 else []


def _by_turns(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers told from their comments by the turns of voice alone, for comments restated with no number,
    label nor emphasis: a paragraph plainly in the staff's voice (asking, addressing "you"; or under a
    heading, speaking as the staff does throughout though it asks only further on) opens a comment
    where the company has spoken since the last one opened (a part of a comment restated again to answer it
    part by part opens none: a list item, or a paragraph already restated); the paragraphs in the staff's
    voice just before it and the headings above them are the comment's. Numbered 1..n, two comments at least,
    each answered, in a letter that speaks of "comments" before the first; one alone is read by
    :func:`_by_voice`.
    """
    body = body[: stop(body, _opened(body), len(body))]
    opens: list[int] = []
    answered = False  # whether the company has spoken since the last comment opened
    asked: set[str] = set()  # the paragraphs in the staff's voice met so far
    for k, p in enumerate(body):
        if looks_heading(p.text):
            continue
        if is_plain_staff(p.text) or (k > 0 and looks_heading(body[k - 1].text) and staff_lean(p.text) >= _STAFF):
            again = p.text in asked or is_list_item(p.text) or (k > 0 and _BULLET.match(body[k - 1].text) is not None)
            asked.add(p.text)
            if k > 0 and (not opens or (answered and not again)):
                lo = k
                while lo > 0 and (looks_heading(body[lo - 1].text) or staff_lean(body[lo - 1].text) > 0):
                    lo -= 1
                at = _comment_start(body, max(lo, opens[-1] + 1 if opens else 1), k + 1)
                opens.append(next(i for i in range(at, k + 1) if not looks_heading(body[i].text)))
                answered = False
        elif opens and _answers(p.text):
            answered = True
    if len(opens) < 2 or not _COMMENTS.search(_text(body[: opens[0]])):
        return []
    return _stretches(body, opens, False)


def _stretches(body: list[Para], opens: list[int], styled: bool) -> list[tuple[int, Split]]:
    """The comments opening at ``opens``, numbered 1..n, each split from its answer; none unless each is
    answered (else the layout is not that one)."""
    out: list[tuple[int, Split]] = []
    for n, (at, end) in enumerate(itertools.pairwise([*opens, len(body)]), start=1):
        split = split_stretch(body[at], body[at + 1 : end], styled)
        if not split.answer:
            return []
        out.append((n, split))
    return out


def _answers(text: str) -> bool:
    """A paragraph in the company's voice, or a sentence in no one's that is no list item (an answer states
    facts: "Loss and allocated expense for this business was $363 million ...")."""
    lean = staff_lean(text)
    return lean < 0 or (lean == 0 and len(text) > _STATED and not is_list_item(text) and _ENDS.search(text) is not None)


def _opened(body: list[Para]) -> int:
    """Where the letter's opening ends: at its first paragraph emphasised, a heading or plainly the staff's (the
    closing is looked for after it: an opening may hold the old acknowledgments, "the Company is responsible
    for the adequacy and accuracy of the disclosure ...", which close a letter that prints them last)."""
    return next((k for k, p in enumerate(body) if p.emphasis or looks_heading(p.text) or is_plain_staff(p.text)), 0)


def _comment_start(body: list[Para], lo: int, hi: int) -> int:
    """Where the next restated comment opens in ``body[lo:hi]``, paragraphs before it that are emphasised or
    in the staff's voice (an answer may end in emphasis too: the disclosure it proposes, quoted). At the
    headings printed above its first paragraph in the staff's voice, else at that paragraph; at ``lo``
    where none asks."""
    asking = next((i for i in range(lo, hi) if not looks_heading(body[i].text) and _asks(body[i])), None)
    if asking is None:
        return lo
    k = asking
    while k > lo and not looks_heading(body[k - 1].text):
        k -= 1
    if k == lo:
        return asking  # no heading above it
    while k > lo and looks_heading(body[k - 1].text):
        k -= 1
    return k


def _asks(p: Para) -> bool:
    """A paragraph of a restated comment: emphasised in the staff's voice, or plainly asking."""
    return _restates(p) or staff_lean(p.text) > 0


def _by_voice(body: list[Para]) -> list[tuple[int, Split]]:
    """The answer told from the restated comment by voice alone (no numbers, no labels).

    Such a letter answers a single unnumbered comment (a staff follow-up usually has one):
    the first run of paragraphs plainly in the staff's voice (asking, addressing "you") is the
    restated comment, and what follows is the answer, parts of the comment restated again
    further down included.
    """
    body = body[: stop(body, 0, len(body))]
    start = next((k for k in range(1, len(body)) if is_plain_staff(body[k].text)), len(body))
    k = start
    while 0 < start < len(body) and body[start].emphasis and _restated_part(body[start - 1]):
        start -= 1  # the emphasised comment began before its first plainly asking paragraph
    while k < len(body) and (staff_lean(body[k].text) > 0 or _BULLET.match(body[k].text)):
        k += 1
    answer = body[k : stop(body, k, len(body))]
    if start == len(body) or not answer:
        return []
    return [(1, Split([p.text for p in body[start:k]], answer, ()))]


def _responses(pieces: list[tuple[int, Split]]) -> list[Response]:
    """Responses from the pieces: parts of one comment joined; one answer shared where it is due.

    A label naming several comments ("Response to Comments 2 and 3") gives each the answer;
    so does one answer printed after several restated comments in a row.
    """
    merged: dict[int, Response] = {}
    waiting: list[Response] = []
    for number, piece in pieces:
        numbers = piece.label_numbers if len(piece.label_numbers) > 1 else (number,)
        text = answer_text(piece.answer)
        restated = "\n".join(piece.restated).strip()
        for n in numbers:
            r = merged.get(n)
            if r is None:
                page = piece.answer[0].page if piece.answer else None
                r = merged[n] = Response(number=n, text="", restated_comment=restated or None, page=page)
            elif restated and n == number:
                r.restated_comment = "\n".join(filter(None, [r.restated_comment, restated]))
            if text and text not in r.text:
                r.text = "\n".join(filter(None, [r.text, text]))
        if not text:
            waiting.extend(merged[n] for n in numbers if not merged[n].text)
            continue
        for r in waiting:
            r.text, r.page = text, piece.answer[0].page
        waiting = []
    out = [r for r in merged.values() if r.text]
    for r in out:
        one_line = flat(r.text)
        found = kinded_commitments(one_line)
        r.commitments, r.commitment_kinds = [text for text, _ in found], [kind for _, kind in found]
        r.commits_future_filing = bool(r.commitments)
        r.redacted = has_redaction(one_line)
        r.authorities = find_authorities(one_line)
    inherit_commitments(out)  # "Refer to comment (1) above."
    return out
