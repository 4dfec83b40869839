"""A review as a chart for a spreadsheet (the review page's ``?format=csv``): one row per staff comment,
in the page's order, with the company's answers to it beside it.

This is the sheet a lawyer or an auditor keeps while a review runs: round, the staff letter's date,
the comment's number, headings, pages, what it asks, the authorities it cites, its status (and why) and,
for a comment still awaiting the company's answer, when that answer is due (and for how many days it
has been past due, as of the day the chart is made), its text, then the answers
(each letter's date and text) and the commitments they made, each with its kind. Answers to a staff
letter as a whole get a row of their own with the comment's cells empty. Lists are written for people
to read ("Item 7 › Liquidity" for headings; one answer or commitment a paragraph), unlike the
archive's exports, whose lists are JSON for programs. Every cell is safe against formulas and cut at
a spreadsheet cell's limit, saying so.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from ..archive import models
from ..spreadsheet_cells import fit_cell, safe_cell
from .api.cited import comment_authorities
from .thread import review_rounds

COLUMNS = (
    "round",
    "staff_letter",  # its date (ISO), or its accession when it is undated
    "comment",  # the comment's number
    "follows",  # the earlier comments it follows up ("comment 3 of 2020-08-25")
    "headings",
    "pages",
    "asks",
    "authorities",  # the rules and standards it cites ("ASC 606-10-50-12; Item 303 of Regulation S-K")
    "status",
    "status_reason",
    "answer_due",  # an open comment's: the date the company's next answer is due (ISO), as the page says
    "days_past_due",  # how long that date has passed, as of today (empty if it has not)
    "comment_text",
    "answer_letters",  # the dates of the company letters answering it
    "answers",
    "commitments",  # each "(future) ..." or "(made) ...": a promise for future filings or a change made
)
CUT_MARK = " [...cut at the spreadsheet limit of 32,767 characters; the review page shows it whole]"
_KIND_WORDS = {models.Commitment.FUTURE: "future", models.Commitment.MADE: "made"}


def _when(letter: models.Letter) -> str:
    return letter.date.isoformat() if letter.date else letter.key


def _commitments(answers: list[models.Answer]) -> str:
    rows = [c for a in answers for c in a.commitment_rows.all()]
    return "\n\n".join(f"({_KIND_WORDS.get(c.kind, 'kind not known')}) {c.text}" for c in rows)


def _due(review: models.Review, comment: models.Comment) -> dict[str, Any]:
    """When the answer to a comment still awaiting one is due: the review's next answer, as the page says."""
    if comment.status != "open" or review.state != "open" or review.due_date is None:
        return {}
    return {"answer_due": review.due_date.isoformat(), "days_past_due": review.days_past_due}


def chart_rows(review: models.Review) -> Iterator[dict[str, Any]]:
    """The review's rows: a staff comment with its answers, in the order the review page shows them."""
    for view in review_rounds(review):
        for e in view.entries:  # (a follow-up comes right after the comment it follows, as on the page)
            c = e.comment
            yield {
                "round": c.letter.round.number if c.letter.round else None,
                "staff_letter": _when(c.letter),
                "comment": c.number,
                "follows": "; ".join(f"comment {p.number} of {_when(p.letter)}" for p in e.follows),
                "headings": " › ".join(c.section or []),
                "pages": ", ".join(c.pages or []),
                "asks": "; ".join(c.ask_words),
                "authorities": "; ".join(comment_authorities(c)),  # in the order the letter cites them
                "status": c.get_status_display(),
                "status_reason": c.status_reason,
                **_due(review, c),
                "comment_text": c.text,
                "answer_letters": "; ".join(dict.fromkeys(_when(a.letter) for a in e.answers)),
                "answers": "\n\n".join(a.text for a in e.answers),
                "commitments": _commitments(e.answers),
            }
        for a in view.whole_answers:
            yield {
                "round": view.number,
                "answer_letters": _when(a.letter),
                "answers": a.text,
                "commitments": _commitments([a]),
            }


def write_chart(review: models.Review, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="")
    writer.writeheader()
    for row in chart_rows(review):
        writer.writerow({k: fit_cell(safe_cell(v), CUT_MARK) for k, v in row.items()})
