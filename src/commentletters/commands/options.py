"""Argument types the commands share."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date


def number_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, refused with the range otherwise."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number from {low} to {high}")
        return value

    return parse


def iso_date(text: str) -> date:
    """An argparse type: a date as YYYY-MM-DD, refused in words otherwise (not "invalid fromisoformat value")."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None
