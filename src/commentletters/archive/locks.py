"""Commands that must not overlap on one archive run one after the other.

Two commands started together on a new archive (``serve`` and ``ingest``) would both create its
schema; two ingests would both store the same letters. So migrating and ingesting each hold a lock
named for the work ("migrate", "ingest"; a reparse holds the ingest's) while they run, and a second
command waits for the first: it then finds every migration applied, and the first's letters stored.

- SQLite: an advisory ``flock`` on a file beside the database file (``<name>.lock``), which every
  process on the machine that opens that database sees.
- PostgreSQL: the same file lock in the data folder, and a PostgreSQL advisory lock in the
  archive's database, which processes on other machines sharing the database (a team's archive)
  see too.

Both are dropped when their holder dies, even by SIGKILL: the kernel drops the one, the server
the other when the connection ends.
"""

from __future__ import annotations

import fcntl
import hashlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["WAITING", "one_at_a_time"]

# said by an ingest or a reparse that waits for the other (they hold the same lock, "ingest")
WAITING = "waiting for another ingest or reparse of this archive to end"


@contextmanager
def one_at_a_time(name: str, waiting: str | None = None) -> Iterator[None]:
    """Hold the archive's lock ``name`` while the block runs (Django configured); ``waiting`` is said
    on stderr, once, when another command holds it."""
    from django.conf import settings
    from django.db import connection

    said: list[bool] = []

    def wait() -> None:
        if waiting and not said:
            print(waiting, file=sys.stderr, flush=True)
            said.append(True)

    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        folder = Path(connection.settings_dict["NAME"]).parent
    else:
        folder = Path(settings.DATA_DIR)
    with _file_lock(folder / f"{name}.lock", wait):
        if connection.vendor != "postgresql":
            yield
            return
        with _advisory_lock(name, wait):
            yield


@contextmanager
def _file_lock(path: Path, wait: Callable[[], None]) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def lock_key(name: str) -> int:
    """The advisory lock's number: a signed 64-bit key derived from the name, the same everywhere."""
    digest = hashlib.blake2b(f"commentletters.{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def _advisory_lock(name: str, wait: Callable[[], None]) -> Iterator[None]:
    """A session-level advisory lock on Django's connection (advisory locks belong to one database,
    so archives in other databases of the server do not wait for each other)."""
    from django.db import connection

    key = lock_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        row = cursor.fetchone()
        if not (row and row[0]):
            wait()
            cursor.execute("SELECT pg_advisory_lock(%s)", [key])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
