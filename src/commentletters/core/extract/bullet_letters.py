"""Word's second-level bullet, a letter "o" set in Courier New, read as the white bullet it prints.

Every format gives the glyph back as the letter it is in its font: a PDF's text layer, the HTML Word saves (the "o"
in a span of its own) and text copied from either all print "o Tell us why you believe ..." where the page shows
"◦ Tell us why ...". Read as a letter it is the first word of the item, and the stages that tell a restated comment's
list from the answer's, or a comment's items from its sentences, would not see a list. No English line opens with
"o" as a word of its own, so a line whose first mark is "o" alone (before white space or at the line's end) is read
as opening with "◦" (:data:`bullets.WHITE`), the rest of it as it was.
"""

from __future__ import annotations

from dataclasses import replace

from ..bullets import WHITE
from ..letters import Document


def read_letter_bullets(doc: Document) -> None:
    """Each line of ``doc`` that opens with a lone "o" opens with a white bullet instead."""
    lines = doc.lines
    for i, ln in enumerate(lines):
        text = ln.text
        first = text[:1]
        if first != "o" and not (first.isspace() and text.lstrip()[:1] == "o"):
            continue  # (most lines: one look at their first character)
        at = len(text) - len(text.lstrip())  # where the "o" stands
        if at + 1 == len(text) or text[at + 1].isspace():
            lines[i] = replace(ln, text=text[:at] + WHITE + text[at + 1 :])
