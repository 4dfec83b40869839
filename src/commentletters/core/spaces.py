"""White space folded to single spaces, cheaply when there is nothing to fold; a text's paragraphs on one line.

Comment and answer texts are joined with single spaces already, yet each reader that matches
phrases across line breaks folds white space again to be safe. Checking first that the text
holds no other white space (every white-space character but the space is unprintable) and no
double space costs a fraction of the regex pass it saves.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s\s*")  # as \s+, found faster: the engine skips to the first \s


def flat(text: str) -> str:
    """A text of paragraphs one to a line (a comment, an answer, a restated comment) as one line: its
    paragraphs joined with spaces, as the readers of sentences across them (asks, authorities,
    commitments) take them."""
    return text.replace("\n", " ")


def squeeze(text: str) -> str:
    """``text`` with each run of white space replaced by one space (as ``re.sub(r"\\s+", " ", text)``)."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def join_lines(parts: list[str]) -> str:
    """Stripped lines joined with spaces, but a word broken with a hyphen at a line's end ("non-" / "GAAP",
    "ASC 606-10-" / "32-25") is joined back with none (the comments' text and the answers' paragraphs)."""
    text = " ".join(parts)
    if "- " not in text:  # (most texts: no line ends in a hyphen)
        return text
    out = parts[0]
    for part in parts[1:]:
        broken = len(out) > 1 and out[-1] == "-" and (out[-2].isalnum() or out[-2] == "_") and part[:1].isalnum()
        out += part if broken else " " + part
    return out


def wrap_width(lines: list[str]) -> int:
    """The width a plain-text letter's lines are wrapped at: the length nineteen lines in twenty stay within."""
    return width_within(list(map(len, lines)))


def width_within(widths: list[int]) -> int:
    """:func:`wrap_width` of lines as wide as ``widths``."""
    widths = sorted(widths)
    return widths[len(widths) * 19 // 20] if widths else 0
