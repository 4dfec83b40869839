"""List what companies committed to in their answers: the ledger the company pages show.

A commitment is a sentence of a company's answer that commits to disclosure: a promise for filings
to come ("future": open until a filing keeps it) or a change already made in a filing filed with the
answer or before it ("made": to be checked there); "unknown" for a letter parsed before kinds were
told (`commentletters reparse` tells them). Each comes with the company, the answer (its letter's
key and date, its number, or "the letter as a whole"), the staff comment it answers when threading
linked one, and the review. Newest answer first. Output: readable text, JSON Lines or CSV (one
commitment per line; the count goes to standard error).
"""

from __future__ import annotations

import argparse
import textwrap
from typing import TYPE_CHECKING, Any

from . import archive_rows
from .options import iso_date

if TYPE_CHECKING:
    from ..archive import models

KINDS = ("future", "made", "unknown")  # archive.models.Commitment.KINDS
FIELDS = (
    "company",
    "cik",
    "tickers",
    "kind",
    "text",
    "answer_letter",
    "answer_date",
    "answer_number",
    "comment_letter",
    "comment_number",
    "review",
)

EXAMPLES = """\
examples:
  commentletters commitments --kind future                 every promise of disclosure in future filings
  commentletters commitments --company GLW --since 2023-01-01   one company's, from answers of 2023 on
  commentletters commitments --kind future --csv > promised.csv   for a spreadsheet

exit status: 0 when a commitment is listed; 1 when none is (or the archive is empty); 2 for an option
value that cannot be used.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = EXAMPLES
    p.add_argument(
        "--kind", choices=KINDS, help="future: promised for filings to come; made: changed in a filing already"
    )
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="answers dated that day or later")
    archive_rows.add_outputs(p, "commitment")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from ..archive import models
    from ..archive.letter_order import letter_time, newest_first

    if not archive_rows.has_letters():
        return 1
    ledger = models.Commitment.objects.select_related("company", "review", "answer__letter", "comment__letter")
    ledger = ledger.filter(answer__letter__current=True)
    if (company := archive_rows.company(args)) is not None:
        ledger = ledger.filter(company=company)
    if args.kind:
        ledger = ledger.filter(kind=args.kind)
    if args.since:
        ledger = ledger.alias(answered=letter_time("answer__letter__")).filter(answered__gte=args.since)
    rows = [record(c) for c in ledger.order_by(*newest_first("answer__letter__"), "id")]
    promised = sum(row["kind"] == "future" for row in rows)
    count = f"{len(rows)} commitment{'s' * (len(rows) != 1)} ({promised} promised for future filings)"
    return archive_rows.output(rows, FIELDS, args, shown, count)


def record(c: models.Commitment) -> dict[str, Any]:
    letter, comment = c.answer.letter, c.comment
    return {
        "company": c.company.name,
        "cik": c.company.cik,
        "tickers": list(c.company.tickers),
        "kind": c.kind,
        "text": c.text,
        "answer_letter": letter.key,
        "answer_date": archive_rows.iso(letter.date or letter.edgar_filed),
        "answer_number": None if c.answer.whole_letter else c.answer.number,
        "comment_letter": comment.letter.key if comment else None,
        "comment_number": comment.number if comment else None,
        "review": c.review.key if c.review else None,
    }


def shown(row: dict[str, Any]) -> str:
    """The company, the answer and the kind on one line; the sentence under it."""
    company = archive_rows.company_label(row)
    answer = "the letter as a whole" if row["answer_number"] is None else f"comment {row['answer_number']}"
    kind = {"future": "promised for future filings", "made": "changed in a filing"}.get(row["kind"], "kind not known")
    head = f"{row['answer_date'] or 'undated'}  {company}  answer to {answer} ({row['answer_letter']})  {kind}"
    return head + "\n" + textwrap.fill(row["text"], 100, initial_indent="    ", subsequent_indent="    ")
