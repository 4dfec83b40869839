"""Letters in time order, the same on SQLite and PostgreSQL.

A letter's time is the date printed on it, else its EDGAR filing date (a company response whose
date the parser did not find was filed days after it was written, not at the start or end of
time). What has neither goes last either way: the two databases would otherwise disagree, as
PostgreSQL sorts a missing value as the greatest and SQLite as the least.
"""

from __future__ import annotations

from django.db.models import F, OrderBy
from django.db.models.functions import Coalesce


def letter_time(via: str = "") -> Coalesce:
    """The letter's date, else its EDGAR filing date; ``via`` is the path to the letter ("letter__")."""
    return Coalesce(F(f"{via}date"), F(f"{via}edgar_filed"))


def oldest_first(via: str = "") -> list[OrderBy]:
    """Order-by terms, earliest letter first."""
    return [letter_time(via).asc(nulls_last=True), F(f"{via}edgar_filed").asc(nulls_last=True), F(f"{via}id").asc()]


def newest_first(via: str = "") -> list[OrderBy]:
    """Order-by terms, latest letter first (ties: the last stored first)."""
    return [letter_time(via).desc(nulls_last=True), F(f"{via}id").desc()]
