"""The archive: a Django app storing letters, threads and ingest runs (SQLite or PostgreSQL).

Call :func:`setup_django` before importing the models outside a Django project (the CLI does).
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import config

_configured = False
_migrated = False
_lock = threading.Lock()


def setup_django(*, migrate: bool = True) -> None:
    """Configure Django with ``commentletters.web.settings`` and bring the database schema up to date.

    Idempotent and cheap after the first call. Migrating on start keeps "install, then run a
    command" working with no separate database step. ``migrate=False`` only configures (a later
    call without it still migrates): the ingest command creates a new archive while it parses.
    """
    global _configured, _migrated
    with _lock:
        if not _configured:
            config.require_valid()
            config.ensure_data_dir()  # before Django keeps its secret key there
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "commentletters.web.settings")
            import django
            from django.apps import apps
            from django.conf import settings

            if not apps.ready:
                django.setup()
            if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
                Path(settings.DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
            _configured = True
        if migrate and not _migrated:
            from django.conf import settings
            from django.core.management import call_command

            with one_at_a_time(Path(settings.DATA_DIR) / "migrate.lock"):
                call_command("migrate", interactive=False, verbosity=0)
            _migrated = True


@contextmanager
def one_at_a_time(lock: Path, waiting: str | None = None) -> Iterator[None]:
    """Commands on one data folder that must not overlap run one after the other: commands started
    together on a new archive (`serve` and `ingest`) create its schema in turn (the second then finds
    every migration applied, instead of failing on tables the first has just made), and two ingests
    write in turn (the second then finds the first's letters stored). ``waiting`` is said on stderr when
    another holds the lock. An advisory ``flock``: the kernel drops it if the holder dies."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting:
                print(waiting, file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
