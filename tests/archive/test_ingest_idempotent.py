"""Ingest of real corpus threads: every letter stored once, a second run changes nothing, a changed
document becomes a new version with the old one kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from tests.conftest import CORPUS, SAMPLES

# ADM's 2017 thread: staff letter, company response, completion letter (three documents).
ADM_2017 = CORPUS / "sec/ADM/ADM_0000000000-17-044885"


def counts() -> dict[str, int]:
    return {
        name: getattr(models, name).objects.count()
        for name in ("Company", "Letter", "Comment", "Answer", "Review", "Round", "RawDocument")
    }


def test_every_letter_stored_once_and_second_run_changes_nothing() -> None:
    first = ingest_paths([ADM_2017, SAMPLES], progress=False)
    assert (first.added, first.failed) == (5, 0)  # three EDGAR documents + the two samples
    before = counts()
    second = ingest_paths([ADM_2017, SAMPLES], progress=False)
    assert (second.added, second.unchanged, second.new_versions) == (0, 5, 0)
    assert counts() == before
    assert models.IngestRun.objects.count() == 2


def test_edgar_metadata_comes_from_the_thread_folder() -> None:
    ingest_paths([ADM_2017], progress=False)
    letter = models.Letter.objects.get(key="0000007084-18-000005")
    assert (letter.accession, letter.form, str(letter.edgar_filed)) == ("0000007084-18-000005", "CORRESP", "2018-01-05")
    assert letter.company.cik == "0000007084"
    assert "ADM" in letter.company.tickers
    staff = models.Letter.objects.get(key="0000000000-17-044885")
    assert (
        staff.form == "UPLOAD"
        and staff.raw.size == (ADM_2017 / "filings/0000000000-17-044885/filename1.pdf").stat().st_size
    )


def test_changed_document_becomes_a_new_version(tmp_path: Path) -> None:
    thread = tmp_path / "ADM_0000000000-17-044885"
    shutil.copytree(ADM_2017, thread)
    ingest_paths([thread], progress=False)
    letter_file = thread / "filings/0000007084-18-000005/filename1.htm"
    letter_file.write_bytes(letter_file.read_bytes().replace(b"</body>", b"<p>Corrected copy.</p></body>"))
    report = ingest_paths([thread], progress=False)
    assert (report.new_versions, report.unchanged, report.added) == (1, 2, 0)
    versions = models.Letter.objects.filter(key="0000007084-18-000005").order_by("version")
    assert [(v.version, v.current) for v in versions] == [(1, False), (2, True)]
    assert versions[0].raw.sha256 != versions[1].raw.sha256
