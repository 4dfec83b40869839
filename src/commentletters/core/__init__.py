"""The core: extraction → classification → header → comments / answers → threading.

Pure Python over dataclasses; imports no Django and does no I/O beyond the bytes it is given.
``PARSER_VERSION`` (:mod:`.version`) is worked out on first use: it reads the parser's source files.
"""

from typing import TYPE_CHECKING

from .errors import LetterError
from .extract import extract
from .letters import Comment, Document, Filing, Letter, Line, Response
from .parse import parse_letter

if TYPE_CHECKING:
    PARSER_VERSION: str

__all__ = [
    "PARSER_VERSION",
    "Comment",
    "Document",
    "Filing",
    "Letter",
    "LetterError",
    "Line",
    "Response",
    "extract",
    "parse_letter",
]


def __getattr__(name: str) -> str:
    if name == "PARSER_VERSION":
        from .version import parser_version

        return parser_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
