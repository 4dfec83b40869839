"""A bound on how deep untrusted HTML nests its blocks, applied before the HTML parser sees it.

The start tag of a ``<div>``, ``<blockquote>``, ``<ul>`` and the like makes an HTML5 parser look down
its stack of open elements (for a paragraph to close), so a document that opens such blocks without
closing them costs time in proportion to the square of their number: lexbor takes about 5 seconds for
80,000 unclosed ``<div>``s (400 KB), minutes for a few megabytes. No letter nests blocks more than a
few deep (13 at most in the corpus), so past :data:`MAX_DEPTH` a block's start tag is read as a
paragraph's (``<p``), which closes the paragraph before it instead of nesting: the line breaks are the
same, the parsing time linear.
"""

from __future__ import annotations

import re

MAX_DEPTH = 500

# Start and end tags of the blocks whose start tag scans the stack ("has a p element in button scope"),
# spelled in lower case with common first letters factored out (the engine then tries fewer branches
# at each "<"): read in the lower-cased document where lower-casing keeps every character's place,
# else case-blind in the document itself.
_BLOCK_TAG = re.compile(
    r"<(/?)(?:a(?:ddress|rticle|side)|blockquote|center|d(?:etails|ialog|ir|iv|l)|f(?:ieldset|igcaption|igure"
    r"|ooter)|h(?:eader|group)|m(?:ain|enu)|nav|ol|s(?:ection|ummary)|ul)(?=[\s/>])"
)
_BLOCK_TAG_ANY_CASE = re.compile(_BLOCK_TAG.pattern, re.I)


def bounded_nesting(html: str) -> str:
    """``html`` with the block start tags that would open deeper than :data:`MAX_DEPTH` made ``<p``."""
    if html.count("<") <= MAX_DEPTH:
        return html  # (too few tags to nest that deep)
    low = html.lower()
    tags = _BLOCK_TAG.finditer(low) if len(low) == len(html) else _BLOCK_TAG_ANY_CASE.finditer(html)
    depth = 0
    cuts: list[tuple[int, int]] = []
    for m in tags:
        if m.group(1):
            depth = max(0, depth - 1)
        elif depth < MAX_DEPTH:
            depth += 1
        else:
            cuts.append(m.span())
    if not cuts:
        return html
    pieces: list[str] = []
    at = 0
    for start, end in cuts:
        pieces.append(html[at:start])
        pieces.append("<p")
        at = end
    pieces.append(html[at:])
    return "".join(pieces)
