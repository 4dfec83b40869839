"""Each filter of `commentletters search` over the small archive of real letters (what each letter
says: tests/archive/search_letters.py)."""

from __future__ import annotations

import pytest

from commentletters.archive import models
from commentletters.cli import main
from tests.archive.search_letters import (
    ADM_2017_ANSWERS,
    ADM_2017_STAFF,
    ADM_EXHIBIT_21,
    ADM_FUTURE_FILINGS,
    AGILENT_ANSWERS,
    AGILENT_STAFF,
    hits,
)


def _search(capsys: pytest.CaptureFixture[str], *args: str) -> set[tuple[str, str, int]]:
    code = main(["search", *args, "--json", "--limit", "100"])
    out = capsys.readouterr().out
    assert code == (0 if out else 1)
    return hits(out)


@pytest.mark.parametrize("company", ["A", "a", "1090872", "0001090872", "agilent", "Agilent Technologies"])
def test_company_by_ticker_cik_or_name(search_letters, capsys, company: str) -> None:
    found = _search(capsys, "Syria", "--company", company)
    assert {a for _, a, _ in found} == {AGILENT_STAFF, AGILENT_ANSWERS}


@pytest.mark.parametrize(
    ("args", "accessions"),
    [
        (["--type", "comment"], {AGILENT_STAFF, ADM_2017_STAFF}),
        (["--type", "answer"], {AGILENT_ANSWERS, ADM_2017_ANSWERS}),
        (["--year", "2016"], {AGILENT_STAFF, AGILENT_ANSWERS}),
        (["--year", "2018"], {ADM_2017_ANSWERS}),  # ADM answered on 2018-01-05
        (["--form", "10-k"], {AGILENT_STAFF, AGILENT_ANSWERS, ADM_2017_STAFF, ADM_2017_ANSWERS}),
        (["--form", "10K"], {AGILENT_STAFF, AGILENT_ANSWERS, ADM_2017_STAFF, ADM_2017_ANSWERS}),  # as typed
        (["--form", "10 k"], {AGILENT_STAFF, AGILENT_ANSWERS, ADM_2017_STAFF, ADM_2017_ANSWERS}),
        (["--form", "10-KT"], set()),  # another form, not 10-K
        (["--form", "S-1"], set()),
        (["--office", "global security"], {AGILENT_STAFF, ADM_2017_STAFF}),  # printed in the staff letters
        (["--office", "manufacturing"], set()),
    ],
)
def test_one_filter(search_letters, capsys, args: list[str], accessions: set[str]) -> None:
    assert {a for _, a, _ in _search(capsys, "Syria", *args)} == accessions


def test_asks_keeps_to_the_comments_that_ask_it(search_letters, capsys) -> None:
    told = _search(capsys, "Syria", "--asks", "tell_us")
    assert {("comment", AGILENT_STAFF, 1), ("comment", ADM_2017_STAFF, 1)} <= told  # "describe to us"
    assert {t for t, _, _ in told} == {"comment"}
    assert ("comment", ADM_FUTURE_FILINGS, 1) in _search(capsys, "--asks", "revise future filings", "--year", "2020")
    confirmed = _search(capsys, "--asks", "confirm", "--company", "ADM")
    assert ("comment", ADM_EXHIBIT_21, 1) in confirmed
    for _, accession, number in confirmed:
        asks = models.Comment.objects.get(letter__key=accession, letter__current=True, number=number).asks
        assert "confirm" in asks


def test_status_and_authority_agree_with_the_archive(search_letters, capsys) -> None:
    """The filters find exactly the current comments with that status, or citing that authority or a part
    of it ("ASC 350" takes in "ASC 350-20-35")."""
    current = models.Comment.objects.filter(letter__current=True)
    for status in {c.status for c in current}:
        want = {("comment", c.letter.key, c.number) for c in current.filter(status=status)}
        assert _search(capsys, "--status", status, "--type", "comment") == want, status
    cited = models.Authority.objects.filter(comments__letter__current=True).distinct()
    assert cited.exists()
    every = list(models.Authority.objects.all())
    for authority in cited:
        parts = [a for a in every if _part_of(authority.name, a.name)]
        want = {("comment", c.letter.key, c.number) for c in current.filter(authorities__in=parts)}
        found = _search(capsys, "--authority", authority.name.upper(), "--type", "comment")  # any case
        assert found == want, authority.name


def _part_of(whole: str, name: str) -> bool:
    """Whether ``name`` is ``whole`` or continues it ("ASC 350-20", "Item 303(a) of Regulation S-K")."""
    head, _, of = whole.partition(" of ")
    own, _, its_of = name.partition(" of ")
    return of == its_of and (own == head or own.startswith((f"{head}-", f"{head}(", f"{head}.")))
