"""Comment Letters: read, thread, archive and search SEC filing-review correspondence.

The parser's names are imported on first use (PEP 562), so that importing the package, as the
``commentletters`` command does before anything else, costs next to nothing: a Ctrl-C in the
command's first moments then falls where the command answers it, not in an import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import PARSER_VERSION, Letter, LetterError, parse_letter

__version__ = "0.1.0"
__all__ = ["PARSER_VERSION", "Letter", "LetterError", "__version__", "parse_letter"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module(".core", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
