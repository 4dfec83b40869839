"""The sliding window: ten a second, counted from when each answer began, shared through its file."""

from __future__ import annotations

from pathlib import Path

from commentletters.edgar.ratelimit import SlidingWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_the_eleventh_request_waits_for_the_first_to_be_a_second_old() -> None:
    clock = FakeClock()
    window = SlidingWindow(clock=clock, sleep=clock.sleep)
    for _ in range(10):
        window.answered(window.acquire())
    assert clock.slept == []
    window.acquire()
    assert clock.slept == [1.0]


def test_a_slow_answer_counts_from_when_it_came() -> None:
    clock = FakeClock()
    window = SlidingWindow(clock=clock, sleep=clock.sleep)
    first = window.acquire()
    clock.now += 0.4  # the first answer begins 0.4 s later: it may have reached the server only then
    window.answered(first)
    for _ in range(9):
        window.answered(window.acquire())
    window.acquire()
    assert clock.slept == [1.0]  # until 1000.4 + 1.0, not 1000.0 + 1.0
    assert clock.now == 1001.4


def test_two_clients_on_one_file_share_the_budget(tmp_path: Path) -> None:
    clock = FakeClock()
    first = SlidingWindow(tmp_path / "rate.sqlite", clock=clock, sleep=clock.sleep)
    for _ in range(10):
        first.answered(first.acquire())
    first.close()
    second = SlidingWindow(tmp_path / "rate.sqlite", clock=clock, sleep=clock.sleep)
    second.acquire()
    assert clock.slept == [1.0]
