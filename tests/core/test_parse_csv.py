"""`commentletters parse --csv`: one row per staff comment or company answer, for a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from commentletters.cli import main
from commentletters.commands.parse_rows import COLUMNS, CUT_MARK, write_csv
from commentletters.core.letters import Comment, Letter
from commentletters.spreadsheet_cells import CELL_LIMIT
from tests.conftest import SHARED, corpus_file

STAFF_SEED = SHARED / "seeds" / "sec-staff-letter-2014-11-17.txt"
ANSWER_SEED = SHARED / "seeds" / "company-response-2017-08-30.txt"
REVIEW_COMPLETE = "sec/A/A_0000000000-16-092800/filings/0000000000-16-095373/filename1.pdf"
WHOLE_ANSWER = "sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-255986/filename1.htm"


def _rows(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, str]], str]:
    status = main(["parse", "--csv", *args])
    out, err = capsys.readouterr()
    return status, list(csv.DictReader(io.StringIO(out))), err


def test_seeds_give_a_row_per_comment_and_per_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.pdf"
    status, rows, err = _rows(capsys, str(ANSWER_SEED), str(missing), str(STAFF_SEED))
    assert status == 2 and f"error: {missing}:" in err and "[not_readable]" in err
    assert [(r["item"], r["number"]) for r in rows] == [("answer", str(n)) for n in range(1, 6)] + [("error", "")] + [
        ("comment", str(n)) for n in range(1, 17)
    ]
    error = rows[5]  # the missing file, in its place, as `parse --json` puts its error object
    assert error["source"] == str(missing) and error["text"].endswith("[not_readable]") and error["kind"] == ""
    first = next(r for r in rows if r["item"] == "comment")
    assert first["source"] == str(STAFF_SEED) and first["date"] == "2014-11-17"
    assert json.loads(first["section"])[-1] == "Our leases for data centers could be terminated early..., page 9"
    assert json.loads(first["pages"]) == ["9"]
    assert "revise_future_filings" in json.loads(first["asks"])
    assert first["text"].startswith("With a view towards disclosure in future filings, please tell us whether lessors")
    answer = rows[0]
    assert answer["company"] == "21Vianet Group, Inc." and json.loads(answer["responds_to"]) == ["2017-08-16"]
    assert answer["restated_comment"].startswith("We continue to evaluate your response to prior comment 1")
    assert answer["text"].startswith("The Company respectfully advises the Staff that the net increase")
    assert answer["commits_future_filing"] == "True" and json.loads(answer["commitment_kinds"]) == ["future"]
    assert rows[1]["commits_future_filing"] == "False" and json.loads(rows[1]["commitments"]) == []


def test_letters_without_comments_or_answers_keep_a_row(capsys: pytest.CaptureFixture[str]) -> None:
    status, rows, _ = _rows(capsys, str(corpus_file(REVIEW_COMPLETE)), str(corpus_file(WHOLE_ANSWER)))
    assert status == 0
    done, whole = rows
    assert (done["kind"], done["date"], done["item"], done["text"]) == ("staff_review_complete", "2016-09-30", "", "")
    assert whole["kind"] == "company_response" and whole["item"] == "whole_answer"
    assert whole["text"].startswith("This letter supplements the Company’s letters to you dated June 12, 2024")


def test_cells_are_safe_and_fit_a_spreadsheet() -> None:
    letter = Letter(
        source='=HYPERLINK("http://example.com")',
        sha256="0" * 64,
        kind="staff_comments",
        company="+Acme",
        comments=[Comment(number=1, text="-" + "x" * (CELL_LIMIT + 10), section=["=1+1"])],
    )
    out = io.StringIO()
    write_csv([(letter.source, letter)], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert list(row) == list(COLUMNS)
    assert row["source"].startswith("'=") and row["company"] == "'+Acme"
    assert row["text"].startswith("'-x") and row["text"].endswith(CUT_MARK) and len(row["text"]) <= CELL_LIMIT
    assert json.loads(row["section"]) == ["=1+1"]  # a list is JSON text, opening with '[': no formula


def test_csv_and_json_are_one_or_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "--csv", "--json", str(STAFF_SEED)])
    assert exit_.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_each_row_names_the_filings_the_letter_reviews(capsys: pytest.CaptureFixture[str]) -> None:
    """What a response's Re: line repeats: ADM's staff letter of May 2024 reviews its 10-K for 2023 and an 8-K."""
    staff = "sec/ADM/ADM_0000000000-24-005934/filings/0000000000-24-005934/filename1.pdf"
    status, rows, _ = _rows(capsys, str(corpus_file(staff)))
    assert status == 0 and len(rows) == 6
    assert {r["filings_reviewed"] for r in rows} == {
        json.dumps(
            [
                {"form": "10-K", "period": "2023-12-31", "filed": None},
                {"form": "8-K", "period": None, "filed": "2024-03-12"},
            ]
        )
    }
