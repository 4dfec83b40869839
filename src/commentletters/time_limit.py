"""A time limit on work done in this process (one letter's parsing in ``parse`` or a small ingest).

The parser is linear in its input and a real letter takes under half a second, but a file nobody
has seen may still find a slow path; a batch must go on past it. Worker processes have their own
bound, which ends the process (``archive.worker``); here the work is interrupted instead, which
works in Python code, not inside a C call that never returns.

The alarm (SIGALRM) is exact about what it interrupts: Python runs a signal's handler between two
steps of whatever frame is running, so an alarm due just as the work returns would otherwise be
raised after the result was made (and reported as too slow), or while the limit is being lifted
(out of the guarded block). The handler raises :class:`TimeUp` only inside the calls the guarded
block makes; an alarm that comes while the block's own frame runs (before its call, or after it
returned) is put off by a moment, and one that comes once the block is done is dropped.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import ParamSpec, TypeAlias, TypeVar

# Seconds one file may take (the slowest real letter, 1.7 MB, under half a second; a hostile one at
# the 64 MB limit about a minute).
PARSE_SECONDS = 180
_PUT_OFF = 0.001  # seconds an alarm that came between the block's own steps waits to come again

P = ParamSpec("P")
T = TypeVar("T")
_Handler: TypeAlias = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class TimeUp(BaseException):
    """The time limit passed. A BaseException, so that no ``except Exception`` (the parser's stages
    passing over their faults) takes it for its own."""


def within(seconds: float, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``work(*args, **kwargs)``'s result, or :class:`TimeUp` if it had not returned after ``seconds``
    (no limit when 0, off the main thread, or where the platform has no SIGALRM). A result made in
    time is returned even when the alarm falls due as ``work`` returns."""
    with time_limit(seconds):
        return work(*args, **kwargs)


class time_limit:  # (named as the function it was: ``with time_limit(seconds):``)
    """Raise :class:`TimeUp` in what the block calls once ``seconds`` have passed.

    The block's own statements are not interrupted, the calls it makes are: ``with
    time_limit(5): return work(path)`` ends in TimeUp only while ``work`` runs (see the module's
    docstring); :func:`within` is that block. No limit when ``seconds`` is 0, off the main thread,
    or where the platform has no SIGALRM.
    """

    __slots__ = ("seconds", "_block", "_done", "_previous")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._block: FrameType | None = None  # the frame running the with statement, while it does
        self._done = False
        self._previous: _Handler = None

    def __enter__(self) -> None:
        if (
            self.seconds <= 0
            or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
        ):
            return
        self._block = sys._getframe(1)
        self._previous = signal.signal(signal.SIGALRM, self._alarm)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._block is None:
            return
        self._done = True  # from here on an alarm is dropped (see _alarm)
        signal.setitimer(signal.ITIMER_REAL, 0)
        # an alarm delivered before the timer was stopped has had its handler run by now (after the call
        # above, in this frame): the previous handler takes over with none pending
        signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)
        self._block = None

    def _alarm(self, signum: int, frame: FrameType | None) -> None:
        """Raise TimeUp where the block's work runs; put the alarm off where the block's own frame or
        this object's methods run (the work is not running there: not yet, or no longer); drop it
        once the block is done."""
        if self._done:
            return
        if frame is None or frame is self._block or frame.f_code in _OWN_CODE:
            signal.setitimer(signal.ITIMER_REAL, _PUT_OFF)  # (stopped by __exit__ if the work is over)
            return
        raise TimeUp


_OWN_CODE = frozenset(f.__code__ for f in (time_limit.__enter__, time_limit.__exit__, time_limit._alarm))
