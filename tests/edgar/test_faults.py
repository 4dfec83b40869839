"""Injected faults (429, 503, dropped connections, truncated bodies) end with every document stored once."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from commentletters.edgar.client import EdgarClient
from commentletters.edgar.download import FAILED, STORED
from commentletters.edgar.store import Store
from commentletters.edgar.sync import Syncer, SyncReport

from .conftest import USER_AGENT, servable
from .fake_edgar import FakeEdgar

GLW = "/Archives/edgar/data/24741"
SINCE = date(2023, 11, 1)  # the 2023-24 thread: eight filings, all recorded


def run_sync(fake_edgar: FakeEdgar, root: Path, ingested: list[Path]) -> tuple[SyncReport, EdgarClient]:
    client = EdgarClient(
        USER_AGENT,
        base_url=fake_edgar.url,
        cache_path=root / "cache.sqlite",
        rate_path=root / "rate.sqlite",  # shared by both runs, as by two `commentletters sync` processes
        attempts=3,
        backoff=0.05,
    )
    with client:
        syncer = Syncer(client, Store(root), ingest=ingested.extend, progress=False)
        return syncer.company(ticker="GLW", since=SINCE), client


def test_faults_are_survived_and_each_document_is_stored_once(fake_edgar: FakeEdgar, tmp_path: Path) -> None:
    fake_edgar.inject("/submissions/CIK0000024741.json", "429")
    fake_edgar.inject(f"{GLW}/000120677423001290/index.json", "503", "drop")
    fake_edgar.inject(f"{GLW}/000000000024000115/index.json", "truncate")
    fake_edgar.inject(f"{GLW}/000000000023012635/filename1.pdf", "truncate")
    fake_edgar.inject(f"{GLW}/000120677423001456/filename1.htm", "drop")
    fake_edgar.inject(f"{GLW}/000000000024001830/filename1.pdf", "truncate", "truncate", "truncate")  # > attempts
    ingested: list[Path] = []

    report, client = run_sync(fake_edgar, tmp_path, ingested)
    failed = report.of(FAILED)
    assert [(o.ref.accession, list(o.failed)) for o in failed] == [("0000000000-24-001830", ["filename1.pdf"])]
    assert len(report.of(STORED)) == 7
    assert any(wait >= 1.0 for wait in client.counters.waits)  # Retry-After: 1 was honoured
    broken = tmp_path / "0000024741" / "0000000000-24-001830"
    assert sorted(p.name for p in broken.iterdir()) == ["index.json"]  # no half document, no sidecar
    assert not list(tmp_path.rglob("*.part"))

    report, _ = run_sync(fake_edgar, tmp_path, ingested)
    assert [o.ref.accession for o in report.of(STORED)] == ["0000000000-24-001830"]
    assert report.ok

    expected = {acc: f for acc, f in servable("GLW").items() if "GLW_0000000000-23-012635" in str(f)}
    assert len(expected) == 8
    stored_bodies = Counter(h.path for h in fake_edgar.hits if h.status == 200 and h.complete and "/filename" in h.path)
    for accession, folder in expected.items():
        for document in folder.glob("filename*"):
            assert (tmp_path / "0000024741" / accession / document.name).read_bytes() == document.read_bytes()
            assert stored_bodies[f"{GLW}/{accession.replace('-', '')}/{document.name}"] == 1
    assert sorted(p.name for p in ingested) == sorted(expected)
    assert fake_edgar.max_in_any_second() <= 10, fake_edgar.show_busiest_second()
