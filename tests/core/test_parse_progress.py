"""`commentletters parse` shows a progress bar on a terminal when reading its files takes a while."""

from __future__ import annotations

import io
import time

import pytest

import commentletters.commands.reading as reading
from commentletters.cli import main
from tests.conftest import SAMPLES

STAFF = SAMPLES / "sec-staff-letter-2014-11-17.txt"
COMPANY = SAMPLES / "company-response-2017-08-30.txt"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_parse_command_shows_progress_on_a_terminal_when_reading_is_slow(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = reading.parse_letter

    def slow(data: bytes, source: str) -> object:
        time.sleep(0.4)
        return real(data, source)

    monkeypatch.setattr(reading, "parse_letter", slow)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["parse", "--json", "--workers", "1", str(STAFF), str(COMPANY), str(STAFF), str(COMPANY)]) == 0
    assert "parse:" in terminal.getvalue() and "letter" in terminal.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 4  # the bar is on stderr only


def test_parse_command_shows_no_progress_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(STAFF), str(COMPANY)]) == 0
    assert capsys.readouterr().err == ""
