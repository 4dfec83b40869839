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
