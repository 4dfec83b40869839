"""What a file that ended its worker's process is reported as: the alarm is too_slow; anything else
crashed, naming the signal and the memory bound that held (the system's, where it is lower); and which
item, if any, the ends of a broken pool's workers put the blame on."""

from __future__ import annotations

import resource
import signal

import pytest

from commentletters import pool
from commentletters.pool import Bounds


def test_the_alarm_is_too_slow() -> None:
    code, message = pool._death(-signal.SIGALRM, Bounds(seconds=7, memory_mb=2048))
    assert code == "too_slow" and "not read within 7 s" in message


def test_a_crash_names_its_signal_and_the_bound() -> None:
    code, message = pool._death(-signal.SIGABRT, Bounds(seconds=7, memory_mb=2048))
    assert code == "crashed" and "signal SIGABRT" in message and "2048 MB memory limit" in message


def test_a_lower_hard_limit_of_the_system_is_the_bound_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resource, "getrlimit", lambda which: (400 * 1024 * 1024, 400 * 1024 * 1024))
    _, message = pool._death(-signal.SIGABRT, Bounds(seconds=7, memory_mb=2048))
    assert "more than the 400 MB memory limit" in message


def test_no_bound_at_all_says_out_of_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resource, "getrlimit", lambda which: (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    _, message = pool._death(-signal.SIGKILL, Bounds(seconds=7, memory_mb=0))
    assert "signal SIGKILL" in message and "or out of memory" in message


SIGTERM, SIGALRM, SIGSEGV = -signal.SIGTERM, -signal.SIGALRM, -signal.SIGSEGV


@pytest.mark.parametrize(
    ("ends", "readers", "deaths"),
    [
        ({11: SIGALRM, 12: SIGTERM}, {11: 4, 12: 5}, {4: SIGALRM}),  # (12: ended by the pool)
        ({11: SIGSEGV, 12: 70}, {11: 4, 12: 7}, {4: SIGSEGV, 7: 70}),  # (two at once)
        ({11: SIGTERM, 12: SIGTERM}, {11: 4, 12: 5}, None),  # (who broke the pool?)
        ({11: SIGSEGV, 12: SIGTERM}, {11: -1, 12: 5}, None),  # (dead between two items)
        ({11: SIGSEGV, 12: SIGTERM}, {12: 5}, None),  # (no row on the board)
        ({11: None, 12: SIGTERM}, {11: 4, 12: 5}, None),  # (not ended)
    ],
)
def test_the_items_that_ended_a_worker(
    ends: dict[int, int | None], readers: dict[int, int], deaths: dict[int, int] | None
) -> None:
    assert pool._deaths(ends, readers) == deaths
