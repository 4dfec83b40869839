"""Comment Letters: read, thread, archive and search SEC filing-review correspondence."""

from .core import PARSER_VERSION, Letter, LetterError, parse_letter

__version__ = "0.1.0"
__all__ = ["PARSER_VERSION", "Letter", "LetterError", "__version__", "parse_letter"]
