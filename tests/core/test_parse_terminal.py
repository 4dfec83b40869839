"""A letter is untrusted: its text must not drive the terminal `commentletters parse` prints it on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentletters.cli import main

# An OSC 8 link hiding its address, a window title and a cleared screen, inside a staff comment
HOSTILE = (
    "Division of Corporation Finance\nMarch 5, 2024\n\nRe: Example Corp.\nForm 10-K for the Fiscal Year Ended "
    "December 31, 2023\nFile No. 001-12345\n\nDear Mr. Smith:\n\n"
    "1. We note your disclosure \x1b]8;;https://evil.example/\x07on page 12\x1b]8;;\x07. Please revise."
    "\x1b]0;pwned\x07\n\n"
    "2. Please tell us how you account for leases.\x1b[2J\x9b31m\n\nSincerely,\n\nDivision of Corporation Finance\n"
)


def test_readable_output_prints_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "hostile.txt"
    letter.write_bytes(HOSTILE.encode("utf-8"))
    assert main(["parse", str(letter)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b]8;;https://evil.example/\\x07on page 12" in out  # shown, not run
    assert "Please tell us how you account for leases.\\x1b[2J" in out


def test_json_keeps_the_text_as_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "hostile.txt"
    letter.write_bytes(HOSTILE.encode("utf-8"))
    assert main(["parse", "--json", str(letter)]) == 0
    comments = json.loads(capsys.readouterr().out)["comments"]
    assert "\x1b]8;;https://evil.example/\x07" in comments[0]["text"]
