"""A sentence that ends on a date right above a running header keeps its date, where no page break is marked."""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from commentletters.core.extract.marks import ends_broken_sentence
from tests.conftest import corpus_file

CHUBB_2017 = "sec/CB/CB_0000000000-17-027038/filings/0000000000-17-027038/filename1.pdf"


def _without_page_breaks(relative: str) -> list[str]:
    path = corpus_file(relative)
    return [ln.text for ln in extract(path.read_bytes(), str(path)).lines]


@pytest.mark.parametrize("fmt", ["txt", "htm"])
def test_a_date_ending_a_sentence_above_the_header_stays_in_the_comment(fmt: str) -> None:
    """Chubb's letter of August 1, 2017, as text with no page breaks (a copy of its lines, or HTML with a
    line break after each): page 1 ends "... for these coverages at" / "December 31, 2016." and page 2
    opens "Mr. Philip V. Bancroft" / "Chubb Limited" / "August 1, 2017" / "Page 2". The date ends the
    sentence; it is no part of the header (before, it was dropped with it)."""
    lines = _without_page_breaks(CHUBB_2017)
    assert "December 31, 2016." in lines
    data = "\n".join(lines) if fmt == "txt" else "<html><body><p>" + "<br>".join(lines) + "</p></body></html>"
    first = parse_letter(data.encode(), f"letter.{fmt}").comments[0]
    assert "for these coverages at December 31, 2016." in first.text
    assert "Bancroft" not in first.text and "Page 2" not in first.text


def test_dates_that_end_sentences() -> None:
    assert ends_broken_sentence("December 31, 2016.")
    assert ends_broken_sentence("May 7, 2020. ")
    assert not ends_broken_sentence("August 1, 2017")
    assert not ends_broken_sentence("Chubb Limited.")
    assert ends_broken_sentence("proxy statement.")
    assert not ends_broken_sentence("eBay Inc.") and not ends_broken_sentence("salesforce.com, inc.")
    assert not ends_broken_sentence("proxy statement")


OCCIDENTAL_2019 = "sec/OXY/OXY_0000000000-19-010556/filings/0000000000-19-010557/filename1.pdf"
WYNN_2018 = "sec/WYNN/WYNN_0000000000-18-013115/filings/0000000000-18-013115/filename1.pdf"


def test_other_sentence_ends_above_the_header() -> None:
    """As text with no page breaks: the staff's letter to Carl C. Icahn (2019) ends page 1 "... regarding the
    distribution of this" / "proxy statement." above "Carl C. Icahn" / "Icahn Enterprises L.P." / "July 1,
    2019" / "Page 2" (words of its Re: block, "preliminary proxy statement"); the letter to Elaine P. Wynn
    (2018) ends it "... the concerns raised.” (page" / "3)" above "Ms. Elaine P. Wynn" / "April 27, 2018" /
    "Page 2" (a number above the header that is not page 1's). Each stays in its comment."""
    icahn = parse_letter("\n".join(_without_page_breaks(OCCIDENTAL_2019)).encode(), "letter.txt").comments
    assert icahn[2].text.endswith("regarding the distribution of this proxy statement.")
    wynn = parse_letter("\n".join(_without_page_breaks(WYNN_2018)).encode(), "letter.txt").comments
    assert [c.number for c in wynn] == [1, 2, 3, 4]
    assert wynn[2].text.endswith("the concerns raised.” (page 3)")
