"""Letters another parser version read: `stats` and `ingest` say how many and what to run; `reparse
--stale` reads those again and only those. An older version of a letter (kept as history) never counts."""

from __future__ import annotations

import re

import pytest
from django.db import connection

from commentletters.archive import models
from commentletters.archive.stale import stale_letters
from commentletters.cli import main
from commentletters.core.version import parser_version
from tests.conftest import CORPUS

ADM_2017 = CORPUS / "sec/ADM/ADM_0000000000-17-044885"
OLD = "0.1.0"  # what every letter was stamped with before the version followed the source
NOTE = (
    "note: 1 letter was read by another parser version (0.1.0) than this one ({}); "
    "run `commentletters reparse --stale` to read them again with this one\n"
)


def _archive(capsys: pytest.CaptureFixture[str]) -> list[models.Letter]:
    assert main(["ingest", "--no-progress", "--workers", "1", str(ADM_2017)]) == 0
    out, err = capsys.readouterr()
    assert "added" in out and "note:" not in err  # all read by this parser
    return list(models.Letter.objects.filter(current=True).order_by("id"))


def _make_stale(letter: models.Letter) -> None:
    """The letter as an older parser left it: its version stamp, and a reading this one would not give."""
    letter.parser_version = OLD
    letter.data = {**letter.data, "warnings": ["read by the old parser"]}
    letter.save()


def _history(letter: models.Letter) -> None:
    """An older version of ``letter`` kept beside it, read by the old parser: history, not stale."""
    old = models.Letter.objects.get(pk=letter.pk)
    letter.version = 2
    letter.save()
    old.pk, old.current, old.parser_version = None, False, OLD
    old.save()


def test_the_version_fits_the_archive() -> None:
    assert len(parser_version()) <= models.Letter._meta.get_field("parser_version").max_length


def test_stale_letters_are_counted_from_an_index_not_the_rows() -> None:
    """Every ingest, sync and `stats` counts them: a letter's row holds its whole parse (migration 0013)."""
    with connection.cursor() as cursor:
        index = connection.introspection.get_constraints(cursor, "archive_letter")["letter_current_parser"]
        assert index["columns"] == ["parser_version"] and index["index"]
        if connection.vendor == "sqlite":
            sql, params = stale_letters().order_by().values_list("parser_version").query.sql_with_params()
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            assert "INDEX letter_current_parser" in " ".join(str(row[-1]) for row in cursor.fetchall())


def test_stats_counts_stale_letters_and_says_what_to_run(capsys: pytest.CaptureFixture[str]) -> None:
    letters = _archive(capsys)
    _history(letters[0])
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^stale letters +0$", out, re.M) and err == ""
    _make_stale(letters[1])
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^stale letters +1$", out, re.M)
    assert err == NOTE.format(parser_version())
    assert main(["stats", "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"stale_letters": 1' in out and "reparse --stale" in err


def test_ingest_says_stale_letters_remain(capsys: pytest.CaptureFixture[str]) -> None:
    letters = _archive(capsys)
    _make_stale(letters[0])
    assert main(["ingest", "--no-progress", "--workers", "1", str(ADM_2017)]) == 0  # unchanged: not read again
    out, err = capsys.readouterr()
    assert "0 added" in out and err == NOTE.format(parser_version())


def test_reparse_stale_reads_only_the_stale_letters(capsys: pytest.CaptureFixture[str]) -> None:
    letters = _archive(capsys)
    assert len(letters) >= 3
    fresh, stale = letters[0], letters[1]
    _history(letters[2])
    fresh.data = {**fresh.data, "warnings": ["not read again"]}  # a mark that a re-parse would wipe
    fresh.save()
    _make_stale(stale)
    assert main(["reparse", "--stale", "--no-progress", "--workers", "1"]) == 0
    assert capsys.readouterr().out == "1 letter re-parsed, 0 failed (those keep their previous parse)\n"
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.parser_version == parser_version() and "read by the old parser" not in stale.data["warnings"]
    assert fresh.data["warnings"] == ["not read again"]
    history = models.Letter.objects.get(key=letters[2].key, current=False)
    assert history.parser_version == OLD  # history stays as it was read
    assert main(["reparse", "--stale", "--no-progress"]) == 0
    assert capsys.readouterr().out == (
        f"no letters to re-parse: this parser version ({parser_version()}) read every letter in the archive\n"
    )
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^stale letters +0$", out, re.M) and err == ""


def test_reparse_without_stale_reads_every_letter(capsys: pytest.CaptureFixture[str]) -> None:
    letters = _archive(capsys)
    _make_stale(letters[0])
    assert main(["reparse", "--no-progress", "--workers", "1"]) == 0
    assert capsys.readouterr().out.startswith(f"{len(letters)} letters re-parsed, 0 failed")
