"""The bar: `commentletters sync --ticker GLW` against the fake EDGAR, twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentletters import cli
from commentletters.commands import sync as sync_command

from .conftest import listed_correspondence, servable
from .fake_edgar import FakeEdgar

GLW_CIK = "0000024741"


@pytest.fixture
def ingested(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """Stand in for the archive: record which folders sync hands over."""
    calls: list[list[Path]] = []
    monkeypatch.setattr(sync_command, "archive_ingest", lambda folders, progress=True: calls.append(list(folders)))
    return calls


def test_glw_sync_stores_every_servable_filing_then_asks_only_for_news(
    sync_env: Path, fake_edgar: FakeEdgar, ingested: list[list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    expected = set(listed_correspondence("GLW")) & set(servable("GLW"))
    assert len(expected) == 17  # three threads recorded in the corpus, all listed by the submissions pages

    assert cli.main(["sync", "--ticker", "GLW", "--quiet"]) == 2  # the missing second page is a reported problem
    out, err = capsys.readouterr()
    assert "CIK0000024741-submissions-002.json" in err and "404" in err
    assert "17 stored now" in out

    store = sync_env / "edgar" / GLW_CIK
    complete = {p.parent.name for p in store.glob("*/filing.json")}
    assert complete == expected
    for accession in expected:
        corpus_folder = servable("GLW")[accession]
        for recorded in corpus_folder.iterdir():
            assert (store / accession / recorded.name).read_bytes() == recorded.read_bytes()
    assert [sorted(p.name for p in call) for call in ingested] == [sorted(expected)]
    assert fake_edgar.max_in_any_second() <= 10, fake_edgar.show_busiest_second()

    first_run = len(fake_edgar.hits)
    assert cli.main(["sync", "--ticker", "GLW", "--quiet"]) == 2
    second = fake_edgar.hits[first_run:]
    assert not [h for h in second if h.path.startswith("/Archives/")]  # no folder index, no document
    assert {h.path for h in second} <= {
        "/submissions/CIK0000024741.json",
        "/submissions/CIK0000024741-submissions-002.json",
    }
    assert [h.status for h in second if h.path.endswith("CIK0000024741.json")] == [304]
    assert len(ingested) == 1
    assert fake_edgar.max_in_any_second() <= 10, fake_edgar.show_busiest_second()


def test_sidecar_says_what_the_listing_said(sync_env: Path, fake_edgar: FakeEdgar) -> None:
    assert cli.main(["sync", "--cik", "24741", "--since", "2023-11-17", "--no-ingest", "--quiet"]) == 0
    folder = sync_env / "edgar" / GLW_CIK / "0000000000-23-012635"
    sidecar = json.loads((folder / "filing.json").read_text())
    assert sidecar["accession"] == "0000000000-23-012635"
    assert sidecar["form"] == "UPLOAD"
    assert sidecar["filing_date"] == "2023-11-17"
    assert sidecar["cik"] == GLW_CIK
    assert sidecar["company"] == "CORNING INC /NY"
    assert sidecar["ticker"] == "GLW"
    assert sidecar["documents"] == ["filename1.pdf"]
    assert sidecar["not_served"] == ["filename2.txt"]  # listed in index.json, absent from the recording
    assert (folder / "index.json").is_file()
    assert not list(folder.glob("*.part"))


def test_a_cik_edgar_does_not_know_is_said_so(
    sync_env: Path, fake_edgar: FakeEdgar, ingested: list[list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Not only "not found (404)" for the submissions address: a mistyped CIK is the likely cause."""
    assert cli.main(["sync", "--cik", "320193", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "/submissions/CIK0000320193.json: not found (404)" in err
    assert err.endswith("; EDGAR knows no company by this CIK: check the number, or give --ticker\n")
    assert ingested == []
