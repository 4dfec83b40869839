"""Curation: a signed-in curator opens a record's change page (the "correct" links) and saves it;
a record whose lists are empty (no tickers yet, no prior comments cited, no letter answered) must
save as it is, not fail with "This field is required"."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


class FormValues(HTMLParser):
    """The values the change form would send if the curator pressed "Save" without typing."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._text: str | None = None  # the textarea being read
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") not in ("checkbox", "radio"):
                self.values.setdefault(name, []).append(a.get("value", ""))
            elif "checked" in a:
                self.values.setdefault(name, []).append(a.get("value", "on"))
        elif tag == "textarea" and name:
            self._text = name
            self.values[name] = [""]
        elif tag == "select" and name:
            self._select = name
            self.values.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select].append(a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._text = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._text:
            self.values[self._text][0] += data.removeprefix("\n") if not self.values[self._text][0] else data


def save_unchanged(client: Client, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200
    form = FormValues()
    form.feed(page.content.decode())
    response = client.post(url, {**form.values, "_continue": "Save and continue editing"}, follow=True)
    return response.content.decode()


@pytest.fixture
def curator(client: Client) -> Client:
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("curator", "curator@example.com", "a-long-password"))
    return client


def test_records_with_empty_lists_save_unchanged(curator: Client, archive: models.Review) -> None:
    staff = archive.letters.get(key="0000000000-16-073605")
    first = staff.comments.get(number=1)
    assert (archive.company.names, staff.responds_to, first.prior_comments) == ([], [], [])
    for model, pk in (("company", archive.company_id), ("letter", staff.pk), ("comment", first.pk)):
        html = save_unchanged(curator, f"/admin/archive/{model}/{pk}/change/")
        assert "was changed successfully" in html and "This field is required" not in html, model


class Groups(HTMLParser):
    """The change form's groups: each fieldset's heading and the names of the fields in it."""

    def __init__(self) -> None:
        super().__init__()
        self.groups: list[tuple[str, list[str]]] = []
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "fieldset":
            self.groups.append(("", []))
        elif tag == "h2" and self.groups:
            self._heading = True
        elif tag in ("input", "textarea", "select") and self.groups and a.get("name"):
            self.groups[-1][1].append(str(a["name"]))

    def handle_endtag(self, tag: str) -> None:
        self._heading = self._heading and tag != "h2"

    def handle_data(self, data: str) -> None:
        if self._heading and data.strip():
            self.groups[-1] = (self.groups[-1][0] + data.strip(), self.groups[-1][1])


def test_change_forms_say_which_changes_last(curator: Client, archive: models.Review) -> None:
    """A curator sees which fields are kept as corrections and which the next `reparse` or threading
    sets again (a comment's text edited here is read anew from the letter)."""
    staff = archive.letters.get(key="0000000000-16-073605")
    comment = staff.comments.get(number=1)
    page = curator.get(f"/admin/archive/comment/{comment.pk}/change/").content.decode()
    form = Groups()
    form.feed(page)
    (kept_heading, kept), (rest_heading, rest) = form.groups[:2]
    assert kept_heading == "Corrections that last" and kept == ["status", "status_reason", "follows"]
    assert rest_heading == "Parsed and threaded" and "text" in rest and "status" not in rest
    assert "lasts only until the letter is parsed or threaded again" in page
    letter_page = curator.get(f"/admin/archive/letter/{staff.pk}/change/").content.decode()
    assert "lasts only until the letter is parsed or threaded again" in letter_page
    assert "Corrections that last" not in letter_page  # nothing of a letter is kept as a correction
