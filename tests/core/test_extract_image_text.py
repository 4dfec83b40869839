"""Letters filed as page images whose text layer (1pt white text behind each image) keeps its line
breaks only as runs of spaces: read with those runs as lines, as the printed page shows them."""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.extract.html import extract_html
from tests.conftest import corpus_file

LHX = "sec/LHX/LHX_0000000000-20-000514/filings"
_PARAGRAPH = "We note your response. " * 20


def _texts(html: str) -> list[str]:
    return [ln.text for ln in extract_html(html).lines]


def test_hidden_text_of_an_image_takes_its_runs_of_spaces_as_line_breaks() -> None:
    layer = (
        "March 13, 2020  Heather Clark  Office of Manufacturing    Re:   Acme Inc.    Dear Ms. Clark:   " + _PARAGRAPH
    )
    html = f'<div><img src="p1.jpg"><font style="font-size:1pt;color:white">{layer}</font></div>'
    assert _texts(html)[:6] == [
        "March 13, 2020",
        "Heather Clark",
        "Office of Manufacturing",
        "Re:",
        "Acme Inc.",
        "Dear Ms. Clark:",
    ]


def test_a_letter_with_markup_keeps_double_spaces_inside_its_paragraphs() -> None:
    html = "".join(f"<p>Line {i}.  {_PARAGRAPH}</p>" for i in range(6))  # long paragraphs, but six of them
    assert len(_texts(html)) == 6
    assert _texts("<p>Dear Sir:</p><p>We note  your  letter.</p>") == ["Dear Sir:", "We note your letter."]


def test_l3harris_extension_request_filed_as_an_image() -> None:
    """Read by hand: dated March 13, 2020, it confirms a call agreeing a further extension to answer the
    staff's letter of January 21, 2020 on the 10-K for the year ended June 28, 2019 and the 8-K of October 30,
    2019, signed by Todd Taylor."""
    letter = parse_letter(corpus_file(f"{LHX}/0000202058-20-000020/filename1.htm").read_bytes(), "lhx.htm")
    assert (letter.kind, letter.subkind, letter.date) == ("company_other", "extension_request", "2020-03-13")
    assert letter.responds_to == ["2020-01-21"]
    assert letter.company == "L3Harris Technologies, Inc." and letter.file_numbers == ["001-03863"]
    assert [(f.form, f.period, f.filed) for f in letter.filings_reviewed] == [
        ("10-K", "2019-06-28", None),
        ("8-K", None, "2019-10-30"),
    ]
    assert [p.name for p in letter.signatories] == ["Todd Taylor"]


def test_l3harris_response_filed_as_an_image_answers_both_comments() -> None:
    """Read by hand: the answer of March 27, 2020 restates comments 1 and 2 of January 21, 2020 and
    commits to pro forma information in future earnings releases (1) and to leaving the combined
    information out of them (2)."""
    letter = parse_letter(corpus_file(f"{LHX}/0000202058-20-000023/filename1.htm").read_bytes(), "lhx.htm")
    assert (letter.kind, letter.responds_to) == ("company_response", ["2020-01-21"])
    assert [(r.number, r.commits_future_filing) for r in letter.responses] == [(1, True), (2, True)]
    first, second = letter.responses
    assert first.text.startswith("As agreed during our telephone conversations")  # after "L3Harris Response:"
    assert "also will include for those periods pro forma financial information" in first.text
    assert second.text.startswith("Consistent with the response to Comment #1 above")
    assert second.restated_comment is not None and second.restated_comment.endswith("last updated April 4, 2018.")
