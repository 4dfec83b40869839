"""Fixtures for the EDGAR tests: a fake EDGAR on 127.0.0.1 and a sync environment pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import corpus_file

from .fake_edgar import FakeEdgar, Recordings

TICKERS = ("GLW", "HLT", "LULU", "TAP")
USER_AGENT = "Comment Letters tests tests@example.com"


@pytest.fixture(scope="session")
def recordings() -> Recordings:
    return Recordings(corpus_file("sec"), TICKERS)


@pytest.fixture
def fake_edgar(recordings: Recordings) -> Iterator[FakeEdgar]:
    server = FakeEdgar(recordings).start()
    yield server
    server.stop()


@pytest.fixture
def sync_env(fake_edgar: FakeEdgar, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The environment `commentletters sync` reads, pointed at the fake server; returns the data dir."""
    monkeypatch.setenv("COMMENTLETTERS_USER_AGENT", USER_AGENT)
    monkeypatch.setenv("COMMENTLETTERS_EDGAR_URL", fake_edgar.url)
    monkeypatch.setenv("COMMENTLETTERS_DATA_DIR", str(tmp_path))
    return tmp_path


def servable(ticker: str) -> dict[str, Path]:
    """accession -> corpus folder for every recorded filing folder of a ticker (what the server can serve)."""
    return {p.name: p for p in corpus_file(f"sec/{ticker}").glob("*/filings/*")}


def listed_correspondence(ticker: str) -> dict[str, tuple[str, str]]:
    """accession -> (form, filing date) of UPLOAD/CORRESP/DRSLTR rows in the recorded submissions pages."""
    base = corpus_file(f"sec/{ticker}")
    pages = [json.loads((base / "company_submissions.json").read_text())["filings"]["recent"]]
    pages += [json.loads(p.read_text()) for p in (base / "submission_archives").glob("*.json")]
    out: dict[str, tuple[str, str]] = {}
    for cols in pages:
        for acc, form, filed in zip(cols["accessionNumber"], cols["form"], cols["filingDate"], strict=True):
            if form in ("UPLOAD", "CORRESP", "DRSLTR"):
                out[acc] = (form, filed)
    return out
