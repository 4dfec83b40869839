"""`commentletters parse` reads a letter from its EDGAR address, fetched politely from a fake EDGAR
on 127.0.0.1 (COMMENTLETTERS_EDGAR_URL), and says what to do when it cannot."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import httpx
import pytest

from commentletters.cli import main
from commentletters.edgar.client import EdgarClient

from .fake_edgar import FakeEdgar

# lululemon (CIK 1397187): the staff's letter of 2017 and the company's answer
STAFF = "/Archives/edgar/data/1397187/000000000017023016/filename1.pdf"
ANSWER = "/Archives/edgar/data/1397187/000139718717000031/filename1.htm"


def parsed(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]]]:
    status = main(["parse", "--json", *args])
    return status, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_letters_read_from_their_edgar_addresses(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = [fake_edgar.url + STAFF, fake_edgar.url + ANSWER]
    temporary = set(Path(tempfile.gettempdir()).glob("commentletters-fetch-*"))
    status, (staff, answer) = parsed(urls, capsys)
    assert set(Path(tempfile.gettempdir()).glob("commentletters-fetch-*")) == temporary  # its folder removed
    assert status == 0
    assert staff["source"] == urls[0] and staff["kind"] == "staff_comments" and staff["format"] == "pdf"
    assert answer["kind"] == "company_response" and [r["number"] for r in answer["responses"]] == [1, 2, 3, 4]  # type: ignore[index]
    assert [h.path for h in fake_edgar.hits] == [STAFF, ANSWER]
    assert all(h.status == 200 for h in fake_edgar.hits)  # (the fake answers 403 to an undeclared client)
    assert list(sync_env.iterdir()) == []  # nothing kept


def test_a_filing_s_index_page_or_folder_leads_to_its_letter(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    """The address a lawyer often has is the filing's (EDGAR's search and filing lists lead to its index
    page): the letter is the first document of a letter's kind its folder's index.json lists."""
    folder = "/Archives/edgar/data/1397187/000139718717000031"
    urls = [fake_edgar.url + folder + "/0001397187-17-000031-index.htm", fake_edgar.url + folder + "/"]
    status, out = parsed(urls, capsys)
    assert status == 0
    assert [letter["source"] for letter in out] == urls
    assert all(letter["kind"] == "company_response" for letter in out)
    assert [[r["number"] for r in letter["responses"]] for letter in out] == [[1, 2, 3, 4]] * 2  # type: ignore[union-attr]
    # (the second time the listing comes from the run's HTTP cache)
    assert [h.path for h in fake_edgar.hits] == [folder + "/index.json", ANSWER, ANSWER]


def test_a_filing_that_lists_no_letter_says_so(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = "/Archives/edgar/data/1397187/000139718799000001"
    listing = {"directory": {"item": [
        {"name": "0001397187-99-000001-index.html", "type": "text.gif", "size": ""},
        {"name": "0001397187-99-000001.txt", "type": "text.gif", "size": ""},
        {"name": "image001.jpg", "type": "image2.gif", "size": "2048"},
    ]}}  # fmt: skip
    fake_edgar.recordings.generated[folder + "/index.json"] = json.dumps(listing).encode()
    status, [out] = parsed([fake_edgar.url + folder + "/0001397187-99-000001-index.htm"], capsys)
    assert status == 2 and out["error"]["code"] == "no_letter"  # type: ignore[index]
    assert "the letter's own address" in out["error"]["message"]  # type: ignore[index]


def test_a_missing_document_and_a_foreign_address_are_errors_and_the_run_goes_on(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = fake_edgar.url + "/Archives/edgar/data/1397187/000139718799999999/nothing.htm"
    status, out = parsed([missing, "https://example.com/letter.pdf", fake_edgar.url + ANSWER], capsys)
    assert status == 2
    assert out[0]["error"]["code"] == "not_found"  # type: ignore[index]
    assert out[1]["error"]["code"] == "not_edgar" and "parse it from disk" in out[1]["error"]["message"]  # type: ignore[index]
    assert out[2]["kind"] == "company_response"


def test_without_a_user_agent_the_error_says_what_to_set(
    fake_edgar: FakeEdgar, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("COMMENTLETTERS_USER_AGENT", raising=False)
    monkeypatch.setenv("COMMENTLETTERS_EDGAR_URL", fake_edgar.url)
    status, [out] = parsed([fake_edgar.url + STAFF], capsys)
    assert status == 2 and out["error"]["code"] == "user_agent_missing"  # type: ignore[index]
    assert "COMMENTLETTERS_USER_AGENT" in out["error"]["message"]  # type: ignore[index]
    assert fake_edgar.hits == []


def test_a_failure_the_client_does_not_retry_is_an_error_too(
    sync_env: Path, fake_edgar: FakeEdgar, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def loop(self: object, path: str, dest: Path, expected_size: int | None = None) -> int:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.")

    monkeypatch.setattr(EdgarClient, "download", loop)
    status, [out] = parsed([fake_edgar.url + STAFF], capsys)
    assert status == 2 and out["error"]["code"] == "fetch_failed"  # type: ignore[index]
    assert "TooManyRedirects" in out["error"]["message"]  # type: ignore[index]


def test_an_address_httpx_cannot_send_is_an_error(
    sync_env: Path, fake_edgar: FakeEdgar, capsys: pytest.CaptureFixture[str]
) -> None:
    status, [out] = parsed([fake_edgar.url + "/Archives/edgar/data/1/bad\x01name.htm"], capsys)
    assert status == 2 and out["error"]["code"] == "fetch_failed"  # type: ignore[index]
