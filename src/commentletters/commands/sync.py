"""Bring the archive up to date with EDGAR's comment letters and responses.

Lists the UPLOAD (staff letters), CORRESP (company letters) and DRSLTR filings of one company
(--ticker or --cik, from EDGAR's submissions API, older pages included) or of every company
(--all --since DATE, from the quarterly full-index), downloads each new filing's folder into
DATA_DIR/edgar/<cik>/<accession>/ and ingests it into the archive. A second run asks EDGAR only
for what is new. Set COMMENTLETTERS_USER_AGENT to "Your Name you@example.com" first: the SEC
requires automated clients to say who they are. At most ten requests go out in any second.
The exit status is 2 if any filing or listing failed (they are retried on the next run).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .. import config
from ..edgar.client import EdgarClient, user_agent_from
from ..edgar.download import FAILED, STORED, UNAVAILABLE
from ..edgar.errors import ArchiveUnavailable, EdgarError
from ..edgar.store import Store, sync_lock
from ..edgar.sync import Syncer, SyncReport, archive_ingest
from .options import iso_date


def add_arguments(p: argparse.ArgumentParser) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--ticker", help="a company by ticker (looked up in EDGAR's company_tickers.json)")
    who.add_argument("--cik", help="a company by CIK (with or without leading zeros)")
    who.add_argument("--all", action="store_true", help="every company, from the quarterly full-index (needs --since)")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only filings filed on or after")
    p.add_argument("--no-ingest", action="store_true", help="download only; ingest on a later run")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    try:
        user_agent = user_agent_from(os.environ)
    except EdgarError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return 1
    if args.all and args.since is None:
        print("error: --all needs --since YYYY-MM-DD (the full-index is read quarter by quarter)", file=sys.stderr)
        return 1
    problems = config.check()
    if problems:
        print(f"error: {'; '.join(problems)}", file=sys.stderr)
        return 1
    root = config.ensure_data_dir() / "edgar"
    root.mkdir(parents=True, exist_ok=True)
    progress = not args.quiet and sys.stderr.isatty()
    ingest = None if args.no_ingest else (lambda folders: _ingest(folders, progress))
    base_url = config.get("COMMENTLETTERS_EDGAR_URL")
    try:
        with sync_lock(root):
            return _sync(args, root, user_agent, base_url, ingest, progress)
    except EdgarError as exc:
        _say(exc)
        return 2


def _ingest(folders: list[Path], progress: bool) -> Any:
    """The archive's ingest; a database that cannot be reached is said as every command says it."""
    from ..cli import database_problem

    try:
        return archive_ingest(folders, progress=progress)
    except Exception as exc:
        problem = database_problem(exc)
        if problem is None:
            raise
        raise ArchiveUnavailable(problem) from None


def _say(exc: EdgarError) -> None:
    """An error that stopped the run, with what to do about one EDGAR would not answer."""
    advice = ""
    if exc.code == "gave_up":
        advice = "; check the network connection (and COMMENTLETTERS_EDGAR_URL, if set), then run sync again"
    elif exc.code == "not_found" and "/submissions/CIK" in (exc.url or ""):
        advice = "; EDGAR knows no company by this CIK: check the number, or give --ticker"
    print(f"error: {exc.message} [{exc.code}]{advice}", file=sys.stderr)


def _sync(
    args: argparse.Namespace, root: Path, user_agent: str, base_url: str | None, ingest: Any, progress: bool
) -> int:
    with EdgarClient(
        user_agent, base_url=base_url, cache_path=root / "http-cache.sqlite", rate_path=root / "rate-limit.sqlite"
    ) as client:
        syncer = Syncer(client, Store(root), ingest=ingest, progress=progress)
        try:
            if args.all:
                report = syncer.everyone(args.since)
            else:
                report = syncer.company(ticker=args.ticker, cik=args.cik, since=args.since)
        except EdgarError as exc:
            _say(exc)
            return 2
        print_report(report, client, ingesting=ingest is not None)
    return 0 if report.ok else 2


def print_report(report: SyncReport, client: EdgarClient, *, ingesting: bool) -> None:
    stored, failed = report.of(STORED), report.of(FAILED)
    documents = sum(len(o.downloaded) for o in stored + failed)
    c = client.counters
    earlier = f" (and {report.pages_skipped} older page(s) settled by earlier runs)" if report.pages_skipped else ""
    if report.quarters_skipped:
        earlier = f" (and {report.quarters_skipped} closed quarter(s) settled by earlier runs)"
    print(f"{report.label}: {report.listed} correspondence filings listed{earlier}")
    parts = [
        f"{len(stored)} stored now ({documents} documents downloaded)",
        f"{report.already_complete} already complete",
        f"{len(report.of(UNAVAILABLE))} not served by EDGAR (404)",
        f"{report.skipped_unavailable} not served last time (rechecked weekly)" if report.skipped_unavailable else "",
        f"{len(failed)} failed",
    ]
    print("  " + ", ".join(p for p in parts if p))
    print(f"  {c.requests} requests ({c.not_modified} 'not modified', {c.from_cache} from cache), {c.retries} retries")
    if ingesting:
        said = f": {report.ingest_summary}" if report.ingest_summary else ""
        print(f"  {report.ingested} folders ingested into the archive{said}")
    for outcome in failed:
        for name, why in outcome.failed.items():
            print(f"failed: {outcome.ref.accession} {name}: {why} (retried on the next run)", file=sys.stderr)
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if report.ingest_error:
        print(f"problem: ingest failed, folders stay queued for the next run: {report.ingest_error}", file=sys.stderr)
    if report.ingest_note:
        print(f"note: {report.ingest_note}", file=sys.stderr)
