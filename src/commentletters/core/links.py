"""Within a review: which staff comment each answer answers, which earlier comment each follow-up cites.

Comment numbers restart in most staff letters, so a number alone is ambiguous once a review has two
rounds. An answer is resolved to the staff letter its company letter says it answers (by date), else
to the latest earlier staff letter with that comment number; where several letters qualify, the
restated comment text decides. A follow-up ("prior comment 3", "comment 2 of our letter dated May 1,
2020") is resolved to the letter it names by date, else to the latest earlier staff letter with that
number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import dates_in
from .threads import Item, ReviewGroup

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Ref:
    """A staff comment: the staff letter's id and the comment's number in it."""

    item_id: str
    number: int


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _staff_before(review: ReviewGroup, item: Item) -> list[Item]:
    """Staff comment letters of the review sent no later than ``item``, oldest first."""
    out = []
    for other in review.items:
        if other is item:
            break
        if other.letter.kind == "staff_comments":
            out.append(other)
    return out


def _comment_text(item: Item, number: int) -> str:
    return " ".join(c.text for c in item.letter.comments if c.number == number)


def _has(item: Item, number: int) -> bool:
    return any(c.number == number for c in item.letter.comments)


def link_answers(review: ReviewGroup) -> dict[tuple[str, int], Ref]:
    """(company letter id, index of the answer in its letter) → the staff comment it answers."""
    links: dict[tuple[str, int], Ref] = {}
    for item in review.items:
        if item.letter.kind != "company_response":
            continue
        earlier = _staff_before(review, item)
        named = [s for s in earlier if s.letter.date in item.letter.responds_to]
        for index, answer in enumerate(item.letter.responses):
            pool = [s for s in named if _has(s, answer.number)] or [s for s in earlier if _has(s, answer.number)]
            if not pool:
                continue
            chosen = pool[-1]
            if len(pool) > 1 and answer.restated_comment:
                scores = [_overlap(answer.restated_comment, _comment_text(s, answer.number)) for s in pool]
                best = max(scores)
                if best > 0:
                    chosen = pool[len(scores) - 1 - scores[::-1].index(best)]
            links[(item.id, index)] = Ref(chosen.id, answer.number)
    return links


def link_follow_ups(review: ReviewGroup) -> dict[tuple[str, int], list[Ref]]:
    """(staff letter id, index of the comment in its letter) → the earlier comments it follows up."""
    links: dict[tuple[str, int], list[Ref]] = {}
    for item in review.items:
        if item.letter.kind != "staff_comments":
            continue
        earlier = _staff_before(review, item)
        for index, comment in enumerate(item.letter.comments):
            cited = {d.isoformat() for d in dates_in(comment.text)}
            refs = []
            for number in comment.prior_comments:
                if number in comment.same_letter_refs:
                    refs.append(Ref(item.id, number))
                    continue
                pool = [s for s in earlier if _has(s, number)]
                by_date = [s for s in pool if s.letter.date in cited]
                if by_date or pool:
                    refs.append(Ref((by_date or pool)[-1].id, number))
            if refs:
                links[(item.id, index)] = refs
    return links
