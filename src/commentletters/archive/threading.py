"""Re-threading a company's letters in the database: reviews, rounds, answer and follow-up links,
statuses, due dates and the commitments ledger, all recomputed from its current letters by the pure
core (:mod:`commentletters.core.threads`, ``links``, ``status``) and written in one transaction.

Reviews keep their key (the id of their first letter), so links to a review survive a re-thread
as long as its first letter stays first; rounds keep their row while their review keeps them.
Writes are set-based — what the company has is read in a few queries, compared with what the core
computed, and only the differences are written, in bulk — so re-threading costs a handful of
statements per company whatever its number of reviews, and next to nothing when nothing changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Model, Prefetch

from ..core.links import Ref, link_answers, link_follow_ups
from ..core.status import comment_statuses, review_state
from ..core.threads import Item, ReviewGroup, group_reviews
from . import models
from .corrections import Corrections
from .records import (
    Fresh,
    RunCache,
    answer_sources,
    fresh_letter,
    insert_fresh,
    letter_from_json,
    parse_date,
    save_parts,
)
from .search_later import reindex_once
from .whole_answers import spread_whole_answers

REVIEW_FIELDS = ("company_id", "file_numbers", "state", "state_reason", "started", "ended", "duration_days",
                 "rounds_count", "due_date", "due_reason")  # fmt: skip


COMMENT_FIELDS = ("letter_id", "number", "position", "status", "status_reason")


def rethread_companies(company_ids: Iterable[int]) -> None:
    for company_id in company_ids:
        rethread(models.Company.objects.get(pk=company_id))


@dataclass(slots=True)
class _Rows:
    """A company's current letters by key, with their comments and answers in order: the stored
    rows and the fresh ones (not inserted yet)."""

    letters: dict[str, models.Letter] = field(default_factory=dict)
    comments: dict[str, list[models.Comment]] = field(default_factory=dict)
    answers: dict[str, list[models.Answer]] = field(default_factory=dict)

    def add(self, row: models.Letter, comments: list[models.Comment], answers: list[models.Answer]) -> None:
        self.letters[row.key], self.comments[row.key], self.answers[row.key] = row, comments, answers


def _items(company: models.Company, fresh: list[Fresh], new: bool) -> tuple[list[Item], _Rows]:
    rows = _Rows()
    if not new:
        stored = company.letters.filter(current=True).prefetch_related(
            Prefetch("comments", models.Comment.objects.only(*COMMENT_FIELDS)),
            Prefetch("answers", models.Answer.objects.defer("restated_comment")),
        )
        for row in stored:
            rows.add(row, list(row.comments.all()), list(row.answers.all()))
    for f in fresh:
        rows.add(f.row, f.comments, f.answers)
    items = [
        Item(
            id=row.key,
            letter=letter_from_json(row.data),
            accession=row.accession,
            form=row.form or None,
            filed=row.edgar_filed.isoformat() if row.edgar_filed else None,
            requested_date=row.requested_date.isoformat() if row.requested_date else None,
        )
        for row in rows.letters.values()
    ]
    return items, rows


@dataclass(slots=True)
class _Writes:
    """Changes to stored rows gathered over a company's reviews, written in a few bulk statements.
    Fresh rows take their values directly; links may name fresh rows, whose ids come at insertion."""

    answers: list[tuple[models.Answer, models.Comment | None]] = field(default_factory=list)
    comments: list[tuple[str, str, int]] = field(default_factory=list)  # (status, reason, comment id)
    letters: list[tuple[int, int, int]] = field(default_factory=list)  # (review id, round id, letter id)
    follows: list[tuple[models.Comment, models.Comment]] = field(default_factory=list)
    commitments: list[models.Commitment] = field(default_factory=list)


@transaction.atomic(savepoint=False)  # inside the ingest writer's transaction: no savepoint round trips
def rethread(company: models.Company, fresh: Sequence[Fresh] = (), cache: RunCache | None = None) -> None:
    """Re-thread ``company``; ``fresh`` are letters of it not inserted yet (the ingest writer's):
    threaded with the stored ones, then inserted with their final values."""
    with reindex_once():  # each comment and answer re-indexed once, whatever the writes below
        _rethread(company, list(fresh), cache or RunCache())


def _rethread(company: models.Company, fresh: list[Fresh], cache: RunCache) -> None:
    new = company.id in cache.new_companies  # inserted in this transaction: nothing stored refers to it
    items, rows = _items(company, fresh, new)
    spread = spread_whole_answers(items, rows.letters)  # answers of letters answering a staff letter as a whole
    if spread:
        _rewrite_answers(spread, fresh)
        items, rows = _items(company, fresh, new)
    groups = group_reviews(items)
    if not new:
        company.reviews.exclude(key__in={g.key for g in groups}).delete()
    fixes = Corrections() if new else Corrections.load([*rows.letters, *(g.key for g in groups)])
    reviews, stored = _save_reviews(company, groups, fixes)
    rounds = _save_rounds(groups, reviews, stored)
    # Before the letters join their reviews: the search index re-indexes a review's letters when
    # its filings change, and a letter when its review changes — this way a new letter once, not twice.
    _link_filings(company, groups, reviews, stored, new)
    writes = _Writes()
    for group in groups:
        review = reviews[group.key]
        for number, members in enumerate(group.rounds, 1):
            for item in members:
                row, round_id = rows.letters[item.id], rounds[review.id, number]
                if row.pk is None:
                    row.review_id, row.round_id = review.id, round_id
                elif (row.review_id, row.round_id) != (review.id, round_id):
                    writes.letters.append((review.id, round_id, row.id))
        _link_review(company, review, group, rows, writes, fixes)
    insert_fresh(fresh, cache)
    _update(models.Letter, ("review_id", "round_id"), writes.letters)
    # Statuses before answer links: the search index re-indexes a comment's answers when its status
    # changes, so a newly linked answer is then indexed once, already with its comment's status.
    _update(models.Comment, ("status", "status_reason"), writes.comments)
    _update(models.Answer, ("comment_id",), [(c.id if c else None, a.id) for a, c in writes.answers])
    follows = models.Comment.follows.through
    if len(rows.letters) > len(fresh) or not fresh or any(f.row.version > 1 for f in fresh):
        # links of stored letters, which may have changed (only fresh first versions have none yet)
        follows.objects.filter(from_comment__letter__company=company).delete()
        models.Commitment.objects.filter(company=company).delete()
    follows.objects.bulk_create(follows(from_comment_id=a.id, to_comment_id=b.id) for a, b in writes.follows)
    models.Commitment.objects.bulk_create(writes.commitments)


def _rewrite_answers(letters: list[models.Letter], fresh: list[Fresh]) -> None:
    """The Answer rows of ``letters`` from their JSON: stored ones rewritten, fresh ones rebuilt."""
    by_key = {f.row.key: f for f in fresh}
    for row in letters:
        if row.pk is None:
            rebuilt = fresh_letter(row)
            by_key[row.key].comments, by_key[row.key].answers = rebuilt.comments, rebuilt.answers
        else:
            row.save(update_fields=["data"])
            save_parts(row, row.data)


def _save_reviews(
    company: models.Company, groups: list[ReviewGroup], fixes: Corrections
) -> tuple[dict[str, models.Review], set[int]]:
    """The review row of each group (by key), inserted or updated where it differs (a curator's state
    over the computed one); and the ids of those that were stored already (only they can have rounds
    and filings)."""
    existing = {r.key: r for r in models.Review.objects.filter(key__in=[g.key for g in groups])}
    new, changed = [], []
    for group in groups:
        state = review_state(group)
        values: dict[str, Any] = {
            "company_id": company.id,
            "file_numbers": group.file_numbers(),
            "state": state.state,
            "state_reason": state.reason[:300],
            "started": parse_date(state.started),
            "ended": parse_date(state.ended),
            "duration_days": state.duration_days,
            "rounds_count": state.rounds,
            "due_date": parse_date(state.due_date),
            "due_reason": state.due_reason[:300],
        }
        if fixed := fixes.state(group.key):
            values["state"], values["state_reason"] = fixed
        review = existing.get(group.key)
        if review is None:
            new.append(models.Review(key=group.key, **values))
        elif any(getattr(review, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(review, k, v)
            changed.append(review)
    models.Review.objects.bulk_create(new)
    models.Review.objects.bulk_update(changed, REVIEW_FIELDS)
    return existing | {r.key: r for r in new}, {r.id for r in existing.values()}


def _save_rounds(
    groups: list[ReviewGroup], reviews: dict[str, models.Review], stored: set[int]
) -> dict[tuple[int, int], int]:
    """(review id, round number) -> round id: rows kept where they exist, missing ones added, extra ones removed."""
    wanted = {(reviews[g.key].id, n) for g in groups for n in range(1, len(g.rounds) + 1)}
    have: dict[tuple[int, int], int] = {}
    extra: list[int] = []
    rows = models.Round.objects.filter(review_id__in=stored) if stored else models.Round.objects.none()
    for pk, review_id, number in rows.values_list("id", "review_id", "number"):
        if (review_id, number) in wanted:
            have[review_id, number] = pk
        else:
            extra.append(pk)
    if extra:
        models.Round.objects.filter(pk__in=extra).delete()
    added = models.Round.objects.bulk_create(
        models.Round(review_id=r, number=n) for r, n in sorted(wanted - have.keys())
    )
    return have | {(r.review_id, r.number): r.id for r in added}


def _link_filings(
    company: models.Company, groups: list[ReviewGroup], reviews: dict[str, models.Review], stored: set[int], new: bool
) -> None:
    """Each review's filings (named in its Re: blocks): filing rows added as needed, links set.
    ``stored``: the reviews stored before (the others have no links yet); ``new``: a company just inserted."""
    wanted = {
        (reviews[g.key].id, (form[:40], parse_date(period), parse_date(filed)))
        for g in groups
        for form, period, filed in g.filings()
    }
    stored_filings = models.Filing.objects.none() if new else models.Filing.objects.filter(company=company)
    filings = {(f.form, f.period, f.filed): f.id for f in stored_filings}
    missing = {f for _, f in wanted} - filings.keys()
    added = models.Filing.objects.bulk_create(
        models.Filing(company=company, form=form, period=period, filed=filed) for form, period, filed in missing
    )
    filings |= {(f.form, f.period, f.filed): f.id for f in added}
    links = {(review, filings[f]) for review, f in wanted}
    through = models.Filing.reviews.through
    stale = []
    have = through.objects.filter(review_id__in=stored) if stored else through.objects.none()
    for pk, review, filing in have.values_list("id", "review_id", "filing_id"):
        if (review, filing) in links:
            links.discard((review, filing))
        else:
            stale.append(pk)
    if stale:
        through.objects.filter(pk__in=stale).delete()
    through.objects.bulk_create(through(review_id=r, filing_id=f) for r, f in links)


def _link_review(
    company: models.Company,
    review: models.Review,
    group: ReviewGroup,
    rows: _Rows,
    writes: _Writes,
    fixes: Corrections,
) -> None:
    """Answer links, follow-ups, statuses and commitments of one review (a curator's corrections
    over the computed ones): set on fresh rows, gathered into ``writes`` for stored ones."""
    comments = {(i.id, c.position): c for i in group.items for c in rows.comments[i.id]}
    answers = {(i.id, a.position): a for i in group.items for a in rows.answers[i.id]}
    by_ref: dict[tuple[str, int], models.Comment] = {}
    for (key, _), c in sorted(comments.items(), key=lambda kv: kv[0][1]):
        by_ref.setdefault((key, c.number), c)
    answer_links = link_answers(group)
    for slot, answer in answers.items():
        comment = _answered(slot, answer, answer_links, by_ref, rows, fixes)
        if answer.pk is None:
            answer.comment = comment
        elif comment is None and answer.comment_id is not None:
            writes.answers.append((answer, None))
        elif comment is not None and (comment.pk is None or answer.comment_id != comment.pk):
            writes.answers.append((answer, comment))
        if answer.commits_future_filing:
            writes.commitments.extend(_commitments(company, review, answer, comment, rows.letters[slot[0]].data))
    follow_links = link_follow_ups(group)
    for slot, c in comments.items():
        corrected, targets = fixes.follow_ups(slot, c.number)
        if not corrected:
            for r in follow_links.get(slot, []):
                if (r.item_id, r.number) in by_ref:
                    writes.follows.append((c, by_ref[(r.item_id, r.number)]))
            continue
        found = [(key, t) for key, position, number in targets if (t := _comment_at(rows, key, position, number))]
        writes.follows.extend((c, t) for _, t in found)
        follow_links[slot] = [Ref(key, t.number) for key, t in found]  # (statuses follow the curator's)
    for slot, (status, reason) in comment_statuses(group, answer_links, follow_links).items():
        c = comments.get(slot)
        if c is None:
            continue
        status, reason = fixes.status(slot, c.number) or (status, reason)
        if c.pk is None:
            c.status, c.status_reason = status, reason[:300]
        elif (c.status, c.status_reason) != (status, reason[:300]):
            writes.comments.append((status, reason[:300], c.id))


def _answered(
    slot: tuple[str, int],
    answer: models.Answer,
    links: dict[tuple[str, int], Ref],
    by_ref: dict[tuple[str, int], models.Comment],
    rows: _Rows,
    fixes: Corrections,
) -> models.Comment | None:
    """The comment the answer at ``slot`` answers: a curator's link (then also in ``links``, so that
    statuses follow it), else threading's; a link to a comment no longer there is no correction."""
    corrected, to = fixes.link(slot, answer.number)
    comment = None
    if to is not None:
        comment = _comment_at(rows, *to)
        corrected = comment is not None
    if not corrected:
        ref = links.get(slot)
        return by_ref.get((ref.item_id, ref.number)) if ref else None
    if to is None:
        links.pop(slot, None)
    else:
        links[slot] = Ref(to[0], to[2])
    return comment


