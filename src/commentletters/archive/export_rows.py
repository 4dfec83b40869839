"""The archive one staff comment, or one company answer, per row (``export --rows comments|answers``).

A researcher counting comments in a spreadsheet or pandas wants a row per comment, not a letter's
comments packed in one cell: those cells of long letters exceed what a spreadsheet keeps in a cell,
and lists in cells must be unpacked by hand. Each row carries its letter's identifying fields, so
the rows of one letter, review or company are found without a join; an answer row names the comment
it answers and a comment row the answers linked to it (``{"accession", "number"}``, as in the
letter-per-row export), so the two files join on accession and number.

Letters are read in the letter-per-row export's order, a chunk at a time, so memory stays flat on a
big archive. A CSV cell is made safe against formulas (:func:`spreadsheet_cells.safe_cell`) and cut at the
spreadsheet cell limit with a marker saying so (:func:`fit_cell`); JSON Lines hold every text whole.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from django.db.models import Prefetch, QuerySet

from ..spreadsheet_cells import safe_cell
from . import models
from .export import fit_cell, with_kinds
from .letter_order import oldest_first
from .records import answer_sources

LETTER_COLUMNS = (
    "accession",  # EDGAR accession, or the letter's key (sha256:<hex>) for a file without one
    "date",  # printed on the letter
    "edgar_filed",
    "company",
    "cik",
    "ticker",
    "kind",
    "forms_reviewed",  # the forms of the filings its Re: block names
    "review_id",
)
COMMENT_COLUMNS = (
    *LETTER_COLUMNS,
    "number",
    "section",
    "pages",
    "asks",
    "authorities",
    "prior_comments",
    "status",
    "answered_by",  # the answers linked to it: [{"accession", "number"}]
    "text",
)
ANSWER_COLUMNS = (
    *LETTER_COLUMNS,
    "number",  # null (CSV: empty) for an answer to the staff letter as a whole
    "restated_comment",
    "commits_future_filing",
    "commitments",
    "commitment_kinds",
    "authorities",
    "answers_accession",  # the staff comment it answers, or null (CSV: empty) if none is linked
    "answers_number",
    "text",
)


def _letters() -> Iterator[models.Letter]:
    """Current letters, by company then date (the letter-per-row order), with their rows' links."""
    rows = (
        models.Letter.objects.filter(current=True)
        .select_related("company", "review")
        .prefetch_related(
            Prefetch("comments__answers", queryset=_answers_oldest_first()),
            "answers__comment__letter",
        )
        .order_by("company__name", *oldest_first()[:2], "key")
    )
    return rows.iterator(chunk_size=100)


def _answers_oldest_first() -> QuerySet[models.Answer]:
    """A comment's answers in time order, whatever order they were stored in (as on both databases)."""
    return models.Answer.objects.select_related("letter").order_by(*oldest_first("letter__"), "position")


def _letter_fields(row: models.Letter) -> dict[str, Any]:
    forms = [f.get("form") for f in row.data.get("filings_reviewed") or [] if isinstance(f, dict)]
    return {
        "accession": row.accession or row.key,
        "date": row.date.isoformat() if row.date else None,
        "edgar_filed": row.edgar_filed.isoformat() if row.edgar_filed else None,
        "company": row.company.name,
        "cik": row.company.cik,
        "ticker": (row.company.tickers or [None])[0],
        "kind": row.kind,
        "forms_reviewed": list(dict.fromkeys(f for f in forms if f)),
        "review_id": row.review.key if row.review else None,
    }


def _ref_number(answer: models.Answer) -> int | None:
    return None if answer.whole_letter else answer.number


def comment_rows() -> Iterator[dict[str, Any]]:
    """One row per staff comment of a current letter, in letter order then the comment's order."""
    for row in _letters():
        letter = _letter_fields(row)
        parsed = row.data.get("comments") or []
        for c in row.comments.all():
            data = parsed[c.position] if c.position < len(parsed) else {}
            yield letter | {
                "number": c.number,
                "section": list(c.section or []),
                "pages": list(c.pages or []),
                "asks": list(c.asks or []),
                "authorities": list(data.get("authorities") or []),
                "prior_comments": list(c.prior_comments or []),
                "status": c.status,
                "answered_by": [
                    {"accession": a.letter.accession or a.letter.key, "number": _ref_number(a)}
                    for a in c.answers.all()
                    if a.letter.current
                ],
                "text": c.text,
            }


def answer_rows() -> Iterator[dict[str, Any]]:
    """One row per company answer of a current letter (one to the whole letter included), in order."""
    for row in _letters():
        letter = _letter_fields(row)
        parsed = answer_sources(row.data)
        for a in row.answers.all():
            data = with_kinds(parsed[a.position]) if a.position < len(parsed) else {}
            comment = a.comment
            yield letter | {
                "number": _ref_number(a),
                "restated_comment": a.restated_comment or None,
                "commits_future_filing": a.commits_future_filing,
                "commitments": list(data.get("commitments") or []),
                "commitment_kinds": list(data.get("commitment_kinds") or []),
                "authorities": list(data.get("authorities") or []),
                "answers_accession": (comment.letter.accession or comment.letter.key) if comment else None,
                "answers_number": comment.number if comment else None,
                "text": a.text,
            }


ROWS: dict[str, tuple[Callable[[], Iterator[dict[str, Any]]], tuple[str, ...]]] = {
    "comments": (comment_rows, COMMENT_COLUMNS),
    "answers": (answer_rows, ANSWER_COLUMNS),
}


def write_rows_jsonl(out: TextIO, rows: str, *, ascii_only: bool = False) -> None:
    """One comment or answer (``rows``) per line, every text whole."""
    make, _ = ROWS[rows]
    for record in make():
        out.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")


def write_rows_csv(out: TextIO, rows: str) -> None:
    """One comment or answer per row; lists as JSON text; each cell safe and within the cell limit."""
    make, columns = ROWS[rows]
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for record in make():
        writer.writerow(
            {
                k: fit_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else safe_cell(v))
                for k, v in record.items()
            }
        )
