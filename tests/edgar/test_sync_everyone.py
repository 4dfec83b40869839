"""`commentletters sync --all --since DATE`: every company's correspondence from the quarterly full-index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentletters import cli

from .conftest import TICKERS, listed_correspondence, servable
from .fake_edgar import FakeEdgar

SINCE = "2023-10-01"


def test_all_companies_since_a_date_then_only_the_open_quarter_again(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    expected: dict[str, str] = {}  # accession -> ticker
    for ticker in TICKERS:
        for accession, (_form, filed) in listed_correspondence(ticker).items():
            if filed >= SINCE and accession in servable(ticker):
                expected[accession] = ticker
    assert sorted(set(expected.values())) == ["GLW", "HLT"]  # LULU's and TAP's recorded letters are older

    assert cli.main(["sync", "--all", "--since", SINCE, "--no-ingest", "--quiet"]) == 0
    sidecars = [json.loads(p.read_text()) for p in (sync_env / "edgar").glob("*/*/filing.json")]
    assert {s["accession"]: s["ticker"] for s in sidecars} == expected
    hlt = next(s for s in sidecars if s["accession"] == "0000000000-24-006691")
    assert (hlt["form"], hlt["filing_date"]) == ("UPLOAD", "2024-06-11")
    assert hlt["company"] == "Hilton Worldwide Holdings Inc."
    assert fake_edgar.max_in_any_second() <= 10, fake_edgar.show_busiest_second()
    capsys.readouterr()

    first_run = len(fake_edgar.hits)
    assert cli.main(["sync", "--all", "--since", SINCE, "--no-ingest", "--quiet"]) == 0
    second = [h.path for h in fake_edgar.hits[first_run:]]
    assert all("/full-index/" in path for path in second)  # no folder, no document
    assert len(second) == 1  # the quarter still open; closed quarters were settled by the first run
    settled = len(json.loads((sync_env / "edgar" / "sync-state.json").read_text())["quarters_done"])
    assert settled >= 8  # (2023Q4 to 2025Q3 at least)
    said = capsys.readouterr().out.splitlines()[0]
    assert said.endswith(f": 0 correspondence filings listed (and {settled} closed quarter(s) settled by earlier runs)")
