"""HTML letters (company letters on EDGAR are mostly HTML) through selectolax.

Block elements (paragraphs, divs, list items, headings, table rows) end a line; ``<br>`` ends a
line. Table rows are laid out as people read them: a row of one-line cells becomes one line
(unless two of its cells are prose: a letter answering in a table, "1." | the comment | the
response, keeps each a line of its own), and a short first cell (a comment number "1.", a
bullet, a label) is put in front of the next cell's first line, so a number in one cell and its
text in the next read "1. text" even when the text cell holds several paragraphs. An inline
element indented with CSS padding or margin ("<b>Response:</b><font
style='padding-left:10pt'>The Company…", or "1." with padding-right) is kept apart by a space,
and a block floated beside a paragraph ("1." floated left) starts that paragraph's line instead
of taking a line of its own.
A list item opens with the marker a browser shows for it: "•" in a ``<ul>``, its number in an
``<ol>`` ("2.", "b.", "iv.", as the list's ``start`` and ``type`` and the item's ``value`` say), none
where the list's style says ``list-style: none``. An ``<ol>`` is how some letters number the staff's
comments; without its numbers they would read as unnumbered paragraphs.
A CSS page break or ``<hr>`` starts a new page. A line is marked ``emphasis`` when nearly all
its characters are bold, italic or underlined (restated staff comments often are).
Scripts, styles and comments are dropped; nothing in the HTML is executed; blocks nested past a bound
are read as paragraphs (:mod:`.nesting`: deep nesting makes HTML parsing quadratic).

A plain-text letter filed inside ``<pre>`` (EDGAR's older filers wrap an ASCII letter so) keeps its line
breaks: inside ``<pre>`` a line break ends a line. When nearly all of the letter's text is in ``<pre>``,
it is read as the plain text it is (:func:`_preformatted`): wrapped at a fixed width, its paragraphs
are read as a text letter's are, and EDGAR's ``<PAGE>`` tags in it break pages.

A letter filed as an image of each page carries its text as one run of hidden text per page (set
in a 1pt white font behind the image), with no markup between its lines: the line breaks survive
only as runs of two or more spaces, which HTML collapses. Such a letter comes out as a few very
long lines; it is read again with those runs taken as line breaks (:func:`_structureless`).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from ..letters import Document, Line
from .nesting import bounded_nesting
from .text import extract_text

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
_INDENT = re.compile(r"(?:padding|margin)-left\s*:\s*(?!0(?:\.0*)?(?:[a-z%]*)\s*(?:;|$))[\d.]", re.I)
_INDENT_AFTER = re.compile(_INDENT.pattern.replace("-left", "-right"), re.I)
_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.I)
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none\b", re.I)
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_LABEL_CELL = 12  # longest first cell put in front of the next cell's text ("1.", "(a)", "Response:")
_PROSE_WORDS = 6  # a cell of this many words is prose: two of them in a row are columns of text, not values
_SPACE = re.compile(r"[ \t\r\n\u00a0\u2002\u2003\u2009\u200b\ufeff]+")  # (U+FEFF: a zero-width no-break space)
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")  # where an image's hidden text broke its lines
_PREFORMATTED = 0.9  # the share of a letter's text in <pre> from which it is read as the plain text it is
_FEW_LINES = 5  # a letter of no more lines than this ...
_LONG_LINE = 300  # ... this long on average has lost its line structure


class _List:
    """An open ``<ol>`` or ``<ul>``: its items' marker type ("disc", "1", "a", "A", "i", "I"; "" for
    none) and the number its next item takes."""

    __slots__ = ("kind", "next")

    def __init__(self, kind: str, start: int) -> None:
        self.kind, self.next = kind, start


class _Builder:
    def __init__(self, spaced: bool = False) -> None:
        self.spaced = spaced  # runs of spaces break lines (an image's hidden text)
        self.lines: list[Line] = []
        self.page = 1
        self.parts: list[str] = []
        self.emph_chars = 0
        self.all_chars = 0
        self.rows: list[list[int]] = []  # open table rows: [first line, end line of each cell...]
        self.floating = False  # a floated block just ended: the next block continues its line
        self.lists: list[_List] = []  # the lists open, innermost last
        self.pre = 0  # how many <pre> elements are open

    def text(self, s: str, emph: bool) -> None:
        if self.pre and "\n" in s:  # (inside <pre> a line break ends a line)
            first, *rest = s.split("\n")
            self.text(first, emph)
            for piece in rest:
                self.newline()
                self.text(piece, emph)
            return
        if self.spaced and _SPACE_RUN.search(s):
            first, *rest = _SPACE_RUN.split(s)
            self.text(first, emph)
            for piece in rest:
                self.newline()
                self.text(piece, emph)
            return
        s = _SPACE.sub(" ", s)
        if not s:
            return
        self.parts.append(s)
        n = len(s.strip())
        self.all_chars += n
        if emph:
            self.emph_chars += n

    def gap(self) -> None:
        if self.parts and not self.parts[-1].endswith(" "):
            self.parts.append(" ")

    def float_end(self) -> None:
        if len("".join(self.parts).strip()) <= _LABEL_CELL:
            self.gap()
            self.floating = True
        else:
            self.newline()

    def newline(self) -> None:
        text = "".join(self.parts).strip()
        if text:
            emphasis = self.all_chars > 0 and self.emph_chars >= self.all_chars * 0.9
            self.lines.append(Line(text, self.page, False, emphasis))
        self.parts, self.emph_chars, self.all_chars = [], 0, 0

    def open_list(self, tag: str, attrs: dict[str, str | None], style: str) -> None:
        kind = "" if style and _NO_MARKER.search(style) else "disc" if tag == "ul" else (attrs.get("type") or "1")
        self.lists.append(_List(kind, _number(attrs.get("start"), 1)))

    def close_list(self) -> None:
        if self.lists:
            self.lists.pop()

    def list_item(self, attrs: dict[str, str | None], style: str) -> None:
        """Open a list item's line with its marker (not counted for the line's emphasis)."""
        kind, number = "disc", 1  # (an item outside any list shows a bullet)
        if self.lists:
            kind, number = self.lists[-1].kind, _number(attrs.get("value"), self.lists[-1].next)
            self.lists[-1].next = number + 1
        if kind and not (style and _NO_MARKER.search(style)):
            self.parts.append("\u2022 " if kind == "disc" else f"{_marker(kind, number)}. ")

    def open_pre(self) -> None:
        self.pre += 1

    def close_pre(self) -> None:
        self.pre -= 1

    def page_break(self) -> None:
        self.newline()
        if self.lines and self.lines[-1].page == self.page:
            self.page += 1

    def open_row(self) -> None:
        self.newline()
        self.rows.append([len(self.lines)])

    def close_cell(self) -> None:
        self.newline()
        if self.rows:
            self.rows[-1].append(len(self.lines))

    def close_row(self) -> None:
        self.newline()
        if not self.rows:
            return
        bounds = self.rows.pop()
        start = bounds[0]
        cells = [self.lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        cells = [c for c in cells if c]
        if len(cells) < 2 or sum(len(c) for c in cells) != len(self.lines) - start:
            return  # one cell, or text outside the cells: leave the lines as they are
        self.lines[start:] = _lay_out_row(cells)


def _number(value: str | None, default: int) -> int:
    """An ``<ol start>`` or ``<li value>`` (an integer; anything else, or an absurd one, is ``default``)."""
    try:
        number = int((value or "").strip())
    except ValueError:
        return default
    return number if -(10**6) < number < 10**6 else default


def _marker(kind: str, number: int) -> str:
    """An ordered list item's number as its list's ``type`` shows it: 1, a, A, i or I."""
    if kind in ("a", "A") and number > 0:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I") and 0 < number < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            count, number = divmod(number, value)
            roman += numeral * count
        return roman.upper() if kind == "I" else roman
    return str(number)


def _prose(text: str) -> bool:
    """Whether a cell's text is prose, not a value or a column's caption ("Allowance for Loan & Lease
    Losses"): sentences of :data:`_PROSE_WORDS` words or more, ending as a sentence does, or twice as many words."""
    if text.count(" ") < _PROSE_WORDS - 1:
        return False
    words = len(text.split())
    return words >= 2 * _PROSE_WORDS or (words >= _PROSE_WORDS and text.rstrip("\"'\u201d\u2019)")[-1:] in ".?!:;")


def _join(parts: list[Line]) -> Line:
    text = " ".join(ln.text for ln in parts)
    weight = sum(len(ln.text) for ln in parts if ln.emphasis)
    return Line(text, parts[0].page, False, weight >= 0.9 * sum(len(ln.text) for ln in parts))


def _lay_out_row(cells: list[list[Line]]) -> list[Line]:
    """One line for a row of one-line cells, unless two of them are prose (a letter laid out as a table of
    comments and responses: "1." | the comment | the response); else a short first cell joins the next
    cell's text."""
    if all(len(c) == 1 for c in cells) and sum(_prose(c[0].text) for c in cells) < 2:
        return [_join([c[0] for c in cells])]
    first, rest = cells[0], cells[1:]
    if len(first) == 1 and len(first[0].text) <= _LABEL_CELL:
        head = rest[0]
        # the label's own emphasis does not count: "1." is rarely set in italics like the comment
        joined = Line(f"{first[0].text} {head[0].text}", head[0].page, False, head[0].emphasis)
        return [joined, *head[1:], *(ln for c in rest[1:] for ln in c)]
    return [ln for c in cells for ln in c]


# The characters that print nothing (text.INVISIBLE) as entities, and the hyphens U+2010 and U+2011: "Re&shy;sponse",
# "Com&#8203;pany", "Form&nbsp;10&#8209;Q" (the characters themselves are read plain as the text is decoded)
_PLAIN_ENTITY = re.compile(
    r"&(?:shy|ZeroWidthSpace|NoBreak|(?P<dash>hyphen|dash|#(?:820[89]|[xX]0*201[01]))|"
    r"#(?:173|8203|8288|65279|[xX]0*(?:[aA][dD]|200[bB]|2060|[fF][eE][fF][fF])));"
)


def _plain_entity(m: re.Match[str]) -> str:
    return "-" if m.group("dash") else ""


def extract_html(html: str) -> Document:
    if _PLAIN_ENTITY.search(html) is not None:
        html = _PLAIN_ENTITY.sub(_plain_entity, html)
    tree = HTMLParser(bounded_nesting(html))
    root = tree.body or tree.root
    if root is not None and (text := _preformatted(root)) is not None:
        return extract_text(text)
    b = _Builder()
    if root is not None:
        _walk(root, b)
    b.newline()
    if root is not None and _structureless(b.lines):
        b = _Builder(spaced=True)
        _walk(root, b)
        b.newline()
    pages = b.lines[-1].page if b.lines else 1
    return Document(lines=b.lines, format="html", pages=pages)


def _preformatted(root: Node) -> str | None:
    """The text of the ``<pre>`` blocks, line breaks and all (EDGAR's ``<PAGE>`` tags as form feeds), when
    they hold nearly all of the letter's text (:data:`_PREFORMATTED`); else None."""
    blocks = [block for block in root.css("pre") if not _within_pre(block)]  # (a <pre> in a <pre>: read once)
    if not blocks:
        return None
    texts = ["".join(_raw_text(block)) for block in blocks]
    inside = sum(len("".join(t.split())) for t in texts)
    if inside < _PREFORMATTED * len("".join((root.text(deep=True) or "").split())):
        return None
    return "\n".join(texts)


def _within_pre(node: Node) -> bool:
    """Whether ``node`` stands inside a ``<pre>`` (its ancestors are as many as the bounded nesting allows)."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "pre":
            return True
        parent = parent.parent
    return False


def _raw_text(block: Node) -> list[str]:
    """The text under ``block`` as written (an explicit stack: nesting is bounded, but deep all the same);
    ``<br>`` a line break, EDGAR's ``<PAGE>`` a page break."""
    out: list[str] = []
    stack: list[Node] = [block]
    while stack:
        node = stack.pop()
        tag = node.tag or ""
        if tag == "-text":
            out.append(node.text_content or "")
            continue
        if tag in _SKIP or tag == "-comment":
            continue
        if tag == "br":
            out.append("\n")
        elif tag == "page":
            out.append("\f")
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend(reversed(children))
    return out


def _structureless(lines: list[Line]) -> bool:
    """Whether the letter came out as a few very long lines: no letter is (its date, address, "Re:"
    block, salutation and signature take lines of their own) unless its markup lost the breaks."""
    return 0 < len(lines) <= _FEW_LINES and sum(len(ln.text) for ln in lines) > _LONG_LINE * len(lines)


_CLOSE = {
    "block": _Builder.newline,
    "cell": _Builder.close_cell,
    "row": _Builder.close_row,
    "pagebreak": _Builder.page_break,
    "gap": _Builder.gap,
    "float": _Builder.float_end,
    "list": _Builder.close_list,
    "pre": _Builder.close_pre,
}


def _walk(root: Node, b: _Builder) -> None:
    # An explicit stack (not recursion): deeply nested untrusted HTML cannot overflow it.
    stack: list[tuple[Node | None, str | None]] = [(root, None)]
    emph_depth = 0
    while stack:
        node, closing = stack.pop()
        if closing == "emph":
            emph_depth -= 1
            continue
        if closing is not None:
            _CLOSE[closing](b)
            continue
        assert node is not None
        tag = node.tag or ""
        if tag == "-text":
            b.text(node.text_content or "", emph_depth > 0)
            continue
        if tag in _SKIP or tag.startswith("_") or tag == "-comment":
            continue
        if tag == "br":
            b.newline()
            continue
        if tag == "hr":
            b.page_break()
            continue
        style = node.attributes.get("style") or ""
        for closing in _open(tag, style, node.attributes, b):
            stack.append((None, closing))
        if tag in _EMPH or (style and _EMPH_STYLE.search(style)):
            emph_depth += 1
            stack.append((None, "emph"))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, None) for c in reversed(children))


def _open(tag: str, style: str, attrs: dict[str, str | None], b: _Builder) -> list[str]:
    """Do what opening this element does; return what its closing must do (innermost last)."""
    todo: list[str] = []
    breaks = bool(style) and _PAGE_BREAK.search(style)
    if breaks and "before" in style.lower():
        b.page_break()
    elif breaks:
        todo.append("pagebreak")
    if tag == "tr":
        b.open_row()
        todo.append("row")
    elif tag in _BLOCK and style and _FLOAT.search(style):
        b.newline()  # a floated number ("1." floated left of its paragraph) starts a line, not ends one
        todo.append("float")
    elif tag in _BLOCK:
        if b.floating:
            b.floating = False
        else:
            b.newline()
        todo.append("block")
        if tag in ("ol", "ul"):
            b.open_list(tag, attrs, style)
            todo.append("list")
        elif tag == "pre":
            b.open_pre()
            todo.append("pre")
        elif tag == "li":
            b.list_item(attrs, style)
    elif tag in _CELL:
        b.newline()
        todo.append("cell")
    else:
        if style and _INDENT.search(style):
            b.gap()
        if style and _INDENT_AFTER.search(style):
            todo.append("gap")
    return todo
