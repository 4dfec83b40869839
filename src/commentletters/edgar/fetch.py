"""A letter read straight from its EDGAR address (``commentletters parse https://www.sec.gov/Archives/…``).

A lawyer has the link to a letter more often than the file. The document is fetched the way sync
fetches (declared User-Agent, at most ten requests a second, retries with backoff, the length
checked) into a temporary folder and read from there; nothing is kept. Only EDGAR's addresses (or
those of the mirror COMMENTLETTERS_EDGAR_URL names) are fetched: the command is no general
downloader.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from .client import SEC_WWW_HOST, EdgarClient, user_agent_from
from .errors import EdgarError

EDGAR_HOSTS = ("www.sec.gov", "sec.gov")


class Fetcher:
    """Documents fetched from EDGAR for one run; one client (one rate limit) shared by them all."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.base = env.get("COMMENTLETTERS_EDGAR_URL") or None
        self._client: EdgarClient | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="commentletters-fetch-")

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()
        self._folder.cleanup()

    def fetch(self, url: str) -> bytes:
        """The document's bytes; :class:`EdgarError` saying what went wrong and what to do."""
        parts = urlsplit(url)
        allowed = {*EDGAR_HOSTS, urlsplit(self.base or SEC_WWW_HOST).netloc}
        if parts.netloc.lower() not in allowed or not parts.path.startswith("/Archives/"):
            raise EdgarError(
                "not_edgar",
                "only EDGAR documents (https://www.sec.gov/Archives/...) are fetched; download the file and "
                "parse it from disk",
                url,
            )
        if self._client is None:
            self._client = EdgarClient(user_agent_from(self.env), base_url=self.base)
        dest = Path(self._folder.name) / ("document" + PurePosixPath(parts.path).suffix)
        try:
            self._client.download(parts.path, dest)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # what the client does not retry (too many redirects)
            message = f"the document could not be fetched ({type(exc).__name__}: {exc})"
            raise EdgarError("fetch_failed", message, url) from exc
        return dest.read_bytes()
