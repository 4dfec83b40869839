"""An open review whose answer's due date has passed says so, as of the day it is read: the fixture's
Facebook review owes an answer by Friday, July 15, 2016 (ten business days after the staff letter
of June 30, July 4 a holiday). On that day it is due, not past due; the Monday after it is 3 days past due."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from commentletters.archive import clock, models
from commentletters.archive.reports import stats

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set the day the archive is read on."""
    return lambda day: monkeypatch.setattr(clock, "today", lambda: day)


@pytest.mark.parametrize(
    ("day", "past_due", "days"),
    [(date(2016, 7, 14), False, None), (date(2016, 7, 15), False, None), (date(2016, 7, 18), True, 3)],
)
def test_pages_api_and_stats_say_past_due_once_the_day_has_passed(
    client: Client, archive, on, day: date, past_due: bool, days: int | None
) -> None:
    on(day)
    pages = {
        "home": client.get("/").content.decode(),
        "review": client.get(f"/reviews/{archive.key}/").content.decode(),
        "company": client.get(f"/companies/{archive.company_id}/").content.decode(),
    }
    for name, html in pages.items():
        assert ("past due for" in _text(html)) is past_due, name
    if past_due:
        assert "Friday, July 15, 2016 past due for 3 days" in _text(pages["review"])
        assert "Jul 15, 2016 past due for 3 days" in _text(pages["home"])
    api = client.get(f"/api/reviews/{archive.key}").json()
    assert (api["due_date"], api["days_past_due"]) == ("2016-07-15", days)
    assert stats()["past_due_reviews"] == (1 if past_due else 0)


def test_a_completed_review_is_never_past_due(client: Client, archive, on) -> None:
    on(date(2026, 1, 5))
    models.Review.objects.filter(pk=archive.pk).update(state="completed")
    assert "past due for" not in _text(client.get(f"/reviews/{archive.key}/").content.decode())
    assert client.get(f"/api/reviews/{archive.key}").json()["days_past_due"] is None
    assert stats()["past_due_reviews"] == 0


def test_answers_due_soon_are_listed_before_those_long_past_due(client: Client, archive, on) -> None:
    on(date(2016, 7, 18))
    models.Review.objects.create(
        company=archive.company, key="due-next-week", state="open", started=date(2016, 7, 8), due_date=date(2016, 7, 22)
    )
    table = client.get("/").content.decode().split("<h2>Open reviews</h2>", 1)[1].split("</table>", 1)[0]
    assert re.findall(r"<td><a href=\"/reviews/([^/]+)/\"", table) == ["due-next-week", archive.key]
    assert _text(table).count("past due for") == 1