def _comment_at(rows: _Rows, key: str, position: int, number: int) -> models.Comment | None:
    """The comment at ``position`` of the letter ``key``, if it still has that number there (a parse
    that moved the comments leaves a correction naming it unapplied, not applied to another)."""
    return next((c for c in rows.comments.get(key, []) if (c.position, c.number) == (position, number)), None)


def _update(model: type[Model], columns: tuple[str, ...], rows: list[Any]) -> None:
    """``UPDATE table SET columns WHERE id`` for each row of values (the id last), as one executemany."""
    if not rows:
        return
    qn = connection.ops.quote_name
    sets = ", ".join(f"{qn(c)} = %s" for c in columns)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {qn(model._meta.db_table)} SET {sets} WHERE {qn('id')} = %s", rows)


def _commitments(
    company: models.Company,
    review: models.Review,
    answer: models.Answer,
    comment: models.Comment | None,
    data: dict[str, object],
) -> list[models.Commitment]:
    """One ledger row per commitment sentence the parser found, with its kind (unknown where the parse
    does not tell it: a letter parsed before kinds were told), else one with the whole answer."""
    sources = answer_sources(data)
    parsed = sources[answer.position] if answer.position < len(sources) else {}
    texts = (parsed.get("commitments") if isinstance(parsed, dict) else None) or [answer.text]
    kinds = parsed.get("commitment_kinds") if isinstance(parsed, dict) and parsed.get("commitments") else None
    if not isinstance(kinds, list) or len(kinds) != len(texts):
        kinds = [models.Commitment.UNKNOWN] * len(texts)
    return [
        models.Commitment(answer=answer, company=company, review=review, comment=comment, text=str(text), kind=kind)
        for text, kind in zip(texts, kinds, strict=True)
    ]
