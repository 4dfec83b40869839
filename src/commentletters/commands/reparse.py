"""Parse the stored raw documents again with the current parser and re-thread every company.

Run it after upgrading Comment Letters: letters keep their identity (accession, version, review
key); their comments, answers, kind and parser version are replaced by the new parse. --stale reads
only the letters another parser version read (`commentletters stats` counts them).
"""

from __future__ import annotations

import argparse
import sys

from .options import number_between


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers", type=number_between(1, 256), default=None, help="parsing processes (default: one per core)"
    )
    p.add_argument(
        "--stale",
        action="store_true",
        help="only the letters another parser version read (default: every letter)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from ..archive.reparse import reparse_all

    done, failed = reparse_all(progress=not args.no_progress, workers=args.workers, stale=args.stale)
    if args.stale and not done and not failed:
        from ..core.version import parser_version

        print(f"no letters to re-parse: this parser version ({parser_version()}) read every letter in the archive")
        return 0
    for why in failed:
        print(f"failed: {why}", file=sys.stderr)
    print(f"{done} letter{'' if done == 1 else 's'} re-parsed, {len(failed)} failed (those keep their previous parse)")
    return 2 if failed else 0
