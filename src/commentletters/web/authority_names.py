"""Which authorities a name stands for: the one it names and every part of it.

A reader asking for the comments citing "ASC 606" means Topic 606 as a whole, the comments citing
"ASC 606-10-50-12" among them, as one asking for "Item 303 of Regulation S-K" means Item 303(b)(2)
too. The archive keeps each citation as written down to its paragraph, so the search filter, the API
and the table of authorities read a name as that authority and the parts below it: a part is the
same name continued at a boundary ("-", "(" or "."), under the same "of …" (any, when the name typed
has none: "Item 303" is Item 303 of Regulation S-K). "ASC 60" is not "ASC 606"; "Instruction 4 to
Item 303" is not Item 303.
"""

from __future__ import annotations

import difflib
import re

from ..archive import models

_OF = re.compile(r"\s+of\s+", re.I)
_BOUNDARY = "-(."


def _split(name: str) -> tuple[str, str]:
    """The name's own part and what it is "of" ("item 303(b)", "regulation s-k"), folded for comparing."""
    folded = " ".join(name.split()).casefold()
    head, _, tail = _OF.sub(" of ", folded).partition(" of ")
    return head, tail


def covers(typed: str, name: str) -> bool:
    """Whether the authority ``name`` is the one ``typed`` names or a part of it."""
    t_head, t_tail = _split(typed)
    n_head, n_tail = _split(name)
    if not t_head or (t_tail and t_tail != n_tail):
        return False
    return n_head == t_head or (n_head.startswith(t_head) and n_head[len(t_head)] in _BOUNDARY)


def parts_of(typed: str) -> list[int]:
    """The ids of the authorities ``typed`` stands for (none: nothing cited goes by that name)."""
    head, _ = _split(typed)
    if not head:
        return []
    rows = models.Authority.objects.filter(name__istartswith=head).values_list("id", "name")
    return sorted(pk for pk, name in rows if covers(typed, name))


def ancestry(names: dict[int, str]) -> list[tuple[int, int]]:
    """(part, whole) pairs over the authorities given by id, each also paired with itself: the rows a
    count by authority joins, so that a whole counts the comments citing any of its parts."""
    by_key = {_split(name): pk for pk, name in names.items()}
    pairs = []
    for pk, name in names.items():
        head, tail = _split(name)
        cuts = [i for i, ch in enumerate(head) if ch in _BOUNDARY and i > 0] + [len(head)]
        wholes = {by_key.get((head[:i].rstrip(), t)) for i in cuts for t in {tail, ""}}
        pairs += [(pk, whole) for whole in wholes if whole is not None and covers(names[whole], name)]
    return sorted(set(pairs))


def close_names(typed: str, shown: int = 8) -> list[str]:
    """For a name that stands for no authority cited in the archive: names that hold the text, else
    names that read like it (a typo), for the page and the command to suggest."""
    wanted = " ".join(typed.split())
    names = list(models.Authority.objects.filter(name__icontains=wanted).values_list("name", flat=True)[:shown])
    if not names:
        every = list(models.Authority.objects.values_list("name", flat=True))
        names = difflib.get_close_matches(wanted, every, n=shown, cutoff=0.6)
    return [str(name) for name in names]
