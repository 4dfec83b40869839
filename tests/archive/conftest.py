"""Archive tests: a fresh data folder per test; the database is pytest-django's test database
(SQLite in memory, or PostgreSQL when DATABASE_URL names a server — `make test` runs both)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.db import connection


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path: Path) -> Path:
    """Raw documents go to a temporary folder, never the user's data folder."""
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.django_db)


@pytest.fixture(autouse=True, scope="session")
def _database_reachable(django_db_setup, django_db_blocker) -> None:  # noqa: PT004
    """With DATABASE_URL set, a server that cannot be reached fails the run with how to start one."""
    if not os.environ.get("DATABASE_URL"):
        return
    with django_db_blocker.unblock():
        try:
            connection.ensure_connection()
        except Exception as exc:  # noqa: BLE001
            pytest.fail(
                f"DATABASE_URL is set but the database cannot be reached ({exc}); start PostgreSQL with "
                "`make postgres` (or .ci/postgres) and run `make unit-pg`",
                pytrace=False,
            )
