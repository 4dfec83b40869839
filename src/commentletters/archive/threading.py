"""Re-threading a company's letters in the database: reviews, rounds, answer and follow-up links,
statuses, due dates and the commitments ledger, all recomputed from its current letters by the pure
core (:mod:`commentletters.core.threads`, ``links``, ``status``) and written in one transaction.

Reviews keep their key (the id of their first letter), so links to a review survive a re-thread
as long as its first letter stays first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from ..core.links import link_answers, link_follow_ups
from ..core.status import comment_statuses, review_state
from ..core.threads import Item, ReviewGroup, group_reviews
from . import models
from .records import letter_from_json, parse_date


def rethread_companies(company_ids: Iterable[int]) -> None:
    for company_id in company_ids:
        rethread(models.Company.objects.get(pk=company_id))


def _items(company: models.Company) -> tuple[list[Item], dict[str, models.Letter]]:
    rows = list(company.letters.filter(current=True).prefetch_related("comments", "answers"))
    items = [
        Item(
            id=row.key,
            letter=letter_from_json(row.data),
            accession=row.accession,
            form=row.form or None,
            filed=row.edgar_filed.isoformat() if row.edgar_filed else None,
            requested_date=row.requested_date.isoformat() if row.requested_date else None,
        )
        for row in rows
    ]
    return items, {row.key: row for row in rows}


@dataclass(slots=True)
class _Writes:
    """Row changes gathered over a company's reviews, written in a few bulk statements."""

    answers: list[models.Answer] = field(default_factory=list)
    comments: list[models.Comment] = field(default_factory=list)
    follows: list[tuple[int, int]] = field(default_factory=list)
    commitments: list[models.Commitment] = field(default_factory=list)


@transaction.atomic
def rethread(company: models.Company) -> None:
    items, rows = _items(company)
    groups = group_reviews(items)
    company.reviews.exclude(key__in={g.key for g in groups}).delete()
    models.Commitment.objects.filter(company=company).delete()
    follows = models.Comment.follows.through
    follows.objects.filter(from_comment__letter__company=company).delete()
    writes = _Writes()
    for group in groups:
        _write_review(company, group, rows, writes)
    models.Answer.objects.bulk_update(writes.answers, ["comment"], batch_size=500)
    models.Comment.objects.bulk_update(writes.comments, ["status", "status_reason"], batch_size=500)
    follows.objects.bulk_create(follows(from_comment_id=a, to_comment_id=b) for a, b in writes.follows)
    models.Commitment.objects.bulk_create(writes.commitments)


def _write_review(company: models.Company, group: ReviewGroup, rows: dict[str, models.Letter], writes: _Writes) -> None:
    state = review_state(group)
    review, _ = models.Review.objects.update_or_create(
        key=group.key,
        defaults={
            "company": company,
            "file_numbers": group.file_numbers(),
            "state": state.state,
            "state_reason": state.reason[:300],
            "started": state.started,
            "ended": state.ended,
            "duration_days": state.duration_days,
            "rounds_count": state.rounds,
            "due_date": state.due_date,
            "due_reason": state.due_reason[:300],
        },
    )
    review.rounds.all().delete()
    for number, members in enumerate(group.rounds, 1):
        round_row = models.Round.objects.create(review=review, number=number)
        models.Letter.objects.filter(pk__in=[rows[i.id].pk for i in members]).update(review=review, round=round_row)
    _link_filings(company, review, group)
    comments = {(i.id, c.position): c for i in group.items for c in rows[i.id].comments.all()}
    answers = {(i.id, a.position): a for i in group.items for a in rows[i.id].answers.all()}
    by_ref: dict[tuple[str, int], models.Comment] = {}
    for (key, _), c in sorted(comments.items(), key=lambda kv: kv[0][1]):
        by_ref.setdefault((key, c.number), c)
    answer_links = link_answers(group)
    for slot, answer in answers.items():
        ref = answer_links.get(slot)
        answer.comment = by_ref.get((ref.item_id, ref.number)) if ref else None
        writes.answers.append(answer)
        if answer.commits_future_filing:
            writes.commitments.extend(_commitments(company, review, answer, rows[slot[0]].data))
    follow_links = link_follow_ups(group)
    for slot, refs in follow_links.items():
        for r in refs:
            if slot in comments and (r.item_id, r.number) in by_ref:
                writes.follows.append((comments[slot].id, by_ref[(r.item_id, r.number)].id))
    for slot, (status, reason) in comment_statuses(group, answer_links, follow_links).items():
        if slot in comments:
            comments[slot].status, comments[slot].status_reason = status, reason[:300]
            writes.comments.append(comments[slot])


def _link_filings(company: models.Company, review: models.Review, group: ReviewGroup) -> None:
    filings = []
    for form, period, filed in group.filings():
        filing, _ = models.Filing.objects.get_or_create(
            company=company, form=form[:40], period=parse_date(period), filed=parse_date(filed)
        )
        filings.append(filing)
    review.filings.set(filings)


def _commitments(
    company: models.Company, review: models.Review, answer: models.Answer, data: dict[str, object]
) -> list[models.Commitment]:
    """One ledger row per commitment sentence the parser found, else one with the whole answer."""
    responses = data.get("responses")
    parsed = responses[answer.position] if isinstance(responses, list) and answer.position < len(responses) else {}
    texts = parsed.get("commitments") if isinstance(parsed, dict) else None
    return [
        models.Commitment(answer=answer, company=company, review=review, comment=answer.comment, text=str(text))
        for text in texts or [answer.text]
    ]
