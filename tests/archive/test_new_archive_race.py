"""Commands started at the same moment on a data folder with no archive yet (`serve` in one terminal,
`ingest` in another): each creates the schema or waits for the one creating it; none ends in a
traceback about tables that already exist."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS

USES_DATABASE = False  # the commands make their own archive in a temporary folder


def start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["COMMENTLETTERS_DATA_DIR"] = str(data_dir)
    return subprocess.Popen(
        [sys.executable, "-m", "commentletters.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def test_three_commands_create_one_archive(tmp_path: Path) -> None:
    ended = [finish(p) for p in [start(tmp_path, "stats", "--json") for _ in range(3)]]
    assert [(code, "Traceback" in err) for code, _, err in ended] == [(0, False)] * 3, ended
    assert {json.loads(out)["letters"] for _, out, _ in ended} == {0}


def test_two_ingests_into_a_new_archive(tmp_path: Path) -> None:
    glw, meta = CORPUS / "sec/GLW", CORPUS / "sec/META"
    ended = [finish(p) for p in [start(tmp_path, "ingest", "--no-progress", str(glw), str(meta)) for _ in range(2)]]
    assert all("Traceback" not in err for _, _, err in ended), ended
    assert [code for code, _, _ in ended] == [0, 0], ended  # one waits for the other (ingest.lock)
    assert sorted(" 0 added" in out for _, out, _ in ended) == [False, True], ended  # the second finds all stored
    code, out, _ = finish(start(tmp_path, "ingest", "--no-progress", str(glw), str(meta)))
    assert code == 0 and " 0 added" in out
