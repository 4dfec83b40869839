"""`commentletters commitments`: the ledger of what companies' answers commit to.

Two real reviews, read by hand: ADM's 2020 review, whose answers of September 8 (comments 1, 2 and 3:
five sentences promising disclosure in future filings) and October 21 (answer 1 to the follow-up of
September 16: two more) promise only; and ResMed's 2021 review, whose answer of March 29 says it has
filed an amendment with the missing consent: a change made, nothing promised.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from commentletters.cli import main
from tests.conftest import corpus_file

ADM = corpus_file("sec/ADM/ADM_0000000000-20-007987")
RESMED = corpus_file("sec/RMD/RMD_0000000000-21-002318")


@pytest.fixture
def ledger(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--no-progress", str(ADM), str(RESMED)]) == 0
    capsys.readouterr()


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[dict], str]:
    status = main(["commitments", "--json", *args])
    out, err = capsys.readouterr()
    assert status == (0 if out else 1)
    return [json.loads(line) for line in out.splitlines()], err


def test_every_commitment_newest_answer_first(ledger: None, capsys: pytest.CaptureFixture[str]) -> None:
    rows, err = _json(capsys)
    assert err == "8 commitments (7 promised for future filings)\n"
    assert [(r["answer_date"], r["kind"]) for r in rows] == [
        ("2021-03-29", "made"),
        *[("2020-10-21", "future")] * 2,
        *[("2020-09-08", "future")] * 5,
    ]
    made = rows[0]
    assert (made["company"], made["tickers"], made["answer_letter"], made["answer_number"]) == (
        "ResMed",
        ["RMD"],
        "0000943819-21-000006",
        1,
    )
    assert (made["comment_letter"], made["comment_number"], made["review"]) == (
        "0000000000-21-002318",
        1,
        "0000000000-21-002318",
    )
    assert made["text"].startswith("In response to the Staff’s comment, we have filed an amendment to the 10-K")
    follow_up = rows[1]  # ADM's answer to the staff's follow-up letter, linked to its comment
    assert (follow_up["comment_letter"], follow_up["comment_number"]) == ("0000000000-20-008734", 1)


def test_filters(ledger: None, capsys: pytest.CaptureFixture[str]) -> None:
    rows, _ = _json(capsys, "--kind", "made")
    assert [r["answer_letter"] for r in rows] == ["0000943819-21-000006"]
    rows, _ = _json(capsys, "--since", "2020-10-01")
    assert [r["answer_date"] for r in rows] == ["2021-03-29", "2020-10-21", "2020-10-21"]
    rows, _ = _json(capsys, "--company", "ADM", "--kind", "made")
    assert rows == []


def test_readable_lines_and_csv(ledger: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["commitments", "--company", "RMD"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2021-03-29  ResMed (RMD)  answer to comment 1 (0000943819-21-000006)  changed in a filing",
        "    In response to the Staff’s comment, we have filed an amendment to the 10-K to include a written",
        "    consent from our independent auditors as an exhibit.",
    ]
    assert main(["commitments", "--company", "ADM", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 7 and {r["kind"] for r in rows} == {"future"} and rows[0]["tickers"] == '["ADM"]'


def test_a_date_that_is_none_is_refused_in_words(ledger: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["commitments", "--since", "2025-13-01"])
    assert exit_.value.code == 2
    assert "'2025-13-01' is not a date YYYY-MM-DD" in capsys.readouterr().err
