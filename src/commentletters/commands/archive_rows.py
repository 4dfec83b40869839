"""What the archive's listing commands (``reviews``, ``commitments``) share: the check that the archive
holds letters, the company named on the command line, and rows written as JSON Lines or CSV."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .streams import as_utf8, json_ascii, visible

if TYPE_CHECKING:
    from ..archive import models

EMPTY_ARCHIVE = (
    "error: the archive holds no letters yet: ingest or sync first "
    "(commentletters ingest PATH, or commentletters sync --ticker TICKER)"
)


def add_outputs(p: argparse.ArgumentParser, what: str) -> None:
    """--company, and --json or --csv (readable text without either)."""
    p.add_argument("--company", metavar="TICKER|CIK|NAME", help="one company: its ticker, CIK, name or part of it")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=f"JSON Lines: one {what} per line")
    out.add_argument("--csv", action="store_true", help=f"CSV with a header row, one {what} per line")


def has_letters() -> bool:
    """Whether the archive holds a letter; if not, says on standard error how to fill it."""
    from ..archive import models

    if models.Letter.objects.filter(current=True).exists():
        return True
    print(EMPTY_ARCHIVE, file=sys.stderr)
    return False


def company(args: argparse.Namespace) -> models.Company | None:
    """The company --company names (None without it); a name that fits none, or several, is a usage
    error (exit status 2) that lists close ones."""
    from ..web.company_lookup import CompanyNotFound, find_company

    if args.company is None:
        return None
    try:
        return find_company(args.company)
    except CompanyNotFound as exc:  # (it may list the archive's names: text from letters)
        args._parser.error(visible(f"--company: {exc}"))


def write(rows: Sequence[dict[str, Any]], fields: Sequence[str], args: argparse.Namespace) -> None:
    """``rows`` as JSON Lines (--json) or CSV (--csv: UTF-8 whatever the terminal, lists as JSON text,
    no cell a spreadsheet would run as a formula)."""
    if args.json:
        ascii_only = json_ascii()
        for row in rows:
            print(json.dumps(row, ensure_ascii=ascii_only))
        return
    from ..spreadsheet_cells import safe_cell

    as_utf8(sys.stdout)
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(json.dumps(v) if isinstance(v, list) else v) for k, v in row.items()})


def output(
    rows: Sequence[dict[str, Any]],
    fields: Sequence[str],
    args: argparse.Namespace,
    shown: Callable[[dict[str, Any]], str],
    count: str,
) -> int:
    """``rows`` as --json or --csv ask, else each as ``shown`` for a person; then ``count`` (how many, in
    words) on standard error. The exit status: 0 when a row was listed, 1 when none was."""
    if args.json or args.csv:
        write(rows, fields, args)
    else:
        for row in rows:
            print(visible(shown(row)))
    sys.stdout.flush()
    print(count, file=sys.stderr)
    return 0 if rows else 1


def iso(day: date | None) -> str | None:
    """A date as ISO text, for a row."""
    return day.isoformat() if day else None


def company_label(row: dict[str, Any]) -> str:
    """A row's company for a person: its name, with its first ticker ("Archer Daniels Midland (ADM)")."""
    return row["company"] + (f" ({row['tickers'][0]})" if row["tickers"] else "")
