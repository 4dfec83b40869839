"""Which numbered paragraphs of a response letter are the staff's comment numbers.

A company letter numbers more than the comments it answers: financial-statement notes in
headings ("4. Investments"), its own lists inside an answer ("1. Revenue growth..."),
footnotes. The comment numbers are the ones that run in order through the letter, and each
carries cues of a restated comment: emphasis, the staff's voice, an answer label after it.
So the anchors are chosen as the best-scoring increasing run (a longest-path over the
candidates), not one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

_GAP = 0.6  # cost of each comment number skipped between two anchors
_LATE_START = 0.25  # cost per number of a run that does not start at comment 1


@dataclass(frozen=True, slots=True)
class Anchor:
    """A paragraph that opens with a comment number."""

    para: int  # index of the paragraph
    number: int
    part: str  # "a" for "1(a)", "" otherwise
    text: str  # the paragraph's text after the number
    weight: float  # how much it looks like a restated comment's number


def best_run(candidates: list[Anchor]) -> list[Anchor]:
    """The increasing run of candidates (by number, then part) with the highest total score."""
    n = len(candidates)
    best: list[float] = [0.0] * n
    back: list[int] = [-1] * n
    for k, c in enumerate(candidates):
        best[k] = c.weight - _LATE_START * (c.number - 1)
        for j in range(k):
            p = candidates[j]
            if (p.number, p.part) >= (c.number, c.part):
                continue
            score = best[j] + c.weight - _GAP * max(0, c.number - p.number - 1)
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
