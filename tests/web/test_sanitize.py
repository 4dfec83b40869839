"""Letter HTML is shown with its structure but nothing that runs or fetches."""

from __future__ import annotations

from pathlib import Path

from commentletters.web.sanitize import sanitize_letter_html

DEMO = Path(__file__).resolve().parents[2] / "demo/edgar"


def test_scripts_handlers_and_remote_things_are_removed() -> None:
    html = (
        "<html><head><title>CORRESP</title><script>alert(1)</script></head><body>"
        '<p style="position:fixed;font-weight:bold;background:url(http://x.test/a)" onclick="steal()">Dear Staff'
        '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">link</a>'
        '<iframe src="http://x.test">frame</iframe><form action="/x"><input name="a"></form></p></body></html>'
    )
    clean = sanitize_letter_html(html)
    for bad in (
        "script",
        "alert",
        "onclick",
        "onerror",
        "javascript",
        "iframe",
        "url(",
        "position",
        "<img",
        "<form",
        "<input",
        "CORRESP",
    ):
        assert bad not in clean
    assert '<p style="font-weight:bold">Dear Staff' in clean


def test_real_response_keeps_its_reading_structure() -> None:
    """Facebook's 2016 response (a real EDGAR document with its SGML wrapper): tables and bold kept."""
    raw = (DEMO / "META/META_0000000000-16-073605/filings/0001193125-16-582198/filename1.htm").read_text()
    clean = sanitize_letter_html(raw)
    assert "<TYPE>" not in clean and "filename1.htm" not in clean
    assert "<table" in clean and "<b>" in clean
    assert "Facebook, Inc." in clean
    assert "<img" not in clean
