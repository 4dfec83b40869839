"""HTML letters (company letters on EDGAR are mostly HTML) through selectolax.

Block elements (paragraphs, divs, list items, headings, table rows) end a line; ``<br>`` ends a
line; the cells of one table row are joined with a space, so a comment number in one cell and
its text in the next still read as "1. text". A CSS page break or ``<hr>`` starts a new page.
Scripts, styles and comments are dropped; nothing in the HTML is executed.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from ..letters import Document, Line

_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "blockquote",
        "pre",
        "center",
        "address",
        "section",
        "article",
        "header",
        "footer",
        "dl",
        "dt",
        "dd",
        "form",
        "title",
        "body",
        "html",
    ]
)
_CELL = frozenset(("td", "th"))
_SKIP = frozenset(("script", "style", "head", "noscript", "template", "object", "embed", "iframe"))
_EMPH = frozenset(("b", "strong", "i", "em", "u"))
_PAGE_BREAK = re.compile(r"page-break-(?:before|after)\s*:\s*always|break-(?:before|after)\s*:\s*page", re.I)
_EMPH_STYLE = re.compile(
    r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic|text-decoration\s*:\s*underline", re.I
)
_SPACE = re.compile(r"[ \t\r\n\u00a0\u2002\u2003\u2009\u200b]+")


class _Builder:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.page = 1
        self.parts: list[str] = []
        self.emph_chars = 0
        self.all_chars = 0

    def text(self, s: str, emph: bool) -> None:
        s = _SPACE.sub(" ", s)
        if not s:
            return
        self.parts.append(s)
        n = len(s.strip())
        self.all_chars += n
        if emph:
            self.emph_chars += n

    def cell_gap(self) -> None:
        if self.parts and not self.parts[-1].endswith(" "):
            self.parts.append(" ")

    def newline(self) -> None:
        text = "".join(self.parts).strip()
        if text:
            emphasis = self.all_chars > 0 and self.emph_chars >= self.all_chars * 0.9
            self.lines.append(Line(text, self.page, False, emphasis))
        self.parts, self.emph_chars, self.all_chars = [], 0, 0

    def page_break(self) -> None:
        self.newline()
        if self.lines and self.lines[-1].page == self.page:
            self.page += 1


def extract_html(html: str) -> Document:
    tree = HTMLParser(html)
    root = tree.body or tree.root
    b = _Builder()
    if root is not None:
        _walk(root, b)
    b.newline()
    pages = b.lines[-1].page if b.lines else 1
    return Document(lines=b.lines, format="html", pages=pages)


def _walk(root: Node, b: _Builder) -> None:
    # An explicit stack (not recursion): deeply nested untrusted HTML cannot overflow it.
    stack: list[tuple[Node | None, bool, str | None]] = [(root, False, None)]
    emph_depth = 0
    while stack:
        node, emph, closing = stack.pop()
        if closing is not None:
            if closing == "emph":
                emph_depth -= 1
            elif closing == "block":
                b.newline()
            elif closing == "cell":
                b.cell_gap()
            elif closing == "pagebreak":
                b.page_break()
            continue
        assert node is not None
        tag = node.tag or ""
        if tag == "-text":
            b.text(node.text_content or "", emph_depth > 0)
            continue
        if tag in _SKIP or tag.startswith("_") or tag == "-comment":
            continue
        style = (node.attributes.get("style") or "") if tag != "-text" else ""
        if tag == "br":
            b.newline()
            continue
        if tag == "hr":
            b.page_break()
            continue
        breaks = bool(style) and _PAGE_BREAK.search(style)
        if breaks and "before" in style.lower():
            b.page_break()
        elif breaks:
            stack.append((None, False, "pagebreak"))
        if tag in _BLOCK:
            b.newline()
            stack.append((None, False, "block"))
        elif tag in _CELL:
            stack.append((None, False, "cell"))
        if tag in _EMPH or (style and _EMPH_STYLE.search(style)):
            emph_depth += 1
            stack.append((None, False, "emph"))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        for c in reversed(children):
            stack.append((c, False, None))
