"""Threading: one company's letters → reviews → rounds; answers ↔ comments; follow-ups ↔ prior comments.

Pure functions over :class:`Letter` plus the EDGAR metadata around it (:class:`Item`). A letter joins
the review it shares the most evidence with — the staff letter a company letter says it answers (by
date), the filings named in the Re: block, the file numbers — and only a review still open when it
was sent, except that company letters after a completion letter (acceleration requests) may still
join it. There is no fixed day window: a review lasts as long as its letters keep referring to it.
Statuses and deadlines are in :mod:`commentletters.core.review_status`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .letters import Filing, Letter

_STAFF_OPENING = ("staff_comments", "staff_no_review")


@dataclass(slots=True)
class Item:
    """A letter with what EDGAR says about it. ``id`` is the archive's key (accession or sha256)."""

    id: str
    letter: Letter
    accession: str | None = None
    form: str | None = None
    filed: str | None = None  # EDGAR filing date
    requested_date: str | None = None  # the date an extension request asks for

    @property
    def when(self) -> str:
        """The letter's date for ordering: as printed, else EDGAR's filing date, else unknown (sorted last)."""
        return self.letter.date or self.filed or "9999-12-31"

    @property
    def is_staff(self) -> bool:
        return self.letter.kind.startswith("staff")


@dataclass(slots=True)
class ReviewGroup:
    """Letters of one review, in date order, split into rounds (each opened by a staff letter)."""

    items: list[Item] = field(default_factory=list)
    rounds: list[list[Item]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.items[0].id

    @property
    def completed(self) -> bool:
        return any(i.letter.kind in ("staff_review_complete", "staff_no_review") for i in self.items)

    @property
    def effectiveness(self) -> Item | None:
        """The letter that made the review's registration effective, or asked for it once the staff had no
        further comments, so that the review is over even with no completion letter on file: the
        Commission's order declaring it effective, or the company's request to declare it effective
        when that is the review's latest letter (a company asks so once the staff has no more comments)."""
        order = next((i for i in self.items if i.letter.subkind == "effectiveness_order"), None)
        if order is not None:
            return order
        last = self.items[-1] if self.items else None
        return last if last is not None and last.letter.subkind == "acceleration_request" else None

    def staff_dates(self) -> set[str]:
        return {i.letter.date for i in self.items if i.is_staff and i.letter.date}

    def filings(self) -> set[tuple[str, str | None, str | None]]:
        return {_filing_key(f) for i in self.items for f in i.letter.filings_reviewed}

    def file_numbers(self) -> list[str]:
        seen: list[str] = []
        for i in self.items:
            seen.extend(n for n in i.letter.file_numbers if n not in seen)
        return seen


def _filing_key(f: Filing) -> tuple[str, str | None, str | None]:
    return (f.form.upper().replace("/A", "").strip(), f.period, f.filed)


def _shares_filing(item: Item, review: ReviewGroup) -> bool:
    """Same form with the same period or filing date (either side may lack one of them)."""
    mine = {_filing_key(f) for f in item.letter.filings_reviewed}
    for form, period, filed in mine:
        for rform, rperiod, rfiled in review.filings():
            if form == rform and ((period and period == rperiod) or (filed and filed == rfiled)):
                return True
    return False


def evidence(item: Item, review: ReviewGroup) -> int:
    """How strongly ``item`` belongs to ``review`` (0 = nothing in common)."""
    score = 0
    if not item.is_staff and set(item.letter.responds_to) & review.staff_dates():
        score += 8
    if _shares_filing(item, review):
        score += 4
    if set(item.letter.file_numbers) & set(review.file_numbers()):
        score += 2
    return score


def _candidates(item: Item, reviews: list[ReviewGroup]) -> list[ReviewGroup]:
    """Reviews ``item`` may join: open ones; for company letters also completed ones (acceleration
    requests and late answers follow the completion letter)."""
    if item.is_staff:
        return [r for r in reviews if not r.completed]
    return list(reviews)


def _place(item: Item, reviews: list[ReviewGroup]) -> ReviewGroup | None:
    """The review ``item`` joins, or None when it opens a new one."""
    scored = [(evidence(item, r), n, r) for n, r in enumerate(_candidates(item, reviews))]
    best = max(scored, default=None, key=lambda t: (t[0], t[1]))
    # A new staff comment (or no-review) letter must share a filing to join: one 001- file number
    # covers all of a company's periodic reports, so a shared number alone is not enough.
    opens = item.letter.kind in _STAFF_OPENING and not _is_follow_up(item)
    if best and best[0] > 0 and (best[0] >= 4 or not (opens or _answers_another(item, best[2]))):
        return best[2]
    if _answers_elsewhere(item, reviews):
        return None  # it answers a staff letter the archive lacks, of no review here
    # Without evidence, a letter goes with the latest review, unless their file numbers tell two matters
    # apart: an acceleration request for a new registration statement (333-291486) is no part of an old one's
    # review (333-209962), however long that stayed open.
    reviews = [r for r in reviews if not _other_matter(item, r)]
    open_reviews = [r for r in reviews if not r.completed and r.effectiveness is None]
    if open_reviews and (_is_follow_up(item) or item.letter.kind in ("staff_review_complete", "staff_other")):
        return open_reviews[-1]
    if not item.is_staff and open_reviews:
        return open_reviews[-1]
    if not item.is_staff and reviews and not item.letter.responds_to:
        return reviews[-1]
    return None


def _answers_another(item: Item, review: ReviewGroup) -> bool:
    """A company letter that names the staff letter it answers, not one of ``review``'s: a shared file
    number alone does not make it part of the review (one 001- number covers all of a company's
    periodic reports), as for a new staff letter."""
    return (
        not item.is_staff and bool(item.letter.responds_to) and not set(item.letter.responds_to) & review.staff_dates()
    )


def _answers_elsewhere(item: Item, reviews: list[ReviewGroup]) -> bool:
    """A company letter naming the staff letters it answers, none of them in any review (the archive lacks
    them) and sharing no filing with one: it is not to be put with the latest review for want of evidence."""
    return (
        not item.is_staff
        and bool(item.letter.responds_to)
        and not any(set(item.letter.responds_to) & r.staff_dates() or _shares_filing(item, r) for r in reviews)
    )


def _other_matter(item: Item, review: ReviewGroup) -> bool:
    """Both name file numbers, and none in common."""
    mine = item.letter.file_numbers
    theirs = review.file_numbers()
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


def _is_follow_up(item: Item) -> bool:
    return any(set(c.prior_comments) - set(c.same_letter_refs) for c in item.letter.comments)


def group_reviews(items: list[Item]) -> list[ReviewGroup]:
    """One company's letters grouped into reviews, each split into rounds; reviews in date order."""
    reviews: list[ReviewGroup] = []
    for item in sorted(items, key=lambda i: (i.when, 0 if i.is_staff else 1, i.id)):
        review = _place(item, reviews)
        if review is None:
            review = ReviewGroup()
            reviews.append(review)
        review.items.append(item)
    for review in reviews:
        review.rounds = split_rounds(review.items)
    return reviews


def split_rounds(items: list[Item]) -> list[list[Item]]:
    """Each staff comment letter opens a round; other letters join the round in force."""
    rounds: list[list[Item]] = []
    for item in items:
        if item.letter.kind in _STAFF_OPENING or not rounds:
            rounds.append([item])
        else:
            rounds[-1].append(item)
    return rounds
