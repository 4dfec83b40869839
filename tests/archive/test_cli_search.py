"""`commentletters search`: readable text, JSON Lines and CSV over a small archive of real letters
(tests/archive/search_letters.py says what the letters ask)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from commentletters.cli import main
from commentletters.web.search_rows import FIELDS
from tests.archive.search_letters import (
    ADM_2017_ANSWERS,
    ADM_2017_STAFF,
    AGILENT_ANSWERS,
    AGILENT_STAFF,
)

SYRIA_COMMENTS = {("comment", AGILENT_STAFF, 1), ("comment", AGILENT_STAFF, 2)} | {
    ("comment", ADM_2017_STAFF, 1),
    ("comment", ADM_2017_STAFF, 2),
}


def test_json_lines_one_hit_each_with_its_whole_text(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Syria", "--json", "--limit", "50"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["type"] for r in rows} == {"comment", "answer"}
    assert {(r["type"], r["accession"], r["number"]) for r in rows if r["type"] == "comment"} == SYRIA_COMMENTS
    assert {r["accession"] for r in rows if r["type"] == "answer"} == {AGILENT_ANSWERS, ADM_2017_ANSWERS}
    assert err == f"{len(rows)} comments and answers match\n"
    first = next(r for r in rows if (r["type"], r["accession"], r["number"]) == ("comment", AGILENT_STAFF, 1))
    assert tuple(first) == FIELDS
    assert {k: first[k] for k in ("company", "ticker", "cik", "date", "forms", "review", "url")} == {
        "company": "Agilent Technologies",
        "ticker": "A",
        "cik": "0001090872",
        "date": "2016-09-14",
        "forms": ["10-K"],
        "review": AGILENT_STAFF,
        "url": "https://www.sec.gov/Archives/edgar/data/1090872/000000000016092800/",
    }
    assert "Please describe to us the nature and extent of any past, current, and anticipated" in first["text"]
    assert first["text"].endswith("entities they control.")
    assert (
        "Syria" in first["snippet"] and "<mark>" not in first["snippet"] and len(first["snippet"]) < len(first["text"])
    )


def test_csv_has_a_header_and_lists_as_json(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Syria", "--csv", "--type", "comment"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == FIELDS
    assert {(r["type"], r["accession"], int(r["number"])) for r in rows} == SYRIA_COMMENTS
    assert {r["forms"] for r in rows} == {'["10-K"]'}
    assert err == "4 staff comments match\n"


def test_readable_text_marks_the_words_and_counts(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Syria", "--company", "A", "--type", "comment", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "2 staff comments match; showing 1"
    assert lines[2].startswith("Agilent Technologies (A) · 2016-09-14 · 10-K · staff comment ")
    assert "[Syria]" in out and "\x1b[" not in out  # captured output is no terminal: brackets, no escapes
    assert f"{AGILENT_STAFF}  https://www.sec.gov/Archives/edgar/data/1090872/000000000016092800/" in out


def test_newest_first_and_the_limit(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Sudan", "--order", "date", "--json", "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    dates = [json.loads(line)["date"] for line in out.splitlines()]
    assert len(dates) == 3 and dates == sorted(dates, reverse=True) and dates[0] == "2018-01-05"
    assert err.endswith("; showing 3\n")


def test_filters_alone_list_the_newest(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--company", "ADM", "--type", "comment", "--json", "--limit", "1"]) == 0
    (row,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert (row["accession"], row["date"]) == ("0000000000-21-013296", "2021-11-02")


def test_statuses_are_the_archives(db) -> None:
    from commentletters.archive.models import Comment
    from commentletters.commands.search import STATUSES

    assert tuple(s for s, _ in Comment.STATUSES) == STATUSES


def test_text_from_letters_cannot_drive_the_terminal(search_letters, capsys: pytest.CaptureFixture[str]) -> None:
    """Letters are untrusted: a control sequence in a text or a name (a terminal title, a hidden link,
    a cleared screen) is printed as visible escapes, never sent to the terminal; JSON keeps the text."""
    from commentletters.archive.models import Comment, Company
    from commentletters.commands.search_output import marked

    comment = Comment.objects.get(letter__key=AGILENT_STAFF, number=1)
    hostile = "\x1b]8;;http://evil.example/\x07click\x1b]8;;\x07 \x1b[2J\x9b31m"
    Comment.objects.filter(pk=comment.pk).update(text=f"{comment.text} Zanzibar {hostile}")
    Company.objects.filter(cik="0001090872").update(name="Agilent\x1b]0;owned\x07 Technologies")
    assert main(["search", "Zanzibar"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    assert "Agilent\\x1b]0;owned\\x07 Technologies (A)" in out and "\\x1b]8;;http://evil.example/\\x07click" in out
    with pytest.raises(SystemExit):
        main(["search", "Zanzibar", "--company", "Agilnet"])  # "did you mean Agilent…?"
    err = capsys.readouterr().err
    assert "Agilent\\x1b]0;owned\\x07 Technologies (A, CIK 1090872)" in err and "\x1b" not in err
    bold = marked("<mark>Syria</mark> \x1b[2J", bold=True)
    assert bold == "\x1b[1mSyria\x1b[22m \\x1b[2J"
    assert main(["search", "Zanzibar", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["text"].endswith(hostile)


def test_wrapping_never_cuts_a_bold(db) -> None:
    from commentletters.commands.search_output import marked, wrapped

    long_word = "https://www.sec.gov/" + "x" * 120
    snippet = marked(f"see <mark>{long_word}</mark> and <mark>goodwill</mark> " + "word " * 30, bold=True)
    lines = wrapped(snippet, 40).splitlines()
    assert len(lines) > 3
    for line in lines:  # each bold opened and closed whole on its line
        assert line.count("\x1b[1m") == line.count("\x1b[22m") == line.count("\x1b[") / 2
    assert "".join(line.strip() for line in lines).count(long_word) == 1
