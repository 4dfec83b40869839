"""A time limit on work done in this process (one letter's parsing in ``parse`` or a small ingest).

The parser is linear in its input and a real letter takes a tenth of a second, but a file nobody
has seen may still find a slow path; a batch must go on past it. Worker processes have their own
bound, which ends the process (``archive.worker``); here the work is interrupted instead, which
works in Python code, not inside a C call that never returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Seconds one file may take (the slowest real letter takes a tenth of a second; a hostile one at
# the 64 MB limit about a minute).
PARSE_SECONDS = 180


class TimeUp(BaseException):
    """The time limit passed. A BaseException, so that no ``except Exception`` (the parser's stages
    passing over their faults) takes it for its own."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise :class:`TimeUp` in the block once ``seconds`` have passed; no limit when ``seconds`` is 0,
    off the main thread, or where the platform has no SIGALRM."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
