"""Reading files in worker processes that a hostile file cannot take down with the caller.

Letters are untrusted input. pdfium and lexbor are C libraries: a file that crashes one of them
ends the process reading it, one that hangs it is not interrupted by a Python signal handler, and
a PDF of 200 KB whose page holds twenty million text operators makes pdfium allocate gigabytes.
So the files are read in worker processes, each with a bound on its address space (an allocation
past it fails: Python raises MemoryError, pdfium aborts its process) and an alarm per file whose
default action ends the process, even inside a C call.

A worker that dies breaks the pool: the pool ends the other workers (SIGTERM) and fails every
result it has not received. Each worker notes on a board in shared memory which item it is reading,
so the end of each tells what happened without reading anything again: a worker ended by the alarm
was too slow on its item, one ended otherwise (not by the pool's SIGTERM) crashed on it; the items
of the workers the pool ended, and those not yet begun, go to a new pool, and results received
before the break are kept. Where an end is not explained so (a worker dead between two items, or
ended by a SIGTERM not the pool's), the first items not answered are read again one at a time, each
in a process of its own, whose end tells the same: slower, but always right. Imports no Django.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing import get_context, resource_tracker
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from .config import parse_memory_mb
from .time_limit import PARSE_SECONDS, TimeUp, within

try:
    import resource
except ImportError:  # (not on Windows: no memory bound there)
    resource = None  # type: ignore[assignment]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Bounds:
    """What one worker may take: seconds per file (0: no limit), MB of address space (0: no
    bound) and how much lower its scheduling priority is than the caller's."""

    seconds: int = PARSE_SECONDS
    memory_mb: int = field(default_factory=parse_memory_mb)  # COMMENTLETTERS_PARSE_MEMORY_MB
    nice: int = 0


Failed = Callable[[T, str, str], R]  # (the item, a code, a message) → the caller's failure value


@contextmanager
def bounded_map(
    work: Callable[[T], R],
    items: Sequence[T],
    failed: Failed[T, R],
    *,
    workers: int,
    chunk: int = 1,
    bounds: Bounds | None = None,
    context: BaseContext | None = None,
) -> Iterator[Iterator[R]]:
    """``work`` over ``items`` in a pool of ``workers`` processes, started at once; the results in
    order, a file that ended its process answered by ``failed`` (code "too_slow" or "crashed").

    ``work`` and the items must pickle (a module's function, or a dataclass of them). The context
    defaults to forkserver (safe in a process with threads or database connections).
    """
    run = _PoolRun(work, items, failed, workers, chunk, bounds or Bounds(), context or get_context("forkserver"))
    try:
        run.start(range(len(items)))  # (in here: Ctrl-C while the workers start ends those started)
        yield run.answers()
    except BaseException:  # (Ctrl-C, or the caller's own error: work still queued is not waited for)
        run.stop()
        raise
    finally:
        if run.pool is not None:
            run.pool.shutdown(cancel_futures=True)


def in_this_process(work: Callable[[T], R], items: Sequence[T], failed: Failed[T, R], seconds: int) -> Iterator[R]:
    """``work`` over ``items`` here, where no worker process can start (no shared-memory semaphores in
    some sandboxes): a file past ``seconds`` fails ("too_slow") and the next is read. Nothing bounds
    the memory, and a C call that hangs is not interrupted (:func:`commentletters.time_limit.within`)."""
    for item in items:
        try:
            yield within(seconds, work, item)
        except TimeUp:
            yield failed(item, "too_slow", f"not read within {seconds} s; the file was skipped and the rest went on")


