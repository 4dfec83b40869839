"""Django settings for Comment Letters, read from the environment via :mod:`commentletters.config`.

SQLite in the data folder unless ``DATABASE_URL`` names a PostgreSQL database. Web-specific
settings (templates, static files, urls) are added by the web app.
"""

from __future__ import annotations

import dj_database_url

from commentletters import config

config.require_valid()

DATA_DIR = config.data_dir()  # created on first use by the archive (setup_django), not on import

SECRET_KEY = "commentletters-local-only"  # noqa: S105 - local tool; the web app overrides for deployment
DEBUG = False
ALLOWED_HOSTS: list[str] = ["localhost", "127.0.0.1"]
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "commentletters.archive",
]

_url = config.get("DATABASE_URL")
if _url:
    DATABASES = {"default": dj_database_url.parse(_url, conn_max_age=0)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "commentletters.sqlite3"),
            # WAL lets readers work while the single ingest writer commits; a generous lock timeout
            # lets the single writer and readers share the file.
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            },
        }
    }
