"""`sync` while the archive's database cannot be reached (a team's PostgreSQL server down, a wrong
password): the downloads are kept for the next run, and the problem is said as every other command
says it — what cannot be used and what to check — not as a bare exception name."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db.utils import OperationalError

from commentletters import cli
from commentletters.commands import sync as sync_command

from .fake_edgar import FakeEdgar

REFUSED = 'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused'


def test_database_down_says_what_to_check_and_keeps_the_downloads(
    sync_env: Path, fake_edgar: FakeEdgar, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://team:secret@127.0.0.1:5432/commentletters")

    def unreachable(folders: list[Path], progress: bool = True) -> None:
        raise OperationalError(REFUSED)

    monkeypatch.setattr(sync_command, "archive_ingest", unreachable)
    assert cli.main(["sync", "--ticker", "LULU", "--quiet"]) == 2
    err = capsys.readouterr().err
    said = next(line for line in err.splitlines() if "ingest failed" in line)
    assert "folders stay queued for the next run" in said
    assert "the database that DATABASE_URL names cannot be used (" + REFUSED + ")" in said
    assert "check that its server is running" in said and "OperationalError" not in said

    handed: list[list[Path]] = []
    monkeypatch.setattr(sync_command, "archive_ingest", lambda folders, progress=True: handed.append(folders))
    cli.main(["sync", "--ticker", "LULU", "--quiet"])
    assert len(handed) == 1 and len(handed[0]) == 3  # LULU's three recorded filings, downloaded by the first run
