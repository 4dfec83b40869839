"""Cells of CSV made to be opened in a spreadsheet (framework-free: `parse --csv` uses them without Django).

Names, file names and texts come from untrusted letters: a text cell that a spreadsheet would run as a
formula starts with an apostrophe (:func:`safe_cell`), and a text longer than a cell holds is cut to
fit, ending with a note that says so (:func:`fit_cell`).
"""

from __future__ import annotations

from typing import Any

# A cell starting with one of these is a formula to a spreadsheet (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# What a spreadsheet keeps in one cell (Excel, LibreOffice), counted in UTF-16 code units as they count.
CELL_LIMIT = 32_767


def safe_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, quoted with a leading apostrophe (shown, not run)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def utf16_units(text: str) -> int:
    """Length in UTF-16 code units: a character outside the Basic Multilingual Plane counts two."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def fit_cell(value: Any, mark: str) -> Any:
    """A text longer than a spreadsheet cell holds, cut to fit with ``mark`` (saying where the whole
    text is) at its end; any other value as it is."""
    if not isinstance(value, str) or len(value) * 2 <= CELL_LIMIT or utf16_units(value) <= CELL_LIMIT:
        return value
    room = CELL_LIMIT - len(mark)
    head = value[:room]
    while (excess := utf16_units(head) - room) > 0:
        head = head[:-excess]
    return head + mark
