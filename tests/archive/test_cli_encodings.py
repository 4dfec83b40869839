"""Commands print letters on a terminal or pipe whose encoding is not UTF-8 (a Latin-1 locale,
PYTHONIOENCODING=ascii) without failing: JSON in ASCII with JSON's escapes (the same data), CSV
as UTF-8, readable text with backslash escapes. Before, the first curly quote ended the command
with UnicodeEncodeError. Each case runs the real command in a fresh process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import corpus_file

USES_DATABASE = False  # the commands open their own archive in a temporary data folder

# Square's answer of 2018-10-18: curly quotes and bullets throughout
LETTER = "sec/XYZ/XYZ_0000000000-18-025443/filings/0001193125-18-302160/filename1.htm"
# lululemon's answer of 2017: four numbered answers with curly quotes
NUMBERED = "sec/LULU/LULU_0000000000-17-023016/filings/0001397187-17-000031/filename1.htm"


def run(args: list[str], encoding: str, data_dir: Path) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTHONIOENCODING")}
    env = {**clean, "PYTHONIOENCODING": encoding, "COMMENTLETTERS_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "commentletters.cli", *args], env=env, capture_output=True, timeout=120, check=False
    )


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_parse_json_is_the_same_data_in_ascii(tmp_path: Path, encoding: str) -> None:
    path = str(corpus_file(LETTER))
    plain = run(["parse", "--json", path], "utf-8", tmp_path)
    narrow = run(["parse", "--json", path], encoding, tmp_path)
    assert plain.returncode == narrow.returncode == 0, narrow.stderr.decode()
    assert max(narrow.stdout) < 128
    assert json.loads(narrow.stdout) == json.loads(plain.stdout.decode("utf-8"))
    assert "\u2019" in json.loads(narrow.stdout)["whole_answer"]["text"]


def test_readable_parse_escapes_what_the_terminal_lacks(tmp_path: Path) -> None:
    done = run(["parse", str(corpus_file(LETTER))], "ascii", tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Company\\u2019s unique position" in done.stdout and b"Traceback" not in done.stderr


def test_export_in_both_formats_on_an_ascii_stream(tmp_path: Path) -> None:
    given = [str(corpus_file(LETTER)), str(corpus_file(NUMBERED))]
    assert run(["ingest", "--no-progress", *given], "ascii", tmp_path).returncode == 0
    jsonl = run(["export"], "ascii", tmp_path)
    assert jsonl.returncode == 0, jsonl.stderr.decode()
    records = {r["company"]: r for r in map(json.loads, jsonl.stdout.splitlines())}
    assert (
        max(jsonl.stdout) < 128 and "Company\u2019s unique position" in records["Square, Inc."]["whole_answer"]["text"]
    )
    table = run(["export", "--format", "csv"], "ascii", tmp_path)
    assert table.returncode == 0, table.stderr.decode()
    rows = {r["company"]: r for r in csv.DictReader(io.StringIO(table.stdout.decode("utf-8")))}
    answers = json.loads(rows["lululemon athletica inc."]["responses"])
    assert len(answers) == 4 and all("\u2019" in a["text"] for a in answers)
