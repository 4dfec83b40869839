"""The client's rules: where each path is served, Retry-After, the User-Agent requirement."""

from __future__ import annotations

import time
from email.utils import formatdate
from pathlib import Path

import pytest

from commentletters import cli
from commentletters.edgar.client import EdgarClient, edgar_url, parse_retry_after, user_agent_from
from commentletters.edgar.errors import EdgarError, NotFound

from .conftest import USER_AGENT
from .fake_edgar import FakeEdgar


@pytest.mark.parametrize(
    ("base", "path", "url"),
    [
        (None, "/submissions/CIK0000024741.json", "https://data.sec.gov/submissions/CIK0000024741.json"),
        (None, "/files/company_tickers.json", "https://www.sec.gov/files/company_tickers.json"),
        ("https://www.sec.gov", "/submissions/CIK1.json", "https://data.sec.gov/submissions/CIK1.json"),
        (None, "/Archives/edgar/data/24741/x/index.json", "https://www.sec.gov/Archives/edgar/data/24741/x/index.json"),
        ("http://127.0.0.1:8000/", "/submissions/CIK1.json", "http://127.0.0.1:8000/submissions/CIK1.json"),
    ],
)
def test_one_base_url_or_the_secs_two_hosts(base: str | None, path: str, url: str) -> None:
    assert edgar_url(base, path) == url


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = time.time()
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(formatdate(now + 20, usegmt=True), now) == pytest.approx(20, abs=1)
    assert parse_retry_after("86400") == 300.0  # capped
    assert parse_retry_after("soon") is None


@pytest.mark.parametrize("value", [None, "", "   ", "Jane Doe", "jane@example.com"])
def test_user_agent_must_name_a_person_and_an_email(value: str | None) -> None:
    env = {} if value is None else {"COMMENTLETTERS_USER_AGENT": value}
    with pytest.raises(EdgarError) as caught:
        user_agent_from(env)
    assert caught.value.code == "user_agent_missing"
    assert "COMMENTLETTERS_USER_AGENT" in caught.value.message


def test_sync_refuses_to_run_without_a_user_agent(
    sync_env: Path, fake_edgar: FakeEdgar, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("COMMENTLETTERS_USER_AGENT")
    assert cli.main(["sync", "--ticker", "GLW"]) == 1
    assert "set COMMENTLETTERS_USER_AGENT" in capsys.readouterr().err
    assert fake_edgar.hits == []


def test_a_burst_of_requests_is_spread_to_ten_a_second(fake_edgar: FakeEdgar) -> None:
    started = time.monotonic()
    with EdgarClient(USER_AGENT, base_url=fake_edgar.url) as client:
        for n in range(25):
            with pytest.raises(NotFound):
                client.get_bytes(f"/Archives/edgar/data/1/{n}/index.json")
    assert len(fake_edgar.hits) == 25
    assert fake_edgar.max_in_any_second() == 10
    assert time.monotonic() - started >= 2.0


def test_a_truncated_document_is_never_left_behind(fake_edgar: FakeEdgar, tmp_path: Path) -> None:
    path = "/Archives/edgar/data/24741/000000000023012635/filename1.pdf"
    fake_edgar.inject(path, "truncate", "truncate")
    dest = tmp_path / "filename1.pdf"
    with (
        EdgarClient(USER_AGENT, base_url=fake_edgar.url, attempts=2, backoff=0.01) as client,
        pytest.raises(EdgarError) as caught,
    ):
        client.download(path, dest, 29452)
    assert caught.value.code == "gave_up"
    assert list(tmp_path.iterdir()) == []


def test_a_document_longer_than_a_letter_may_be_is_not_stored(
    fake_edgar: FakeEdgar, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile or broken answer streaming without end must not fill the disk: past the parser's limit
    the download stops, is not retried, and leaves nothing behind."""
    monkeypatch.setattr("commentletters.edgar.client.MAX_BYTES", 20_000)
    path = "/Archives/edgar/data/24741/000000000023012635/filename1.pdf"  # 29,452 bytes
    with (
        EdgarClient(USER_AGENT, base_url=fake_edgar.url, attempts=3, backoff=0.01) as client,
        pytest.raises(EdgarError) as caught,
    ):
        client.download(path, tmp_path / "filename1.pdf")
    assert caught.value.code == "too_large"
    assert list(tmp_path.iterdir()) == []
    assert [h.path for h in fake_edgar.hits] == [path]


def test_a_listing_longer_than_the_limit_is_not_read_whole(
    fake_edgar: FakeEdgar, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing or folder index is read through the cache into memory: past the limit it fails at once
    (not retried), where a hostile answer without end was read whole."""
    monkeypatch.setattr("commentletters.edgar.client.MAX_BYTES", 20_000)
    path = "/Archives/edgar/data/24741/000000000023012635/filename1.pdf"  # 29,452 bytes
    with (
        EdgarClient(USER_AGENT, base_url=fake_edgar.url, attempts=3, backoff=0.01) as client,
        pytest.raises(EdgarError) as caught,
    ):
        client.get_bytes(path)
        assert client.counters.retries == 0
    assert caught.value.code == "too_large"
