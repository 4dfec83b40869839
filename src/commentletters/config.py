"""Configuration from the environment, kept as documented data.

Every setting the program reads is listed once in :data:`SETTINGS` with its default and a line of
documentation; ``tests/archive/test_config.py`` checks that each one is documented in the README.
:func:`check` validates them at start-up so that a mistyped value fails early with a clear message
instead of deep inside Django or the EDGAR client.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import platformdirs


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str | None
    doc: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "COMMENTLETTERS_DATA_DIR",
        None,
        "where the SQLite database, the raw letters (by sha256) and caches live; "
        "default: the per-user data folder (platformdirs), e.g. ~/.local/share/commentletters on Linux",
    ),
    Setting(
        "DATABASE_URL",
        None,
        "a PostgreSQL URL (postgres://user:password@host:port/name) to use instead of SQLite; unset means "
        "SQLite in the data folder",
    ),
    Setting(
        "COMMENTLETTERS_EDGAR_URL",
        "https://www.sec.gov",
        "EDGAR's base URL; tests point it at a local server",
    ),
    Setting(
        "COMMENTLETTERS_USER_AGENT",
        None,
        'the "Name email" the SEC requires of automated clients; EDGAR sync refuses to run without it',
    ),
    Setting(
        "COMMENTLETTERS_ALLOWED_HOSTS",
        "localhost,127.0.0.1",
        "comma-separated host names `commentletters serve` answers to (Django's ALLOWED_HOSTS); add the "
        "team server's name to serve beyond this machine",
    ),
    Setting(
        "COMMENTLETTERS_TLS_PROXY",
        None,
        "the IP address of the HTTPS proxy in front of `commentletters serve` (e.g. 127.0.0.1): the site is then "
        "reached over HTTPS, so cookies are sent over HTTPS only, browsers are told to keep to HTTPS (HSTS), and "
        "the proxy's X-Forwarded-Proto is believed from that address alone",
    ),
    Setting(
        "COMMENTLETTERS_PARSE_MEMORY_MB",
        "2048",
        "the memory (address space, in MB) one process reading a letter may use; a file that needs more fails "
        'as "crashed" and the others are read (a real letter needs tens of MB); 0: no bound',
    ),
)

_NAMES = {s.name for s in SETTINGS}


class ConfigError(ValueError):
    """A setting has a value the program cannot use."""


def get(name: str, env: Mapping[str, str] | None = None) -> str | None:
    """The value of a documented setting (empty counts as unset)."""
    if name not in _NAMES:
        raise KeyError(f"{name} is not a documented setting")
    env = os.environ if env is None else env
    default = next(s.default for s in SETTINGS if s.name == name)
    return env.get(name) or default


def allowed_hosts(env: Mapping[str, str] | None = None) -> list[str]:
    """Host names the web application answers to."""
    return [h.strip() for h in (get("COMMENTLETTERS_ALLOWED_HOSTS", env) or "").split(",") if h.strip()]


def tls_proxy(env: Mapping[str, str] | None = None) -> str | None:
    """COMMENTLETTERS_TLS_PROXY: the HTTPS proxy's address, or None (served over plain HTTP)."""
    value = (get("COMMENTLETTERS_TLS_PROXY", env) or "").strip()
    if not value:
        return None
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        raise ConfigError(
            f"COMMENTLETTERS_TLS_PROXY must be the IP address of the HTTPS proxy (e.g. 127.0.0.1), not {value!r}"
        ) from None


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The data folder (not created here)."""
    value = get("COMMENTLETTERS_DATA_DIR", env)
    if value:
        return Path(value).expanduser()
    return Path(platformdirs.user_data_dir("commentletters", appauthor=False))


def ensure_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The data folder, created if missing; :class:`ConfigError` saying what to do when it cannot be
    made or written (a command would otherwise fail later, deep inside Django or SQLite)."""
    folder = data_dir(env)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"COMMENTLETTERS_DATA_DIR={folder}: the data folder cannot be created ({exc.strerror or exc}); "
            "set COMMENTLETTERS_DATA_DIR to a folder you can write"
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError(
            f"COMMENTLETTERS_DATA_DIR={folder}: the data folder is not writable; "
            "set COMMENTLETTERS_DATA_DIR to a folder you can write"
        )
    return folder


def parse_memory_mb(env: Mapping[str, str] | None = None) -> int:
    """COMMENTLETTERS_PARSE_MEMORY_MB as a number; :class:`ConfigError` saying what to set if it is not one."""
    value = (get("COMMENTLETTERS_PARSE_MEMORY_MB", env) or "").strip()
    if not value.isdigit() or 0 < int(value) < _LEAST_MEMORY_MB:
        raise ConfigError(
            f"COMMENTLETTERS_PARSE_MEMORY_MB must be a number of MB, at least {_LEAST_MEMORY_MB} (or 0: no bound), "
            f"not {value!r}"
        )
    return int(value)


_LEAST_MEMORY_MB = 256  # (below this a worker cannot even load the PDF library)


def check(env: Mapping[str, str] | None = None) -> list[str]:
    """Problems with the current settings, in words; [] when all is well."""
    problems: list[str] = []
    folder = data_dir(env)
    if folder.exists() and not folder.is_dir():
        problems.append(f"COMMENTLETTERS_DATA_DIR={folder} exists and is not a folder")
    url = get("DATABASE_URL", env)
    if url and urlparse(url).scheme not in ("postgres", "postgresql", "pgsql", "sqlite"):
        problems.append(f"DATABASE_URL must be a postgres:// (or sqlite://) URL, not {url.split(':', 1)[0]}:")
    edgar = get("COMMENTLETTERS_EDGAR_URL", env) or ""
    if urlparse(edgar).scheme not in ("http", "https") or not urlparse(edgar).netloc:
        problems.append(f"COMMENTLETTERS_EDGAR_URL must be an http(s) URL, not {edgar!r}")
    for read in (parse_memory_mb, tls_proxy):
        try:
            read(env)
        except ConfigError as exc:
            problems.append(str(exc))
    agent = get("COMMENTLETTERS_USER_AGENT", env)
    if agent and "@" not in agent:
        problems.append('COMMENTLETTERS_USER_AGENT must be "Name email", e.g. "Jane Doe jane@example.com"')
    return problems


def require_valid(env: Mapping[str, str] | None = None) -> None:
    """Raise :class:`ConfigError` listing every problem (start-up check)."""
    problems = check(env)
    if problems:
        raise ConfigError("; ".join(problems))
