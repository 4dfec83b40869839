"""Ctrl-C (or the caller's own error) ends a pool's run at once, and quietly: even when it ends a
worker in the middle of sending a result (the run is not left waiting for the rest of it for ever),
and while work is still queued (the pool's own thread, marking that work failed, raised on futures
the caller had cancelled).

The worker's half-sent result is written here on purpose (the pool's result pipe, found in the
worker's frames), at a moment the test chooses, instead of waiting for a real Ctrl-C to fall there."""

from __future__ import annotations

import os
import signal
import struct
import sys
import time
from multiprocessing import get_context
from pathlib import Path

from commentletters.pool import Bounds, bounded_map
from tests.own_process import run_code


def _send_half(folder: str, item: int) -> int:
    """Item 1 begins a result of 1,000 bytes on the result pipe, sends 10 of them and waits to be ended."""
    if item == 1:
        while not Path(folder, "go").exists():
            time.sleep(0.01)
        frame = sys._getframe()
        while frame.f_code.co_name != "_process_worker":  # (the pool's loop in the worker, which holds the pipe)
            assert frame.f_back is not None
            frame = frame.f_back
        os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
        Path(folder, "written").touch()
        time.sleep(600)
    return item


def _failed(item: int, code: str, message: str) -> int:
    return -1


def interrupt_while_a_worker_sends(folder: str) -> None:
    """The run: Ctrl-C once the first result is in and the second half sent (run in a process of its own)."""
    from functools import partial

    work = partial(_send_half, folder)
    try:
        with bounded_map(
            work, [0, 1, 2], _failed, workers=2, bounds=Bounds(seconds=0, memory_mb=0), context=get_context("fork")
        ) as answers:
            assert next(answers) == 0
            Path(folder, "go").touch()
            while not Path(folder, "written").exists():
                time.sleep(0.01)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("stopped")


def _slow_first(item: int) -> int:
    time.sleep(60 if item == 0 else 0)
    return item


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def interrupt_while_work_is_queued() -> None:
    """The run: one worker on the first of ten items, Ctrl-C while waiting for its result."""
    try:
        with bounded_map(
            _slow_first,
            list(range(10)),
            _failed,
            workers=1,
            bounds=Bounds(seconds=0, memory_mb=0),
            context=get_context("fork"),
        ) as answers:
            signal.signal(signal.SIGALRM, _interrupt)
            signal.setitimer(signal.ITIMER_REAL, 0.5)
            next(answers)
    except KeyboardInterrupt:
        print("stopped")


def test_ctrl_c_while_a_worker_sends_a_result_ends_the_run(tmp_path: Path) -> None:
    code = f"from tests.core.test_pool_stop import interrupt_while_a_worker_sends as run; run({str(tmp_path)!r})"
    assert run_code(code) == (0, "stopped\n", "")


def test_ctrl_c_while_work_is_queued_ends_the_run_without_a_traceback() -> None:
    code = "from tests.core.test_pool_stop import interrupt_while_work_is_queued as run; run()"
    assert run_code(code) == (0, "stopped\n", "")
