"""The envelope's tags are found whatever their case, and a document or text left unclosed runs to the end."""

from __future__ import annotations

from commentletters.core.extract import extract
from commentletters.core.extract.sgml import uudecode
from tests.conftest import corpus_file

BSX_HTM = "sec/BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm"


def _bsx_html() -> bytes:
    """The letter inside the corpus file's <DOCUMENT> wrapper (its <TEXT> … </TEXT>)."""
    wrapped = corpus_file(BSX_HTM).read_bytes()
    start = wrapped.index(b"<TEXT>\n") + len(b"<TEXT>\n")
    return wrapped[start : wrapped.index(b"</TEXT>")]


def test_lower_case_tags_read_like_upper_case_ones() -> None:
    html = _bsx_html()
    lower = b"<document>\n<type>CORRESP\n<filename>bsx.htm\n<text>\r\n" + html + b"</text>\n</document>\n"
    doc = extract(lower, "bsx.txt")
    assert doc.format == "html"
    assert doc.lines[0].text == "April 6, 2016"
    assert doc.lines == extract(html, "bsx.htm").lines


def test_unclosed_document_runs_to_the_end() -> None:
    html = _bsx_html()
    graphic = b"<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nnot a letter\n</TEXT>\n</DOCUMENT>\n"
    open_letter = b"<DOCUMENT>\n<TYPE>CORRESP\n<FILENAME>bsx.htm\n<TEXT>\n" + html  # cut off: no closing tags
    doc = extract(graphic + open_letter, "cut.txt")
    assert any(ln.text.startswith("1. We note that you use") for ln in doc.lines)
    assert any("bsx.htm" in w for w in doc.warnings)


def test_uuencoded_block_starts_only_at_a_line_start() -> None:
    encoded = b"begin 644 a.txt\n#86)C\n`\nend\n"  # "abc"
    assert uudecode(encoded) == b"abc"
    assert uudecode(b"<PDF>\n" + encoded) == b"abc"
    assert uudecode(b"we begin 644 here\n#86)C\n") is None  # "begin" inside a line is prose
