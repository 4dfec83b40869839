"""Store letters in the archive, thread them into reviews, and keep their raw documents.

Each PATH may be a letter file (PDF, HTML, text, EDGAR .txt submission) or a folder, walked for
letters; EDGAR metadata (accession, form, filing date, CIK) is read from filing.json sidecars, the
corpus' metadata.json / extraction_manifest.json and EDGAR index.json files beside them. A second
run adds nothing; a changed document becomes a new version. A file that cannot be read is recorded
with its reason and the run goes on (exit status 2 if any failed, or if the paths hold no letter).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .options import number_between


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="letter files or folders")
    p.add_argument(
        "--workers", type=number_between(1, 256), default=None, help="parsing processes (default: one per core)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django(migrate=False)  # ingest_paths migrates: a new archive is created while the first files parse
    from ..archive.ingest import IngestConflict, ingest_paths
    from ..archive.sources import LETTER_SUFFIXES

    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"error: {p}: no such file or folder", file=sys.stderr)
    given = [Path(p) for p in args.paths if Path(p).exists()]
    try:
        report = ingest_paths(given, progress=not args.no_progress, workers=args.workers)
    except IngestConflict as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if given and not report.files:
        suffixes = ", ".join(sorted(LETTER_SUFFIXES))
        print(
            f"error: no letters found in {', '.join(map(str, given))} (ingest reads {suffixes} files)", file=sys.stderr
        )
    for path, code, message in report.failures:
        print(f"failed: {path}: {message} [{code}]", file=sys.stderr)
    print(report.summary())
    if report.stale_note:
        print(f"note: {report.stale_note}", file=sys.stderr)
    return 2 if report.failed or missing or (given and not report.files) else 0
