"""Bad files are recorded with their reason and the batch goes on."""

from __future__ import annotations

from pathlib import Path

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reports import stats
from tests.conftest import SAMPLES


def test_bad_files_recorded_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n%broken, no objects\n")
    good = sorted(SAMPLES.glob("*.txt"))
    report = ingest_paths([tmp_path / "empty.txt", *good, tmp_path / "scan.pdf"], progress=False)
    assert (report.added, report.failed) == (2, 2)
    failures = {Path(path).name: code for path, code, _ in report.failures}
    assert set(failures) == {"empty.txt", "scan.pdf"}
    rows = models.IngestFile.objects.filter(outcome="failed")
    assert all(row.code and row.message for row in rows)
    assert models.Letter.objects.count() == 2
    assert stats()["failed_files"] == 2


def test_a_fixed_file_no_longer_counts_as_failed(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"")
    ingest_paths([letter], progress=False)
    letter.write_bytes(next(SAMPLES.glob("sec-staff-letter-*.txt")).read_bytes())
    report = ingest_paths([letter], progress=False)
    assert (report.added, report.failed) == (1, 0)
    assert stats()["failed_files"] == 0


def test_a_readme_beside_the_letters_is_not_archived_as_a_letter(tmp_path: Path) -> None:
    """Before, any text file under the folder became a letter of "(company not named)"."""
    (tmp_path / "README.txt").write_text("Letters downloaded for the 2021 audit. Ask Jane before deleting any.\n")
    good = sorted(SAMPLES.glob("*.txt"))
    report = ingest_paths([tmp_path / "README.txt", *good], progress=False)
    assert (report.added, report.failed) == (len(good), 1)
    assert [(Path(path).name, code) for path, code, _ in report.failures] == [("README.txt", "not_a_letter")]
    assert not models.Company.objects.filter(name="(company not named)").exists()
