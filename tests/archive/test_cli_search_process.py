"""`commentletters search` in a fresh process, as people run it: on its own SQLite archive, with a
standard output whose encoding is not UTF-8 (letters are full of curly quotes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import corpus_file

USES_DATABASE = False  # the commands open their own archive in a temporary data folder

AGILENT = "sec/A/A_0000000000-16-092800"


def _run(args: list[str], data_dir: Path, encoding: str = "utf-8") -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTHONIOENCODING", "NO_COLOR")}
    env = {**clean, "PYTHONIOENCODING": encoding, "COMMENTLETTERS_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "commentletters.cli", *args], env=env, capture_output=True, timeout=300, check=False
    )


def test_search_in_a_fresh_process_on_an_ascii_terminal(tmp_path: Path) -> None:
    empty = _run(["search", "Syria"], tmp_path)
    assert empty.returncode == 1 and b"ingest or sync first" in empty.stderr
    assert _run(["ingest", "--no-progress", str(corpus_file(AGILENT))], tmp_path).returncode == 0
    # Agilent's answer 1: "... the U.S. Treasury Department’s Office of Foreign Assets Control ..."
    text = _run(["search", '"Treasury Department"', "--type", "answer"], tmp_path, "ascii")
    assert text.returncode == 0, text.stderr.decode()
    assert text.stdout.startswith(b"1 company answer matches\n")
    assert b"\nAgilent Technologies (A) - 2016-09-23 - 10-K - company answer 1\n" in text.stdout
    assert b"[Treasury Department]\\u2019s" in text.stdout and b"Traceback" not in text.stderr
    rows = _run(["search", '"Treasury Department"', "--json"], tmp_path, "ascii")
    assert rows.returncode == 0 and max(rows.stdout) < 128
    (row,) = [json.loads(line) for line in rows.stdout.splitlines()]
    assert "Treasury Department\u2019s Office of Foreign Assets Control" in row["text"]
    assert rows.stderr == b"1 comment or answer matches\n"
