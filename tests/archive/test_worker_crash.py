"""A file that kills its parsing process (a crash in pdfium or lexbor, the out-of-memory killer) or
hangs it is answered as failed, and every other file is still parsed, in order: the ingest does not
stop (or wait forever) at the same file on every run. The pool here runs a stand-in for the parser
that ends its own process, or never returns, when it reads a marked file; so does the parsing done in
the ingesting process itself (where no worker process can start)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from commentletters.archive.worker import Parsed, parse_file, parse_file_for_reparse, parse_here, parse_in_pool
from tests.conftest import SAMPLES

STAFF = SAMPLES / "sec-staff-letter-2014-11-17.txt"
COMPANY = SAMPLES / "company-response-2017-08-30.txt"

USES_DATABASE = False


def parse_unless_marked(path: str) -> Parsed:
    """A stand-in parser (run in the worker processes): ends its process on a file marked 'crash'."""
    if path.endswith("crash"):
        os._exit(70)
    if path.endswith("hang"):
        while True:
            time.sleep(1)
    return Parsed(path, sha256=path)


def test_the_files_a_crash_kills_are_failed_and_the_rest_parsed() -> None:
    paths = [f"file{i:02d}" + ("-crash" if i in (7, 31) else "") for i in range(40)]
    with parse_in_pool(parse_unless_marked, paths, workers=2, chunk=4) as answers:
        got = list(answers)
    assert [p.path for p in got] == paths
    assert [p.path for p in got if p.code == "crashed"] == ["file07-crash", "file31-crash"]
    assert all(p.sha256 == p.path for p in got if p.code is None)
    assert "ended its process" in (got[7].message or "")


def test_a_file_that_hangs_its_process_is_failed_after_the_time_limit() -> None:
    paths = [f"file{i:02d}" + ("-hang" if i == 5 else "") for i in range(12)]
    started = time.monotonic()
    with parse_in_pool(parse_unless_marked, paths, workers=2, chunk=2, seconds=1) as answers:
        got = list(answers)
    assert [p.path for p in got] == paths
    assert [p.path for p in got if p.code == "too_slow"] == ["file05-hang"]
    assert time.monotonic() - started < 60  # (ended by the limit, not by the test's own timeout)


def test_a_pool_without_crashes_answers_every_file_once() -> None:
    paths = [f"file{i:02d}" for i in range(25)]
    with parse_in_pool(parse_unless_marked, paths, workers=2, chunk=4) as answers:
        assert [p.path for p in answers] == paths


def test_a_file_that_hangs_in_this_process_is_failed_after_the_time_limit() -> None:
    """Where no pool can start, the ingest parses here: a hang is interrupted."""
    paths = ["file00", "file01-hang", "file02"]
    started = time.monotonic()
    got = list(parse_here(parse_unless_marked, paths, seconds=1))
    assert [p.path for p in got] == paths
    assert [p.code for p in got] == [None, "too_slow", None]
    assert "not read within 1 s" in (got[1].message or "")
    assert time.monotonic() - started < 30


def test_a_file_larger_than_the_memory_bound_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ingest and reparse workers read a file whole: one past the memory bound raised
    MemoryError in the ingesting process, which stopped there. It is too large for a letter anyway."""
    monkeypatch.setenv("COMMENTLETTERS_PARSE_MEMORY_MB", "300")
    huge = tmp_path / "huge.htm"
    with huge.open("wb") as file:
        file.truncate(400 * 1024 * 1024)  # (sparse: no disk taken)
    paths = [str(STAFF), str(huge)] + [str(COMPANY)] * 6
    with parse_in_pool(parse_file, paths, workers=2, chunk=4) as answers:
        got = list(answers)
    assert [p.path for p in got] == paths
    assert [p.code for p in got] == [None, "too_large"] + [None] * 6
    assert got[1].message == "419430400 bytes is more than the 67108864-byte limit for one letter"
    assert got[1].sha256 == hashlib.sha256(bytes(400 * 1024 * 1024)).hexdigest()  # (the ingest records it)
    assert got[0].letter is not None and len(got[0].letter["comments"]) == 16


def test_reparse_workers_send_no_raw_bytes_back(tmp_path: Path) -> None:
    """reparse keeps the raw file it has: its workers answer without the bytes they read."""
    letter = tmp_path / "letter.txt"
    letter.write_bytes((SAMPLES / "company-response-2017-08-30.txt").read_bytes())
    parsed = parse_file_for_reparse(str(letter))
    assert parsed.letter is not None and parsed.data is None and parsed.sha256
