"""Authorities as the letter cites them.

An archived comment's or answer's authorities are rows shared across the archive, linked to it in
no particular order; the Letter JSON (``parse --json``, ``export``) lists them in the order the text
cites them. The API gives that order too, so that a script reading both sees the same list.
"""

from __future__ import annotations

from typing import Any

from ...archive import models
from ...archive.records import answer_sources

NAME_LENGTH = 300  # an Authority row keeps this much of a name (archive.records)


def _parsed(items: list[dict[str, Any]], position: int) -> dict[str, Any]:
    return items[position] if 0 <= position < len(items) and isinstance(items[position], dict) else {}


def in_letter_order(names: list[str], parsed: dict[str, Any]) -> list[str]:
    """``names`` in the order of the parsed item's ``authorities``; any other (a curator's) after, by name."""
    order = [str(n)[:NAME_LENGTH] for n in parsed.get("authorities") or []]
    return sorted(names, key=lambda n: (order.index(n), "") if n in order else (len(order), n))


def comment_authorities(c: models.Comment) -> list[str]:
    parsed = _parsed(c.letter.data.get("comments") or [], c.position)
    return in_letter_order([a.name for a in c.authorities.all()], parsed)


def answer_authorities(a: models.Answer) -> list[str]:
    parsed = _parsed(answer_sources(a.letter.data), a.position)
    return in_letter_order([x.name for x in a.authorities.all()], parsed)
