"""Faults in the parser itself, kept from costing more than the part of a letter they hit.

A fault is an exception that is not a :class:`LetterError` (which says the file is bad): an
``IndexError`` in some stage on a letter laid out as no letter before it was. It must not cost the
reader the whole letter, nor a batch its other letters. A stage run inside :class:`PassOver`
that faults leaves its fields as they were and says so in the letter's warnings; the other stages
still run. With ``COMMENTLETTERS_STRICT=1`` in the environment (the test suite sets it) faults are
raised instead, so that tests see them.
"""

from __future__ import annotations

import os
from types import TracebackType

from .errors import LetterError
from .letters import Letter


def strict() -> bool:
    """Whether parser faults are raised rather than passed over (``COMMENTLETTERS_STRICT=1``)."""
    return os.environ.get("COMMENTLETTERS_STRICT", "") not in ("", "0")


def describe(exc: BaseException) -> str:
    """The fault in words for a warning or an error message."""
    return f"a fault in the parser ({type(exc).__name__}: {exc})"[:300] + "; please report it with the file"


def describe_or_raise(exc: Exception) -> str:
    """A fault caught to fail only its file or its part: :func:`describe`'s words for the error or
    warning that stands for it, or the fault raised again (from the caller's ``except`` block) where
    faults are to be raised (:func:`strict`)."""
    if strict():
        raise exc
    return describe(exc)


class PassOver:
    """``with PassOver(letter, "the comments"): ...``: a fault in the block is noted in the letter's
    warnings and passed over, unless faults are to be raised (:func:`strict`). A
    :class:`LetterError`, Ctrl-C and the like pass through."""

    def __init__(self, letter: Letter, what: str) -> None:
        self.letter, self.what = letter, what
        self.faulted = False

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> bool:
        if not isinstance(exc, Exception) or isinstance(exc, LetterError) or strict():
            return False
        self.letter.warnings.append(f"{self.what} could not be read: {describe(exc)}")
        self.faulted = True
        return True
