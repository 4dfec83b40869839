"""The archive as JSON Lines or CSV, one current letter per line, with the threading links.

Each line is the stored Letter JSON plus ``accession`` (EDGAR's, or the letter's key ``sha256:<hex>`` for a
file without one, as the links and ``export --rows`` name it), ``form``, ``edgar_filed``, ``cik``,
``review_id``; each response gains ``answers`` ({"accession", "number"} of the staff comment it
answers, or null) and each comment ``follows`` (the prior comments it follows up) and ``status``.
Each answer's ``commitment_kinds`` is "unknown" for each commitment of a letter parsed before the
parser told kinds; CSV also counts the letter's commitments of each kind.

CSV is made to be opened in a spreadsheet: a text cell that a spreadsheet would run as a formula
(names and file names come from untrusted letters) starts with an apostrophe (:func:`safe_cell`), and a
cell longer than a spreadsheet keeps (the answers of a few long letters, as JSON text) is cut there with
:data:`CUT_MARK` at its end (:func:`fit_cell`; ``export --rows`` cuts its cells the same way).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import fields
from typing import Any, TextIO

from .. import spreadsheet_cells as cells
from ..core import letters as parsed
from ..spreadsheet_cells import safe_cell
from . import models
from .letter_order import oldest_first

CSV_COLUMNS = (
    "accession",
    "form",
    "edgar_filed",
    "cik",
    "company",
    "review_id",
    "kind",
    "subkind",
    "date",
    "responds_to",
    "file_numbers",
    "comments",
    "responses",
    "source",
    "sha256",
    "whole_answer",  # a company's answer to the staff letter as a whole (its commitments among it), or empty
    "commitments_future",  # the letter's commitments promised for future filings (open until a filing keeps them)
    "commitments_made",  # those that are changes made in a filing filed with the answer or before it
)

CUT_MARK = " [...cut at the spreadsheet limit of 32,767 characters; the JSON Lines export holds it whole]"


def fit_cell(value: Any) -> Any:
    """A text longer than a spreadsheet cell holds, cut to fit with :data:`CUT_MARK` at its end."""
    return cells.fit_cell(value, CUT_MARK)


# The Letter JSON's nested objects, by the key that holds them (a list of them, or one).
_NESTED: dict[str, type] = {
    "addressee": parsed.Person,
    "filings_reviewed": parsed.Filing,
    "signatories": parsed.Person,
    "contacts": parsed.Contact,
    "comments": parsed.Comment,
    "responses": parsed.Response,
    "whole_answer": parsed.WholeAnswer,
}


def in_field_order(data: dict[str, Any], cls: type = parsed.Letter) -> dict[str, Any]:
    """``data`` with its keys in the order of ``cls``'s fields, as `parse --json` writes them (keys it
    does not know after them). PostgreSQL stores JSON as jsonb, which keeps keys shortest first: an
    export read from it would otherwise differ from SQLite's, line by line."""
    names = [f.name for f in fields(cls)]
    ordered = {k: data[k] for k in names if k in data} | {k: v for k, v in data.items() if k not in names}
    if cls is parsed.Letter:
        for key, inner in _NESTED.items():
            value = ordered.get(key)
            if isinstance(value, dict):
                ordered[key] = in_field_order(value, inner)
            elif isinstance(value, list):
                ordered[key] = [in_field_order(v, inner) if isinstance(v, dict) else v for v in value]
    return ordered


def _ref(comment: models.Comment | None) -> dict[str, Any] | None:
    if comment is None:
        return None
    return {"accession": comment.letter.accession or comment.letter.key, "number": comment.number}


def letters() -> Iterator[dict[str, Any]]:
    """Export records, by company then date."""
    rows = (
        models.Letter.objects.filter(current=True)
        .select_related("company", "review")
        .prefetch_related("comments__follows__letter", "answers__comment__letter")
        .order_by("company__name", *oldest_first()[:2], "key")
    )
    for row in rows.iterator(chunk_size=200):
        record = in_field_order(row.data)
        record.update(
            accession=row.accession or row.key,
            form=row.form or None,
            edgar_filed=row.edgar_filed.isoformat() if row.edgar_filed else None,
            cik=row.company.cik,
            review_id=row.review.key if row.review else None,
        )
        comments = {c.position: c for c in row.comments.all()}
        record["comments"] = [
            {
                **c,
                "follows": [_ref(f) for f in comments[i].follows.all()] if i in comments else [],
                "status": comments[i].status if i in comments else None,
            }
            for i, c in enumerate(record.get("comments") or [])
        ]
        answers = {a.position: a for a in row.answers.all()}
        record["responses"] = [
            {**with_kinds(r), "answers": _ref(answers[i].comment) if i in answers else None}
            for i, r in enumerate(record.get("responses") or [])
        ]
        if isinstance(record.get("whole_answer"), dict):
            record["whole_answer"] = with_kinds(record["whole_answer"])
        yield record


def with_kinds(answer: dict[str, Any]) -> dict[str, Any]:
    """An answer with a kind for each commitment: a letter parsed before kinds were told has none in
    its JSON, and its commitments' kinds are "unknown" until ``reparse`` (as in the ledger)."""
    if "commitment_kinds" in answer:
        return answer
    return {**answer, "commitment_kinds": [models.Commitment.UNKNOWN] * len(answer.get("commitments") or [])}


def _kind_counts(record: dict[str, Any]) -> dict[str, int]:
    """The letter's commitments by kind (its responses', or its whole answer's where it has none)."""
    whole = record.get("whole_answer")
    answers = record.get("responses") or ([whole] if isinstance(whole, dict) else [])
    kinds = [k for a in answers for k in a.get("commitment_kinds") or []]
    return {f"commitments_{kind}": kinds.count(kind) for kind in parsed.COMMITMENT_KINDS}


def write_jsonl(out: TextIO, *, ascii_only: bool = False) -> None:
    """One letter per line; ``ascii_only``: what is not ASCII as JSON escapes (for a stream that is
    not UTF-8)."""
    for record in letters():
        out.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")


def write_csv(out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for record in letters():
        writer.writerow(
            {
                k: fit_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else safe_cell(v))
                for k, v in record.items()
            }
            | _kind_counts(record)
        )
