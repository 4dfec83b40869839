"""`commentletters parse` reads each file in a worker process bounded in memory and time: a hostile
file fails alone ("crashed", "too_slow") and every other file is read, in argument order. Run here as
users run it, in a fresh process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest

import commentletters.commands.reading as reading
from commentletters.cli import main
from tests.conftest import CORPUS, SAMPLES
from tests.core.pdfs import make_pdf_bomb

STAFF = SAMPLES / "sec-staff-letter-2014-11-17.txt"
COMPANY = SAMPLES / "company-response-2017-08-30.txt"


def _parse(*args: str, memory_mb: str = "2048") -> tuple[int, list[dict[str, object]], str]:
    env = {**os.environ, "COMMENTLETTERS_PARSE_MEMORY_MB": memory_mb}
    proc = subprocess.run(
        [sys.executable, "-m", "commentletters", "parse", "--json", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()], proc.stderr


def test_a_pdf_that_unpacks_into_gigabytes_fails_alone_under_the_memory_bound(tmp_path: Path) -> None:
    """Two million operators take pdfium over a GB (twenty million took 13 GB before the bound)."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(make_pdf_bomb(2_000_000))
    assert bomb.stat().st_size < 100_000
    status, out, err = _parse(str(STAFF), str(bomb), str(COMPANY), memory_mb="300")
    assert status == 2
    assert [x["source"] for x in out] == [str(STAFF), str(bomb), str(COMPANY)]
    assert out[1]["error"] == {
        "code": "crashed",
        "message": "reading this file ended its process (signal SIGABRT: a crash in the PDF or HTML library, "
        "or more than the 300 MB memory limit); the file was skipped and the rest went on",
    }
    assert len(out[0]["comments"]) == 16 and len(out[2]["responses"]) == 5  # type: ignore[arg-type]
    assert "Traceback" not in err


def test_several_workers_print_the_letters_in_argument_order() -> None:
    files = [str(COMPANY), str(STAFF)] * 5
    one = _parse("--workers", "1", *files)
    two = _parse("--workers", "2", *files)
    assert one[0] == two[0] == 0
    assert [x["source"] for x in two[1]] == files
    assert one[1] == two[1]  # (the company letter's answers paired with the staff letter's in both)


def test_a_bad_memory_bound_is_refused_with_what_to_set() -> None:
    status, out, err = _parse(str(STAFF), memory_mb="lots")
    assert status == 1 and out == []
    assert "COMMENTLETTERS_PARSE_MEMORY_MB must be a number of MB" in err and "Traceback" not in err


def test_where_no_worker_can_start_the_files_are_read_here(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some sandboxes have no shared-memory semaphores, so no process pool: the run still works."""

    def no_pool(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(reading, "bounded_map", no_pool)
    assert main(["parse", "--json", str(STAFF), str(COMPANY)]) == 0
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [len(out[0]["comments"]), len(out[1]["responses"])] == [16, 5]
    assert "note: reading in this process (worker processes cannot start here" in captured.err


def _still_running(group: int) -> list[str]:
    """The processes of a process group still alive a moment after its leader ended (workers left
    behind would be among them; multiprocessing's resource tracker, which ends once the command has
    ended, was seen still ending)."""
    deadline = time.monotonic() + 3
    while True:
        out = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(group)], capture_output=True, text=True).stdout
        left = [line for line in out.splitlines() if line.split()[1:2] != ["Z"]]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def _wait_for_sigint_handler(pid: int) -> None:
    """Until the process catches SIGINT (Python's handler, set as the interpreter starts), read from
    /proc/<pid>/status: on a loaded machine the interpreter's start took more than the shortest delay,
    and the signal's default action ended the process (status -2) before Python could see it."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with suppress(FileNotFoundError):
            status = Path(f"/proc/{pid}/status").read_text()
            caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
            if int(caught.split()[1], 16) & (1 << (signal.SIGINT - 1)):
                return
        time.sleep(0.01)
    raise AssertionError("the command never caught SIGINT")


@pytest.mark.parametrize("delay", [0.4, 0.9, 1.4])
def test_ctrl_c_ends_the_run_and_its_workers_at_once(delay: float) -> None:
    """Ctrl-C reaches every process of the terminal's group. A worker interrupted inside the pool's
    queue could leave its lock taken, and the run waited for ever with its workers; now the workers
    leave Ctrl-C to the command, which ends them and says "interrupted" (exit status 130)."""
    letters = sorted(str(p) for p in (CORPUS / "sec").glob("*/*/filings/*/filename1.*"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "commentletters", "parse", "--json", "--workers", "2", *letters * 4],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    _wait_for_sigint_handler(proc.pid)  # (before it, Ctrl-C ends any program: the interpreter is not running yet)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        left = _still_running(proc.pid)
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    # (Ctrl-C 0.4 s in on a busy machine falls while the command imports its modules: "interrupted" was said, then
    # the interpreter's own exit ended the process by SIGINT, -2, about one run in fifteen, until the command ended
    # itself there: cli.interrupted_while_importing)
    assert (proc.returncode, err.strip()) == (130, "interrupted")
    assert left == []


def test_a_file_larger_than_the_memory_bound_fails_alone_as_too_large(tmp_path: Path) -> None:
    """A 400 MB file read whole under a 300 MB bound raised MemoryError outside the parser, and the
    run stopped with a traceback; the parser refuses past 64 MB anyway, so no more is read."""
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.truncate(400 * 1024 * 1024)  # (sparse: no disk taken)
    status, out, err = _parse(str(STAFF), str(huge), str(COMPANY), memory_mb="300")
    assert status == 2 and "Traceback" not in err
    assert [x["source"] for x in out] == [str(STAFF), str(huge), str(COMPANY)]
    assert out[1]["error"] == {
        "code": "too_large",
        "message": "419430400 bytes is more than the 67108864-byte limit for one letter",
    }
    assert len(out[0]["comments"]) == 16 and len(out[2]["responses"]) == 5  # type: ignore[arg-type]


def test_a_memory_bound_larger_than_the_system_can_hold_is_no_bound() -> None:
    """Setting it raised OverflowError in every worker: each file was reported "crashed"."""
    status, out, err = _parse(str(STAFF), str(COMPANY), memory_mb="99999999999999")
    assert status == 0 and "Traceback" not in err
    assert len(out[0]["comments"]) == 16 and len(out[1]["responses"]) == 5  # type: ignore[arg-type]
