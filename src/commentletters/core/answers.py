"""Stage: a company letter's answers, paired with the staff comment numbers they answer.

The letter's body runs from the salutation to the closing. In it the staff's comments are
found by their numbers (the best increasing run, see :mod:`answer_chain`); each comment's
stretch is split into the restated comment and the answer (:mod:`answer_split`). A letter
that restates its comments without their numbers is read from its labels, its emphasis or its
turns of voice instead (:mod:`answer_unnumbered`).
"""

from __future__ import annotations

import itertools
import re

from .answer_chain import Anchor, best_run, candidates
from .answer_lines import Para, paragraphs
from .answer_marks import (
    GREETING_OPENINGS,
    SALUTATION_OPENINGS,
    is_marker,
    is_salutation,
    is_sign_off,
    label,
    numbered,
)
from .answer_refs import inherit_commitments
from .answer_split import Split, answer_text, looks_heading, split_stretch, stop, trim_headings, without_closing
from .answer_unnumbered import (
    MANY_COMMENTS,
    STAFF_SENTENCE,
    by_emphasis,
    by_labels,
    by_turns,
    by_voice,
    joined,
    restates,
)
from .authorities import find_authorities
from .commitments import kinded_commitments
from .letters import Document, Response
from .redactions import has_redaction
from .spaces import flat
from .voice import staff_lean

_ANSWERS_COMMENTS = re.compile(r"\bcomments?\b|\byour letter\b|\bletter dated\b", re.I)
# "the response ... to the comment on the Form 10-K", "the Staff's comment": one comment answered.
_ONE_COMMENT = re.compile(r"\b(?:the|your|this|its|Staff[\u2019']s) comment\b(?!s|\s+letter)", re.I)
_SHORT = 80  # a salutation line is short
# an answer label naming the company, alone on its line or the answer's words after it: "Agilent Response: The ..."
# (answer_marks reads one alone on its line, ending in a colon, from its capitals alone; this one, told by the
# letter's head, may open the answer's paragraph)
_COMPANY_LABEL = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w&.,\u2019'-]*\s+){1,4}?)(?P<label>Response|RESPONSE|Reply|REPLY)"
    r"(?:\s*[:\u2013\u2014-]\s*(?P<rest>\S.*)|\s*:?\s*)$",
    re.S,
)
# An answer that only says it comes later: the time to answer this comment was extended, or the answer will follow
# ("under separate cover", "in a subsequent letter", "by November 15, 2024")
_DEFERS = re.compile(
    r"\b(?:deadline|time)\s+(?:for|to)\s+respond(?:ing)?\s+to\s+(?:this|the)\s+comment\b[^.]{0,60}\bextended\b"
    r"|\b(?:will|intends?\s+to|plans?\s+to)\s+(?:respond|provide\s+(?:a|its|our|the)\s+response)\s+to\s+this\s+comment"
    r"|\bresponse\s+to\s+this\s+comment\s+(?:will|shall)\s+be\s+(?:provided|submitted|filed|sent|furnished)\b",
    re.I,
)
_LATER = re.compile(
    r"\b(?:extended|separately|under\s+separate\s+cover|in\s+a\s+(?:separate|subsequent|later|further|future)\s+"
    r"(?:letter|response|submission|correspondence)|at\s+a\s+later\s+date|on\s+or\s+before|by\s+[A-Z][a-z]+\s+\d{1,2})\b"
)
_DEFERRAL_MOST = 400  # a deferral is a sentence or two, not an answer that also defers a part
_NAME_LABEL_REACH = 120
_HEAD = 20  # the paragraphs read as the letter's head where no salutation ends it
_NAME_WORD = re.compile(r"[A-Za-z0-9&]+")
_POSSESSIVE = re.compile(r"[\u2019']s\b")


def find_responses(doc: Document) -> list[Response]:
    """The answers of a company letter, in letter order, one per staff comment number."""
    paras = paragraphs(doc, is_marker)
    start = next((k + 1 for k, p in enumerate(paras) if p.text[:2] in SALUTATION_OPENINGS and is_salutation(p.text)), 0)
    head = paras[: start + 1 if start else _HEAD]
    body = _named_labels(paras[start : _signed_off(paras, start)], head)
    styled = len({p.emphasis for p in body}) == 2  # some paragraphs emphasised, some not
    run = best_run(candidates(body, styled))
    if run and not any(a.cued for a in run) and _own_list(body[: run[0].para], head if start else []):
        run = []  # a numbered list of the company's own, not the staff's comment numbers
    if run and all(looks_heading(a.text) and staff_lean(a.text) <= 0 for a in run):
        run = []  # numbered captions (notes to the statements: "3. Revenue, page 12"), no comment numbers
    if _jumps(run) and _ONE_COMMENT.search(intro := joined(body[: run[0].para])) and not MANY_COMMENTS.search(intro):
        run = run[:1]  # the letter answers a single comment: a number far on is quoted, not answered
    if len(run) == 1 and _labels_naming(body, 2):
        run = []  # a lone number where labels name comments: the labels number the answers ("(2) Excludes", a note)
    if run:
        pieces = _by_numbers(body, run, styled)
    elif any(label(p.text) for p in body):
        pieces = by_labels(body)
    else:
        pieces = (by_emphasis(body) if styled else []) or by_turns(body) or by_voice(body)
    if pieces:
        pieces[-1] = (pieces[-1][0], without_closing(pieces[-1][1]))
    return _responses(pieces)


