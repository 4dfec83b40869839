"""Archive tests: a fresh data folder per test; the database is pytest-django's test database
(SQLite in memory, or PostgreSQL when DATABASE_URL names a server — `make test` runs both)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings as django_settings

HERE = Path(__file__).parent


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path: Path) -> Path:
    """Raw documents go to a temporary folder, never the user's data folder."""
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Archive tests use the database (and so run in the PostgreSQL pass too), except in modules
    that say ``USES_DATABASE = False``."""
    for item in items:
        module = getattr(item, "module", None)
        if HERE in Path(str(item.path)).parents and getattr(module, "USES_DATABASE", True):
            item.add_marker(pytest.mark.django_db)


@pytest.fixture
def search_letters(capsys: pytest.CaptureFixture[str]) -> None:
    """A small archive of real letters for the search command (tests/archive/search_letters.py)."""
    from tests.archive.search_letters import ingest_threads

    ingest_threads()
    capsys.readouterr()  # what ingest printed


@pytest.fixture(scope="session")
def _postgres_reachable() -> None:
    """With DATABASE_URL naming PostgreSQL, an unreachable server fails the run saying how to start one."""
    db = django_settings.DATABASES["default"]
    if "postgresql" not in db["ENGINE"]:
        return
    import psycopg

    try:
        psycopg.connect(
            host=db["HOST"] or None,
            port=db["PORT"] or None,
            user=db["USER"],
            password=db["PASSWORD"],
            dbname="postgres",
            connect_timeout=5,
        ).close()
    except psycopg.Error as exc:
        pytest.fail(
            f"DATABASE_URL names a PostgreSQL server that cannot be reached ({str(exc).strip()}). "
            "Start one with `.ci/postgres` (installs Debian's postgresql, starts it, prints the URL) "
            "and run `make unit-pg`.",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def django_db_setup(_postgres_reachable, django_db_setup):  # noqa: F811 - wraps pytest-django's fixture
    """pytest-django's test database, after checking the server is there."""
    yield
