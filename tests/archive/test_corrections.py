"""A curator's corrections in the admin outlive re-threading and `reparse`.

Statuses, answer links and review states are recomputed whenever a company's letters are
threaded again (its next letter ingested or synced) and by `reparse`, which also replaces the
comment and answer rows: before, a comment a curator marked resolved was open again after the
next sync. ADM's 2020 review: the staff letter of August 2020 (three comments), ADM's answer,
then the staff's follow-up letter of September 16 (its comment 1 follows up comment 3).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reparse import reparse_all
from tests.conftest import corpus_file
from tests.web.test_admin import FormValues

THREAD = "sec/ADM/ADM_0000000000-20-007987/filings/"
STAFF, ANSWER, FOLLOW_UP = "0000000000-20-007987", "0000007084-20-000029", "0000000000-20-008734"


def _ingest(*accessions: str) -> None:
    ingest_paths([corpus_file(THREAD + a) for a in accessions], progress=False)


def _save(client: Client, url: str, **changes: str) -> None:
    form = FormValues()
    form.feed(client.get(url).content.decode())
    values = {**form.values, **{k: [v] for k, v in changes.items()}, "_continue": "Save"}
    page = client.post(url, values, follow=True).content.decode()
    assert "was changed successfully" in page, page[page.find("errorlist") :][:400]


@pytest.fixture
def curated(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    """After the first exchange, a curator resolves comment 1, unlinks the answer to comment 3 and
    marks the review completed (a call with the staff settled it)."""
    _ingest(STAFF, ANSWER)
    client.force_login(User.objects.create_superuser("curator", "curator@example.com", "a-long-password"))
    comment = models.Comment.objects.get(letter__key=STAFF, number=1)
    assert comment.status == "answered"
    _save(client, f"/admin/archive/comment/{comment.pk}/change/", status="resolved", status_reason="settled on a call")
    answer = models.Answer.objects.get(letter__key=ANSWER, number=3)
    assert answer.comment is not None
    _save(client, f"/admin/archive/answer/{answer.pk}/change/", comment="")
    review = models.Review.objects.get(key=STAFF)
    _save(client, f"/admin/archive/review/{review.pk}/change/", state="completed", state_reason="closed by phone")
    capsys.readouterr()


def _as_corrected() -> None:
    comment = models.Comment.objects.get(letter__key=STAFF, letter__current=True, number=1)
    assert (comment.status, comment.status_reason) == ("resolved", "settled on a call")
    assert models.Answer.objects.get(letter__key=ANSWER, number=3).comment is None
    assert models.Answer.objects.get(letter__key=ANSWER, number=2).comment.number == 2  # not corrected: as threaded
    review = models.Review.objects.get(key=STAFF)
    assert (review.state, review.state_reason) == ("completed", "closed by phone")


def test_corrections_outlive_the_next_letter_and_reparse(curated: None) -> None:
    _as_corrected()
    _ingest(FOLLOW_UP)  # the company re-threaded with its next letter
    _as_corrected()
    followed = models.Comment.objects.get(letter__key=STAFF, number=3)
    assert followed.status == "followed_up"  # what no curator touched still follows the letters
    reparse_all(progress=False, workers=1)  # comment and answer rows read anew
    _as_corrected()


def test_a_corrected_follow_up_outlives_reparse(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    """The September letter's comment 1 follows up comment 3 of August (its "prior comment 3"); a
    curator says it follows up comment 2 instead. Re-threading and `reparse` keep the curator's link,
    and the statuses go with it: comment 2 is followed up, comment 3 no longer is."""
    _ingest(STAFF, ANSWER, FOLLOW_UP)
    client.force_login(User.objects.create_superuser("curator", "curator@example.com", "a-long-password"))
    later = models.Comment.objects.get(letter__key=FOLLOW_UP, number=1)
    assert [c.number for c in later.follows.all()] == [3]
    second = models.Comment.objects.get(letter__key=STAFF, number=2)
    _save(client, f"/admin/archive/comment/{later.pk}/change/", follows=str(second.pk))
    capsys.readouterr()

    assert [c.number for c in later.follows.all()] == [2]
    reparse_all(progress=False, workers=1)  # comment rows read anew, follow-ups linked and statuses told anew
    later = models.Comment.objects.get(letter__key=FOLLOW_UP, letter__current=True, number=1)
    assert [(c.letter.key, c.number) for c in later.follows.all()] == [(STAFF, 2)]
    statuses = dict(models.Comment.objects.filter(letter__key=STAFF).values_list("number", "status"))
    assert statuses[2] == "followed_up" and statuses[3] != "followed_up"
    assert models.Correction.objects.get(what="follow_ups").by == "curator"


def test_follow_ups_taken_away_stay_away(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    _ingest(STAFF, ANSWER, FOLLOW_UP)
    client.force_login(User.objects.create_superuser("curator", "curator@example.com", "a-long-password"))
    later = models.Comment.objects.get(letter__key=FOLLOW_UP, number=1)
    _save(client, f"/admin/archive/comment/{later.pk}/change/", follows="")
    capsys.readouterr()
    reparse_all(progress=False, workers=1)
    later = models.Comment.objects.get(letter__key=FOLLOW_UP, letter__current=True, number=1)
    assert list(later.follows.all()) == []
    assert models.Comment.objects.get(letter__key=STAFF, number=3).status != "followed_up"


def test_each_correction_is_listed_by_the_number_its_letter_prints(curated: None, client: Client) -> None:
    """Not 'comment status of 0000000000-20-007987 #0': the comment is comment 1 of its letter."""
    names = sorted(str(c) for c in models.Correction.objects.all())
    assert names == [
        f"answer link of answer 3 in {ANSWER}",
        f"comment status of comment 1 of {STAFF}",
        f"review state of review {STAFF}",
    ]
    listing = client.get("/admin/archive/correction/").content.decode()
    assert f"comment status of comment 1 of {STAFF}</a>" in listing
