"""The archive's commands: ingest, stats --json, export, reparse; parse stays free of Django."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from commentletters.cli import main
from tests.conftest import CORPUS, SAMPLES

ADM_2017 = CORPUS / "sec/ADM/ADM_0000000000-17-044885"


def test_ingest_stats_export_reparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--no-progress", str(ADM_2017), str(SAMPLES)]) == 0
    assert "5 added" in capsys.readouterr().out
    assert main(["stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["letters"], counts["failed_files"]) == (5, 0)
    assert main(["export", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert {json.loads(line)["accession"] for line in lines} == {
        "0000000000-17-044885",
        "0000007084-18-000005",
        "0000000000-18-000913",
        *(f"sha256:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in SAMPLES.glob("*.txt")),  # (no accession)
    }
    assert main(["reparse", "--no-progress", "--workers", "1"]) == 0
    assert "5 letters re-parsed, 0 failed" in capsys.readouterr().out
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == counts


def test_stats_of_an_empty_archive_says_how_to_fill_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^letters +0$", out, re.M) and re.search(r"^past due reviews +0$", out, re.M)
    assert err.startswith("note: the archive holds no letters yet (commentletters ingest PATH, or commentletters sync")


def test_ingest_exit_status_reports_a_missing_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--no-progress", str(SAMPLES / "no-such-letter.pdf")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_parse_loads_no_django() -> None:
    code = (
        "import sys; from commentletters.cli import main; "
        f"main(['parse', '--json', {str(next(SAMPLES.glob('*.txt')))!r}]); "
        "assert not [m for m in sys.modules if m.startswith('django')], 'django imported'; "
        # it stores no parser version, so it never reads the parser's source to work one out
        "assert 'commentletters.core.version' not in sys.modules, 'the parser version was worked out'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_export_to_a_folder_that_is_not_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "archive.jsonl"
    assert main(["export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {target}: ") and "No such file or directory" in err


def test_ingest_of_a_folder_without_letters_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("# not a letter\n")
    (tmp_path / "response.docx").write_bytes(b"PK\x03\x04")
    assert main(["ingest", "--no-progress", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: no letters found in {tmp_path}") and ".pdf" in err


def test_help_examples_line_up(capsys: pytest.CaptureFixture[str]) -> None:
    """`commentletters --help` shows each example's explanation in one column."""
    with pytest.raises(SystemExit):
        main(["--help"])
    examples = capsys.readouterr().out.split("examples:\n", 1)[1].splitlines()
    columns = {len(line) - len(line.split("  ", 2)[-1].lstrip()) for line in examples if line.strip()}
    assert len(columns) == 1, examples


def test_reparse_names_the_letter_it_could_not_read(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--no-progress", str(ADM_2017)]) == 0
    sha = hashlib.sha256((ADM_2017 / "filings/0000000000-17-044885/filename1.pdf").read_bytes()).hexdigest()
    raw = data_dir / "raw" / sha[:2] / f"{sha}.pdf"
    raw.unlink()  # the data folder lost a document (moved, restored from an old backup ...)
    capsys.readouterr()
    assert main(["reparse", "--no-progress", "--workers", "1"]) == 2
    out, err = capsys.readouterr()
    assert "1 failed" in out
    assert "failed: 0000000000-17-044885" in err and "No such file or directory" in err and raw.name in err


def test_export_of_an_empty_archive_says_why_it_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "holds no letters yet" in err and "commentletters ingest" in err
