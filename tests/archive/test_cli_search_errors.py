"""`commentletters search` says what to do next when it cannot show hits: exit status 1 when nothing
matches or the search cannot run, 2 for an option value that cannot be used (as argparse does)."""

from __future__ import annotations

import pytest

from commentletters.cli import main
from commentletters.commands import search_output
from commentletters.web.search import SearchTimeout


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(["search", *args])
    except SystemExit as exc:  # argparse's error
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_empty_archive_says_ingest_or_sync_first(capsys) -> None:
    code, out, err = _run(capsys, "revenue")
    assert (code, out) == (1, "")
    assert "holds no letters yet" in err and "ingest or sync first" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["xylophone"], "nothing matches 'xylophone'; try other or fewer words\n"),
        (
            ["Syria", "--year", "2021"],
            "nothing matches 'Syria' with these filters; try other or fewer words, or fewer filters\n",
        ),
        (["--form", "S-1"], "nothing matches these filters; try fewer of them\n"),
        (  # a pasted paragraph is repeated only in part
            ["xylophone " * 20],
            "nothing matches "
            + repr(("xylophone " * 20)[:80])
            + " (and 120 more characters); try other or fewer words\n",
        ),
        (["the", "and"], "only common words (the, and): nothing to search for; add a less common word\n"),
        (['"'], 'no words to search for: type a word or "a phrase"\n'),
    ],
)
def test_nothing_to_show(search_letters, capsys, args: list[str], said: str) -> None:
    code, out, err = _run(capsys, *args)
    assert (code, out, err) == (1, "", f"error: {said}")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--company", "Agilnet"],
            "no company in the archive has the ticker, CIK or name 'Agilnet'; did you mean "
            "Agilent Technologies (A, CIK 1090872)?",
        ),
        (
            ["--company", "ch"],  # in both names
            "'ch' names more than one company: Agilent Technologies (A, CIK 1090872); Archer Daniels Midland "
            "(ADM, CIK 7084); give its ticker or CIK",
        ),
        (["--company", "ZZZZ"], "no company in the archive has the ticker, CIK or name 'ZZZZ'\n"),
        (["--authority", "Rule 999 of Regulation Q"], "no authority named 'Rule 999 of Regulation Q' is cited"),
        (["--asks", "tell_us", "--type", "answer"], "company answers ask nothing"),
        (["--asks", "dance"], "'dance' is not something a comment asks; use one of tell_us, revise"),
        (["--year", "96"], "'96' is not a number from 1990 to 2100"),
        (["--limit", "0"], "'0' is not a number from 1 to 10000"),
        (["--status", "closed"], "invalid choice: 'closed'"),
    ],
)
def test_bad_option_values(search_letters, capsys, args: list[str], said: str) -> None:
    code, out, err = _run(capsys, "Syria", *args)
    assert (code, out) == (2, "")
    assert said in err and "usage: commentletters search" in err


def test_over_the_time_limit_suggests_a_filter(search_letters, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> None:
        raise SearchTimeout("interrupted")

    monkeypatch.setattr(search_output, "search", slow)
    code, out, err = _run(capsys, "disclosure")
    assert (code, out) == (1, "")
    assert err == (
        "error: the search took longer than 2 s and was stopped; narrow it with more words or a filter "
        "(--company, --year, --type, --form)\n"
    )


@pytest.mark.parametrize("words", [["tell", "us"], ["Tell", "the", "staff"], ["revise-future-filings"]])
def test_asks_by_its_words_is_no_error(search_letters, capsys, words: list[str]) -> None:
    code, _, err = _run(capsys, "--asks", " ".join(words), "--limit", "1")
    assert code == 0, err
