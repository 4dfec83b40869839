"""A fault in the parser costs only the part of the letter it hits, and in a batch only its file.

Faults are made here by replacing one stage with a function that raises, as a stage would on a
letter laid out as none before it. The suite runs with COMMENTLETTERS_STRICT=1 (faults raised);
these tests turn it off where they check what a user gets.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import NoReturn

import pytest

import commentletters.archive.worker as worker
import commentletters.commands.parse as parse_command
import commentletters.commands.reading as reading
import commentletters.core.pairing as pairing
import commentletters.core.parse as pipeline
from commentletters.cli import main
from commentletters.core import LetterError, parse_letter
from commentletters.core.faults import describe, describe_or_raise
from tests.conftest import SAMPLES, corpus_file

STAFF = SAMPLES / "sec-staff-letter-2014-11-17.txt"
COMPANY = SAMPLES / "company-response-2017-08-30.txt"


def _fault(*args: object, **kwargs: object) -> NoReturn:
    raise IndexError("list index out of range")


@pytest.fixture
def lenient(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("COMMENTLETTERS_STRICT", "0")
    return monkeypatch


def test_a_fault_in_the_comments_leaves_the_rest_of_the_letter(lenient: pytest.MonkeyPatch) -> None:
    lenient.setattr(pipeline, "read_comments", _fault)
    letter = parse_letter(STAFF.read_bytes(), str(STAFF))
    assert letter.comments == []
    assert letter.date == "2014-11-17" and letter.file_numbers  # the header was read
    assert letter.kind == "staff_comments"  # the kind, from the header and the letter's words
    [warning] = letter.warnings
    assert warning.startswith("the comments could not be read: a fault in the parser (IndexError")
    assert "please report it" in warning


def test_a_fault_in_the_answers_leaves_the_header(lenient: pytest.MonkeyPatch) -> None:
    lenient.setattr(pipeline, "find_responses", _fault)
    letter = parse_letter(COMPANY.read_bytes(), str(COMPANY))
    assert letter.date == "2017-08-30" and letter.responses == []
    assert any(w.startswith("the answers could not be read") for w in letter.warnings)


def test_a_fault_in_the_header_still_reads_the_body_by_its_side(lenient: pytest.MonkeyPatch) -> None:
    # (the fault comes before the header told the side: the company's answer must not be read as a
    # staff letter whose comments are the restated ones)
    lenient.setattr(pipeline, "read_header", _fault)
    staff = parse_letter(STAFF.read_bytes(), str(STAFF))
    company = parse_letter(COMPANY.read_bytes(), str(COMPANY))
    assert staff.kind == "staff_comments" and len(staff.comments) == 16
    assert company.kind == "company_response" and company.comments == []
    assert [r.number for r in company.responses] == [1, 2, 3, 4, 5]
    assert company.warnings[0].startswith("the header (date, parties, filings) could not be read")


def test_a_fault_in_the_header_and_in_telling_the_side_fails_the_file(lenient: pytest.MonkeyPatch) -> None:
    lenient.setattr(pipeline, "read_header", _fault)
    lenient.setattr(pipeline, "written_by_staff", _fault)
    with pytest.raises(LetterError) as caught:
        parse_letter(COMPANY.read_bytes(), str(COMPANY))
    assert caught.value.code == "parser_error" and "who wrote the letter" in caught.value.message


def test_a_fault_in_the_kind_falls_back_on_what_was_found(lenient: pytest.MonkeyPatch) -> None:
    lenient.setattr(pipeline, "classify", _fault)
    staff = parse_letter(STAFF.read_bytes(), str(STAFF))
    company = parse_letter(COMPANY.read_bytes(), str(COMPANY))
    assert staff.kind == "staff_comments" and len(staff.comments) == 16
    assert company.kind == "company_response" and [r.number for r in company.responses] == [1, 2, 3, 4, 5]


def test_a_fault_while_extracting_is_a_letter_error(lenient: pytest.MonkeyPatch) -> None:
    lenient.setattr(pipeline, "extract", _fault)
    with pytest.raises(LetterError) as caught:
        parse_letter(b"any bytes", "x.htm")
    assert caught.value.code == "parser_error" and "IndexError" in caught.value.message


def test_strict_mode_raises_the_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMENTLETTERS_STRICT", "1")
    monkeypatch.setattr(pipeline, "read_comments", _fault)
    with pytest.raises(IndexError):
        parse_letter(STAFF.read_bytes(), str(STAFF))


def test_a_fault_pairing_one_letter_leaves_the_others(lenient: pytest.MonkeyPatch) -> None:
    letters = [parse_letter(p.read_bytes(), str(p)) for p in (STAFF, COMPANY)]
    lenient.setattr(pairing, "_renumber_restated", _fault)
    pairing.pair_whole_answers(letters)
    assert any(w.startswith("the pairing with the staff letter answered") for w in letters[1].warnings)
    assert [r.number for r in letters[1].responses] == [1, 2, 3, 4, 5]
    assert letters[0].warnings == []


def test_parse_command_goes_on_past_a_file_that_faults(
    lenient: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = reading.parse_letter

    def faulty(data: bytes, source: str) -> object:
        if source == str(COMPANY):
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, source)

    lenient.setattr(reading, "parse_letter", faulty)
    status = main(["parse", "--json", str(COMPANY), str(STAFF)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 2
    assert out[0]["source"] == str(COMPANY) and out[0]["error"]["code"] == "parser_error"
    assert "RecursionError" in out[0]["error"]["message"]
    assert out[1]["kind"] == "staff_comments" and len(out[1]["comments"]) == 16


def test_parse_command_gives_up_on_a_file_past_the_time_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    real = reading.parse_letter

    def slow(data: bytes, source: str) -> object:
        if source == str(STAFF):
            time.sleep(30)
        return real(data, source)

    monkeypatch.setattr(reading, "parse_letter", slow)
    started = time.monotonic()
    status = main(["parse", "--json", "--time-limit", "1", str(STAFF), str(COMPANY)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert time.monotonic() - started < 20  # not the 30 s sleep: the file was given up on
    assert status == 2
    assert out[0]["error"]["code"] == "too_slow" and "--time-limit" in out[0]["error"]["message"]
    assert [r["number"] for r in out[1]["responses"]] == [1, 2, 3, 4, 5]


def test_describe_or_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    fault = IndexError("list index out of range")
    monkeypatch.setenv("COMMENTLETTERS_STRICT", "0")
    assert describe_or_raise(fault) == describe(fault)
    monkeypatch.setenv("COMMENTLETTERS_STRICT", "1")
    with pytest.raises(IndexError) as caught:
        describe_or_raise(fault)
    assert caught.value is fault


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (pipeline, "extract"),  # the text could not be extracted (a LetterError otherwise)
        (reading, "parse_letter"),  # the parse command's file that faults ("parser_error" otherwise)
        (parse_command, "render_letter"),  # the parse command's letter that cannot be shown (the same)
    ],
)
def test_strict_mode_raises_the_fault_where_a_file_would_fail(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> None:
    monkeypatch.setenv("COMMENTLETTERS_STRICT", "1")
    monkeypatch.setattr(module, name, _fault)
    with pytest.raises(IndexError):
        read = reading.read_item((str(STAFF), None))
        assert not isinstance(read, dict)
        parse_command._shown(read, as_json=False)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (worker, "parse_letter"),  # the parse itself
        (worker, "requested_date"),  # the date an extension request asks for, read after it
    ],
)
def test_a_fault_fails_only_its_file_in_the_ingest_workers(
    lenient: pytest.MonkeyPatch, module: object, name: str
) -> None:
    data = corpus_file("sec/AVY/AVY_0000000000-18-009394/filings/0001104659-18-021749/filename1.htm").read_bytes()
    lenient.setattr(module, name, _fault)
    parsed = worker.parse_bytes("request.htm", data)
    assert parsed.letter is None and parsed.code == "parser_error"
    assert parsed.message == describe(IndexError("list index out of range"))
