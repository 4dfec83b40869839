"""Letters read by another parser version than this one (``core/version.py``): what `stats`, the end of
`ingest` and `sync`, and the front page (signed in) say, and what ``reparse --stale`` reads again.

A letter counts by its current version's row only (``Letter.current``): an older version of a letter,
kept as history, is never read again. "Another" version, not an older one: machines sharing one
PostgreSQL archive may run different installs, and each says what it would read differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from ..core.version import parser_version
from . import models

VERSIONS_NAMED = 3  # the other versions a note names (the most common first)


def stale_letters() -> QuerySet[models.Letter]:
    """The current letters this parser did not read."""
    return models.Letter.objects.filter(current=True).exclude(parser_version=parser_version())


@dataclass(frozen=True, slots=True)
class Stale:
    """How many current letters other parser versions read, and those versions (most letters first)."""

    count: int
    versions: tuple[str, ...]

    @property
    def named(self) -> str:
        """The other versions, the most common first ("0.1.0, 0.1.0+5d1e2f3a and 2 more")."""
        named = ", ".join(self.versions[:VERSIONS_NAMED])
        more = len(self.versions) - VERSIONS_NAMED
        return f"{named} and {more} more" if more > 0 else named

    @property
    def this_version(self) -> str:
        return parser_version()

    def note(self) -> str | None:
        """One line saying so and what to do about it; None when every letter is this parser's."""
        if not self.count:
            return None
        letters = "1 letter was" if self.count == 1 else f"{self.count} letters were"
        return (
            f"{letters} read by another parser version ({self.named}) than this one ({parser_version()}); "
            "run `commentletters reparse --stale` to read them again with this one"
        )


def stale() -> Stale:
    """The archive's stale letters, counted by the version that read them (one query)."""
    rows = stale_letters().values_list("parser_version").annotate(n=Count("*")).order_by("-n", "parser_version")
    by_version = list(rows)
    return Stale(sum(n for _, n in by_version), tuple(v for v, _ in by_version))
