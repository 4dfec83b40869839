"""Company letters arrive as HTML written by filing agents: render them safely.

The original markup is shown beside the parsed view so a reader can check the parse against the
letter as filed. nh3 (ammonia) keeps the structure and emphasis that carry meaning in these letters
— paragraphs, tables, bold or underlined restated comments, indents — and drops everything that
could run or fetch: scripts, styles, event handlers, forms, frames, images and remote URLs.
"""

from __future__ import annotations

import re

import nh3

_TAGS = {
    "p", "div", "span", "br", "hr", "b", "strong", "i", "em", "u", "s", "sup", "sub", "small", "font",
    "center", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"style", "align"},
    "td": {"colspan", "rowspan", "valign", "width"},
    "th": {"colspan", "rowspan", "valign", "width"},
    "col": {"span", "width"},
    "ol": {"start", "type"},
}
# Layout that helps reading; no positioning, no url(), no behaviour.
_STYLE = {
    "text-align", "text-indent", "font-weight", "font-style", "text-decoration", "vertical-align",
    "margin-left", "padding-left", "white-space",
}  # fmt: skip


_SGML_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S | re.I)
_BODY = re.compile(r"<body[^>]*>(.*?)(?:</body>|\Z)", re.S | re.I)


def sanitize_letter_html(html: str) -> str:
    """The letter's HTML with only harmless structure left (no scripts, styles, links out or images).

    EDGAR wraps a document in ``<DOCUMENT><TYPE>…<TEXT>``; only the text part is the letter, and
    only its body is shown (a head's title would otherwise leak in as text).
    """
    m = _SGML_TEXT.search(html)
    if m:
        html = m.group(1)
    m = _BODY.search(html)
    if m:
        html = m.group(1)
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags={"script", "style", "title", "noscript", "template", "iframe", "object"},
        attributes=_ATTRIBUTES,
        filter_style_properties=_STYLE,
        url_schemes=set(),
        strip_comments=True,
        link_rel=None,
    )


def decode_html(data: bytes) -> str:
    """EDGAR HTML is mostly ASCII with Windows-1252 stray bytes: UTF-8 first, then cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
