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
ALLOWED_HOSTS: list[str] = config.allowed_hosts()
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
            # lets the single writer and readers share the file. A 64 MB page cache keeps a broad
            # word's doclists between the passes of one search (count, rank, snippets).
            "OPTIONS": {
                "timeout": 30,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536",
            },
        }
    }

# ---------------------------------------------------------------------------------------------
# The web application: pages, API, static files, sign-in and admin (added by the web app).
# ---------------------------------------------------------------------------------------------
from commentletters.web.secret import secret_key  # noqa: E402

# A per-installation key kept in the data folder: sessions and CSRF tokens of one archive cannot be
# forged with a key published in the source.
SECRET_KEY = secret_key(DATA_DIR)

INSTALLED_APPS += [
    "django.contrib.admin",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "commentletters.web",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "commentletters.web.middleware.ContentSecurityPolicy",
    "commentletters.web.middleware.ApiMethodNotAllowed",
]
ROOT_URLCONF = "commentletters.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# Served by WhiteNoise straight from the apps' static folders, so a fresh data folder needs no
# collectstatic step; compressed, cache-busting copies are made by `commentletters serve`.
WHITENOISE_USE_FINDERS = True
LOGIN_URL = "/admin/login/"
# PDFs of staff letters are shown inline in a frame of our own pages.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Behind an HTTPS proxy (COMMENTLETTERS_TLS_PROXY; `serve` then believes its X-Forwarded-Proto): the
# session and CSRF cookies never go over plain HTTP, and browsers are told to keep to HTTPS for a year.
if config.tls_proxy():
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
