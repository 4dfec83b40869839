"""Which numbered paragraphs of a response letter are the staff's comment numbers.

A company letter numbers more than the comments it answers: financial-statement notes in
headings ("4. Investments"), its own lists inside an answer ("1. Revenue growth..."),
footnotes. The comment numbers are the ones that run in order through the letter, and each
carries cues of a restated comment: emphasis, the staff's voice, an answer label after it.
So the anchors are chosen as the best-scoring increasing run (a longest-path over the
candidates), not one by one. A list inside an answer restarts the numbering ("1. Are the
cloud features unique?", "2. What are the gains...?"): its items continue that restart, not
the staff's run, when they look like it (set the same way) and not like the staff's numbers.
A list that restarts inside an answer after a sentence ending in a colon ("We considered this
guidance in the following context:") is the company's whatever its items look like: they are
no candidates at all.
"""

from __future__ import annotations

from math import inf
from typing import NamedTuple

from .answer_lines import Para, names_a_number
from .answer_marks import label, numbered
from .answer_split import looks_heading, stop
from .voice import is_plain_staff, staff_lean

_GAP = 0.6  # cost of each comment number skipped between two anchors
_LATE_START = 0.25  # cost per number of a run that does not start at comment 1
# How many candidates back a run may step from one anchor to the next. A letter numbers a few dozen
# paragraphs at most (35 in the corpus); the bound keeps a hostile one (a table of 250,000 "1." cells)
# from making the run's search quadratic.
_REACH = 400
_SENTENCE_STOPS = (".", "?", "!", ":", ";")
_ASK_REACH = 2  # paragraphs after a restated comment's first in which the staff may ask


class Anchor(NamedTuple):
    """A paragraph that opens with a comment number."""

    para: int  # index of the paragraph
    number: int
    part: str  # "a" for "1(a)", "" otherwise
    text: str  # the paragraph's text after the number
    weight: float  # how much it looks like a restated comment's number
    cued: bool = False  # a restated comment follows it (the staff's voice or an answer label)
    emphasis: bool = False  # its first words are emphasised, in a letter that emphasises some lines
    # the next numbered paragraph (or the body's end) and where the stretch up to it stops (answer_split.stop),
    # read once: the stretch of an anchor of the run stops there too when the run's next anchor is that paragraph
    next_numbered: int = -1
    stops: int = -1


def best_run(candidates: list[Anchor]) -> list[Anchor]:
    """The increasing run of candidates (by number, then part) with the highest total score; each anchor
    within :data:`_REACH` candidates of the one before it."""
    n = len(candidates)
    best: list[float] = [0.0] * n
    back: list[int] = [-1] * n
    starts = _list_starts(candidates)
    keys = [(c.number, c.part) for c in candidates]  # (read once: the inner loop compares every pair)
    for k, c in enumerate(candidates):
        q = starts[k]  # (only a candidate before q can be one after which k's list restarted)
        reach = max(0, k - _REACH)
        listed = q < k and any(_in_restarted_list(candidates, starts, j, k) for j in range(reach, q))
        key, number, weight = keys[k], c.number, c.weight
        best[k] = -inf if listed else weight - _LATE_START * (number - 1)
        for j in range(reach, k):
            if keys[j] >= key or (j < q < k and _in_restarted_list(candidates, starts, j, k)):
                continue
            score = best[j] + weight - _GAP * max(0, number - keys[j][0] - 1)
            if score > best[k]:
                best[k], back[k] = score, j
    if not n:
        return []
    end = max(range(n), key=lambda k: best[k])
    if best[end] <= 0:
        return []
    run: list[Anchor] = []
    while end >= 0:
        run.append(candidates[end])
        end = back[end]
    return run[::-1]


def _list_starts(candidates: list[Anchor]) -> list[int]:
    """For each candidate, where its consecutive numbering began (1, 2, 3 printed in a row)."""
    starts: list[int] = []
    for k, c in enumerate(candidates):
        prev = candidates[k - 1] if k else None
        follows = prev is not None and not c.part and not prev.part and prev.number == c.number - 1
        starts.append(starts[k - 1] if follows else k)
    return starts


def _in_restarted_list(candidates: list[Anchor], starts: list[int], j: int, k: int) -> bool:
    """Whether candidate ``k`` belongs to a list whose numbering restarted after candidate ``j``.

    After the staff's comment 1, an answer's own list "1. ... 2. ... 3. ..." starts again at 1:
    its items follow that restart, not the comment. They are taken for the list when they are
    set like its first item and unlike the comment (emphasis), or, with no emphasis to go by,
    when the restarted list already runs to three items.
    """
    q = starts[k]
    if q <= j or q == k or candidates[q].number > candidates[j].number:
        return False
    p, first, c = candidates[j], candidates[q], candidates[k]
    if p.emphasis != first.emphasis:
        return c.emphasis == first.emphasis
    return k - q >= 2


class _Cues(NamedTuple):
    """What follows one numbered paragraph."""

    para: int
    number: int
    part: str
    text: str
    emphasis: bool  # its first words are emphasised (in a letter that emphasises some lines)
    staff: bool  # in the staff's voice
    labelled: bool  # an answer label follows before the next number
    heading: bool  # reads as a caption ("7. Policy Liabilities, page 139")
    next_numbered: int  # the next numbered paragraph (or the body's end)
    stops: int  # where its stretch up to it stops


