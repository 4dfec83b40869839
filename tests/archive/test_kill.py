"""An ingest killed with SIGKILL mid-run loses nothing and duplicates nothing when run again.

Runs the real command in a child process on a real SQLite file (not the test database), kills it
once letters have started to land, runs it again, and compares with an uninterrupted run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS
from tests.search_rows import HELD, INTEGRITY_CHECK, WANT

USES_DATABASE = False  # no test database: a child process with its own SQLite file

COMPANIES = [CORPUS / "sec" / t for t in ("ADM", "AFL", "ALL", "AMT")]


def run_ingest(data: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"COMMENTLETTERS_DATA_DIR": str(data)}
    cmd = [sys.executable, "-m", "commentletters", "ingest", "--no-progress", "--workers", "1", *map(str, COMPANIES)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def letters_so_far(db: Path) -> int:
    try:
        return count(db, "SELECT count(*) FROM archive_letter")
    except sqlite3.Error:
        return 0


def index_off_step(db: Path) -> int:
    """How many search index entries differ from what the archive's rows say (SQLite's triggers;
    migration 0006), but for the rows noted for re-indexing; FTS5's own integrity check must pass too."""
    want, doc = WANT, HELD
    with sqlite3.connect(db) as conn:
        conn.execute(INTEGRITY_CHECK)
    noted = "WHERE (kind, id) NOT IN (SELECT kind, id FROM archive_searchdirty)"
    return count(
        db,
        f"SELECT (SELECT count(*) FROM ({doc} EXCEPT {want}) {noted}) "
        f"+ (SELECT count(*) FROM ({want} EXCEPT {doc}) {noted}) + (SELECT count(*) FROM archive_searchlater)",
    )


def test_sigkill_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    assert run_ingest(whole).wait(timeout=300) == 0
    expected = count(whole / "commentletters.sqlite3", "SELECT count(*) FROM archive_letter")

    killed = tmp_path / "killed"
    db = killed / "commentletters.sqlite3"
    child = run_ingest(killed)
    deadline = time.monotonic() + 120
    while letters_so_far(db) < 3 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    assert child.poll() is None, "the run ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = letters_so_far(db)
    assert 0 < partial < expected
    assert index_off_step(db) == 0

    assert run_ingest(killed).wait(timeout=300) == 0
    assert count(db, "SELECT count(*) FROM archive_letter") == expected
    assert count(db, "SELECT count(DISTINCT key) FROM archive_letter") == expected
    assert index_off_step(db) == 0 and count(db, "SELECT count(*) FROM archive_searchdirty") == 0
    assert count(db, "SELECT count(*) FROM archive_searchdoc") > 0
    assert count(db, "SELECT count(*) FROM archive_comment") == count(
        whole / "commentletters.sqlite3", "SELECT count(*) FROM archive_comment"
    )
    assert (
        count(db, "SELECT count(*) FROM archive_letter WHERE raw_id NOT IN (SELECT id FROM archive_rawdocument)") == 0
    )


def test_ctrl_c_says_what_to_do_next(tmp_path: Path) -> None:
    """Ctrl-C half-way: no traceback, exit status 130, and the line says the run can be picked up again
    (which the rerun does: it ends with every letter of an uninterrupted run)."""
    db = tmp_path / "commentletters.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"COMMENTLETTERS_DATA_DIR": str(tmp_path)}
    cmd = [sys.executable, "-m", "commentletters", "ingest", "--workers", "1", *map(str, COMPANIES)]
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while letters_so_far(db) < 3 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    assert child.poll() is None, "the run ended before it could be interrupted"
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == (
        "interrupted: what was stored is kept; run the same ingest again to finish (it skips what is stored)"
    )
    assert subprocess.run(cmd, env=env, capture_output=True, check=False, timeout=300).returncode == 0
    assert letters_so_far(db) == count(db, "SELECT count(DISTINCT key) FROM archive_letter") > 3
