"""The core: extraction → classification → header → comments / answers → threading.

Pure Python over dataclasses; imports no Django and does no I/O beyond the bytes it is given.
"""

from .errors import LetterError
from .extract import extract
from .letters import Comment, Document, Filing, Letter, Line, Response
from .parse import PARSER_VERSION, parse_letter

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
