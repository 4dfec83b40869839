"""`reparse` keeps the ids of the comments and answers it reads again, so that the addresses made of
them (``/comments/N/similar/``, ``/api/comments/N``, ``/api/answers/N``) stay good: before, every
reparse deleted a letter's rows and inserted new ones, and a bookmarked page was "not found".

ADM's 2020 review: the staff letter of August 2020 (comments 1–3), ADM's answer (answers 1–3) and the
staff's follow-up of September 16 (its comment 1 follows up comment 3).
"""

from __future__ import annotations

import pytest
from django.test import Client

from commentletters.archive import models, records
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reparse import reparse_all
from commentletters.web.search import search
from tests.conftest import corpus_file

pytestmark = pytest.mark.django_db

THREAD = "sec/ADM/ADM_0000000000-20-007987/filings/"
STAFF, ANSWER, FOLLOW_UP = "0000000000-20-007987", "0000007084-20-000029", "0000000000-20-008734"


def _rows() -> dict[tuple[str, str, int], int]:
    """(letter key, "comment"/"answer", number) -> id."""
    comments = models.Comment.objects.values_list("id", "letter__key", "number")
    answers = models.Answer.objects.values_list("id", "letter__key", "number")
    return {(key, "comment", n): pk for pk, key, n in comments} | {(key, "answer", n): pk for pk, key, n in answers}


def _links() -> dict[str, object]:
    """What threading and the parse link to each row, by the rows' numbers (not ids)."""
    follows = models.Comment.follows.through.objects
    cited = models.Comment.authorities.through.objects
    return {
        "answered": sorted(models.Answer.objects.values_list("number", "comment__number")),
        "follows": sorted(follows.values_list("from_comment__number", "to_comment__number")),
        "authorities": sorted(cited.values_list("comment__number", "authority__name")),
        "answer authorities": models.Answer.authorities.through.objects.count(),
        "statuses": sorted(models.Comment.objects.values_list("letter__key", "number", "status")),
        "commitments": models.Commitment.objects.count(),
    }


def test_reparse_keeps_every_id_and_link(client: Client) -> None:
    ingest_paths([corpus_file(THREAD + a) for a in (STAFF, ANSWER, FOLLOW_UP)], progress=False)
    ids, links = _rows(), _links()
    assert len(ids) == 3 + 3 + 1 and links["answered"] == [(1, 1), (2, 2), (3, 3)]
    assert links["follows"] == [(1, 3)]

    reparse_all(progress=False, workers=1)

    assert _rows() == ids
    assert _links() == links
    first = ids[(STAFF, "comment", 1)]
    assert client.get(f"/comments/{first}/similar/").status_code == 200
    assert client.get(f"/api/comments/{first}").json()["number"] == 1
    assert client.get(f"/api/answers/{ids[(ANSWER, 'answer', 2)]}").json()["number"] == 2


def test_a_new_reading_keeps_the_ids_of_the_comments_it_still_has() -> None:
    """A reading that drops comment 2 and finds a comment 4: comments 1 and 3 keep their rows (with
    the new text), comment 2's row goes, comment 4 gets a new one; positions follow the new order."""
    ingest_paths([corpus_file(THREAD + STAFF)], progress=False)
    row = models.Letter.objects.get(key=STAFF)
    before = dict(models.Comment.objects.values_list("number", "id"))
    data = dict(row.data)
    one, _, three = data["comments"]
    four = {**three, "number": 4, "text": "Please tell us more.", "authorities": ["Item 303 of Regulation S-K"]}
    data["comments"] = [{**one, "text": "Read again with zanzibarian words."}, three, four]

    records.save_parts(row, data)

    after = {c.number: c for c in models.Comment.objects.filter(letter=row)}
    assert sorted(after) == [1, 3, 4]
    assert (after[1].id, after[3].id) == (before[1], before[3])
    assert after[4].id not in before.values()
    assert [(c.number, c.position) for c in sorted(after.values(), key=lambda c: c.position)] == [
        (1, 0),
        (3, 1),
        (4, 2),
    ]
    assert after[1].text == "Read again with zanzibarian words."
    # the search index follows the rows updated in place (SQLite's triggers, PostgreSQL's generated column)
    assert [(h.type, h.id) for h in search("zanzibarian").hits] == [("comment", before[1])]
    assert [(h.type, h.id) for h in search("tell us more").hits if h.id not in before.values()] == [
        ("comment", after[4].id)
    ]
    assert [a.name for a in after[4].authorities.all()] == ["Item 303 of Regulation S-K"]
    assert not models.Comment.objects.filter(id=before[2]).exists()
