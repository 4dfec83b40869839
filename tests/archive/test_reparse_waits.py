"""A reparse waits for an ingest of the same archive (and the other way round): both replace letters'
parts and re-thread companies, so they hold one lock. Here the test holds it, as a running ingest
would, and the reparse says it waits, then runs once the lock is free."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS

USES_DATABASE = False  # commands in processes of their own, on a SQLite archive of the test's


def _command(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"COMMENTLETTERS_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "commentletters.cli", *args, "--no-progress"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_reparse_waits_for_an_ingest(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _command(data, "ingest", str(CORPUS / "sec/GLW"))
    assert first.communicate(timeout=300)[0].startswith("17 files: 17 added"), first.returncode
    with open(data / "ingest.lock", "a", encoding="utf-8") as held:  # what a running ingest holds
        fcntl.flock(held, fcntl.LOCK_EX)
        reparse = _command(data, "reparse")
        assert reparse.stderr is not None
        assert reparse.stderr.readline().strip() == "waiting for another ingest or reparse of this archive to end"
        time.sleep(1)
        assert reparse.poll() is None  # still waiting
        fcntl.flock(held, fcntl.LOCK_UN)
    out, err = reparse.communicate(timeout=300)
    assert reparse.returncode == 0, err
    assert out.startswith("17 letters re-parsed, 0 failed")
