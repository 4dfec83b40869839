"""`commentletters reviews`: the archive's reviews, their state and the next answer's due date.

Two real reviews, read by hand: ADM's 2020 review of its 10-K for 2019 and 10-Q (staff letters of
August 25 and September 16, 2020, ADM's answers between, the completion letter of October 29: two
rounds, 65 days); Carrier's draft registration statement (DRS) review, of which only the staff's
first letter, of September 5, 2019, is given here: open, the answer due ten business days later,
September 19, 2019.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from commentletters.archive import clock
from commentletters.cli import main
from tests.conftest import corpus_file

ADM = corpus_file("sec/ADM/ADM_0000000000-20-007987")
CARRIER = corpus_file("sec/CARR/CARR_0000000000-19-013211/filings/0000000000-19-013211")


@pytest.fixture
def two_reviews(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2019, 10, 1))  # (Carrier's answer 12 days late)
    assert main(["ingest", "--no-progress", str(ADM), str(CARRIER)]) == 0
    capsys.readouterr()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["reviews", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_lines_newest_first(two_reviews: None, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--json")
    assert status == 0 and err == "2 reviews (1 open, 1 past due)\n"
    adm, carrier = (json.loads(line) for line in out.splitlines())
    assert (adm["key"], adm["state"], adm["started"], adm["ended"]) == (
        "0000000000-20-007987",
        "completed",
        "2020-08-25",
        "2020-10-29",
    )
    assert (adm["duration_days"], adm["rounds"], adm["forms"], adm["tickers"]) == (65, 2, ["10-K", "10-Q"], ["ADM"])
    assert (adm["due_date"], adm["days_past_due"]) == (None, None)
    assert (carrier["state"], carrier["forms"], carrier["due_date"], carrier["days_past_due"]) == (
        "open",
        ["DRS"],
        "2019-09-19",
        12,
    )
    assert carrier["due_reason"] == "ten business days after the staff letter of 2019-09-05"


def test_open_and_past_due_leave_the_completed_out(two_reviews: None, capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--open", "--past-due"):
        status, out, _ = _run(capsys, option, "--json")
        assert status == 0 and [json.loads(line)["key"] for line in out.splitlines()] == ["0000000000-19-013211"]
    status, out, _ = _run(capsys, "--state", "completed", "--json")
    assert [json.loads(line)["key"] for line in out.splitlines()] == ["0000000000-20-007987"]


def test_past_due_is_judged_as_of_today(
    two_reviews: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2019, 9, 19))  # the day it is due: not yet late
    status, out, err = _run(capsys, "--past-due")
    assert (status, out, err) == (1, "", "0 reviews (0 open, 0 past due)\n")


def test_readable_lines_and_csv(two_reviews: None, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "--company", "Carrier")
    assert out.splitlines() == [
        "2019-09-05  Carrier Global (CARR)  DRS  open, answer due 2019-09-19 (12 days past due)",
        "    0000000000-19-013211 · 1 round · ten business days after the staff letter of 2019-09-05",
    ]
    _, out, _ = _run(capsys, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["key"], r["state"], r["forms"], r["days_past_due"]) for r in rows] == [
        ("0000000000-20-007987", "completed", '["10-K", "10-Q"]', ""),
        ("0000000000-19-013211", "open", '["DRS"]', "12"),
    ]


def test_an_unknown_company_is_an_error_that_names_close_ones(
    two_reviews: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["reviews", "--company", "Carier"])
    assert exit_.value.code == 2
    assert "--company: no company in the archive" in capsys.readouterr().err


def test_an_empty_archive_says_how_to_fill_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys)
    assert (status, out) == (1, "")
    assert "the archive holds no letters yet" in err and "commentletters ingest PATH" in err
