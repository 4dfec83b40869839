"""A review as a lawyer reads it: rounds in order, each staff comment beside the company's answer,
follow-up comments nested under the comment they follow.

Built from the archive's threading (``Answer.comment``, ``Comment.follows``); this module only
arranges what the archive already linked, so the page and the API show the same thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from ..archive import models
from ..archive.letter_order import letter_time, oldest_first


@dataclass(slots=True)
class Entry:
    """A comment with its answers, at a nesting depth (0 = raised in this round, 1+ = follow-up)."""

    comment: models.Comment
    answers: list[models.Answer]
    depth: int = 0
    follows: list[models.Comment] = field(default_factory=list)


@dataclass(slots=True)
class RoundView:
    number: int | None
    staff: list[models.Letter]
    company: list[models.Letter]
    entries: list[Entry] = field(default_factory=list)
    nested: list[models.Comment] = field(default_factory=list)  # its follow-ups, shown under earlier comments
    # company answers to a staff letter as a whole, under no comment (see models.WHOLE_LETTER)
    whole_answers: list[models.Answer] = field(default_factory=list)


def review_rounds(review: models.Review) -> list[RoundView]:
    """The review's rounds, each with its letters and its comments (follow-ups nested, not repeated)."""
    letters = list(review.letters.filter(current=True).select_related("round").order_by(*oldest_first()))
    answers = Prefetch("answers", queryset=models.Answer.objects.filter(letter__current=True).select_related("letter"))
    comments = list(
        models.Comment.objects.filter(letter__review=review, letter__current=True)
        .select_related("letter", "letter__round")
        .prefetch_related(answers, "authorities", "follows__letter", "commitments")
        .order_by(letter_time("letter__").asc(nulls_last=True), "letter_id", "position")
    )
    in_review = {c.id for c in comments}
    children: dict[int, list[models.Comment]] = {}
    roots: list[models.Comment] = []
    nested: list[models.Comment] = []
    for c in comments:
        parents = [p for p in c.follows.all() if p.id in in_review]
        if parents:
            children.setdefault(parents[0].id, []).append(c)
            nested.append(c)
        else:
            roots.append(c)
    rounds: dict[int | None, RoundView] = {}
    for letter in letters:
        number = letter.round.number if letter.round else None
        view = rounds.setdefault(number, RoundView(number, [], []))
        (view.staff if letter.is_staff else view.company).append(letter)
    for c in roots:
        _walk(c, 0, children, _round_of(c, rounds).entries, set())
    for c in nested:
        _round_of(c, rounds).nested.append(c)
    wholes = models.Answer.objects.filter(letter__review=review, letter__current=True, number=models.WHOLE_LETTER)
    for a in wholes.select_related("letter__round").prefetch_related("commitment_rows").order_by("letter__date", "id"):
        number = a.letter.round.number if a.letter.round else None
        rounds.setdefault(number, RoundView(number, [], [a.letter])).whole_answers.append(a)
    return sorted(rounds.values(), key=lambda r: (r.number is None, r.number or 0))


def _round_of(c: models.Comment, rounds: dict[int | None, RoundView]) -> RoundView:
    number = c.letter.round.number if c.letter.round else None
    return rounds.setdefault(number, RoundView(number, [c.letter], []))


def _walk(
    c: models.Comment, depth: int, children: dict[int, list[models.Comment]], out: list[Entry], seen: set[int]
) -> None:
    if c.id in seen:  # a cycle in bad links must not hang the page
        return
    seen.add(c.id)
    out.append(Entry(c, list(c.answers.all()), depth, list(c.follows.all())))
    for child in children.get(c.id, []):
        _walk(child, depth + 1, children, out, seen)
