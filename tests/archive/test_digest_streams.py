"""The ingest takes each file's sha256 before parsing (to skip what it has): as the file streams, so a
file of hundreds of MB (which the parser then refuses as too large) is not held in its memory."""

from __future__ import annotations

import hashlib
from pathlib import Path

from commentletters.archive.sources import Source
from commentletters.archive.writer import digest
from tests.conftest import SAMPLES
from tests.own_process import run_code

USES_DATABASE = False


def test_the_digest_is_the_sha256_of_the_bytes() -> None:
    path = SAMPLES / "company-response-2017-08-30.txt"
    assert digest(Source(path)) == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_larger_than_the_memory_left_is_digested(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as file:
        file.truncate(400 * 1024 * 1024)  # (sparse: no disk used)
    code = (
        "import os, resource\n"
        "from pathlib import Path\n"
        f"os.environ['COMMENTLETTERS_DATA_DIR'] = {str(tmp_path / 'data')!r}\n"
        "os.environ.pop('DATABASE_URL', None)\n"
        "from commentletters.archive import setup_django\n"
        "setup_django(migrate=False)\n"
        "from commentletters.archive.sources import Source\n"
        "from commentletters.archive.writer import digest\n"
        "resource.setrlimit(resource.RLIMIT_AS, (300 * 1024 * 1024, resource.RLIM_INFINITY))\n"
        f"print(digest(Source(Path({str(big)!r}))))\n"
    )
    status, out, err = run_code(code, timeout=120)
    assert status == 0, err
    assert out.strip() == hashlib.sha256(b"\0" * (400 * 1024 * 1024)).hexdigest()
