"""EDGAR over HTTP, the way the SEC asks automated clients to behave.

The SEC's fair-access policy wants a declared User-Agent ("Name email") and no more than ten
requests per second; it answers 429 or 5xx when overloaded and sometimes drops connections. This
module keeps those rules in one place so the listing and downloading code never thinks about them:

* every request that reaches the network first waits its turn in a sliding window
  (``ratelimit.py``): ten per rolling second, counted as the SEC sees them, never a burst above;
* 429, 5xx and broken connections are retried with exponential backoff, honouring Retry-After;
* listings and folder indexes go through an RFC 9111 HTTP cache (hishel, SQLite), so an
  unchanged listing costs a 304; documents bypass it, because they are stored on disk anyway;
* a document is streamed to a temporary file, its length checked against what the server
  declared and what the folder index promised, and only then renamed into place; one longer than
  the parser reads (``MAX_BYTES``, 64 MB) is not stored, so a hostile answer cannot fill the disk.
"""

from __future__ import annotations

import email.utils
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any, TypeVar

import hishel
import httpx
from hishel.httpx import CacheTransport

from ..core.extract import MAX_BYTES
from .errors import EdgarError, NotFound
from .ratelimit import SlidingWindow

T = TypeVar("T")

SEC_DATA_HOST = "https://data.sec.gov"
SEC_WWW_HOST = "https://www.sec.gov"
DATA_HOST_PREFIXES = ("/submissions/", "/api/")
MAX_REQUESTS_PER_SECOND = 10
RETRY_AFTER_CAP = 300.0  # seconds: a longer Retry-After is treated as "wait five minutes, then try again"
BACKOFF_CAP = 60.0


