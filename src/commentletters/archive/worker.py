"""Parsing in worker processes: bytes in, Letter JSON out. Imports no Django.

Kept apart from the ingest service so that a process pool can import it cheaply (the workers load
only the core, see :func:`_context`), and so that the database is only ever touched by the one
writing process. The pool itself, and its bounds on a hostile file, are :mod:`commentletters.pool`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from ..core import LetterError, extract, parse_letter
from ..core.calendar import requested_date
from ..core.faults import describe
from ..letter_file import read_letter_file
from ..pool import Bounds, bounded_map, in_this_process
from ..time_limit import PARSE_SECONDS
from .storage import write_file

# How much lower the workers' priority is than the writer's. The ingest is bound by its one writer
# (and the database server), not by parsing: the pool parses ahead of it from the start. On a
# machine with few cores, workers at equal priority take CPU the writer then waits for; at a lower
# one they parse with what it leaves.
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
        asked = None
        if letter.subkind == "extension_request":
            asked = requested_date(extract(data, path).text(), letter.date)
    except LetterError as exc:
        return Parsed(path, data, sha, code=exc.code, message=exc.message)
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not stop the batch
        return Parsed(path, data, sha, code="parser_error", message=describe(exc))
    return Parsed(path, data, sha, letter=letter.to_json(), requested_date=asked)


def parse_file(path: str) -> Parsed:
    """Parse one file; one larger than a letter may be is not read whole (see
    :mod:`commentletters.letter_file`), its digest taken as it streams."""
    try:
        data = read_letter_file(path)
    except OSError as exc:
        return Parsed(path, code="not_readable", message=exc.strerror or str(exc))
    except LetterError as exc:
        sha = None
        with suppress(OSError), open(path, "rb") as file:
            sha = hashlib.file_digest(file, "sha256").hexdigest()
        return Parsed(path, sha256=sha, code=exc.code, message=exc.message)
    return parse_bytes(path, data)


def parse_file_for_reparse(path: str) -> Parsed:
    """:func:`parse_file` without the bytes: ``reparse`` keeps the raw file it has, so they are not
    sent back from the worker (a whole archive's letters through the pool's pipe)."""
    parsed = parse_file(path)
    parsed.data = None
    return parsed


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
    """``work`` over ``paths`` in a pool of ``workers`` processes (:func:`commentletters.pool.bounded_map`),
    started at once; the results in order. A file that ends its worker's process (a crash in pdfium
    or lexbor, more memory than the workers' bound, more than ``seconds``) fails alone, as
    "crashed" or "too_slow", and the others are parsed.
    """
    bounds = Bounds(seconds=seconds, nice=WORKER_NICENESS)
    with bounded_map(work, paths, _failed, workers=workers, chunk=chunk, bounds=bounds, context=_context()) as answers:
        yield answers


def _failed(path: str, code: str, message: str) -> Parsed:
    return Parsed(path, code=code, message=message)


def _context() -> BaseContext:
    """Workers forked from a server process that imported only this module (so the core, no Django):
    like "spawn", no worker inherits a database connection or Django's state, but the imports are
    paid once, in the server, not once per worker."""
    context = get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def parse_here(work: Callable[[str], Parsed], paths: list[str], seconds: int = PARSE_SECONDS) -> Iterator[Parsed]:
    """``work`` over ``paths`` in this process, where no worker can start (see :func:`parse_in_pool`)."""
    return in_this_process(work, paths, _failed, seconds)
