"""Export the archive: one letter per line — its Letter JSON plus accession, form, review_id, each
answer's "answers" (the staff comment it answers: accession and number) and each comment's
"follows" (the prior comments it follows up) — or, with --rows comments|answers, one staff
comment or company answer per line with its letter's identifying fields. JSON Lines, or CSV with
the lists as JSON text (a cell a spreadsheet would run as a formula starts with an apostrophe).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from .streams import as_utf8, json_ascii

ROWS_HELP = (
    "what a row is: a letter (the default), a staff comment or a company answer, each with its letter's "
    "accession, date, company, CIK, ticker, kind and forms reviewed. In CSV a cell longer than a spreadsheet "
    "holds (32,767 characters) is cut there, ending with a note saying so; the JSON Lines hold it whole"
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=("jsonl", "csv"), default="jsonl", help="JSON Lines (the default) or CSV for spreadsheets"
    )
    p.add_argument("--rows", choices=("letters", "comments", "answers"), default="letters", help=ROWS_HELP)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def _writer(args: argparse.Namespace, *, ascii_only: bool = False) -> Callable[[TextIO], None]:
    """What writes the export chosen to a stream."""
    from ..archive.export import write_csv, write_jsonl
    from ..archive.export_rows import write_rows_csv, write_rows_jsonl

    if args.rows == "letters":
        if args.format == "csv":
            return write_csv
        return lambda out: write_jsonl(out, ascii_only=ascii_only)
    if args.format == "csv":
        return lambda out: write_rows_csv(out, args.rows)
    return lambda out: write_rows_jsonl(out, args.rows, ascii_only=ascii_only)


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    if args.output:
        try:
            fh = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            print(f"error: {args.output}: {exc.strerror or exc}; choose another --output file", file=sys.stderr)
            return 1
        with fh:
            _writer(args)(fh)
    elif args.format == "jsonl":
        _writer(args, ascii_only=json_ascii())(sys.stdout)
    else:  # a CSV file is UTF-8, whatever the terminal's encoding
        as_utf8(sys.stdout)
        _writer(args)(sys.stdout)
    from ..archive.models import Letter

    if not Letter.objects.exists():  # an empty export is right, but say why it is empty
        print("note: the archive holds no letters yet (commentletters ingest PATH to add some)", file=sys.stderr)
    return 0