class _Retryable(Exception):
    """One attempt failed in a way worth trying again (429, 5xx, a broken or short body)."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


@dataclass
class Counters:
    """What a run cost, for the summary line and for tests."""

    requests: int = 0  # requests that reached the network (cache hits excluded)
    not_modified: int = 0  # revalidations answered 304
    from_cache: int = 0
    retries: int = 0
    documents: int = 0
    bytes: int = 0
    waits: list[float] = field(default_factory=list)


def edgar_url(base: str | None, path: str) -> str:
    """The absolute URL of an EDGAR path such as ``/submissions/CIK0000320193.json``.

    The SEC serves the submissions API on data.sec.gov and the archives on www.sec.gov; a
    configured base URL (a mirror, or the tests' local server) serves both under one root.
    """
    if base is None or base.rstrip("/") == SEC_WWW_HOST:
        host = SEC_DATA_HOST if path.startswith(DATA_HOST_PREFIXES) else SEC_WWW_HOST
    else:
        host = base.rstrip("/")
    return host + path


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), RETRY_AFTER_CAP)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return min(max(0.0, when.timestamp() - now), RETRY_AFTER_CAP)


class LimitedTransport(httpx.BaseTransport):
    """Every request that goes out on the wire waits its turn in the sliding window first."""

    def __init__(self, inner: httpx.BaseTransport, window: SlidingWindow, counters: Counters) -> None:
        self.inner = inner
        self.window = window
        self.counters = counters

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        ticket = self.window.acquire()
        self.counters.requests += 1
        try:
            return self.inner.handle_request(request)
        finally:
            self.window.answered(ticket)

    def close(self) -> None:
        self.inner.close()


class EdgarClient:
    """GET from EDGAR politely; see the module docstring for the rules it keeps."""

    def __init__(
        self,
        user_agent: str,
        *,
        base_url: str | None = None,
        cache_path: Path | None = None,
        rate_path: Path | None = None,
        max_per_second: int = MAX_REQUESTS_PER_SECOND,
        attempts: int = 5,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url
        self.attempts = attempts
        self.backoff = backoff
        self.sleep = sleep
        self.counters = Counters()
        # rate_path keeps the window on disk, so back-to-back or parallel runs share one budget.
        self._window = SlidingWindow(rate_path, limit=max_per_second, window=1.0)
        network = LimitedTransport(httpx.HTTPTransport(), self._window, self.counters)
        headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        timeouts = httpx.Timeout(timeout, connect=10.0)
        self._plain = httpx.Client(transport=network, headers=headers, timeout=timeouts, follow_redirects=True)
        storage = (
            hishel.SqliteStorage(database_path=str(cache_path))
            if cache_path
            else hishel.SqliteStorage(connection=_memory_connection())
        )
        cache = CacheTransport(next_transport=network, storage=storage, rfc=hishel.CacheOptions(shared=False))
        self._cached = httpx.Client(transport=cache, headers=headers, timeout=timeouts, follow_redirects=True)

    def url(self, path: str) -> str:
        return edgar_url(self.base_url, path)

    def get_bytes(self, path: str, *, revalidate: bool = False) -> bytes:
        """The body of a small resource (listing, index), through the HTTP cache; one longer than the
        parser's limit (64 MB: a hostile or broken answer without end) fails as "too_large", unread past it.

        ``revalidate`` asks the cache to check with the server even if its copy looks fresh:
        listings change when a company files, and a stale one would silently miss filings.
        """
        url = self.url(path)
        headers = {"Cache-Control": "no-cache"} if revalidate else {}

        def once() -> bytes:
            with self._cached.stream("GET", url, headers=headers) as response:
                if response.status_code >= 400:
                    response.read()  # (an error's short body: the connection stays open for the next request)
                _raise_for_status(response, url)
                body = bytearray()
                for chunk in response.iter_bytes():  # (read no further than a letter may be: 64 MB)
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise EdgarError("too_large", f"{url}: longer than the {MAX_BYTES}-byte limit", url)
            caching = response.extensions.get("caching")
            if caching is not None and caching["from_cache"]:
                if caching["revalidated"]:
                    self.counters.not_modified += 1
                else:
                    self.counters.from_cache += 1
            return bytes(body)

        return self._with_retries(url, once)

    def download(self, path: str, dest: Path, expected_size: int | None = None) -> int:
        """Store one document at ``dest``, whole or not at all; returns its size in bytes."""
        url = self.url(path)
        dest.parent.mkdir(parents=True, exist_ok=True)

        def once() -> int:
            with _temporary_beside(dest) as tmp:
                with self._plain.stream("GET", url) as response:
                    _raise_for_status(response, url)
                    with tmp.open("wb") as out:
                        for chunk in response.iter_bytes():
                            out.write(chunk)
                            if out.tell() > MAX_BYTES:
                                raise EdgarError("too_large", f"{url}: longer than the {MAX_BYTES}-byte limit", url)
                        out.flush()
                        os.fsync(out.fileno())
                    size = tmp.stat().st_size
                    _check_length(response, size, expected_size)
                os.replace(tmp, dest)
            self.counters.documents += 1
            self.counters.bytes += size
            return size

        return self._with_retries(url, once)

    def _with_retries(self, url: str, once: Callable[[], T]) -> T:
        last = ""
        for attempt in range(1, self.attempts + 1):
            try:
                return once()
            except (httpx.TransportError, httpx.DecodingError) as exc:
                last, wait = f"{type(exc).__name__}: {exc}", None
            except _Retryable as exc:
                last, wait = exc.reason, exc.wait
            if attempt == self.attempts:
                break
            if wait is None:
                wait = min(self.backoff * 2 ** (attempt - 1), BACKOFF_CAP) * random.uniform(1.0, 1.25)
            self.counters.retries += 1
            self.counters.waits.append(wait)
            self.sleep(wait)
        raise EdgarError("gave_up", f"{url}: gave up after {self.attempts} attempts ({last})", url)

    def close(self) -> None:
        self._cached.close()
        self._plain.close()
        self._window.close()

    def __enter__(self) -> EdgarClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _memory_connection() -> Any:
    import sqlite3

    return sqlite3.connect(":memory:", check_same_thread=False)


def _raise_for_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status < 400:
        return
    if status == 404:
        raise NotFound("not_found", f"{url}: not found (404)", url)
    if status == 429 or status >= 500:
        wait = parse_retry_after(response.headers.get("retry-after"))
        raise _Retryable(f"HTTP {status}", wait)
    hint = " (the SEC refuses requests without a proper User-Agent)" if status == 403 else ""
    raise EdgarError("http_error", f"{url}: HTTP {status}{hint}", url)


def _check_length(response: httpx.Response, size: int, expected: int | None) -> None:
    """A body shorter than promised is a broken transfer, never a document."""
    declared = response.headers.get("content-length")
    if declared is not None and "content-encoding" not in response.headers and int(declared) != size:
        raise _Retryable(f"body of {size} bytes, Content-Length said {declared}")
    if expected is not None and size != expected:
        raise _Retryable(f"body of {size} bytes, the folder index said {expected}")


@contextmanager
def _temporary_beside(dest: Path) -> Iterator[Path]:
    """A temporary file in the destination's folder (so the final rename is atomic), always cleaned up."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def user_agent_from(env: Mapping[str, str]) -> str:
    """The declared User-Agent, or an error that says what to set."""
    value = (env.get("COMMENTLETTERS_USER_AGENT") or "").strip()
    if not value or "@" not in value or " " not in value:
        got = f" (got {value!r})" if value else ""
        raise EdgarError(
            "user_agent_missing",
            "the SEC requires automated clients to identify themselves: set COMMENTLETTERS_USER_AGENT "
            f'to your name and email, e.g. COMMENTLETTERS_USER_AGENT="Jane Doe jane@example.com"{got}',
        )
    return value
