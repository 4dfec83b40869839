"""Re-threading a company's letters in the database: reviews, rounds, answer and follow-up links,
statuses, due dates and the commitments ledger, all recomputed from its current letters by the pure
core (:mod:`commentletters.core.threads`, ``links``, ``status``) and written in one transaction.

Reviews keep their key (the id of their first letter), so links to a review survive a re-thread
as long as its first letter stays first.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    rows = list(company.letters.filter(current=True).select_related("raw"))
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


@transaction.atomic
def rethread(company: models.Company) -> None:
    items, rows = _items(company)
    groups = group_reviews(items)
    keep = {g.key for g in groups}
    company.reviews.exclude(key__in=keep).delete()
    models.Commitment.objects.filter(company=company).delete()
    for group in groups:
        _write_review(company, group, rows)


def _write_review(company: models.Company, group: ReviewGroup, rows: dict[str, models.Letter]) -> None:
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
    comments = {(rows[i.id].key, c.position): c for i in group.items for c in rows[i.id].comments.all()}
    answers = {(rows[i.id].key, a.position): a for i in group.items for a in rows[i.id].answers.all()}
    by_ref = {(key, c.number): c for (key, _), c in sorted(comments.items(), key=lambda kv: kv[0][1], reverse=True)}
    answer_links = link_answers(group)
    for slot, answer in answers.items():
        ref = answer_links.get(slot)
        answer.comment = by_ref.get((ref.item_id, ref.number)) if ref else None
        answer.save(update_fields=["comment"])
        if answer.commits_future_filing:
            _commit(company, review, answer, rows[slot[0]].data)
    follow_links = link_follow_ups(group)
    for slot, comment in comments.items():
        refs = follow_links.get(slot, [])
        comment.follows.set([by_ref[(r.item_id, r.number)] for r in refs if (r.item_id, r.number) in by_ref])
    for slot, (status, reason) in comment_statuses(group, answer_links, follow_links).items():
        if slot in comments:
            comments[slot].status, comments[slot].status_reason = status, reason[:300]
            comments[slot].save(update_fields=["status", "status_reason"])


def _link_filings(company: models.Company, review: models.Review, group: ReviewGroup) -> None:
    filings = []
    for form, period, filed in group.filings():
        filing, _ = models.Filing.objects.get_or_create(
            company=company, form=form[:40], period=parse_date(period), filed=parse_date(filed)
        )
        filings.append(filing)
    review.filings.set(filings)


def _commit(company: models.Company, review: models.Review, answer: models.Answer, data: dict[str, object]) -> None:
    """One ledger row per commitment sentence the parser found, else the whole answer."""
    responses = data.get("responses")
    parsed = responses[answer.position] if isinstance(responses, list) and answer.position < len(responses) else {}
    texts = parsed.get("commitments") if isinstance(parsed, dict) else None
    for text in texts or [answer.text]:
        models.Commitment.objects.create(
            answer=answer, company=company, review=review, comment=answer.comment, text=str(text)
        )
