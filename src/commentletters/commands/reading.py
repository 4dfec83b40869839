"""How ``commentletters parse`` reads its files: in worker processes, each bounded, in order.

A letter is untrusted input, and one hostile file must not end the run or swamp the machine: each
file is read in a worker process with a bound on its memory and its time (:mod:`commentletters.pool`),
so a crash, a hang or a decompression bomb in pdfium fails that file alone ("crashed", "too_slow")
and the others are read. The workers are forked from this process, which has imported only the
core: one costs a few milliseconds, so even a single file is read this way. A run of many files is
read by several workers at once, in argument order all the same.

Where worker processes cannot start (no shared-memory semaphores in some sandboxes), the files are
read in this process, with the time limit of :mod:`commentletters.time_limit`, and a note says so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import partial
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext

from ..core import Letter, LetterError, parse_letter
from ..core.faults import describe_or_raise
from ..letter_file import read_letter_file
from ..pool import Bounds, bounded_map, in_this_process

Item = tuple[str, bytes | None]  # a FILE argument, and its bytes when not read from disk by the worker
Result = Letter | dict[str, str]  # the letter, or the error's code and message


def read_item(item: Item) -> Result:
    """The parsed letter, or the error's code and message (run in a worker, or here)."""
    name, given = item
    data = _file_bytes(name) if given is None else given
    if isinstance(data, dict):
        return data
    try:
        return parse_letter(data, name)
    except LetterError as exc:
        return {"code": exc.code, "message": exc.message}
    except Exception as exc:  # a fault in the parser: this file fails, the others are read
        return {"code": "parser_error", "message": describe_or_raise(exc)}


def _file_bytes(name: str) -> bytes | dict[str, str]:
    """The bytes of a file on disk, or why it cannot be read (one larger than a letter may be is not
    read whole: see :mod:`commentletters.letter_file`)."""
    try:
        return read_letter_file(name)
    except IsADirectoryError:
        return {
            "code": "not_readable",
            "message": f"a folder, not a letter file (to archive a folder: commentletters ingest {name})",
        }
    except OSError as exc:
        return {"code": "not_readable", "message": exc.strerror or str(exc)}
    except LetterError as exc:
        return {"code": exc.code, "message": exc.message}


def _failed(seconds: int, item: Item, code: str, message: str) -> Result:
    """A file that ended its worker's process, or ran past the time limit here."""
    if code == "too_slow":
        message = (
            f"not read within {seconds} s (a real letter takes a fraction of a second); "
            "raise --time-limit to give it longer"
        )
    return {"code": code, "message": message}


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@contextmanager
def read_all(items: list[Item], workers: int, seconds: int) -> Iterator[Iterator[Result]]:
    """The results of ``items``, in order, read in at most ``workers`` bounded worker processes."""
    bounds = Bounds(seconds=seconds)
    workers = max(1, min(workers, len(items)))
    with ExitStack() as stack:
        try:
            answers = stack.enter_context(
                bounded_map(
                    read_item, items, partial(_failed, seconds), workers=workers, bounds=bounds, context=_context()
                )
            )
        except (OSError, NotImplementedError) as exc:
            print(f"note: reading in this process (worker processes cannot start here: {exc})", file=sys.stderr)
            answers = in_this_process(read_item, items, partial(_failed, seconds), seconds)
        yield answers


def _context() -> BaseContext:
    """Fork this process on Linux: it has imported little more than the core, so a worker starts in
    milliseconds with nothing to load again. (The command runs no threads of its own; CPython holds
    its import lock across a fork.) Elsewhere fork is unsafe or missing: a fork server, or spawn."""
    methods = get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods:
        return get_context("fork")
    return get_context("forkserver" if "forkserver" in methods else "spawn")


def with_progress(results: Iterator[Result], total: int) -> Iterable[Result]:
    """The results, with a progress bar on a terminal when reading them takes more than a second."""
    if total < 2 or not sys.stderr.isatty():
        return results
    from tqdm import tqdm  # (only here: a single letter starts without it)

    tqdm.monitor_interval = 0  # (no monitor thread: a pool restarted after a crash forks this process)
    bar: Iterable[Result] = tqdm(
        results, total=total, unit="letter", file=sys.stderr, desc="parse", delay=1, leave=False
    )
    return bar
