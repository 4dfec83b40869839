"""Plain-text letters printed with Markdown bold: the markers come off, the run is emphasised."""

from __future__ import annotations

from commentletters.core.extract import extract


def _lines(text: str) -> list[tuple[str, bool]]:
    return [(ln.text, ln.emphasis) for ln in extract(text.encode(), "x.txt", furniture=False).lines]


def test_bold_run_over_lines() -> None:
    text = "Dear Sir:\n**Re: Acme Inc.\nForm 10-K\nFile No. 001-12345**\nBody text."
    assert _lines(text) == [
        ("Dear Sir:", False),
        ("Re: Acme Inc.", True),
        ("Form 10-K", True),
        ("File No. 001-12345", True),
        ("Body text.", False),
    ]


def test_redaction_marks_and_unclosed_bold_are_left() -> None:
    text = "Revenue was [***] million.\n*** - Information omitted\n**Unclosed heading\n\nNext paragraph."
    assert _lines(text) == [
        ("Revenue was [***] million.", False),
        ("*** - Information omitted", False),
        ("Unclosed heading", True),
        ("", False),  # bold does not cross a blank line
        ("Next paragraph.", False),
    ]
