"""A company letter's answers where its comments are restated without their numbers.

A lawyer numbers such answers in order, as the staff's letter does, and tells each answer from the next
comment by what the letter prints instead: answer labels ("Response:", "Response to Comment 2:"), the emphasis
it gives the restated comments (bold or italic), or the turns from the staff's voice to the company's. A letter
with none of these answers a single comment (:func:`by_voice`). :mod:`answers` reads the numbered letters
and calls these for the rest.
"""

from __future__ import annotations

import itertools
import re

from .answer_lines import Para
from .answer_marks import comment_label, label
from .answer_split import Split, is_list_item, looks_heading, requoted, split_stretch, stop, trim_headings
from .asks import find_asks
from .bullets import GLYPHS, TYPED
from .voice import is_plain_staff, staff_lean

# a letter that speaks of "comments", in the plural (its opening: it answers more than one)
MANY_COMMENTS = re.compile(r"\bcomments\b", re.I)
_STATED = 80  # a paragraph in no one's voice longer than this, ending a sentence, states something: an answer
_ENDS = re.compile(r"[.)\u201d\"]$")
_STAFF = 1  # the staff_lean from which a paragraph under a heading opens a comment (the staff name "the Company" too)
# a paragraph anywhere leaning so far to the staff's voice ("We note that ... Please disclose whether ...") opens a
# comment when it ends as a sentence does (not a table's row: "State valuation allowance ... 2,669")
STAFF_SENTENCE = 3
_ENDS_ASKING = re.compile(r"[.?:)\u201d\"]$")
_BULLET = re.compile(rf"^[{re.escape(GLYPHS + TYPED)}]$")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)  # (the company speaking of itself: see _speaks)


def _restated_part(p: Para) -> bool:
    """An emphasised paragraph of a restated comment (not a heading, not the company speaking)."""
    return p.emphasis and not looks_heading(p.text) and staff_lean(p.text) >= 0


def restates(p: Para) -> bool:
    """A paragraph plainly restating a staff comment: asking, or emphasised in the staff's voice."""
    return is_plain_staff(p.text) or (p.emphasis and staff_lean(p.text) > 0)


def by_labels(body: list[Para]) -> list[tuple[int, Split]]:
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
        answer = ([Para(lab.rest, head.emphasis, head.line, head.page)] if lab.rest else []) + seg[:end]
        number = lab.numbers[0] if lab.numbers else pos + 1
        restated = _restated_before(body, marks[pos - 1][0] + 1 if pos else 0, k)
        answer = trim_headings(answer[requoted(answer, restated) :])  # (a part of the comment quoted again first)
        out.append((number, Split(restated, answer, lab.numbers)))
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


