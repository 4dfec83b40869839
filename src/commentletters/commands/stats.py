"""Counts of what the archive holds: companies, reviews, letters, comments, answers, commitments (and
of each kind: promised for future filings, made in a filing with the answer, unknown until reparse),
open reviews (and those whose next answer is past due today), files that failed to ingest and letters
another parser version read (a note says to run `commentletters reparse --stale`)."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from ..archive.reports import stats
    from ..archive.stale import stale

    counts = stats()
    if args.json:
        print(json.dumps(counts))
    else:
        width = max(len(k) for k in counts)
        for name, value in counts.items():
            print(f"{name.replace('_', ' '):<{width}}  {value}")
    if not counts["letters"]:  # all zeros are right, but say what to do about them
        print(
            "note: the archive holds no letters yet "
            "(commentletters ingest PATH, or commentletters sync --ticker TICKER)",
            file=sys.stderr,
        )
    elif counts["stale_letters"] and (note := stale().note()):
        print(f"note: {note}", file=sys.stderr)
    return 0
