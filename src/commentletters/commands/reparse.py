"""Parse the stored raw documents again with the current parser and re-thread every company.

Run it after upgrading Comment Letters: letters keep their identity (accession, version, review
key); their comments, answers, kind and parser version are replaced by the new parse.
"""

from __future__ import annotations

import argparse
import sys

from .options import number_between


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers", type=number_between(1, 256), default=None, help="parsing processes (default: one per core)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from ..archive.reparse import reparse_all

    done, failed = reparse_all(progress=not args.no_progress, workers=args.workers)
    for why in failed:
        print(f"failed: {why}", file=sys.stderr)
    print(f"{done} letters re-parsed, {len(failed)} failed (those keep their previous parse)")
    return 2 if failed else 0
