"""Finding a slow pattern's matches only where a fast one says a match can start.

Python's regex engine skips ahead to the positions where a pattern's first character can occur
only when the pattern opens with a literal or a character class. A pattern that opens with
``\\b``, ignores case or opens with a long alternation is tried at every position of the text,
which costs much over long answers. When every match starts where a plain alternation of
literals (which the engine does skip to) matches, the slow pattern need only be tried there.
"""

from __future__ import annotations

import re


def anchored_matches(
    pattern: re.Pattern[str], anchors: re.Pattern[str], text: str, probe: str | None = None, pos: int = 0
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds (non-empty matches), trying ``pattern`` only where
    ``anchors`` matches in ``probe`` (``text`` itself, or a copy of it of the same length, such
    as ``text`` lower-cased, when the anchors are lower-case words). ``pos``: where to start, when
    the caller knows that no match starts before it."""
    found: list[re.Match[str]] = []
    while (start := anchors.search(text if probe is None else probe, pos)) is not None:
        match = pattern.match(text, start.start())
        if match:
            found.append(match)
            pos = match.end()
        else:
            pos = start.start() + 1
    return found


def anchored_search(
    pattern: re.Pattern[str], anchors: re.Pattern[str], text: str, probe: str | None = None, pos: int = 0
) -> re.Match[str] | None:
    """What ``pattern.search(text)`` finds, trying ``pattern`` only where ``anchors`` matches in
    ``probe`` (as :func:`anchored_matches`, from ``pos`` on); with no ``probe`` given, a plain search."""
    if probe is None:
        return pattern.search(text)
    while (start := anchors.search(probe, pos)) is not None:
        if match := pattern.match(text, start.start()):
            return match
        pos = start.start() + 1
    return None


def folds_exactly(text: str) -> bool:
    """Whether ``text.lower()`` folds case as a case-blind match does, so that a case-blind pattern
    can match ``text`` only where the lower-cased copy holds the lower-case words it spells.

    Three letters break that: the dotted capital I (which lower-cases to two characters), the
    dotless i and the long s (which a case-blind "i" or "s" matches, but which stay as they are).
    """
    return "\u0130" not in text and "\u0131" not in text and "\u017f" not in text


def word_starts(probe: str, words: tuple[str, ...], pos: int = 0) -> list[int]:
    """Every position from ``pos`` on where one of ``words`` starts in ``probe``, in order and without
    repeats: where a search for ``"|".join(words)`` would stop, each in turn. Found by ``str.find``,
    which skips to a word many times faster than the regex engine goes through a long text trying
    an alternation of words that open with different letters at each position."""
    found: set[int] = set()
    for word in words:
        at = probe.find(word, pos)
        while at >= 0:
            found.add(at)
            at = probe.find(word, at + 1)
    return sorted(found)
