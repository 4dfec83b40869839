"""Company letters filed as plain text wrapped narrower than usual (60 columns): the opening, read for the staff
letters answered and for what the letter asks, must read as in the HTML letter. Real letters of the corpus."""

from __future__ import annotations

import textwrap

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file


def wrapped(relative: str, width: int = 60) -> tuple[bytes, bytes]:
    """The letter as filed, and its lines as plain text wrapped at ``width``, a blank line after each."""
    path = corpus_file(relative)
    data = path.read_bytes()
    out: list[str] = []
    for line in extract(data, str(path)).lines:
        if line.text.strip():
            out += [*textwrap.wrap(line.text.strip(), width), ""]
    return data, "\n".join(out).encode()


def test_a_label_s_word_wrapped_onto_a_line_ends_no_opening() -> None:
    """Facebook's letter of November 8, 2016 asks for more time ("the Company confirms that it will file a
    response by November 18, 2016"); wrapped, "… and the Initial" / "Response Date to the Company's …" put
    "Response" at a line's start, which ended the opening as an answer's label would: the letter read as an
    answer to comments."""
    data, text = wrapped("sec/META/META_0000000000-16-073605/filings/0001193125-16-763238/filename1.htm")
    assert b"\nResponse Date to the Company" in text
    original, narrow = parse_letter(data, "letter.htm"), parse_letter(text, "letter.txt")
    assert (original.kind, original.subkind) == ("company_other", "extension_request")
    assert (narrow.kind, narrow.subkind) == (original.kind, original.subkind)


def test_a_date_wrapped_onto_its_own_line_after_the_letter_it_dates() -> None:
    """L3Harris's letter of March 13, 2020: "Reference is made to your letter (the “Comment Letter”)" /
    "dated January 21, 2020": the second line, a date alone after "dated", was left out of the opening as a
    running header's date would be, and with it the staff letter answered."""
    data, text = wrapped("sec/LHX/LHX_0000000000-20-000514/filings/0000202058-20-000020/filename1.htm")
    assert "Comment Letter”)\ndated January 21, 2020\n" in text.decode()
    assert parse_letter(data, "letter.htm").responds_to == ["2020-01-21"]
    assert parse_letter(text, "letter.txt").responds_to == ["2020-01-21"]
