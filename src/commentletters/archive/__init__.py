"""The archive: a Django app storing letters, threads and ingest runs (SQLite or PostgreSQL).

Call :func:`setup_django` before importing the models outside a Django project (the CLI does).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from .. import config
from .locks import one_at_a_time

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
            from django.core.management import call_command

            with one_at_a_time("migrate"):
                call_command("migrate", interactive=False, verbosity=0)
            _migrated = True
