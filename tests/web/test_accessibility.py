"""Every kind of page passes axe-core's WCAG 2.x A/AA and best-practice rules in a real browser.

axe-core is the engine browsers' own audit tools use; its script comes bundled in the Python package
axe-playwright-python (no network needed). The pages are read as a screen reader would be given them:
one h1, landmarks that can be told apart, every control labelled, every scrolling box reachable by
keyboard, text contrast of at least 4.5:1.
"""

from __future__ import annotations

from typing import Any

from commentletters.archive import models

from .chromium import problems_on_pages

AXE_RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def _pages(review: models.Review) -> list[str]:
    comment = models.Comment.objects.filter(letter__review=review).first()
    assert comment is not None
    return [
        "/",
        "/companies/",
        f"/companies/{review.company_id}/",
        f"/reviews/{review.key}/",
        "/letters/0001193125-16-582198/",  # the company's response, filed as HTML: its original beside it
        "/letters/0000000000-16-073605/",  # the staff's letter, filed as PDF
        "/search/?q=tax",
        "/search/?q=nothingmatchesthis",
        f"/comments/{comment.pk}/similar/",
        "/authorities/",
        "/charts/",
        "/admin/login/?next=/admin/",
        "/no-such-page/",
    ]


def _violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page, options=AXE_RULES).response["violations"]
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in found]


def test_every_kind_of_page_passes_axe(transactional_db, archive, live_server) -> None:  # type: ignore[no-untyped-def]
    assert problems_on_pages(live_server.url, _pages(archive), _violations) == {}


def _heading_faults(page: Any) -> list[str]:
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => +h.tagName[1])")
    skips = [f"h{a}→h{b}" for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    return [f"{levels.count(1)} h1", *skips] if levels.count(1) != 1 or skips else []


def test_every_page_has_one_h1_and_headings_in_order(transactional_db, archive, live_server) -> None:  # type: ignore[no-untyped-def]
    """A screen reader's list of headings reads as an outline: one h1, no level skipped going down."""
    assert problems_on_pages(live_server.url, _pages(archive), _heading_faults) == {}


def test_the_signed_in_front_page_passes_axe(transactional_db, archive, live_server, django_user_model) -> None:  # type: ignore[no-untyped-def]
    """Signed in, the front page also says which letters another parser version read (``archive/stale.py``),
    and a letter's page what to run to read it again."""
    from .chromium import chromium_page

    django_user_model.objects.create_user("curator", password="a-long-password", is_staff=True)
    with chromium_page(live_server.url) as page:
        page.goto("/admin/login/?next=/")
        page.get_by_label("Username").fill("curator")
        page.get_by_label("Password").fill("a-long-password")
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
        assert "read by another parser version" in page.locator(".notice").inner_text()
        assert _violations(page) == [] and _heading_faults(page) == []
        page.goto("/letters/0000000000-16-073605/")  # its parser line says how to read it again
        assert "reparse --stale reads it again" in page.locator("dl").first.inner_text()
        assert _violations(page) == []
