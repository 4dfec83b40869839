"""Whole-letter answers in the archive: spread over the comments of the staff letter they answer.

A company letter that answers a staff letter as a whole (``Letter.whole_answer`` naming no comment
numbers) is stored as parsed, without answers: the letter alone does not say which comments it
covers. Its company's letters, threaded together, do (:func:`core.pairing.pair_whole_answers`, the
rule ``parse`` applies to the files of a run). So re-threading writes those answers: the responses
go into the letter's stored JSON (which export reads) and its Answer rows are rewritten, to be
linked to the staff comments like any other. They are recomputed at each re-threading, so they
follow the staff letter when it arrives later or is parsed again, and vanish if it goes.
"""

from __future__ import annotations

from dataclasses import asdict

from ..core.pairing import pair_whole_answers
from ..core.threads import Item
from . import models


def spread_whole_answers(items: list[Item], rows: dict[str, models.Letter]) -> list[models.Letter]:
    """Set the answers of each whole-letter answer, as paired now, in its row's JSON; the rows
    changed, for the caller to write (stored rows: their data and Answer rows; fresh rows are
    inserted with them)."""
    derived = [i for i in items if _derived(i)]
    if not derived:
        return []
    for item in derived:
        item.letter.responses = []  # what an earlier threading derived is derived again
    pair_whole_answers(i.letter for i in items)
    changed = []
    for item in derived:
        row = rows[item.id]
        wanted = [asdict(r) for r in item.letter.responses]
        if (row.data.get("responses") or []) != wanted:
            row.data = {**row.data, "responses": wanted}
            changed.append(row)
    return changed


def _derived(item: Item) -> bool:
    """A response letter whose answers, if any, come from pairing its whole answer (no numbers named)."""
    answer = item.letter.whole_answer
    return item.letter.kind == "company_response" and answer is not None and not answer.comments
