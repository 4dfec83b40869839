"""A bookmarked "similar comments" page of a letter since stored again as a new version (its file
changed under the same accession) leads to the same comment of the current version. ADM's 2017
review: the staff letter of December 2017 (comments 1 and 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from tests.conftest import corpus_file

pytestmark = pytest.mark.django_db

STAFF = "0000000000-17-044885"


def test_a_superseded_versions_comment_leads_to_the_current_one(client: Client, tmp_path: Path) -> None:
    thread = tmp_path / "ADM_0000000000-17-044885"
    shutil.copytree(corpus_file("sec/ADM/ADM_0000000000-17-044885"), thread)
    ingest_paths([thread], progress=False)
    old = models.Comment.objects.get(letter__key=STAFF, number=2)
    pdf = thread / f"filings/{STAFF}/filename1.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n% stored again\n")  # the same letter in a changed file
    assert ingest_paths([thread], progress=False).new_versions == 1
    new = models.Comment.objects.get(letter__key=STAFF, letter__current=True, number=2)
    assert new.id != old.id

    page = client.get(f"/comments/{old.id}/similar/?format=json")
    assert (page.status_code, page["Location"]) == (301, f"/comments/{new.id}/similar/?format=json")
    assert client.get(page["Location"]).json()["comment"] == new.id


def test_a_comment_the_new_version_no_longer_has_is_not_found(client: Client, tmp_path: Path) -> None:
    thread = tmp_path / "ADM_0000000000-17-044885"
    shutil.copytree(corpus_file("sec/ADM/ADM_0000000000-17-044885"), thread)
    ingest_paths([thread], progress=False)
    old = models.Comment.objects.get(letter__key=STAFF, number=2)
    models.Letter.objects.filter(pk=old.letter_id).update(current=False)  # (a newer version, without it)
    assert client.get(f"/comments/{old.id}/similar/").status_code == 404
