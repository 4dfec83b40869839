"""Every ingest parses in bounded worker processes, even of one file: a letter from EDGAR is
untrusted, and one that takes its process down (a crash in pdfium, more memory than
COMMENTLETTERS_PARSE_MEMORY_MB) fails alone instead of ending the ingest, or the sync that ingests
what it fetched, at the same file on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentletters.archive import ingest, models
from commentletters.archive.ingest import ingest_paths
from tests.conftest import SAMPLES
from tests.core.pdfs import make_pdf_bomb

STAFF = SAMPLES / "sec-staff-letter-2014-11-17.txt"


def test_a_single_file_past_the_memory_bound_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two million text operators take pdfium over a GB: past a 300 MB bound its process ends."""
    monkeypatch.setenv("COMMENTLETTERS_PARSE_MEMORY_MB", "300")
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(make_pdf_bomb(2_000_000))
    report = ingest_paths([bomb, STAFF], progress=False)
    assert (report.added, report.failed) == (1, 1)
    [(path, code, message)] = report.failures
    assert (Path(path).name, code) == ("bomb.pdf", "crashed") and "300 MB memory limit" in message
    assert models.Letter.objects.get().company.name == "21Vianet Group, Inc."


def test_where_no_worker_can_start_the_files_are_parsed_here(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some sandboxes have no shared-memory semaphores, so no process pool: the ingest still works."""

    def no_pool(*args: object) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(ingest, "parse_in_pool", no_pool)
    report = ingest_paths(sorted(SAMPLES.glob("*.txt")), progress=False)
    assert (report.added, report.failed) == (2, 0)
    assert "note: parsing in this process (worker processes cannot start here" in capsys.readouterr().err