def defers(text: str) -> bool:
    """Whether an answer's text only says the answer comes later ("the Company’s deadline for responding to this
    comment has been extended to October 23, 2018", "will respond to this comment under separate cover")."""
    if len(text) > _DEFERRAL_MOST:
        return False
    found = _DEFERS.search(text)
    return found is not None and _LATER.search(text, found.start()) is not None


def _named_labels(body: list[Para], head: list[Para]) -> list[Para]:
    """The body with each answer label that names the company before the answer's words on its line ("Agilent
    Response: The Company confirms ...", "Archer-Daniels-Midland's Response: ...") printed as the plain label
    ("Response: ..."). A name counts when each of its words stands in the letter's head (its letterhead, the
    Re: block and the opening paragraph after the salutation, where the letter names its short name: "(“IFF” or
    the “Company”)"; its first paragraphs where no salutation ends it): "Incident Response: ..." opening a
    paragraph of an answer names no company, nor does a comment's number ("1. Response: ...", though a 1 stands in
    the letterhead's address)."""
    found = [k for k, p in enumerate(body) if _may_name_label(p.text[:_NAME_LABEL_REACH])]
    if not found:
        return body
    known: set[str] | None = None  # the head's words, lower-cased (read once, when a label asks)
    out = list(body)
    for k in found:
        m = _COMPANY_LABEL.match(body[k].text)
        if m is None:
            continue
        if known is None:
            known = {w.lower() for p in head for w in _NAME_WORD.findall(p.text)}
        words = _NAME_WORD.findall(_POSSESSIVE.sub("", m.group("name")))
        if not all(map(str.isdecimal, words)) and all(w.lower() in known for w in words):
            p = body[k]
            plain = m.group("label").capitalize()
            out[k] = Para(f"{plain}: {m.group('rest')}" if m.group("rest") else plain, p.emphasis, p.line, p.page)
    return out


def _may_name_label(head: str) -> bool:
    """Every label naming the company holds one of its words near its start (``head``), spelled as the pattern
    spells them ("Response", "RESPONSE", "Reply", "REPLY")."""
    return "espons" in head or "ESPONS" in head or "eply" in head or "EPLY" in head


def _labels_naming(body: list[Para], count: int) -> bool:
    """Whether ``count`` answer labels or more name comment numbers ("Response to Comment 2:")."""
    named = 0
    for p in body:
        if (lab := label(p.text)) is not None and lab.numbers:
            named += 1
            if named == count:
                return True
    return False


def _jumps(run: list[Anchor]) -> bool:
    """Whether the run skips comment numbers after its first (1, then 5)."""
    return any(b.number - a.number > 2 for a, b in itertools.pairwise(run))


def _own_list(before: list[Para], head: list[Para]) -> bool:
    """Whether numbers that restate nothing (no staff voice, no label after them) are the company's.

    They are when the letter has not yet spoken of comments (a list of representations; ``head``, the letter's
    head down to its salutation, counts: "Re: Comment Letter Dated March 16, 2016" over answers numbered at once,
    with no opening paragraph), or
    when an unnumbered comment has already been restated and answered before them: the
    numbers are then the sub-headings of that answer. Answered: in the company's voice, or in plain
    type below a comment restated in bold or italics (the letter's emphasis tells the two apart).
    """
    if not _ANSWERS_COMMENTS.search(joined(before)) and not any(_ANSWERS_COMMENTS.search(p.text) for p in head):
        return True
    asked = next((k for k, p in enumerate(before) if restates(p) or staff_lean(p.text) >= STAFF_SENTENCE), None)
    if asked is None:
        return False
    after = before[asked + 1 :]
    return any(staff_lean(p.text) < 0 for p in after) or (before[asked].emphasis and any(not p.emphasis for p in after))


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
    answer that opens as the staff do ("We note that the Company's ...", "Refer to comment 1 above."), and one
    read as a comment in no one's voice, then an answer, is an answer from its number (:func:`_unlabelled_plain`)."""
    stretches: list[tuple[int, list[Para]]] = []
    for pos, a in enumerate(run):
        limit = run[pos + 1].para if pos + 1 < len(run) else len(body)
        end = a.stops if a.next_numbered == limit else stop(body, a.para + 1, limit)
        head = body[a.para]
        stretches.append((a.number, [Para(a.text, head.emphasis, head.line, head.page), *body[a.para + 1 : end]]))
    out = [(number, split_stretch(paras[0], paras[1:], styled)) for number, paras in stretches]
    answered = sum(1 for _, split in out if split.answer and not split.restated)
    most = len(out) > 2 and answered * 3 >= len(out) * 2
    # (or fewer numbers answered at once, but none followed by the staff's voice: a letter restating none either;
    # one number alone does not tell: its comment may be restated in no one's voice)
    if most or (len(out) > 1 and not any(staff_lean(text) > 0 for _, split in out for text in split.restated)):
        for k, ((number, paras), (_, split)) in enumerate(zip(stretches, out, strict=True)):
            if split.restated and ((most and not split.answer) or _unlabelled_plain(paras, split)):
                out[k] = (number, Split([], trim_headings(paras), split.label_numbers))
    return out


def _unlabelled_plain(paras: list[Para], split: Split) -> bool:
    """Whether a stretch read as a restated comment, then its answer, holds no label, and nothing in the staff's voice
    nor emphasised before the answer: in a letter that restates no comment, the number opens the answer ("3. The total
    cost of the incentive programs ... were as follows:", then its table)."""
    return (
        not any(staff_lean(text) > 0 for text in split.restated)
        and not any(p.emphasis for p in paras[: len(split.restated)])  # (nor set apart as restated comments are)
        and not any(label(p.text) for p in paras)
    )


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
