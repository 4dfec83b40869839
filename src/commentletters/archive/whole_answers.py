"""Answers the archive derives from a company's letters read together, as ``parse`` does for a run.

Two things a company letter alone cannot say, its company's letters threaded together do
(:func:`core.pairing.pair_whole_answers`):

* a letter that answers a staff letter as a whole (``Letter.whole_answer`` naming no comment
  numbers) answers every comment of the staff letter it names by date;
* an answer numbered with a number that staff letter does not have ("3." restating its only
  comment, 1) answers the comment its restated text is.

So re-threading writes those answers: the responses go into the letter's stored JSON (which export
reads) and its Answer rows are rewritten, to be linked to the staff comments like any other. Whole
answers are recomputed at each re-threading, so they follow the staff letter when it arrives later
or is parsed again, and vanish if it goes; a renumbered answer keeps its new number until the letter
is parsed again (``reparse``), when it is renumbered anew.
"""

from __future__ import annotations

from dataclasses import asdict

from ..core.pairing import pair_whole_answers
from ..core.threads import Item
from . import models


def spread_whole_answers(items: list[Item], rows: dict[str, models.Letter]) -> list[models.Letter]:
    """Set the answers of each whole-letter answer, as paired now, and of each letter whose answers
    pairing renumbered, in its row's JSON; the rows changed, for the caller to write (stored rows:
    their data and Answer rows; fresh rows are inserted with them)."""
    derived = {i.id for i in items if _derived(i)}
    numbered = {i.id: _numbers(i) for i in items if i.letter.kind == "company_response" and i.letter.responses}
    if not derived and not numbered:
        return []
    for item in items:
        if item.id in derived:
            item.letter.responses = []  # what an earlier threading derived is derived again
    pair_whole_answers(i.letter for i in items)
    changed = []
    for item in items:
        if not (item.id in derived or item.id in numbered and _numbers(item) != numbered[item.id]):
            continue
        row = rows[item.id]
        wanted = [asdict(r) for r in item.letter.responses]
        if (row.data.get("responses") or []) != wanted:
            row.data = {**row.data, "responses": wanted}
            changed.append(row)
    return changed


def _numbers(item: Item) -> list[int]:
    return [r.number for r in item.letter.responses]


def _derived(item: Item) -> bool:
    """A response letter whose answers, if any, come from pairing its whole answer (no numbers named)."""
    answer = item.letter.whole_answer
    return item.letter.kind == "company_response" and answer is not None and not answer.comments
