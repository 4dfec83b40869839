"""The command line as a new user types it: words and files among the options, search's -excluded
words without `--`, and a mistyped command or option answered with the one it looks like."""

from __future__ import annotations

import pytest

from commentletters.cli import parse_command_line
from tests.conftest import SAMPLES

STAFF = str(SAMPLES / "sec-staff-letter-2014-11-17.txt")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["search", "goodwill", "--company", "GLW", "impairment"], ["goodwill", "impairment"]),
        (["search", "revenue", "-goodwill", "--limit", "5"], ["revenue", "-goodwill"]),
        (["search", "-hedging", "revenue"], ["revenue", "-hedging"]),  # (not -h with "edging")
        (["search", "--limit=5", "-goodwill"], ["-goodwill"]),
        (["search", "revenue", "--", "-goodwill", "--limit"], ["revenue", "-goodwill", "--limit"]),
        (["search", "--", "-goodwill", "revenue"], ["-goodwill", "revenue"]),
        (["search", "--asks", "amend"], []),
    ],
)
def test_search_words_anywhere(argv: list[str], words: list[str]) -> None:
    assert parse_command_line(argv).words == words


@pytest.mark.parametrize(
    ("argv", "files"),
    [
        (["parse", "a.pdf", "--json", "b.htm", "-"], ["a.pdf", "b.htm", "-"]),
        (["parse", "--json", "a.pdf", "--workers", "2", "b.htm"], ["a.pdf", "b.htm"]),
    ],
)
def test_parse_files_anywhere_in_their_order(argv: list[str], files: list[str]) -> None:
    assert parse_command_line(argv).files == files


def test_ingest_paths_anywhere() -> None:
    assert parse_command_line(["ingest", "corpus", "--no-progress", "seeds"]).paths == ["corpus", "seeds"]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["serach", "revenue"], "no command 'serach' (did you mean search?)"),
        (["ingset", "corpus"], "no command 'ingset' (did you mean ingest?)"),
        ([STAFF], f"(to read a letter: commentletters parse {STAFF}; to archive it: commentletters ingest {STAFF})"),
        (["search", "--compny", "GLW", "revenue"], "unrecognized arguments: --compny (did you mean --company?)"),
        (["search", "revenue", "-json"], "unrecognized arguments: -json (did you mean --json?)"),
        (["parse", "--jsno", STAFF], "unrecognized arguments: --jsno (did you mean --json?)"),
        (["export", "--fromat=csv"], "unrecognized arguments: --fromat=csv (did you mean --format?)"),
    ],
)
def test_a_typo_is_answered_with_what_it_looks_like(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_command_line(argv)
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err
