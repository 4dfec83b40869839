"""The charts page counts what its captions say: completed reviews by length, and reviews by rounds,
where a "no review" letter (the staff decided not to review a filing) is no review taken to
completion and has no rounds."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviews(archive) -> None:
    """Beside Facebook's open review (two rounds): one completed in 40 days, and a filing not reviewed."""
    company = archive.company
    day = date(2019, 3, 1)
    models.Review.objects.create(
        company=company, key="done", state="completed", started=day, ended=date(2019, 4, 10), duration_days=40
    )
    models.Review.objects.create(
        company=company, key="none", state="not_reviewed", started=day, ended=day, duration_days=0, rounds_count=1
    )
    models.Review.objects.filter(key="done").update(rounds_count=1)


def test_review_lengths_count_completed_reviews_only(client: Client, reviews) -> None:
    context = client.get("/charts/").context
    assert context["n_durations"] == 1
    assert dict(context["bands"]) == {
        "under 30 days": 0,
        "30–59 days": 1,
        "60–89 days": 0,
        "90–179 days": 0,
        "180 days or more": 0,
    }


def test_rounds_count_reviews_the_staff_took_up(client: Client, reviews) -> None:
    assert client.get("/charts/").context["rounds"] == {"one": 1, "more": 1}