class _PoolRun(Generic[T, R]):
    """One :func:`bounded_map`: its pool (a new one after a break), the chunks it is reading, and
    the results received but not yet given out, by item index."""

    def __init__(
        self,
        work: Callable[[T], R],
        items: Sequence[T],
        failed: Failed[T, R],
        workers: int,
        chunk: int,
        bounds: Bounds,
        context: BaseContext,
    ) -> None:
        self.work, self.items, self.failed = _Alarmed(work, bounds.seconds), items, failed
        self.workers, self.chunk, self.bounds, self.context = workers, chunk, bounds, context
        self.pool: ProcessPoolExecutor | None = None
        self.board: _Board | None = None
        self.processes: Mapping[int, BaseProcess] = {}
        self.chunks: deque[tuple[list[int], Future[list[R]]]] = deque()
        self.answered: dict[int, R] = {}

    def start(self, todo: Sequence[int]) -> None:
        """A new pool, its workers started at once, the items ``todo`` (indices, in order) submitted
        a chunk at a time. (Not Executor.map: it cancels the futures left when its iterator ends, and
        after a worker dies the pool's own thread, marking them failed meanwhile, then raised
        InvalidStateError.)"""
        with _ctrl_c_held():
            self.board = _Board(self.context, self.workers)  # (a new one: a worker ended may hold the lock)
            self.pool = ProcessPoolExecutor(
                self.workers, self.context, initializer=_prepare, initargs=(self.bounds, self.board)
            )
            for _ in range(self.workers):  # (all workers start now, not at the first real task)
                self.pool.submit(_ready)
            self.processes = self.pool._processes  # (the pool's own: it forgets them at its end)
            parts = [list(todo[i : i + self.chunk]) for i in range(0, len(todo), self.chunk)]
            self.chunks = deque(
                (part, self.pool.submit(_chunk, self.work, part, [self.items[i] for i in part])) for part in parts
            )

    def answers(self) -> Iterator[R]:
        for index in range(len(self.items)):
            while index not in self.answered:  # (it is in the first chunk left)
                part, future = self.chunks[0]
                try:
                    results = future.result()
                except BrokenProcessPool:
                    self._recover()
                    continue
                self.chunks.popleft()
                self.answered.update(zip(part, results, strict=True))
            yield self.answered.pop(index)

    def _recover(self) -> None:
        """After a break: the results the pool received kept, the items whose reading ended a worker
        answered as failed (or, where that is not known for sure, the first items left read alone),
        and a new pool for the rest. (A chunk that raised is read again, and raises again there.)"""
        assert self.pool is not None and self.board is not None
        self.pool.shutdown(cancel_futures=True)  # (returns once the pool's thread has joined its workers)
        for part, future in self.chunks:
            if future.done() and not future.cancelled() and future.exception() is None:
                self.answered.update(zip(part, future.result(), strict=True))
        todo = [index for part, _ in self.chunks for index in part if index not in self.answered]
        ends = {pid: process.exitcode for pid, process in self.processes.items()}
        deaths = _deaths(ends, self.board.readers())
        if deaths is None:
            for index in todo[: self.chunk * self.workers]:
                self.answered[index] = self._alone(self.items[index])
        else:
            for index, exitcode in deaths.items():
                self.answered[index] = self.failed(self.items[index], *_death(exitcode, self.bounds))
        self.chunks.clear()
        todo = [index for index in todo if index not in self.answered]
        if todo:
            self.start(todo)

    def stop(self) -> None:
        """End the workers now, whatever they are doing (the pool then shuts down at once).

        One ended while it was sending a result leaves a part of it in the pool's result pipe: the
        pool's own thread then waits for the rest for ever, and the shutdown for that thread (Ctrl-C
        hung the run so). This process's end of the pipe is closed once the workers are gone, so that
        the thread reads the pipe's end instead and stops."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)
            if process.exitcode is None:  # (not ended by SIGTERM within 5 s)
                process.kill()
                process.join()
        results = getattr(self.pool, "_result_queue", None)
        if results is not None:
            results._writer.close()

    def _alone(self, item: T) -> R:
        """``work(item)`` in a process of its own; ``failed`` with why, if the process dies."""
        receive, send = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_run_alone, args=(self.work, item, self.bounds, send))  # type: ignore[attr-defined]
        process.start()
        send.close()
        try:
            raised, result = receive.recv()
        except EOFError:  # it died before answering
            process.join()
            return self.failed(item, *_death(process.exitcode, self.bounds))
        except BaseException:  # (Ctrl-C: it is not waited for)
            process.terminate()
            raise
        finally:
            receive.close()
        process.join()
        if raised:
            raise result
        return result  # type: ignore[no-any-return]


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C while a pool starts, answered (KeyboardInterrupt) once it has started.

    Ctrl-C reaches the whole process group. A fork server imports its modules before it ignores
    Ctrl-C, and a worker half started when the caller stops reads queues the caller has removed: both
    printed a traceback after the command's "interrupted". The processes started here inherit
    SIGINT blocked, and keep it (a worker ignores it anyway: the caller ends the workers)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    resource_tracker.ensure_running()  # (first: starting the tracker unblocks SIGINT)
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if held:
        signal.raise_signal(signal.SIGINT)


def _death(exitcode: int | None, bounds: Bounds) -> tuple[str, str]:
    """The failure code and message for a process that ended with ``exitcode`` before answering."""
    if exitcode == -signal.SIGALRM:
        return "too_slow", f"not read within {bounds.seconds} s; the file was skipped and the rest went on"
    how = f"signal {signal.Signals(-exitcode).name}" if exitcode and exitcode < 0 else f"exit status {exitcode}"
    bound = _memory_bound_mb(bounds)
    limit = f"more than the {bound} MB memory limit" if bound else "out of memory"
    return (
        "crashed",
        f"reading this file ended its process ({how}: a crash in the PDF or HTML library, or {limit}); "
        "the file was skipped and the rest went on",
    )


def _deaths(ends: Mapping[int, int | None], readers: Mapping[int, int]) -> dict[int, int] | None:
    """The items whose reading ended a worker, by index, with the worker's exit code, from the exit
    code of each worker of a broken pool (by pid) and the item each was reading (:meth:`_Board.readers`).
    None unless every end is explained: by the pool's SIGTERM of the workers left (those items were
    not to blame), or while reading an item. (Not explained: a worker dead between two items, or one
    SIGTERM ended whose end broke the pool, the pool's SIGTERM then ending the others.)"""
    deaths: dict[int, int] = {}
    for pid, exitcode in ends.items():
        if exitcode == -signal.SIGTERM:
            continue
        index = readers.get(pid, -1)
        if exitcode is None or index < 0:
            return None
        deaths[index] = exitcode
    return deaths or None


def _memory_bound_mb(bounds: Bounds) -> int:
    """The workers' memory bound as it holds: the setting's, or the system's hard limit where that is
    lower (workers inherit it); 0 for none."""
    hard = resource.getrlimit(resource.RLIMIT_AS)[1] if resource is not None else -1
    system = hard // (1024 * 1024) if hard not in (-1, getattr(resource, "RLIM_INFINITY", -1)) else 0
    bounds_mb = [mb for mb in (bounds.memory_mb, system) if mb]
    return min(bounds_mb) if bounds_mb else 0


@dataclass(frozen=True, slots=True)
class _Alarmed(Generic[T, R]):
    """``work`` with a time limit, run in a worker process: SIGALRM, left to its default action, ends
    the process when the limit passes (a Python handler would wait for a hung C call to return)."""

    work: Callable[[T], R]
    seconds: int

    def __call__(self, item: T) -> R:
        signal.alarm(self.seconds)
        try:
            return self.work(item)
        finally:
            signal.alarm(0)


def _prepare(bounds: Bounds, board: _Board | None = None) -> None:
    """Each worker's start: its row on the pool's board, its memory bound and its scheduling
    priority. Ctrl-C reaches the whole process group; a worker leaves it to the caller, which ends
    the workers (an interrupt inside a worker can leave a lock of the pool's queues taken, and the
    other workers waiting for ever)."""
    if board is not None:
        board.sit()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # (a forked worker may inherit a Python handler)
    if bounds.memory_mb and resource is not None:
        limit = bounds.memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)  # (a lower hard limit stands)
        with suppress(ValueError, OSError, OverflowError):  # (past what the system can hold: no bound)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    if bounds.nice:
        with suppress(OSError):  # not allowed here: work at the same priority
            os.nice(bounds.nice)