def candidates(body: list[Para], styled: bool) -> list[Anchor]:
    """Every numbered paragraph, weighted by how much it looks like a restated comment.

    In a letter that restates the comments, a number with no sign of a restated comment
    after it (neither the staff's voice nor an answer label) is the company's own list; and
    where the restated comments are emphasised, a number whose text is not is suspect too.
    """
    cues = _introduced_lists_out(body, _cues(body, styled))
    # (a letter restates its comments when its first number that opens no caption is followed by one, or half of
    # its numbers are: one answer opening as the staff do, "We note that the Company's ...", does not make the
    # rest the company's lists; a note's number in a heading, "7. Policy Liabilities, page 139", is no answer's)
    restating = any(c.staff or c.labelled for c in cues)
    first = next((c for c in cues if not c.heading), None)
    if restating and first is not None and not (first.staff or first.labelled):
        restating = sum(c.staff or c.labelled for c in cues) * 2 >= len(cues)
    strong = [c for c in cues if c.staff or c.labelled]
    emphasised = len(strong) >= 2 and sum(c.emphasis for c in strong) * 3 >= len(strong) * 2
    out: list[Anchor] = []
    for c in cues:
        weight = 0.5 + 1.0 * c.emphasis + 1.5 * c.staff + 1.5 * c.labelled - 1.0 * c.heading
        if restating and not (c.staff or c.labelled):
            weight -= 2.0
        if emphasised and not c.emphasis:
            weight -= 1.0
        out.append(
            Anchor(
                c.para, c.number, c.part, c.text, weight, c.staff or c.labelled, c.emphasis, c.next_numbered, c.stops
            )
        )
    return out


def _introduced_lists_out(body: list[Para], cues: list[_Cues]) -> list[_Cues]:
    """The cues without the items of a list the company introduces inside an answer.

    Such a list restarts the numbering (its first number no higher than a restated comment's
    before it) right after a paragraph ending in a colon; its items are those numbered on from
    its first (1, 2, 3 ...). A restated comment never follows the company's colon: the staff's
    numbers go on in their run, they do not start again.
    """
    out: list[_Cues] = []
    top = 0  # the highest number of a restated comment so far
    listed = 0  # the number the introduced list's next item would have (0: not in one)
    for c in cues:
        if listed and not c.part and c.number == listed and not (c.text and label(c.text)):
            listed += 1  # (but "2. Response: ..." answers comment 2 after the list: its label says so)
            continue
        listed = 0
        if 0 < c.number <= top and c.para and body[c.para - 1].text.rstrip().endswith(":"):
            listed = c.number + 1
            continue
        if c.staff or c.labelled:
            top = max(top, c.number)
        out.append(c)
    return out


def _labelled(texts: list[str], start: int, end: int) -> bool:
    """Whether an answer label follows a numbered paragraph (``texts[start:end]``) before the company speaks: after
    the company's own words (its reasons "1. Due to ...", "3. While the Macao government ..." in an answer, its
    paragraphs, then a comment restated without its number and its "Response:"), the label is another comment's."""
    for text in texts[start:end]:
        if label(text) is not None:
            return True
        if staff_lean(text) < 0:
            return False
    return False


def _cut_citation(p: Para) -> bool:
    """A paragraph cut in a citation, the number it names opening the next: a sentence, no caption, stopping on
    the word that names the number ("... Refer to Item"; a caption "Certain Items" stops so too)."""
    return names_a_number(p.text) and not looks_heading(p.text) and not p.text.endswith(_SENTENCE_STOPS)


def _asks_next(body: list[Para], at: int, nxt: int) -> bool:
    """Whether the staff plainly ask (:func:`voice.is_plain_staff`) in one of the two paragraphs from ``at`` (before
    ``nxt``), a paragraph in no one's voice before it: a restated comment that gives its context first ("In a letter
    to the staff dated May 14, 2015, you discussed ..." / "North Korea, Sudan and Syria are designated ..." /
    "Please describe to us ...")."""
    for k in range(at, min(at + _ASK_REACH, nxt)):
        text = body[k].text
        if is_plain_staff(text):
            return True
        if staff_lean(text) != 0:
            return False
    return False


def _cues(body: list[Para], styled: bool) -> list[_Cues]:
    texts = [p.text for p in body]
    # (not a number a citation cut from its word goes on with: "... Refer to Item" / "10(e)(1)(i)(A) of ...", where
    # lines are blocks, HTML's)
    found = [
        (k, m)
        for k, text in enumerate(texts)
        if (m := numbered(text)) is not None and (m[2] or text[0] != "(") and not (k and _cut_citation(body[k - 1]))
    ]
    out: list[_Cues] = []
    for pos, (k, (number, part, text)) in enumerate(found):
        nxt = found[pos + 1][0] if pos + 1 < len(found) else len(body)
        lead_at = k if text else min(k + 1, len(body) - 1)
        lead = body[lead_at]
        lead_text = text or lead.text
        lean = staff_lean(lead_text)
        staff = lean > 0 or (lean == 0 and _asks_next(body, lead_at + 1, nxt))
        stops = stop(body, k + 1, nxt)
        # (an answer label after the number on its own line, "1. Response: The Company ...", where the comments
        # are not restated, labels it as one on the lines after it does; a number alone on its line is followed by
        # its restated comment as one after which it stands is, "1." / "We are aware ... Please describe ...":
        # the label is looked for after that, whatever voice it opens in)
        labelled = label(lead_text) is not None or _labelled(texts, lead_at + 1, stops)
        emphasis = styled and lead.emphasis
        out.append(_Cues(k, number, part, text, emphasis, staff, labelled, looks_heading(lead_text), nxt, stops))
    return out
