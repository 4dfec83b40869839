"""A letter read straight from its EDGAR address (``commentletters parse https://www.sec.gov/Archives/…``).

A lawyer has the link to a letter more often than the file. The document is fetched the way sync
fetches (declared User-Agent, at most ten requests a second, retries with backoff, the length
checked) into a temporary folder and read from there; nothing is kept. Only EDGAR's addresses (or
those of the mirror COMMENTLETTERS_EDGAR_URL names) are fetched: the command is no general
downloader.

The link at hand is often the filing's, not the letter's: its index page (``…/0001193125-24-000123-index.htm``,
where EDGAR's search and a company's filing list lead) or its folder. The letter is then the filing's
first document of a letter's kind (the suffixes ingest reads) in its folder's index.json, as EDGAR names a
correspondence's documents ``filename1``, ``filename2``, … in the order filed.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from ..archive.sources import LETTER_SUFFIXES, format_accession
from .client import SEC_WWW_HOST, EdgarClient, user_agent_from
from .download import listed_documents
from .errors import EdgarError

EDGAR_HOSTS = ("www.sec.gov", "sec.gov")
# A filing's folder or its index page: /Archives/edgar/data/<CIK>/<accession's 18 digits>[/[<accession>-index.htm]]
_FILING = re.compile(
    r"(?P<folder>/Archives/edgar/data/\d+/(?P<digits>\d{18}))(?:/(?:\d{10}-\d{2}-\d{6}-index(?:-headers)?\.html?)?)?",
    re.I,
)


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
        try:
            path = parts.path
            if (filing := _FILING.fullmatch(path)) is not None:
                path = _letter_of(self._client, filing, url)
            dest = Path(self._folder.name) / ("document" + PurePosixPath(path).suffix)
            self._client.download(path, dest)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # what the client does not retry (too many redirects)
            message = f"the document could not be fetched ({type(exc).__name__}: {exc})"
            raise EdgarError("fetch_failed", message, url) from exc
        return dest.read_bytes()


def _letter_of(client: EdgarClient, filing: re.Match[str], url: str) -> str:
    """The path of the letter of the filing whose folder or index page ``filing`` matched: the first
    document of a letter's kind its folder's index.json lists (EDGAR's own views of the filing left out)."""
    accession = format_accession(filing["digits"])
    try:
        index = json.loads(client.get_bytes(f"{filing['folder']}/index.json"))
    except ValueError as exc:
        raise EdgarError("fetch_failed", f"the filing's index.json is not JSON ({exc})", url) from exc
    names = [
        name for name, _ in listed_documents(index, accession) if PurePosixPath(name).suffix.lower() in LETTER_SUFFIXES
    ]
    if not names:
        message = "the filing lists no letter document (PDF, HTML or text); give the letter's own address"
        raise EdgarError("no_letter", message, url)
    return f"{filing['folder']}/{names[0]}"
