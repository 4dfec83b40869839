"""The review page's chart for a spreadsheet (``?format=csv``): a row per staff comment, its answers beside it."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.test import Client

from commentletters.archive import clock, models
from commentletters.web.review_chart import COLUMNS
from tests.web.conftest import RESPONSE_1, STAFF_1, STAFF_2

pytestmark = pytest.mark.django_db


def _chart(client: Client, review: models.Review) -> list[dict[str, str]]:
    response = client.get(f"/reviews/{review.key}/?format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    # named for the company too, so that a folder of downloaded charts says whose each is
    assert response["Content-Disposition"] == f'attachment; filename="facebook-inc-review-{review.key}.csv"'
    text = response.content.decode("utf-8")
    assert text.splitlines()[0].split(",") == list(COLUMNS)
    return list(csv.DictReader(io.StringIO(text)))


def test_a_row_per_comment_with_its_answer_and_follow_up(client: Client, archive: models.Review) -> None:
    answer = models.Answer.objects.get(letter__key=RESPONSE_1[0], number=2)
    models.Commitment.objects.create(
        answer=answer, company=archive.company, review=archive, text="We will disclose the trend.", kind="future"
    )
    first, second, follow_up = _chart(client, archive)
    assert (first["round"], first["staff_letter"], first["comment"]) == ("1", "2016-04-25", "1")
    assert first["headings"] == "Management's Discussion and Analysis › Provision for income taxes, page 45"
    assert first["comment_text"] == STAFF_1[3][0][0]
    assert (first["answer_letters"], first["answers"]) == ("2016-05-06", RESPONSE_1[3][0])
    assert first["status"] == "answered" and first["commitments"] == ""
    assert second["commitments"] == "(future) We will disclose the trend."
    # the follow-up of round 2 right after the comment it follows, as on the page
    assert (follow_up["round"], follow_up["staff_letter"], follow_up["comment"]) == ("2", "2016-06-30", "1")
    assert follow_up["follows"] == "comment 2 of 2016-04-25"
    assert follow_up["comment_text"] == STAFF_2[3][0][0] and follow_up["answers"] == ""
    assert (follow_up["status"], follow_up["status_reason"]) == ("open", "no answer on file yet")


def test_cells_from_letters_run_no_formula(client: Client, archive: models.Review) -> None:
    models.Comment.objects.filter(letter__key=STAFF_1[0], number=1).update(text='=HYPERLINK("http://example.com")')
    first = _chart(client, archive)[0]
    assert first["comment_text"] == '\'=HYPERLINK("http://example.com")'


def test_the_review_page_links_to_its_chart(client: Client, archive: models.Review) -> None:
    page = client.get(f"/reviews/{archive.key}/").content.decode()
    assert '<a href="?format=csv" download>Download the comments and answers</a>' in page


def test_each_comment_with_the_authorities_it_cites(client: Client, archive: models.Review) -> None:
    first, _, follow_up = _chart(client, archive)
    assert follow_up["authorities"] == "Item 303(a)(3) of Regulation S-K" and first["authorities"] == ""
    # several, in the order the letter cites them (as the Letter JSON and the API list them)
    comment = models.Comment.objects.get(letter__key=STAFF_2[0], number=1)
    for name in ("Rule 12b-20", "ASC 740-10-50-12"):
        comment.authorities.add(models.Authority.objects.create(name=name))
    letter = comment.letter
    cited = ["Rule 12b-20", "Item 303(a)(3) of Regulation S-K", "ASC 740-10-50-12"]  # neither by id nor by name
    letter.data["comments"] = [{}] * comment.position + [{"number": 1, "authorities": cited}]
    letter.save()
    assert _chart(client, archive)[2]["authorities"] == "; ".join(cited)


def test_a_comment_awaiting_its_answer_with_the_date_due_and_days_past_it(
    client: Client, archive: models.Review, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2016, 7, 25))
    first, second, follow_up = _chart(client, archive)
    # as the page says: "Next answer due Friday, July 15, 2016 past due for 1 week, 3 days"
    assert (follow_up["status"], follow_up["answer_due"], follow_up["days_past_due"]) == ("open", "2016-07-15", "10")
    assert first["answer_due"] == second["answer_due"] == ""  # answered, followed up: nothing due
    monkeypatch.setattr(clock, "today", lambda: date(2016, 7, 15))
    assert [(r["answer_due"], r["days_past_due"]) for r in _chart(client, archive)][2] == ("2016-07-15", "")
    models.Review.objects.filter(pk=archive.pk).update(state="completed")
    assert _chart(client, archive)[2]["answer_due"] == ""  # a completed review awaits nothing
