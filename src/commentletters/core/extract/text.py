"""Plain-text letters: decoding and splitting into lines."""

from __future__ import annotations

from ..errors import UndecodableText
from ..letters import Document, Line


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is evidently not text (NUL bytes or many control characters)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode letter bytes: UTF-8 (with or without BOM), else Windows-1252, else a typed error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("latin-1")
    except UnicodeDecodeError as exc:  # pragma: no cover - latin-1 decodes every byte
        raise UndecodableText(f"the text is in no encoding this reader knows ({exc.reason})") from None


def extract_text(text: str) -> Document:
    """Split plain text into lines; a form feed starts a new page."""
    lines: list[Line] = []
    page = 1
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i:
                page += 1
            lines.append(Line(part.rstrip(), page))
    return Document(lines=lines, format="text", pages=page)
