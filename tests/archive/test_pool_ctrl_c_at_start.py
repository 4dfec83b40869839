"""Ctrl-C while a pool starts (the first second of an ingest or reparse) ends the command alone, and
quietly: neither the fork server the workers come from, still importing the parser then, nor a worker
half started prints a traceback after the command's own word; the command stops once the pool has
started, and ends its workers.

Ctrl-C reaches every process of the terminal's group: the run here sends it to its own group while
its fork server imports a module that takes three seconds."""

from __future__ import annotations

import os
import signal
import threading
from multiprocessing import get_context

from commentletters.pool import Bounds, bounded_map
from tests.own_process import run_code

USES_DATABASE = False


def _same(item: int) -> int:
    return item


def _failed(item: int, code: str, message: str) -> int:
    return -1


def ctrl_c_while_the_pool_starts() -> None:
    """The run (in a process of its own, standing for the command)."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["tests.archive.slow_import"])
    threading.Timer(1.0, os.killpg, (0, signal.SIGINT)).start()
    try:
        with bounded_map(_same, [1, 2, 3], _failed, workers=2, bounds=Bounds(memory_mb=0), context=context) as answers:
            print(list(answers))
    except KeyboardInterrupt:
        print("stopped")


def test_ctrl_c_while_the_pool_starts_stops_the_command_quietly() -> None:
    code = "from tests.archive.test_pool_ctrl_c_at_start import ctrl_c_while_the_pool_starts as run; run()"
    assert run_code(code, timeout=60) == (0, "stopped\n", "")
