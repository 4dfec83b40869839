"""`commentletters sync` with EDGAR out of reach (no network, a wrong COMMENTLETTERS_EDGAR_URL): one
line that says so and what to do, exit status 2, nothing stored."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from commentletters import cli
from commentletters.commands import sync as sync_command
from commentletters.edgar.client import EdgarClient

from .conftest import USER_AGENT


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[EdgarClient]:
    """EDGAR at a port nothing listens on; the clients sync makes (two quick attempts per request)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    monkeypatch.setenv("COMMENTLETTERS_USER_AGENT", USER_AGENT)
    monkeypatch.setenv("COMMENTLETTERS_EDGAR_URL", f"http://127.0.0.1:{closed}")
    monkeypatch.setenv("COMMENTLETTERS_DATA_DIR", str(tmp_path))
    clients: list[EdgarClient] = []

    def client(*args: object, **kwargs: object) -> EdgarClient:
        clients.append(EdgarClient(*args, attempts=2, backoff=0.01, **kwargs))  # type: ignore[arg-type]
        return clients[-1]

    monkeypatch.setattr(sync_command, "EdgarClient", client)
    return clients


def test_edgar_out_of_reach_says_what_to_check(
    tmp_path: Path, made: list[EdgarClient], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sync", "--cik", "320193", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "gave up after 2 attempts" in err
    assert "check the network connection" in err and "run sync again" in err
    assert not list((tmp_path / "edgar").glob("0*"))


@pytest.mark.parametrize("since", ["2024-13-01", "yesterday"])
def test_a_since_that_is_not_a_date_is_said_in_words(since: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["sync", "--cik", "320193", "--since", since])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --since: {since!r} is not a date YYYY-MM-DD" in err and "fromisoformat" not in err


def test_all_companies_out_of_reach_stops_at_the_first_listing(
    made: list[EdgarClient], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sync", "--all", "--since", "2023-01-01", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "full-index/2023/QTR1" in err and "run sync again" in err
    # company_tickers.json and the first quarter's listing, two attempts each; not the other eleven quarters
    assert made[0].counters.requests == 4
