"""`commentletters parse --json` reports unreadable files as error objects and goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from commentletters.cli import main
from tests.conftest import corpus_file
from tests.core.pdfs import make_scanned_pdf

ADM_PDF = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf"


def test_parse_json_mixes_letters_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.htm"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_scanned_pdf())
    good = corpus_file(ADM_PDF)
    status = main(["parse", "--json", str(empty), str(good), str(scan), str(tmp_path / "missing.pdf")])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 2
    assert [o["source"] for o in out] == [str(empty), str(good), str(scan), str(tmp_path / "missing.pdf")]
    assert [o.get("error", {}).get("code") for o in out] == ["empty", None, "no_text_layer", "not_readable"]
    assert out[1]["date"] == "2020-08-25" and out[1]["format"] == "pdf"
    for o in (out[0], out[2], out[3]):
        assert set(o) == {"source", "error"} and set(o["error"]) == {"code", "message"} and o["error"]["message"]


def test_parse_json_all_good_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(corpus_file(ADM_PDF))]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 2


def test_a_folder_given_to_parse_points_to_ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"commentletters ingest {tmp_path}" in err and "Traceback" not in err


def test_a_letter_on_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`curl ... | commentletters parse -`: the format is told from the bytes (a PDF here), not a name; the
    letter's source reads "<stdin>" (in CSV a bare "-" would start with the formula guard's apostrophe)."""

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(corpus_file(ADM_PDF).read_bytes())))
    assert main(["parse", "--json", "-"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"] == "<stdin>" and out["format"] == "pdf" and out["date"] == "2020-08-25"
