"""Parsing in worker processes: bytes in, Letter JSON out. Imports no Django.

Kept apart from the ingest service so that a process pool can import it cheaply (the workers load
only the core, see :func:`start_pool`), and so that the database is only ever touched by the one
writing process.
"""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ..core import LetterError, extract, parse_letter
from ..core.calendar import requested_date
from ..time_limit import PARSE_SECONDS, TimeUp, time_limit
from .storage import write_file

# How much lower the workers' priority is than the writer's (see _yield_to_writer).
WORKER_NICENESS = 10


@dataclass(slots=True)
class Parsed:
    """What a worker sends back for one file."""

    path: str
    data: bytes | None = None
    sha256: str | None = None
    letter: dict[str, Any] | None = None
    requested_date: str | None = None
    code: str | None = None
    message: str | None = None
    size: int | None = None
    raw_path: str | None = None  # where parse_and_store kept the bytes, relative to the data folder


def parse_bytes(path: str, data: bytes) -> Parsed:
    """Parse one document's bytes; never raises for a bad letter (the failure is in the result)."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        letter = parse_letter(data, path)
    except LetterError as exc:
        return Parsed(path, data, sha, code=exc.code, message=exc.message)
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not stop the batch
        return Parsed(path, data, sha, code="parser_error", message=f"{type(exc).__name__}: {exc}"[:500])
    asked = None
    if letter.subkind == "extension_request":
        asked = requested_date(extract(data, path).text(), letter.date)
    return Parsed(path, data, sha, letter=letter.to_json(), requested_date=asked)


def parse_file(path: str) -> Parsed:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Parsed(path, code="not_readable", message=exc.strerror or str(exc))
    return parse_bytes(path, data)


def parse_and_store(path: str, root: str) -> Parsed:
    """Parse one file and, if it is a letter, store its bytes under the data folder ``root``.

    Done here, in the worker, so that the writing process only inserts rows; the bytes are not sent
    back (only their size and where they are).
    """
    parsed = parse_file(path)
    if parsed.letter is not None and parsed.data is not None and parsed.sha256 is not None:
        parsed.raw_path = write_file(Path(root), parsed.data, parsed.sha256, Path(path).suffix)
        parsed.size, parsed.data = len(parsed.data), None
    return parsed


@contextmanager
def parse_in_pool(
    work: Callable[[str], Parsed], paths: list[str], workers: int, chunk: int, seconds: int = PARSE_SECONDS
) -> Iterator[Iterator[Parsed]]:
    """``work`` over ``paths`` in a pool of ``workers`` processes, started at once; the results in order.

    A worker that dies (a crash in pdfium or lexbor on a hostile file, or the kernel's out-of-memory
    killer) breaks the pool; so does one that takes more than ``seconds`` on a file (a hang: an alarm
    ends its process, even inside the PDF or HTML library). The files the pool had not yet answered
    for are then read again: the first ``chunk * workers`` of them one at a time, each in a process of
    its own, so that a file that kills its process is answered as failed ("crashed") instead of
    stopping the ingest at the same file on every run; the rest in a new pool.
    """
    run = _PoolRun(_Bounded(work, seconds), paths, workers, chunk)
    try:
        yield run.answers()
    finally:
        run.pool.shutdown(cancel_futures=True)


class _PoolRun:
    """One :func:`parse_in_pool`: its pool (a new one after a break) and the results still to come."""

    def __init__(self, work: Callable[[str], Parsed], paths: list[str], workers: int, chunk: int) -> None:
        self.work, self.paths, self.workers, self.chunk = work, paths, workers, chunk
        self.pool = start_pool(workers)
        self.results = self.pool.map(work, paths, chunksize=chunk)  # (submitted now: parsing starts)

    def answers(self) -> Iterator[Parsed]:
        done = 0
        while True:
            try:
                for parsed in self.results:
                    done += 1
                    yield parsed
                return
            except BrokenProcessPool:
                self.pool.shutdown(cancel_futures=True)
                for path in self.paths[done : done + self.chunk * self.workers]:
                    parsed = _alone(self.work, path)
                    done += 1
                    yield parsed
                if done >= len(self.paths):
                    return
                self.pool = start_pool(self.workers)
                self.results = self.pool.map(self.work, self.paths[done:], chunksize=self.chunk)


@dataclass(frozen=True, slots=True)
class _Bounded:
    """``work`` with a time limit, run in a worker process: SIGALRM, left to its default action, ends
    the process when the limit passes (a Python handler would wait for a hung C call to return)."""

    work: Callable[[str], Parsed]
    seconds: int

    def __call__(self, path: str) -> Parsed:
        signal.alarm(self.seconds)
        try:
            return self.work(path)
        finally:
            signal.alarm(0)


def bounded_here(work: Callable[[str], Parsed], seconds: int = PARSE_SECONDS) -> Callable[[str], Parsed]:
    """``work`` in this process with a time limit: a file that takes longer fails ("too_slow") and the
    caller goes on with the next (the pool's bound, :class:`_Bounded`, ends a worker's process instead)."""

    def bounded(path: str) -> Parsed:
        try:
            with time_limit(seconds):
                return work(path)
        except TimeUp:
            return Parsed(
                path, code="too_slow", message=f"not read within {seconds} s; the file was skipped and the rest went on"
            )

    return bounded


def _alone(work: Callable[[str], Parsed], path: str) -> Parsed:
    """``work(path)`` in a process of its own; a failure saying so if the process dies."""
    with start_pool(1) as pool:
        try:
            return pool.submit(work, path).result()
        except BrokenProcessPool:
            return Parsed(
                path,
                code="crashed",
                message="reading this file ended its process (a crash or a hang in the PDF or HTML library, "
                "or out of memory); the file was skipped and the ingest went on",
            )


def start_pool(workers: int) -> ProcessPoolExecutor:
    """Parsing processes, started now so that they get ready while the caller does other work.

    They are forked from a server process that imported only this module (so the core, no Django):
    like "spawn", no worker inherits a database connection or Django's state, but the imports are
    paid once, in the server, not once per worker. Each worker is asked for a first no-op task so
    that all of them start at once rather than at the first real task.
    """
    context = get_context("forkserver")
    context.set_forkserver_preload([__name__])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_yield_to_writer)
    for _ in range(workers):
        pool.submit(_ready)
    return pool


def _ready() -> None:
    """The warm-up task of :func:`start_pool`."""


def _yield_to_writer() -> None:
    """Each worker's start: a lower scheduling priority (nice +10) than the writing process.

    The ingest is bound by its one writer (and the database server), not by parsing: the pool
    parses ahead of it from the start. On a machine with few cores, workers at equal priority
    take CPU the writer then waits for; at a lower one they parse with what it leaves.
    """
    with suppress(OSError):  # not allowed here: parse at the same priority
        os.nice(WORKER_NICENESS)
