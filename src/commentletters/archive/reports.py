"""Counts over the archive (``commentletters stats``)."""

from __future__ import annotations

from django.db.models import Count

from . import clock, models
from .stale import stale_letters


def stats() -> dict[str, int]:
    """What the archive holds; letters, comments and answers count current versions only."""
    current = models.Letter.objects.filter(current=True)
    kinds = dict(models.Commitment.objects.values_list("kind").annotate(n=Count("id")).order_by())
    return {
        "companies": models.Company.objects.count(),
        "reviews": models.Review.objects.count(),
        "letters": current.count(),
        "letter_versions": models.Letter.objects.count(),
        "comments": models.Comment.objects.filter(letter__current=True).count(),
        "answers": models.Answer.objects.filter(letter__current=True).count(),
        "commitments": models.Commitment.objects.count(),
        # promised for future filings (open until a filing keeps them); changes made in a filing with the
        # answer; of letters parsed before kinds were told (``reparse`` tells them)
        **{f"commitments_{kind}": kinds.get(kind, 0) for kind, _ in models.Commitment.KINDS},
        "open_reviews": models.Review.objects.filter(state="open").count(),
        # open reviews whose next answer's due date has passed (as of today: clock.today)
        "past_due_reviews": models.Review.objects.filter(state="open", due_date__lt=clock.today()).count(),
        "failed_files": _failed_files(),
        # current letters another parser version read (``reparse --stale`` reads them again)
        "stale_letters": stale_letters().count(),
    }


def _failed_files() -> int:
    """Files whose latest ingest failed (a file fixed and ingested since no longer counts)."""
    latest: dict[str, str] = {}
    for path, outcome in models.IngestFile.objects.order_by("id").values_list("path", "outcome"):
        latest[path] = outcome
    return sum(1 for outcome in latest.values() if outcome == "failed")
