"""No input crashes the parser: it returns a Letter or raises a LetterError, quickly.

Inputs are random bytes and text, and real letters damaged at random (PDFs cut short or with
bytes overwritten, HTML with pieces cut out or repeated, text re-wrapped). The runs are kept
small so the suite stays fast; each failure hypothesis finds is shrunk to a short example.
"""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commentletters.core import Letter, LetterError, parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file

PDFS = (
    "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf",
    "sec/BBY/BBY_0000000000-16-088191/filings/0000000000-16-088191/filename1.pdf",
)
HTMLS = (
    "sec/BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm",
    "sec/F/F_0000000000-22-007496/filings/0000037996-22-000058/filename1.htm",
)
TEXTS = ("peer/0000000000-21-013530.txt", "peer/0001193125-25-026373.txt")
QUICK = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _real(relative: str) -> bytes:
    return corpus_file(relative).read_bytes()


def _survives(data: bytes) -> None:
    try:
        letter = parse_letter(data, "fuzz")
    except LetterError as err:
        assert err.code and err.source == "fuzz"
        return
    assert isinstance(letter, Letter)
    assert letter.pages >= 1


@QUICK
@given(st.binary(max_size=4096), st.sampled_from([b"", b"%PDF-1.4\n", b"<html><body>", b"<SEC-DOCUMENT>\n<DOCUMENT>"]))
def test_random_bytes(data: bytes, prefix: bytes) -> None:
    _survives(prefix + data)


@QUICK
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    _survives(text.encode("utf-8"))


@QUICK
@given(st.sampled_from(PDFS), st.floats(0, 1), st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), max_size=4))
def test_damaged_real_pdfs(relative: str, keep: float, patches: list[tuple[float, bytes]]) -> None:
    data = bytearray(_real(relative)[: max(1, int(len(_real(relative)) * keep))])
    for where, junk in patches:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    _survives(bytes(data))


@QUICK
@given(st.sampled_from(HTMLS), st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.booleans()), max_size=5))
def test_mangled_real_html(relative: str, cuts: list[tuple[float, float, bool]]) -> None:
    data = _real(relative)
    for a, b, repeat in cuts:
        i, j = sorted((int(a * len(data)), int(b * len(data))))
        data = data[:j] + data[i:] if repeat else data[:i] + data[j:]
    _survives(data)


@QUICK
@given(st.sampled_from(TEXTS), st.integers(20, 200))
def test_rewrapped_real_text_keeps_furniture_invariants(relative: str, width: int) -> None:
    words = _real(relative).decode("utf-8").split(" ")
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > width:
            lines.append(line)
            line = ""
        line += word + " "
    data = "\n".join([*lines, line]).encode("utf-8")
    _survives(data)
    doc = extract(data, "wrapped.txt")
    expected = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    assert [ln.text for ln in doc.lines] == [t.rstrip() for t in expected]  # furniture marks, never deletes
    pages = [ln.page for ln in doc.lines]
    assert pages == sorted(pages) and pages[-1] == doc.pages


# the lines letters are made of, and the marks their structure hangs on, for letters put together at random
_LETTER_LINES = (
    "August 25, 2020",
    "Dear Mr. Smith:",
    "Re: Acme Inc.",
    "Form 10-K for the Fiscal Year Ended December 31, 2023",
    "Filed February 1, 2024",
    "File No. 001-12345",
    "1.",
    "2.",
    "3. Please revise your disclosure.",
    "Comment 1:",
    "Response to Comment 2:",
    "Response:",
    "•",
    "• an item",
    "(a) first",
    "ii. second",
    "- Dash",
    "We note your disclosure on page 9.",
    "Please tell us why.",
    "The Company will revise its disclosure in future filings.",
    "and more",
    "U.S.",
    "Page 2",
    "Sincerely,",
    "Division of Corporation Finance",
    "Office of Technology",
    "*",
    "(",
    "",
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_LETTER_LINES), min_size=1, max_size=40))
def test_letters_put_together_at_random(lines: list[str]) -> None:
    """Salutations, numbers, labels, bullets and closings in any order (a number with no text after it,
    a label with no answer, a bullet alone) leave every stage without a fault (the suite runs strict)."""
    _survives("\n".join(lines).encode("utf-8"))
