"""Two machines of a team share one archive database, each with its own data folder: two ingests
started together there wait for each other (a PostgreSQL advisory lock; on SQLite, a lock file beside
the database) instead of both creating the schema or storing the same letters.

The test runs in both passes of `make test`: on the SQLite pass the shared database is a SQLite file
named by DATABASE_URL; on the PostgreSQL pass (DATABASE_URL names a server) it is a new database
made on that server for the test and dropped after it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from tests.conftest import CORPUS


@pytest.fixture
def shared_url(tmp_path: Path) -> Iterator[str]:
    """DATABASE_URL of an empty database of the kind this pass tests."""
    db = settings.DATABASES["default"]
    if "postgresql" not in db["ENGINE"]:
        yield f"sqlite:///{tmp_path / 'shared' / 'archive.sqlite3'}"
        return
    import psycopg

    name = f"cl_shared_{uuid.uuid4().hex[:12]}"
    server = {
        "host": db["HOST"] or None,
        "port": db["PORT"] or None,
        "user": db["USER"],
        "password": db["PASSWORD"],
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        port = db["PORT"] or 5432
        yield f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:{port}/{name}"
    finally:
        _drop(psycopg, server, name)


def _drop(psycopg: Any, server: dict[str, Any], name: str) -> None:
    """Drop the test database. FORCE may not end a backend another role holds there (an autovacuum worker the
    server started on the new database): it is tried again once that has gone, for a few seconds."""
    for attempt in range(10):
        try:
            with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == 9:
                raise
            time.sleep(0.5)


def ingest(data_dir: Path, url: str, *paths: Path) -> subprocess.Popen[str]:
    env = os.environ | {"COMMENTLETTERS_DATA_DIR": str(data_dir), "DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "commentletters.cli", "ingest", "--no-progress", *map(str, paths)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_machines_ingest_into_one_database(tmp_path: Path, shared_url: str) -> None:
    letters = (CORPUS / "sec/GLW", CORPUS / "sec/META")
    started = [ingest(tmp_path / f"machine{k}", shared_url, *letters) for k in (1, 2)]
    ended = [(p.returncode, out, err) for p in started for out, err in [p.communicate(timeout=300)]]
    assert all("Traceback" not in err for _, _, err in ended), ended
    assert [code for code, _, _ in ended] == [0, 0], ended
    outs = sorted(out for _, out, _ in ended)
    assert outs[0].startswith("41 files: 0 added") and "41 unchanged" in outs[0], ended  # the one that waited
    assert outs[1].startswith("41 files: 41 added"), ended
    waited = [err for _, _, err in ended if "waiting for another ingest or reparse of this archive" in err]
    assert len(waited) <= 1, ended  # said by the second, when it started while the first held the lock
    # the second parsed nothing, but keeps the originals in its own data folder too (for its letter pages)
    held = [sorted(p.name for p in (tmp_path / f"machine{k}" / "raw").rglob("*") if p.is_file()) for k in (1, 2)]
    assert len(held[0]) == 41 and held[0] == held[1]
