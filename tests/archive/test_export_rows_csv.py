"""The per-row CSV in a spreadsheet: no cell over the cell limit, no cell run as a formula; and the
default export (one letter per row) is what it was, whichever way it is asked for."""

from __future__ import annotations

import csv
import io
import json

import pytest

from commentletters.archive import models
from commentletters.archive.export import CUT_MARK, fit_cell, write_csv, write_jsonl
from commentletters.cli import main
from commentletters.spreadsheet_cells import CELL_LIMIT
from tests.conftest import corpus_file

AON = corpus_file("sec/AON/AON_0000000000-24-003147")
STAFF = "0000000000-24-003147"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("short", False),
        ("x" * CELL_LIMIT, False),
        ("x" * (CELL_LIMIT + 1), True),
        ("\U0001d538" * (CELL_LIMIT // 2), False),  # two UTF-16 units each, as a spreadsheet counts them
        ("\U0001d538" * (CELL_LIMIT // 2 + 1), True),
    ],
)
def test_a_cell_is_cut_only_past_the_limit(text: str, cut: bool) -> None:
    cell = fit_cell(text)
    assert _utf16_units(cell) <= CELL_LIMIT
    assert (cell != text) is cut
    if cut:
        assert cell.endswith(CUT_MARK)
        assert text.startswith(cell.removesuffix(CUT_MARK))


def test_a_long_text_is_cut_in_csv_and_whole_in_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON))
    long = "=HYPERLINK(1) " + "a\U0001d538" * 20_000
    models.Comment.objects.filter(letter__key=STAFF, number=2).update(text=long)
    rows = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--rows", "comments", "--format", "csv"))))
    cell = rows[1]["text"]
    assert cell.startswith("'=HYPERLINK(1) a")  # shown, not run
    assert cell.endswith(CUT_MARK)
    assert _utf16_units(cell) <= CELL_LIMIT
    lines = _run(capsys, "export", "--rows", "comments").splitlines()
    assert json.loads(lines[1])["text"] == long


def test_a_text_a_spreadsheet_would_run_starts_with_an_apostrophe(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON))
    models.Answer.objects.filter(number=3).update(text="-2+3", restated_comment="@SUM(A1)")
    models.Company.objects.update(name="+Aon plc")
    rows = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--rows", "answers", "--format", "csv"))))
    third = next(r for r in rows if r["number"] == "3")
    assert (third["text"], third["restated_comment"]) == ("'-2+3", "'@SUM(A1)")
    assert {r["company"] for r in rows} == {"'+Aon plc"}
    (line,) = [json.loads(x) for x in _run(capsys, "export", "--rows", "answers").splitlines() if '"number": 3' in x]
    assert (line["text"], line["company"]) == ("-2+3", "+Aon plc")  # JSON is not run: kept as written


@pytest.mark.parametrize(("fmt", "write"), [("jsonl", write_jsonl), ("csv", write_csv)])
def test_the_default_rows_are_letters_as_before(capsys: pytest.CaptureFixture[str], fmt: str, write) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON))
    letters = io.StringIO(newline="")
    write(letters)
    assert letters.getvalue().count("\n") >= 4  # the four letters (and the CSV header)
    assert _run(capsys, "export", "--format", fmt) == letters.getvalue()
    assert _run(capsys, "export", "--format", fmt, "--rows", "letters") == letters.getvalue()


def test_a_letter_rows_cell_past_the_limit_is_cut_too(capsys: pytest.CaptureFixture[str]) -> None:
    """Corning's 2022 answer restates and answers its comments at length: the letter row's answers, as
    JSON text, run past what a spreadsheet cell holds. The CSV cuts that cell (the help says so); the
    JSON Lines hold every answer."""
    _run(capsys, "ingest", "--no-progress", str(corpus_file("sec/GLW/GLW_0000000000-22-005699")))
    rows = list(csv.DictReader(io.StringIO(_run(capsys, "export", "--format", "csv"))))
    (answer,) = [r for r in rows if r["accession"] == "0001206774-22-001604"]
    assert answer["responses"].endswith(CUT_MARK)
    assert _utf16_units(answer["responses"]) <= CELL_LIMIT
    assert all(_utf16_units(v) <= CELL_LIMIT for r in rows for v in r.values())
    (whole,) = [json.loads(x) for x in _run(capsys, "export").splitlines() if "0001206774-22-001604" in x]
    assert len(json.dumps(whole["responses"], ensure_ascii=False)) > CELL_LIMIT
    assert (
        answer["responses"].removesuffix(CUT_MARK)
        == json.dumps(whole["responses"], ensure_ascii=False)[: len(answer["responses"]) - len(CUT_MARK)]
    )
