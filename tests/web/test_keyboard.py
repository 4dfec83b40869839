"""By keyboard alone: Tab from the top of a page reaches every link and control in reading order, each
shows where the focus is (an outline of at least 3:1 against the page, WCAG 1.4.11), the skip link
comes first and leads into the main content, and the last stop hands the focus back to the browser."""

from __future__ import annotations

from typing import Any

from commentletters.archive import models

from .chromium import chromium_page

FOCUSED = """() => { const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  const name = e.labels && e.labels[0] ? e.labels[0].innerText : e.innerText || e.getAttribute('aria-label');
  return {name: (name || '').trim(),
          outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), colour: s.outlineColor,
          page: getComputedStyle(document.body).backgroundColor}; }"""
FOCUSABLE = """() => [...document.querySelectorAll('a[href], input, select, button, [tabindex="0"]')]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden').length"""


def _luminance(css: str) -> float:
    channels = [int(c) / 255 for c in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two CSS rgb() colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _tab_through(page: Any, limit: int = 300) -> list[dict[str, Any]]:
    """Each focus stop from the top of the page until the focus leaves it (a trap fails at ``limit``)."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if (stop := page.evaluate(FOCUSED)) is None:
            return stops
        stops.append(stop)
    raise AssertionError(f"the focus never left the page after {limit} Tabs: {stops[-3:]}")


def _assert_visible(stops: list[dict[str, Any]]) -> None:
    faint = [(s["name"], s["colour"]) for s in stops if s["outline"] < 2 or contrast(s["colour"], s["page"]) < 3]
    assert faint == []


def test_a_review_by_keyboard(transactional_db, archive: models.Review, live_server) -> None:  # type: ignore[no-untyped-def]
    with chromium_page(live_server.url) as page:
        page.goto(f"/reviews/{archive.key}/")
        stops = _tab_through(page)
        assert stops[0]["name"] == "Skip to content"
        assert len(stops) == page.evaluate(FOCUSABLE)  # every link reached once, nothing unreachable
        _assert_visible(stops)
        page.goto(f"/reviews/{archive.key}/")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)["name"] == "Companies"  # the crumbs: the first link inside main


def test_the_search_page_by_keyboard(transactional_db, archive, live_server) -> None:  # type: ignore[no-untyped-def]
    """With results on it the page starts at the top (the skip link, then the site's links), not in the
    query box, and the form's controls follow in the order they are shown."""
    with chromium_page(live_server.url) as page:
        page.goto("/search/?q=tax")
        stops = _tab_through(page)
        names = [s["name"] for s in stops]
        assert names[0] == "Skip to content"
        form = names.index('Words or "a phrase"')
        assert names[form : form + 4] == ['Words or "a phrase"', "Search", "Company:", "Form reviewed:"]
        assert names.count("Open the letter") == 5 and names[-1] == "Sign in to curate"
        _assert_visible(stops)
        page.goto("/search/")  # nothing asked yet: the query box has the focus, ready to type
        # (the browser gives an autofocus control the focus when it next renders the page, which may come after the
        # load event on a busy machine: waited for, up to the usual timeout)
        page.wait_for_function("() => document.activeElement && document.activeElement !== document.body")
        assert page.evaluate(FOCUSED)["name"] == 'Words or "a phrase"'
