"""Typographic ligatures ("ﬁ", "ﬃ") in text and HTML letters read as their letters, as pdfium gives a PDF's.

A letter copied out of a typeset PDF can carry them: "Ofﬁcer", "in future ﬁlings" and "ﬁle" must still read
as the words, or the title, the asks and the commitments they spell are lost.
"""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import SHARED

LIGATURES = {"ffi": "\ufb03", "fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}


def _ligatured(text: str) -> str:
    for letters, ligature in LIGATURES.items():
        text = text.replace(letters, ligature)
    return text


def test_text_and_html_lines_spell_ligatures_out() -> None:
    assert [
        ln.text for ln in extract(_ligatured("Chief Financial Officer\nin future filings, the flows").encode()).lines
    ] == ["Chief Financial Officer", "in future filings, the flows"]
    html = "<html><body><p>" + _ligatured("Please file the affiliate agreement as an exhibit.") + "</p></body></html>"
    assert [ln.text for ln in extract(html.encode(), "x.htm").lines] == [
        "Please file the affiliate agreement as an exhibit."
    ]


def test_the_seed_staff_letter_with_ligatures_reads_as_without() -> None:
    data = (SHARED / "seeds" / "sec-staff-letter-2014-11-17.txt").read_bytes()
    plain = parse_letter(data, "letter.txt")
    ligatured = parse_letter(_ligatured(data.decode("utf-8")).encode("utf-8"), "letter.txt")
    assert ligatured.signatories == plain.signatories
    assert [c.asks for c in ligatured.comments] == [c.asks for c in plain.comments]
    assert "revise_future_filings" in ligatured.comments[0].asks  # "in future ﬁlings"
    assert "file_exhibit" in ligatured.comments[12].asks  # "ﬁle … as an exhibit"
    assert [c.text for c in ligatured.comments] == [c.text for c in plain.comments]
