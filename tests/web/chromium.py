"""Debian's Chromium driven by Playwright, for the tests that look at the pages as a browser shows them.

One place for how the browser starts (headless, no sandbox as root, nothing fetched from the network),
so that the end-to-end, accessibility, small-screen and print tests see the same browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium_page(base_url: str, width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A fresh page of a headless Chromium whose relative addresses go to ``base_url``."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed for the browser tests: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height}, base_url=base_url)
        finally:
            browser.close()


def problems_on_pages(
    base_url: str, urls: list[str], check: Callable[[Any], list[str]], width: int = 1280, height: int = 900
) -> dict[str, list[str]]:
    """``check`` run on each page once it has loaded: the pages it found something wrong with, and what."""
    problems: dict[str, list[str]] = {}
    with chromium_page(base_url, width, height) as page:
        for url in urls:
            page.goto(url)
            page.wait_for_load_state("networkidle")
            if found := check(page):
                problems[url] = found
    return problems
