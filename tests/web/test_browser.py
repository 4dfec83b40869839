"""End to end in a real browser (Debian's Chromium driven by Playwright) against a live server:
open the archive, search "non-GAAP", open a review, see a comment beside its answer, screenshot."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from commentletters.archive import models

from .chromium import chromium_page

SHOTS = Path(os.environ.get("COMMENTLETTERS_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build/screenshots"))

NON_GAAP = (
    "Please revise your presentation of non-GAAP measures to give equal or greater prominence to the "
    "most directly comparable GAAP measure. Refer to Question 102.10 of the Non-GAAP Financial Measures "
    "Compliance and Disclosure Interpretations."
)


@pytest.fixture
def page(transactional_db, archive: models.Review, live_server) -> Iterator[object]:
    with chromium_page(live_server.url) as pg:
        yield pg


@pytest.fixture
def archive_with_non_gaap(archive: models.Review) -> models.Review:
    """The Facebook review plus a (real-style) non-GAAP comment in its first letter."""
    letter = archive.letters.get(key="0000000000-16-073605")
    models.Comment.objects.create(letter=letter, number=3, position=3, text=NON_GAAP, status="open")
    return archive


def test_search_then_read_review(transactional_db, archive_with_non_gaap, page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text() == "SEC filing-review correspondence"
    page.get_by_role("search").get_by_role("searchbox").fill("non-GAAP")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=non-GAAP")
    results = page.locator("ol.results > li")
    assert results.count() == 1
    assert [m.lower() for m in results.first.locator("mark").all_inner_texts()] == ["non-gaap", "non-gaap"]
    results.first.get_by_role("link", name="the review").click()
    page.wait_for_url("**/reviews/0000000000-16-073605/")
    pair = page.locator(".pair").first
    comment, answer = pair.locator(".comment"), pair.locator(".answer")
    assert "domestic federal effective tax rate" in comment.inner_text()
    assert "appears to have calculated the 79%" in answer.inner_text()
    c, a = comment.bounding_box(), answer.bounding_box()
    assert c and a and a["x"] > c["x"] + c["width"] - 1 and abs(a["y"] - c["y"]) < 2  # side by side
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "review.png"), full_page=True)
    assert (SHOTS / "review.png").stat().st_size > 10_000


def test_pages_ask_for_nothing_that_is_missing(transactional_db, archive, page) -> None:  # type: ignore[no-untyped-def]
    """Every request a page makes (style sheet, icon, original in its frame) is answered, none 404."""
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
    for url in ("/", f"/reviews/{archive.key}/", "/letters/0001193125-16-582198/"):
        page.goto(url)
        page.wait_for_load_state("networkidle")
    assert failed == []


@pytest.fixture
def archive_that_asks(archive: models.Review) -> models.Review:
    """The Facebook review, its comment 2 ("Please tell us the reasons ...") asking to tell the staff
    (set before the browser starts: the ORM cannot run beside Playwright's event loop)."""
    archive.letters.get(key="0000000000-16-073605").comments.filter(number=2).update(asks=["tell_us"])
    return archive


def test_search_by_what_a_comment_asks(transactional_db, archive_that_asks, page) -> None:  # type: ignore[no-untyped-def]
    """The "Comment asks" select, reached by its label, keeps the results to the comments asking it."""
    page.goto("/search/?q=tax")
    assert page.locator("ol.results > li").count() == 5
    page.get_by_label("Comment asks").select_option(label="Tell the staff")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?*asks=tell_us*")
    results = page.locator("ol.results > li")
    assert results.count() == 1 and "Staff comment 2" in results.first.inner_text()
    assert "staff comments only" in page.get_by_role("status").inner_text()