def by_emphasis(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers told from their comments by emphasis alone: the comments restated in bold or italic with
    no number nor label, each answered in plain type below it. A lawyer numbers them in order, as the
    staff's letter does. Each run of emphasised paragraphs that holds one in the staff's voice (asking,
    addressing "you") opens a comment, unless the first such paragraph is a list item: a part of the
    comment before, restated again to answer it part by part (a staff comment opens in prose, its lists
    follow). The comment opens after the headings above it (see :func:`_comment_start`); the answer runs
    to the next comment. Two comments at least, each answered: one alone is read by :func:`by_voice`
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
        asking = next((i for i in range(k, j) if not looks_heading(body[i].text) and restates(body[i])), None)
        if asking is not None and not (opens and is_list_item(body[asking].text)):
            at = _comment_start(body, k, j)
            opens.append(next(i for i in range(at, asking + 1) if not looks_heading(body[i].text)))
        k = j
    return _stretches(body, opens, True) if len(opens) >= 2 else []


def by_turns(body: list[Para]) -> list[tuple[int, Split]]:
    """Answers told from their comments by the turns of voice alone, for comments restated with no number,
    label nor emphasis: a paragraph plainly in the staff's voice (asking, addressing "you"; leaning far to the
    staff's voice and ending as a sentence does, "We note that ... Please disclose whether ...", "To the extent
    material, discuss ..."; or under a heading, leaning to the staff's voice though it asks only further on or
    names "the Company" as the filing does) opens a comment
    where the company has spoken since the last one opened (a part of a comment restated again to answer it
    part by part opens none: a list item, or a paragraph already restated); the paragraphs in the staff's
    voice just before it and the headings above them are the comment's. Numbered 1..n, each answered: two
    comments at least in a letter that speaks of "comments" before the first, three where it does not (one
    letter restating eight speaks of "the Staff's comment"); one alone is read by :func:`by_voice`.
    """
    body = body[: stop(body, _opened(body), len(body))]
    opens: list[int] = []
    answered = False  # whether the company has spoken since the last comment opened
    asking = False  # whether that comment has asked yet (a statement before it asks is its own, no answer)
    asked: set[str] = set()  # the paragraphs in the staff's voice met so far
    for k, p in enumerate(body):
        if looks_heading(p.text):
            continue
        if (
            is_plain_staff(p.text)
            or (staff_lean(p.text) >= STAFF_SENTENCE and _ENDS_ASKING.search(p.text) is not None)
            or (k > 0 and looks_heading(body[k - 1].text) and staff_lean(p.text) >= _STAFF)
        ):
            again = p.text in asked or is_list_item(p.text) or (k > 0 and _BULLET.match(body[k - 1].text) is not None)
            asked.add(p.text)
            asking = asking or bool(find_asks(p.text))
            if k > 0 and (not opens or (answered and not again)):
                lo = k
                while lo > 0 and (looks_heading(body[lo - 1].text) or staff_lean(body[lo - 1].text) > 0):
                    lo -= 1
                at = _comment_start(body, max(lo, opens[-1] + 1 if opens else 1), k + 1)
                opens.append(next(i for i in range(at, k + 1) if not looks_heading(body[i].text)))
                answered = False
                asking = bool(find_asks(p.text))
        elif opens and _answers(p.text) and (asking or _speaks(p.text)):
            answered = True
    if len(opens) < 2 or (len(opens) < 3 and not MANY_COMMENTS.search(joined(body[: opens[0]]))):
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


def _speaks(text: str) -> bool:
    """Whether an answer's paragraph is the company's by its words: in its voice, or saying "we" or "our" ("... excluded
    from our development triangles"). A statement in no one's voice before the comment has asked anything is the
    staff's, the comment's own: "We note your disclosure ... it also appears that you have not provided ..." / "The
    guidance in Item 303(a) and (b)(2) of Regulation S-K requires ..." / "Please expand your discussion ..."."""
    return staff_lean(text) < 0 or _FIRST_PERSON.search(text) is not None


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
    return restates(p) or staff_lean(p.text) > 0


def by_voice(body: list[Para]) -> list[tuple[int, Split]]:
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
    while k < len(body) and (staff_lean(body[k].text) > 0 or _BULLET.match(body[k].text) or _listed(body, start, k)):
        k += 1
    answer = body[k : stop(body, k, len(body))]
    if start == len(body) or not answer:
        return []
    return [(1, Split([p.text for p in body[start:k]], answer, ()))]


def _listed(body: list[Para], start: int, k: int) -> bool:
    """Whether paragraph ``k`` is an item of a list the restated comment (from ``start``) introduces: a list item
    after the comment's paragraph ending in a colon ("... address whether your Lead Independent Director may:") or
    after another item ("• represent the board in communications with shareholders;"), not in the company's voice."""
    if k <= start or not is_list_item(body[k].text) or staff_lean(body[k].text) < 0:
        return False
    before = body[k - 1].text
    return before.rstrip().endswith(":") or is_list_item(before)


def joined(paras: list[Para]) -> str:
    """The paragraphs' text, one run of words."""
    return " ".join(p.text for p in paras)
