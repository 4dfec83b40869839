"""A real letter as a plain-text file, for tests that change how it prints: its extracted lines (blank ones left
out), each page's lines parted by a blank line, pages split by form feeds; or read as it is and with a change made."""

from __future__ import annotations

from collections.abc import Callable

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from commentletters.core.letters import Letter
from tests.conftest import corpus_file


def plain_text(relative: str, line: Callable[[str], str] = str, furniture: bool = True) -> str:
    """The letter under ../shared/corpus at ``relative`` as plain text, each line's text (stripped) passed through
    ``line``; ``furniture`` False: its page furniture left out."""
    path = corpus_file(relative)
    pages: dict[int, list[str]] = {}
    for ln in extract(path.read_bytes(), path.name).lines:
        if (text := ln.text.strip()) and (furniture or not ln.furniture):
            pages.setdefault(ln.page, []).append(line(text))
    return "\f".join("\n\n".join(lines) for lines in pages.values())


def as_printed_and_changed(relative: str, old: str, new: str) -> tuple[Letter, Letter]:
    """The letter under ../shared/corpus at ``relative`` read as it is and with ``old`` in its file replaced by ``new``
    (which must change it)."""
    path = corpus_file(relative)
    text = path.read_text("utf-8")
    changed = text.replace(old, new)
    assert changed != text, f"{old!r} is not in {relative}"
    return parse_letter(text.encode(), path.name), parse_letter(changed.encode(), path.name)
