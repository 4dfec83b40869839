"""The front page tells a signed-in user how many letters another parser version read, and what to run.

The hand-built archive's letters are stamped "test": read by another parser than this one."""

from __future__ import annotations

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.core.version import parser_version

from .test_pages import text_of

pytestmark = pytest.mark.django_db

NOTE = (
    "3 letters were read by another parser version (test) than the one installed here ({}): their comments, "
    "answers and commitments may not be what it reads now. Run commentletters reparse --stale to read them again."
)


def _signed_in(client: Client, django_user_model) -> Client:  # type: ignore[no-untyped-def]
    client.force_login(django_user_model.objects.create_user("curator", password="x", is_staff=True))
    return client


def test_the_front_page_says_letters_are_stale_to_a_signed_in_user(client: Client, archive, django_user_model) -> None:
    assert "parser version" not in text_of(client.get("/").content)  # a reader cannot run the commands
    page = text_of(_signed_in(client, django_user_model).get("/").content)
    assert NOTE.format(parser_version()) in page
    assert "<code>commentletters reparse --stale</code>" in client.get("/").content.decode()


def test_one_stale_letter_and_several_versions(client: Client, archive, django_user_model) -> None:
    letters = models.Letter.objects.order_by("id")
    letters.filter(pk=letters[0].pk).update(parser_version=parser_version())
    letters.filter(pk=letters[1].pk).update(parser_version="0.1.0")
    page = text_of(_signed_in(client, django_user_model).get("/").content)
    assert "2 letters were read by another parser version (0.1.0, test) than the one installed here" in page
    letters.exclude(parser_version="0.1.0").update(parser_version=parser_version())
    assert "1 letter was read by another parser version (0.1.0) than" in text_of(client.get("/").content)


def test_the_front_page_says_nothing_of_a_fresh_archive(client: Client, archive, django_user_model) -> None:
    models.Letter.objects.update(parser_version=parser_version())
    kept = models.Letter.objects.order_by("id").first()
    assert kept is not None
    models.Letter.objects.filter(pk=kept.pk).update(version=2)
    kept.pk, kept.version, kept.current, kept.parser_version = None, 1, False, "0.1.0"
    kept.save()  # an older version kept as history, read by an older parser: not stale
    page = text_of(_signed_in(client, django_user_model).get("/").content)
    assert "parser version" not in page and "reparse" not in page


def test_a_letter_read_by_another_parser_says_so(client: Client, archive, django_user_model) -> None:
    url = "/letters/0000000000-16-073605/"
    said = f"parser test (another version than this one, {parser_version()}: its reading may differ)"
    assert said in text_of(client.get(url).content)
    page = text_of(_signed_in(client, django_user_model).get(url).content)
    assert f"{said[:-1]}; commentletters reparse --stale reads it again)" in page
    models.Letter.objects.update(parser_version=parser_version())
    page = text_of(client.get(url).content)
    assert f"parser {parser_version()}" in page and "another version" not in page
