"""A review or a letter printed from Chromium (its own PDF printing, read back with pdfium): the whole
correspondence on paper, none of the screen's navigation or forms, and the addresses a reader of the
paper needs (the page's own, EDGAR's, the original PDF's) written out."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from commentletters.archive import models

from .chromium import chromium_page

RESPONSE = "0001193125-16-582198"  # Facebook's answer, filed as HTML: five pages, signed Jeffrey R. Vetter
STAFF_PDF = "0000000000-16-073605"


def _printed(base_url: str, url: str, tmp_path: Path) -> str:
    """The text of ``url`` as Chromium prints it on Letter paper, lines joined by single spaces."""
    with chromium_page(base_url) as page:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.pdf(path=str(tmp_path / "printed.pdf"), format="Letter")
    pdf = pdfium.PdfDocument(tmp_path / "printed.pdf")
    return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))


def test_a_printed_review_has_its_correspondence_and_no_navigation(  # type: ignore[no-untyped-def]
    transactional_db, archive: models.Review, live_server, tmp_path
) -> None:
    text = _printed(live_server.url, f"/reviews/{archive.key}/", tmp_path)
    assert "Refer to Item 303(a)(3) of Regulation S-K" in text  # the follow-up comment of round 2
    assert "appears to have calculated the 79%" in text  # an answer
    for screen_only in ("Authorities", "Charts", "Search comments", "Sign in to curate", "Similar comments"):
        assert screen_only not in text
    assert f"Printed from {live_server.url}/reviews/{archive.key}/" in text


def test_a_printed_letter_has_its_original_to_the_last_line(  # type: ignore[no-untyped-def]
    transactional_db, archive, live_server, tmp_path
) -> None:
    """The original scrolls in a box on screen; on paper it runs to its end, the signature and copies."""
    text = _printed(live_server.url, f"/letters/{RESPONSE}/", tmp_path)
    assert "Sincerely, /s/ Jeffrey R. Vetter" in text and "Fenwick & West LLP" in text
    assert "<https://www.sec.gov/Archives/edgar/data/1326801/000119312516582198/>" in text


def test_a_printed_pdf_letter_gives_the_address_of_its_original(  # type: ignore[no-untyped-def]
    transactional_db, archive, live_server, tmp_path
) -> None:
    """A PDF in a frame does not print; the paper says where the letter as filed is."""
    text = _printed(live_server.url, f"/letters/{STAFF_PDF}/", tmp_path)
    assert f"not printed with this page: {live_server.url}/letters/{STAFF_PDF}/original" in text


def test_printed_comment_footers_keep_no_separator_of_the_links_they_hide(  # type: ignore[no-untyped-def]
    transactional_db, archive, live_server
) -> None:
    """The footers' on-screen links ("Similar comments · in the letter") are not printed: nor are the
    dots between them, which stood alone on paper after the comment."""
    printed: dict[str, list[str]] = {}
    with chromium_page(live_server.url) as page:
        page.emulate_media(media="print")
        for url in (f"/reviews/{archive.key}/", f"/letters/{STAFF_PDF}/"):
            page.goto(url)
            printed[url] = page.locator("p.tags").all_inner_texts()
    assert all(printed.values()), printed  # both pages have comment footers
    assert {url: [t for t in texts if "·" in t] for url, texts in printed.items()} == {url: [] for url in printed}
