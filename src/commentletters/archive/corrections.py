"""A curator's corrections, kept apart from the rows they correct and applied over threading.

Threading recomputes a comment's status, an answer's link and a review's state whenever the
company's letters are threaded again (its next letter ingested or synced, `reparse`), and
`reparse` replaces the comment and answer rows: a correction saved only on the row would last
until the next sync. The admin records each one here (:class:`models.Correction`) by what it
corrects — the letter's key and the position of the comment or answer, with its number, so that
a parse that moved things leaves the correction unapplied rather than applied to another comment;
or the review's key — and :mod:`.threading` applies it over what it computes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import models

COMMENT_STATUS, ANSWER_LINK, REVIEW_STATE = "comment_status", "answer_link", "review_state"
FOLLOW_UPS = "follow_ups"


def _keep(what: str, key: str, position: int, value: object, by: str) -> None:
    models.Correction.objects.update_or_create(
        what=what, key=key, position=position, defaults={"value": value, "by": by[:150]}
    )


def remember_status(comment: models.Comment, by: str) -> None:
    """The status (and reason) a curator gave ``comment``."""
    value = {"number": comment.number, "status": comment.status, "reason": comment.status_reason}
    _keep(COMMENT_STATUS, comment.letter.key, comment.position, value, by)


def remember_link(answer: models.Answer, by: str) -> None:
    """The staff comment a curator linked ``answer`` to (or none)."""
    to = answer.comment
    target = None if to is None else {"key": to.letter.key, "position": to.position, "number": to.number}
    _keep(ANSWER_LINK, answer.letter.key, answer.position, {"number": answer.number, "to": target}, by)


def remember_follow_ups(comment: models.Comment, by: str) -> None:
    """The earlier comments a curator says ``comment`` follows up (none, if they took every link away)."""
    to = [{"key": c.letter.key, "position": c.position, "number": c.number} for c in comment.follows.all()]
    _keep(FOLLOW_UPS, comment.letter.key, comment.position, {"number": comment.number, "to": to}, by)


def remember_state(review: models.Review, by: str) -> None:
    """The state (and reason) a curator gave ``review``."""
    _keep(REVIEW_STATE, review.key, 0, {"state": review.state, "reason": review.state_reason}, by)


Slot = tuple[str, int]  # (letter key, position of the comment or answer in it)


@dataclass(slots=True)
class Corrections:
    """The corrections of one company's letters and reviews, as threading asks for them."""

    values: dict[tuple[str, str, int], dict[str, object]] = field(default_factory=dict)

    @classmethod
    def load(cls, keys: Iterable[str]) -> Corrections:
        """The corrections of the letters and reviews with these keys (one query)."""
        rows = models.Correction.objects.filter(key__in=set(keys)).values_list("what", "key", "position", "value")
        return cls({(what, key, position): value for what, key, position, value in rows})

    def state(self, review_key: str) -> tuple[str, str] | None:
        fix = self.values.get((REVIEW_STATE, review_key, 0))
        return (str(fix["state"]), str(fix["reason"])[:300]) if fix else None

    def status(self, slot: Slot, number: int) -> tuple[str, str] | None:
        fix = self.values.get((COMMENT_STATUS, *slot))
        if not fix or fix["number"] != number:
            return None
        return str(fix["status"]), str(fix["reason"])[:300]

    def link(self, slot: Slot, number: int) -> tuple[bool, tuple[str, int, int] | None]:
        """(corrected?, the letter key, position and number of the comment a curator linked the
        answer at ``slot`` to, or None for no comment)."""
        fix = self.values.get((ANSWER_LINK, *slot))
        if not fix or fix["number"] != number:
            return False, None
        to = fix["to"]
        if not isinstance(to, dict):
            return True, None
        return True, (str(to["key"]), int(to["position"]), int(to["number"]))

    def follow_ups(self, slot: Slot, number: int) -> tuple[bool, list[tuple[str, int, int]]]:
        """(corrected?, the letter key, position and number of each earlier comment a curator says the
        comment at ``slot`` follows up)."""
        fix = self.values.get((FOLLOW_UPS, *slot))
        if not fix or fix["number"] != number or not isinstance(fix["to"], list):
            return False, []
        return True, [(str(t["key"]), int(t["position"]), int(t["number"])) for t in fix["to"] if isinstance(t, dict)]
