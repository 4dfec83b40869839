"""A worker that dies breaks the pool; what the run pays for it. The item that ended the worker is
known from the pool's board and its worker's end, not read again: a file that hangs costs one time
limit, not two, and one that crashes is read once. Results received before the break are kept, not
read again; the other workers' items go to a new pool, which may break in its turn. (Results sent in
the moment between the death and the pool's end of the other workers are lost with the pool: those
items are read again.)

The work here stands for the parser: it notes each call in a file per item (so the test counts how
often each item was read), then hangs, crashes or answers as its item says."""

from __future__ import annotations

import os
import signal
import time
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from commentletters.pool import Bounds, bounded_map

FORK = get_context("fork")
FORKSERVER = get_context("forkserver")  # (what the ingest uses)


def _work(folder: str, plan: dict[int, str], item: int) -> int:
    """Item ``item`` read: "hang", "segv" and "term" end the process (the alarm, SIGSEGV, a SIGTERM of
    its own); "slow once" takes 30 s the first time (another worker's end then ends this one); "after 1", the first
    time, waits until item 1 has been begun, then half a second."""
    with Path(folder, str(item)).open("a") as calls:
        calls.write("read\n")
    what = plan.get(item)
    if what == "hang" or (what == "slow once" and _calls(folder, item) == 1):
        time.sleep(30)
    if what == "after 1" and _calls(folder, item) == 1:  # (the first time: once item 1 has been begun, and a while)
        while _calls(folder, 1) == 0:
            time.sleep(0.01)
        time.sleep(0.5)
    if what in ("segv", "term"):
        os.kill(os.getpid(), signal.SIGSEGV if what == "segv" else signal.SIGTERM)
        time.sleep(30)
    return item * 10


def _failed(item: int, code: str, message: str) -> str:
    return f"{code}: {message}"


def _calls(folder: str | Path, item: int) -> int:
    path = Path(folder, str(item))
    return len(path.read_text().splitlines()) if path.exists() else 0


def _run(folder: Path, plan: dict[int, str], items: int, **options: object) -> tuple[list[int | str], float]:
    """The results of a pool over ``range(items)``, and the seconds it took."""
    options = {"workers": 2, "bounds": Bounds(seconds=30, memory_mb=0), "context": FORK} | options
    started = time.monotonic()
    with bounded_map(partial(_work, str(folder), plan), range(items), _failed, **options) as answers:  # type: ignore[arg-type]
        got: list[int | str] = list(answers)
    return got, time.monotonic() - started


def test_a_file_that_hangs_costs_one_time_limit(tmp_path: Path) -> None:
    got, seconds = _run(tmp_path, {3: "hang"}, 8, bounds=Bounds(seconds=2, memory_mb=0))
    assert got[:3] == [0, 10, 20] and got[4:] == [40, 50, 60, 70]
    assert got[3] == "too_slow: not read within 2 s; the file was skipped and the rest went on"
    assert _calls(tmp_path, 3) == 1
    assert seconds < 1.7 * 2  # (reading it again alone took a second time limit)


def test_a_file_that_crashes_is_read_once(tmp_path: Path) -> None:
    got, _ = _run(tmp_path, {2: "segv"}, 8, context=FORKSERVER)
    assert isinstance(got[2], str) and got[2].startswith("crashed: reading this file ended its process (signal SIGSEGV")
    assert got[:2] + got[3:] == [0, 10, 30, 40, 50, 60, 70]
    assert _calls(tmp_path, 2) == 1  # (the others may be read twice: see the docstring above)


def test_results_received_before_a_break_are_not_read_again(tmp_path: Path) -> None:
    """One worker is slow on item 0 while the other reads items 1 to 5, then dies on item 6: items 1
    to 5 were answered before the break. Item 0, its worker ended by the pool, is read again."""
    got, _ = _run(tmp_path, {0: "slow once", 6: "segv"}, 10, context=FORKSERVER)
    assert got[:6] + got[7:] == [0, 10, 20, 30, 40, 50, 70, 80, 90]
    assert isinstance(got[6], str) and got[6].startswith("crashed:")
    assert [_calls(tmp_path, item) for item in range(10)] == [2, 1, 1, 1, 1, 1, 1, 1, 1, 1]


def test_a_new_pool_that_breaks_again_is_recovered_in_its_turn(tmp_path: Path) -> None:
    """Item 1 breaks the first pool at once; item 9 the next one. (The other worker waits at item 2 until item 1
    has been begun: on a busy machine it went on to item 9 before the first pool broke, was ended by the pool while
    reading it, and item 9 was read again, as an item whose reading the pool ended is.)"""
    got, _ = _run(tmp_path, {1: "segv", 2: "after 1", 9: "segv"}, 12, chunk=2, context=FORKSERVER)
    assert [item for item, answer in enumerate(got) if str(answer).startswith("crashed:")] == [1, 9]
    assert [answer for answer in got if isinstance(answer, int)] == [0, 20, 30, 40, 50, 60, 70, 80, 100, 110]
    assert _calls(tmp_path, 1) == _calls(tmp_path, 9) == 1


def test_an_end_the_board_cannot_explain_is_found_by_reading_alone(tmp_path: Path) -> None:
    """A worker ended by a SIGTERM looks like those the pool ends after a break: no end tells which
    item broke the pool, so the first items left are read again, each in a process of its own. (One
    worker: the items before were answered before it died.)"""
    got, _ = _run(tmp_path, {4: "term"}, 8, workers=1)
    assert got[4] == (
        "crashed: reading this file ended its process (signal SIGTERM: a crash in the PDF or HTML library, "
        "or out of memory); the file was skipped and the rest went on"
    )
    assert got[:4] + got[5:] == [0, 10, 20, 30, 50, 60, 70]
    assert _calls(tmp_path, 4) == 2
