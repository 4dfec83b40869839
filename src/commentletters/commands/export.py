"""Export the archive: one letter per line — its Letter JSON plus accession, form, review_id, each
answer's "answers" (the staff comment it answers: accession and number) and each comment's
"follows" (the prior comments it follows up). JSON Lines, or CSV with the lists as JSON text (a cell
a spreadsheet would run as a formula starts with an apostrophe).
"""

from __future__ import annotations

import argparse
import io
import sys

from .streams import is_utf8, json_ascii


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=("jsonl", "csv"), default="jsonl", help="JSON Lines (the default) or CSV for spreadsheets"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from ..archive.export import write_csv, write_jsonl

    write = write_jsonl if args.format == "jsonl" else write_csv
    if args.output:
        try:
            fh = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            print(f"error: {args.output}: {exc.strerror or exc}; choose another --output file", file=sys.stderr)
            return 1
        with fh:
            write(fh)
    elif args.format == "jsonl":
        write_jsonl(sys.stdout, ascii_only=json_ascii())
    else:  # a CSV file is UTF-8, whatever the terminal's encoding
        if isinstance(sys.stdout, io.TextIOWrapper) and not is_utf8(sys.stdout):
            sys.stdout.reconfigure(encoding="utf-8")
        write_csv(sys.stdout)
    from ..archive.models import Letter

    if not Letter.objects.exists():  # an empty export is right, but say why it is empty
        print("note: the archive holds no letters yet (commentletters ingest PATH to add some)", file=sys.stderr)
    return 0
