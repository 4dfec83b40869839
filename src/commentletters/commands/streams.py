"""Standard output and error: on terminals and pipes whose encoding is not UTF-8, and with text from
letters, which is untrusted.

Letters are full of characters outside ASCII and Latin-1 (curly quotes, dashes, "•"). Printed to a
stream that cannot encode them (``LANG=en_US.ISO-8859-1``, ``PYTHONIOENCODING=ascii``) they raised
UnicodeEncodeError and ended the command. Now readable text writes them as backslash escapes
(nothing is lost) and JSON is written in ASCII with JSON's own escapes (the same data to any reader).

A letter's text may also hold control characters: printed as they are, an escape sequence in a
hostile letter would drive the reader's terminal (set its title, hide a link's address, clear the
screen). Readable output prints them as escapes (:func:`visible`); JSON escapes them itself.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
from typing import TextIO

# C0 and C1 control characters but tab and newline
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Text from a letter or the archive as readable output prints it: control characters as ``\\x1b``
    escapes (a terminal would run them)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def is_utf8(stream: TextIO) -> bool:
    """Whether the stream encodes as UTF-8 (and so can print any character)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def as_utf8(stream: TextIO) -> None:
    """Make a terminal stream write UTF-8 whatever its encoding (a CSV file is UTF-8: `export`, `search
    --csv`, `parse --csv`)."""
    if isinstance(stream, io.TextIOWrapper) and not is_utf8(stream):
        stream.reconfigure(encoding="utf-8")


def guard_streams() -> None:
    """Let stdout and stderr write what their encoding lacks as backslash escapes, not fail."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not is_utf8(stream):
            stream.reconfigure(errors="backslashreplace")


def json_ascii() -> bool:
    """Whether JSON printed on stdout must escape what is not ASCII (stdout is not UTF-8)."""
    return not is_utf8(sys.stdout)
