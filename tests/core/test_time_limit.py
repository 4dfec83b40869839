"""The time limit interrupts the work it guards, and only that: a result made in time is kept, an alarm
that comes once the work has returned is ignored, nothing is raised after the block.

The late alarms are forced (signal.raise_signal), not waited for: Python runs the handler right after
the call that raised it returns, in the frame that made the call, which is where a real alarm falling
due as the work returns is handled."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import pytest

from commentletters.time_limit import TimeUp, time_limit, within


@pytest.fixture(autouse=True)
def _no_alarm_left() -> Iterator[None]:
    """Each test leaves no timer running and SIGALRM's handler as it found it."""
    before = signal.getsignal(signal.SIGALRM)
    yield
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


def _parse() -> str:
    return "parsed"


def test_result_made_in_time_is_kept() -> None:
    assert within(60, _parse) == "parsed"


def test_alarm_after_the_work_returned_is_ignored() -> None:
    # the work (a C function) raises the alarm and returns; the handler runs after it, in within's frame
    assert within(60, signal.raise_signal, signal.SIGALRM) is None


def test_alarm_in_the_blocks_own_frame_after_its_work_is_ignored() -> None:
    with time_limit(60):
        result = _parse()
        signal.raise_signal(signal.SIGALRM)  # as if the alarm fell due just after the work returned
    assert result == "parsed"


def test_alarm_while_the_work_runs_interrupts_it() -> None:
    reached: list[str] = []

    def work() -> str:
        signal.raise_signal(signal.SIGALRM)
        reached.append("after the alarm")
        return "too late"

    with pytest.raises(TimeUp):
        within(60, work)
    assert reached == []


def test_work_past_the_limit_is_interrupted() -> None:
    def spin() -> str:
        end = time.monotonic() + 10
        while time.monotonic() < end:
            pass
        return "never interrupted"

    started = time.monotonic()
    with pytest.raises(TimeUp):
        within(0.05, spin)
    assert time.monotonic() - started < 5


def test_previous_handler_is_back_and_the_late_alarm_gone() -> None:
    seen: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: seen.append(signum))
    try:
        with time_limit(60):
            signal.raise_signal(signal.SIGALRM)  # put off by the limit, then dropped at its end
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        signal.raise_signal(signal.SIGALRM)  # the handler the block found is the one that answers now
        assert seen == [signal.SIGALRM]
    finally:
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("seconds", [0, -1])
def test_no_limit(seconds: float) -> None:
    assert within(seconds, _parse) == "parsed"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
