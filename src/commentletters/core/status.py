"""Where a review stands: each comment's status with its reason in words, the review's state,
duration and rounds, and when the company's next answer is due.

Statuses, most decisive first: ``followed_up`` (a later staff comment cites it), ``resolved`` (the
staff then completed the review), ``answered`` (a company answer is linked to it), ``no_answer``
(the company has since written, or the staff have, without answering it; or the company said its answer
comes later, ``Letter.deferred``), ``open`` (nothing on file since the letter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .calendar import answer_due
from .links import Ref
from .threads import Item, ReviewGroup


@dataclass(slots=True)
class ReviewState:
    state: str  # open | completed | not_reviewed
    reason: str
    started: str | None
    ended: str | None
    duration_days: int | None
    rounds: int
    due_date: str | None
    due_reason: str


def _when(item: Item) -> str:
    return item.letter.date or item.filed or "an unknown date"


def _closing(review: ReviewGroup) -> Item | None:
    return next((i for i in review.items if i.letter.kind in ("staff_review_complete", "staff_no_review")), None)


def _days(started: str | None, ended: str | None) -> int | None:
    return (date.fromisoformat(ended) - date.fromisoformat(started)).days if ended and started else None


def review_state(review: ReviewGroup) -> ReviewState:
    dates = [d for i in review.items if (d := i.letter.date or i.filed)]
    started = min(dates) if dates else None
    closing = _closing(review)
    rounds = sum(1 for r in review.rounds if r[0].letter.kind == "staff_comments") or len(review.rounds)
    if closing is not None:
        ended = closing.letter.date or closing.filed
        days = _days(started, ended)
        if closing.letter.kind == "staff_no_review" and not any(
            i.letter.kind == "staff_comments" for i in review.items
        ):
            return ReviewState(
                "not_reviewed",
                f"the staff said on {_when(closing)} they will not review the filing",
                started,
                ended,
                days,
                rounds,
                None,
                "",
            )
        return ReviewState(
            "completed", f"the staff completed the review on {_when(closing)}", started, ended, days, rounds, None, ""
        )
    asked = review.effectiveness
    if asked is not None:
        ended = asked.letter.date or asked.filed
        days = _days(started, ended)
        reason = (
            f"no completion letter on file; the Commission declared the registration effective on {_when(asked)}"
            if asked.is_staff
            else f"no completion letter on file; the company asked on {_when(asked)} that its registration "
            "statement be declared effective, as it does once the staff has no further comments"
        )
        return ReviewState("completed", reason, started, ended, days, rounds, None, "")
    due, why = next_answer_due(review)
    return ReviewState("open", _open_reason(review), started, None, None, rounds, due, why)


def _open_reason(review: ReviewGroup) -> str:
    """Why a review without a completion letter reads as open; one holding only the company's letters
    (an answer to a staff letter not on file, a cover letter for a paper filing) says so: the staff's
    side of it, and whether anything is awaited, is not known."""
    if any(i.is_staff for i in review.items):
        return "no completion letter on file"
    first = review.items[0]
    more = len(review.items) - 1
    also = f" and {more} later one{'s' if more > 1 else ''}" if more else ""
    return f"no staff letter of this review is on file, only the company's letter of {_when(first)}{also}"


# EDGAR's codes for proxy filings only a shareholder (not the registrant) makes: additional materials,
# preliminary and definitive proxy statements of a solicitation in opposition
_SHAREHOLDERS_OWN = frozenset({"DFAN14A", "PREN14A", "DEFN14A"})


def next_answer_due(review: ReviewGroup) -> tuple[str | None, str]:
    """The due date of the company's next answer and why; (None, reason) when none is awaited."""
    last_staff = next((i for i in reversed(review.items) if i.letter.kind == "staff_comments"), None)
    if last_staff is None or not last_staff.letter.date:
        return None, "no dated staff comment letter awaits an answer"
    solicitation = next((f.form for f in last_staff.letter.filings_reviewed if f.form in _SHAREHOLDERS_OWN), None)
    if solicitation is not None:
        return None, (
            f"the staff letter of {last_staff.letter.date} reviews a shareholder's proxy solicitation "
            f"({solicitation}): the shareholder answers it, under its own EDGAR filer, not the company"
        )
    after = review.items[review.items.index(last_staff) + 1 :]
    answered = next((i for i in after if i.letter.kind == "company_response"), None)
    if answered is not None:
        return None, f"the company answered on {_when(answered)}"
    extension = next((i for i in reversed(after) if i.requested_date), None)
    if extension is not None and extension.requested_date:
        return extension.requested_date, (
            f"extended to {extension.requested_date} by the company's request of {_when(extension)}"
        )
    due = answer_due(date.fromisoformat(last_staff.letter.date)).isoformat()
    return due, f"ten business days after the staff letter of {last_staff.letter.date}"


def comment_statuses(
    review: ReviewGroup,
    answers: dict[tuple[str, int], Ref],
    follow_ups: dict[tuple[str, int], list[Ref]],
) -> dict[tuple[str, int], tuple[str, str]]:
    """(staff letter id, index of the comment) → (status, reason in words)."""
    by_id = {i.id: i for i in review.items}
    answered_by: dict[Ref, Item] = {}
    for (letter_id, _), ref in answers.items():
        answered_by.setdefault(ref, by_id[letter_id])
    followed_by: dict[Ref, tuple[Item, int]] = {}
    for (letter_id, index), refs in follow_ups.items():
        for ref in refs:
            followed_by.setdefault(ref, (by_id[letter_id], index))
    closing = _closing(review)
    out: dict[tuple[str, int], tuple[str, str]] = {}
    for pos, item in enumerate(review.items):
        if item.letter.kind != "staff_comments":
            continue
        later = review.items[pos + 1 :]
        for index, comment in enumerate(item.letter.comments):
            ref = Ref(item.id, comment.number)
            if ref in followed_by:
                follower, fidx = followed_by[ref]
                number = follower.letter.comments[fidx].number
                out[(item.id, index)] = (
                    "followed_up",
                    f"followed up by comment {number} of the staff letter of {_when(follower)}",
                )
            elif closing is not None and closing in later:
                out[(item.id, index)] = ("resolved", f"the staff completed the review on {_when(closing)}")
            elif ref in answered_by:
                out[(item.id, index)] = ("answered", f"answered in the company's letter of {_when(answered_by[ref])}")
            elif (deferring := _deferring(later, comment.number)) is not None:
                out[(item.id, index)] = (
                    "no_answer",
                    f"the company's letter of {_when(deferring)} says its answer comes later",
                )
            elif later:
                out[(item.id, index)] = (
                    "no_answer",
                    f"no answer on file; the {_who(later[0])} letter of {_when(later[0])} came after it",
                )
            else:
                out[(item.id, index)] = ("open", "awaiting the company's answer")
    return out


def _deferring(later: list[Item], number: int) -> Item | None:
    """The first company letter after a staff letter that restates its comment ``number`` only to say the answer
    comes later (``Letter.deferred``), before the staff write again."""
    for item in later:
        if item.is_staff:
            return None
        if number in item.letter.deferred:
            return item
    return None


def _who(item: Item) -> str:
    return "staff" if item.is_staff else "company's"
