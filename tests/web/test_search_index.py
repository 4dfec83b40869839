"""The search index follows every change to the archive (on SQLite its filter values are copied into
the full-text index by triggers; these tests edit the archive the ways ingest, threading and the
admin do, and search again)."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from commentletters.archive import models
from commentletters.web.search import Filters, search
from tests.search_rows import HELD, INTEGRITY_CHECK, WANT

pytestmark = pytest.mark.django_db


def _found(text: str = "", **filters: object) -> set[tuple[str, int]]:
    results = search(text, Filters(**filters), per_page=50)  # type: ignore[arg-type]
    assert results.total == len(results.hits)
    return {(h.type, h.id) for h in results.hits}


def _in_step() -> None:
    """SQLite: FTS5's own check of the index against the texts, and each entry as the archive says."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cur:
        cur.execute(INTEGRITY_CHECK)
        cur.execute(f"{HELD} EXCEPT {WANT}")
        assert cur.fetchall() == []
        cur.execute(f"{WANT} EXCEPT {HELD}")
        assert cur.fetchall() == []
        cur.execute(
            "SELECT c.n, (SELECT COUNT(*) FROM archive_searchdoc d WHERE d.kind = c.kind) "
            "FROM archive_searchcount c ORDER BY c.kind"
        )
        counts = cur.fetchall()
        assert len(counts) == 2 and all(kept == actual for kept, actual in counts)


def test_status_change_moves_the_comment_and_its_answers(archive) -> None:
    first = models.Comment.objects.get(letter__key="0000000000-16-073605", number=1)
    answer = first.answers.get()
    assert _found("tax", status="resolved") == set()
    models.Comment.objects.filter(pk=first.pk).update(status="resolved")
    assert _found("tax", status="resolved") == {("comment", first.id), ("answer", answer.id)}
    _in_step()


def test_superseded_letter_leaves_the_results(archive) -> None:
    letter = models.Letter.objects.get(key="0000000000-16-082817")
    follow = letter.comments.get()
    assert ("comment", follow.id) in _found("known trend")
    letter.current = False
    letter.save(update_fields=["current"])
    assert _found("known trend") == set()
    letter.current = True
    letter.save(update_fields=["current"])
    assert _found("known trend") == {("comment", follow.id)}
    _in_step()


def test_new_date_changes_year_and_order(archive) -> None:
    letter = models.Letter.objects.get(key="0000000000-16-073605")
    ids = set(letter.comments.values_list("id", flat=True))
    assert {i for _, i in _found("tax", year=2017, type="comment")} == set()
    models.Letter.objects.filter(pk=letter.pk).update(date=date(2017, 1, 3))
    assert {i for _, i in _found("tax", year=2017, type="comment")} == ids
    newest = search("tax", Filters(type="comment"), order="date").hits
    assert {h.id for h in newest[:2]} == ids
    _in_step()


def test_authority_links_and_text_edits(archive) -> None:
    comment = models.Comment.objects.get(letter__key="0000000000-16-073605", number=2)
    cited = models.Authority.objects.create(name="ASC 740-10-50-12")
    assert _found(authority="ASC 740-10-50-12") == set()
    comment.authorities.add(cited)
    assert _found(authority="ASC 740-10-50-12") == {("comment", comment.id)}
    comment.text = "Please describe your liquidity risks."
    comment.save(update_fields=["text"])
    assert _found("liquidity", authority="ASC 740-10-50-12") == {("comment", comment.id)}
    assert ("comment", comment.id) not in _found("earnings call")
    comment.authorities.remove(cited)
    assert _found(authority="ASC 740-10-50-12") == set()
    _in_step()


def test_forms_reviewed_and_office_follow_their_letters(archive) -> None:
    every = _found()
    assert len(every) == 5 and _found(form="10-K") == every and _found(form="S-1") == set()
    letter = models.Letter.objects.get(key="0001193125-16-582198")
    answers = {("answer", pk) for pk in letter.answers.values_list("id", flat=True)}
    letter.data = {**letter.data, "filings_reviewed": [{"form": "S-1/A", "period": None, "filed": "2016-05-02"}]}
    letter.save(update_fields=["data"])  # the form the letter names, not its review's, is the filter's
    assert _found(form="s-1") == answers == _found(form="S-1/A") and _found(form="10-K") == every - answers
    filing = models.Filing.objects.get()
    filing.form = "S-1"
    filing.save(update_fields=["form"])
    filing.reviews.clear()
    assert _found(form="S-1") == answers
    letter.data = {**letter.data, "office": "Office of Life Sciences"}
    letter.save(update_fields=["data"])
    assert {t for t, _ in _found(office="life sciences")} == {"answer"}
    _in_step()


def test_deleting_a_letter_removes_its_texts(archive) -> None:
    models.Letter.objects.get(key="0001193125-16-582198").delete()
    assert {t for t, _ in _found("tax")} == {"comment"}
    _in_step()


def test_words_never_match_the_filter_tokens(archive) -> None:
    """The index holds each row's filter values as tokens (SQLite); what people type is searched in
    the text only, also when the words look like such a token."""
    company = models.Company.objects.get()
    authority = models.Authority.objects.get()
    for word in (f"c{company.id}", "k0", "k1", f"a{authority.id}", f"c{company.id}*", "k0*"):
        assert _found(word) == set(), word
    comment = models.Comment.objects.get(letter__key="0000000000-16-082817")
    comment.text = f"Revise note k0 and c{company.id}."
    comment.save(update_fields=["text"])
    assert _found("k0") == _found(f"c{company.id}") == {("comment", comment.id)}
    _in_step()


def test_newest_first_interleaves_comments_and_answers_by_date(archive) -> None:
    """Both kinds live in one index ordered by date: a page of either order mixes them."""
    newest = search("", order="date", per_page=50).hits
    assert [(h.date, h.type) for h in newest] == sorted(
        ((h.date, h.type) for h in newest), key=lambda x: x[0], reverse=True
    )
    assert [h.type for h in newest] == ["comment", "answer", "answer", "comment", "comment"]
    best = search("tax", per_page=50)
    assert best.total == len(best.hits) and {h.type for h in best.hits} == {"comment", "answer"}