class _Board:
    """Which item each worker of a pool is reading, in memory the workers share with the caller: a
    row per worker, its pid and 1 + the index of the item it is reading (0: none). Read by the caller
    once the workers have ended, to tell which item ended which worker (:func:`_deaths`). The lock is
    taken only to claim a row: a worker the pool ends while it holds the lock keeps it for ever."""

    def __init__(self, context: BaseContext, workers: int) -> None:
        try:
            shared = context.Array("q", 2 * workers)
        except ImportError as exc:  # (no semaphores in this Python: said as ProcessPoolExecutor says it)
            raise NotImplementedError(str(exc)) from exc
        self.lock = shared.get_lock()
        self.cells: Any = shared.get_obj()  # (ints, read and written without the lock)

    def sit(self) -> None:
        """In a worker, at its start: the first free row taken (none if the board is full)."""
        global _seat
        with self.lock:
            free = [row for row in range(0, len(self.cells), 2) if not self.cells[row]]
            if free:
                self.cells[free[0]] = os.getpid()
                _seat = (self.cells, free[0] + 1)

    def readers(self) -> dict[int, int]:
        """By pid, the index of the item each worker was reading (-1: none)."""
        cells = self.cells[:]
        return {cells[row]: cells[row + 1] - 1 for row in range(0, len(cells), 2) if cells[row]}


_seat: tuple[Any, int] | None = None  # (in a worker: its board's cells, and the cell for its item)


def _reading(index: int) -> None:
    """In a worker: the item it now reads, on its board (-1: none)."""
    if _seat is not None:
        cells, cell = _seat
        cells[cell] = index + 1


def _ready() -> None:
    """The warm-up task of a new pool."""


def _chunk(work: Callable[[T], R], indices: Sequence[int], items: Sequence[T]) -> list[R]:
    """A worker's task: ``work`` over a few items, each one's index on the board while it is read
    (and none between two, when an end would not be the item's doing)."""
    results = []
    for index, item in zip(indices, items, strict=True):
        _reading(index)
        try:
            results.append(work(item))
        finally:  # (an item whose work raised is not to blame for a later end of its worker)
            _reading(-1)
    return results


def _run_alone(work: Callable[[Any], Any], item: Any, bounds: Bounds, send: Connection) -> None:
    """The body of a process of its own (:meth:`_PoolRun._alone`): the result or what was raised."""
    _prepare(bounds)  # (no board: its end is its item's)
    try:
        answer: tuple[bool, Any] = (False, work(item))
    except Exception as exc:  # (raised again in the caller, as the pool would)
        answer = (True, exc)
    send.send(answer)
    send.close()
