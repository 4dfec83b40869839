"""Sync hands its folders to the real archive: every synced letter is stored once, with its EDGAR metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings

from commentletters import cli
from commentletters.archive import models
from tests.conftest import CORPUS

from .fake_edgar import FakeEdgar

ADM_2017 = CORPUS / "sec/ADM/ADM_0000000000-17-044885"

pytestmark = pytest.mark.django_db


def test_synced_letters_land_in_the_archive_once(
    sync_env: Path, fake_edgar: FakeEdgar, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.DATA_DIR = sync_env / "archive"
    assert cli.main(["sync", "--ticker", "GLW", "--since", "2023-11-01", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "8 folders ingested into the archive" in out and "note:" not in err  # all read by this parser

    letters = models.Letter.objects.filter(current=True, key__regex=r"^\d{10}-\d{2}-\d{6}$")
    assert letters.count() == 8
    first = letters.get(accession="0000000000-23-012635")
    assert (first.form, first.edgar_filed) == ("UPLOAD", dt.date(2023, 11, 17))
    assert first.company.cik == "0000024741"
    assert first.kind.startswith("staff_")
    answer = letters.get(accession="0001206774-23-001290")
    assert (answer.form, answer.kind) == ("CORRESP", "company_response")

    before = models.Letter.objects.count()
    assert cli.main(["sync", "--ticker", "GLW", "--since", "2023-11-01", "--quiet"]) == 0
    assert models.Letter.objects.count() == before


def test_sync_says_when_letters_another_parser_read_remain(
    sync_env: Path, fake_edgar: FakeEdgar, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.DATA_DIR = sync_env / "archive"
    assert cli.main(["ingest", "--no-progress", "--workers", "1", str(ADM_2017)]) == 0
    models.Letter.objects.filter(current=True).update(parser_version="0.1.0")  # as an older parser left them
    capsys.readouterr()
    assert cli.main(["sync", "--ticker", "GLW", "--since", "2023-11-01", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "8 folders ingested into the archive" in out
    stale = models.Letter.objects.filter(parser_version="0.1.0").count()
    assert f"note: {stale} letters were read by another parser version (0.1.0) than this one (" in err
    assert "run `commentletters reparse --stale`" in err
