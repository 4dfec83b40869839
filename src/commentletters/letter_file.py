"""Reading a letter file from disk, never more of it than a letter may be.

The workers that read letters are bounded in memory (:mod:`commentletters.pool`). A file larger
than that bound, read whole, fails with a MemoryError outside the parser, which the pool hands back
to the caller: the whole run stopped at one file that the parser refuses anyway (past
``MAX_BYTES``). Reading at most one byte past the limit fails that file alone, as ``too_large``,
in constant memory. Imports no Django.
"""

from __future__ import annotations

import os

from .core.errors import TooLarge
from .core.extract import MAX_BYTES


def read_letter_file(path: str) -> bytes:
    """The bytes of the file at ``path``; :class:`TooLarge` (naming the file's size) past the
    parser's limit, read no further; OSError as ``open`` raises it."""
    with open(path, "rb") as file:
        data = file.read(MAX_BYTES + 1)
        if len(data) <= MAX_BYTES:
            return data
        size = os.fstat(file.fileno()).st_size  # (0 for a pipe: its length is not known)
    if size <= MAX_BYTES:
        raise TooLarge(f"longer than the {MAX_BYTES}-byte limit for one letter", path)
    raise TooLarge(f"{size} bytes is more than the {MAX_BYTES}-byte limit for one letter", path)
