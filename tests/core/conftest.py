"""Fixtures for the core's tests: a headless Chromium (Debian's) that prints HTML to PDF, for tests that read letters as
the browser prints them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def printer() -> Iterator[object]:
    """A headless Chromium page that prints HTML files to PDF."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed to print letters to PDF: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield browser.new_page()
        browser.close()
