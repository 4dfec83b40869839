"""List the archive's reviews: their state and why, and when the company's next answer is due.

A review is one staff review of a filing (or of filings reviewed together), threaded from its
letters: open until the staff's completion letter (or the company's request to be declared
effective, or the Commission's order) is on file. For an open review the due date is ten business
days after the staff's last unanswered comment letter, or the date an extension request names;
"past due" counts the days since, as of today. Newest first, as on the web page and in the API.
Output: readable text, JSON Lines or CSV (one review per line; the count goes to standard error).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from . import archive_rows

if TYPE_CHECKING:
    from ..archive import models

FIELDS = (
    "key",
    "company",
    "cik",
    "tickers",
    "forms",
    "file_numbers",
    "state",
    "state_reason",
    "started",
    "ended",
    "duration_days",
    "rounds",
    "due_date",
    "due_reason",
    "days_past_due",
)

EXAMPLES = """\
examples:
  commentletters reviews                          every review, newest first
  commentletters reviews --open                   the open ones, with the next answer's due date
  commentletters reviews --past-due --csv > late.csv   open reviews whose next answer is past due today
  commentletters reviews --company GLW --json     one company's reviews (ticker, CIK or name), JSON Lines

exit status: 0 when a review is listed; 1 when none is (or the archive is empty); 2 for an option
value that cannot be used.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = EXAMPLES
    state = p.add_mutually_exclusive_group()
    state.add_argument("--state", choices=("open", "completed", "not_reviewed"), help="reviews in this state only")
    state.add_argument("--open", action="store_true", help="open reviews only (as --state open)")
    state.add_argument("--past-due", action="store_true", help="open reviews whose company answer was due before today")
    archive_rows.add_outputs(p, "review")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from django.db.models import F

    from ..archive import models

    if not archive_rows.has_letters():
        return 1
    reviews = models.Review.objects.select_related("company").prefetch_related("filings")
    if (company := archive_rows.company(args)) is not None:
        reviews = reviews.filter(company=company)
    state = "open" if args.open or args.past_due else args.state
    if state:
        reviews = reviews.filter(state=state)
    newest = F("started").desc(nulls_last=True)
    rows = [record(r) for r in reviews.order_by(newest, "-id") if not args.past_due or r.past_due]
    opened = sum(row["state"] == "open" for row in rows)
    late = sum(row["days_past_due"] is not None for row in rows)
    count = f"{len(rows)} review{'s' * (len(rows) != 1)} ({opened} open, {late} past due)"
    return archive_rows.output(rows, FIELDS, args, shown, count)


def record(r: models.Review) -> dict[str, Any]:
    """A review as one row: dates as ISO text, lists as lists."""
    return {
        "key": r.key,
        "company": r.company.name,
        "cik": r.company.cik,
        "tickers": list(r.company.tickers),
        "forms": sorted({f.form for f in r.filings.all()}),
        "file_numbers": list(r.file_numbers),
        "state": r.state,
        "state_reason": r.state_reason,
        "started": archive_rows.iso(r.started),
        "ended": archive_rows.iso(r.ended),
        "duration_days": r.duration_days,
        "rounds": r.rounds_count,
        "due_date": archive_rows.iso(r.due_date),
        "due_reason": r.due_reason,
        "days_past_due": r.days_past_due,
    }


def shown(row: dict[str, Any]) -> str:
    """Two lines for a person: when it began, the company, the forms and the state; then its key, rounds
    and the reason for its state (an open one's: why its answer is due when it is)."""
    company = archive_rows.company_label(row)
    forms = ", ".join(row["forms"]) or "filings not named"
    if row["state"] == "completed":
        state = f"completed {row['ended'] or 'on a date not on file'}"
        if row["duration_days"] is not None:
            state += f" ({row['duration_days']} days)"
    elif row["state"] == "open":
        state = "open" + (f", answer due {row['due_date']}" if row["due_date"] else "")
        if row["days_past_due"] is not None:
            state += f" ({row['days_past_due']} days past due)"
    else:
        state = "not reviewed"
    rounds = f"{row['rounds']} round{'s' * (row['rounds'] != 1)}"
    reason = row["due_reason"] if row["state"] == "open" and row["due_reason"] else row["state_reason"]
    return f"{row['started'] or 'undated'}  {company}  {forms}  {state}\n    {row['key']} · {rounds} · {reason}"
