"""Read letters and show what they say.

Each FILE may be a PDF, an HTML or text letter, or an EDGAR full-submission .txt file, on disk or
at its EDGAR address (https://www.sec.gov/Archives/edgar/data/...; fetched as sync fetches, so
COMMENTLETTERS_USER_AGENT must be set to "Your Name you@example.com"; the address of a filing's
index page or folder reads the filing's letter, its first PDF, HTML or text document), or "-" for standard input
(shown as "<stdin>"; its format is told from its content, as for any file). Without
--json or --csv the letter is shown readably: its kind, date, parties, the filings reviewed, then each
comment under its headings (staff letters) or each answer under its comment number (company
letters). With --json, one Letter JSON object per file is printed as JSON Lines, in argument
order; a file that cannot be read yields {"source": ..., "error": {"code": ..., "message": ...}}
and the run goes on. With --csv, a chart for a spreadsheet: one row per staff comment (number,
headings, pages, asks, text) or company answer (number, restated comment, answer, commitments), each
starting with its letter's source, kind, date, company, file numbers and filings reviewed; a file
that cannot be read is an "error" row in its place (the reason in "text") and is named on standard
error. The exit status is 2 if any file failed.

The files of one run are read together: a company letter that answers a staff letter as a whole,
without numbering its comments, is given one answer per comment of that staff letter when the
staff letter is among the files (as a lawyer reads an answer with the comment letter at hand).
So the output is printed once every file has been read.

One file cannot stop the others: each is read in a worker process of its own (--workers of them
at once, one per core by default), bounded in time and memory. A file that takes longer than
--time-limit seconds (180 by default; a real letter takes under half a second) is reported as
failed ("too_slow"); one that crashes its process, or needs more than COMMENTLETTERS_PARSE_MEMORY_MB
of memory (2048 by default; a real letter needs tens), as "crashed"; one that meets a fault in the
parser as "parser_error". A fault in one part of a letter (its answers, say) leaves that part empty,
with a warning, and the rest of the letter is shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING

from ..core import Letter
from ..core.faults import describe_or_raise
from ..core.pairing import pair_whole_answers
from ..edgar.errors import EdgarError
from ..render import render_letter
from ..time_limit import PARSE_SECONDS
from .options import number_between
from .reading import default_workers, read_all, with_progress
from .streams import json_ascii, visible

if TYPE_CHECKING:
    from ..edgar.fetch import Fetcher


STDIN = "<stdin>"  # the source of a letter read from standard input ("-")


def is_address(name: str) -> bool:
    """Whether a FILE argument is a web address (fetched from EDGAR) rather than a path."""
    return name.startswith(("http://", "https://"))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="letter files to read, their EDGAR addresses (https://www.sec.gov/Archives/...), or - for standard input",
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print Letter JSON Lines instead of text")
    out.add_argument(
        "--csv",
        action="store_true",
        help="print CSV for a spreadsheet: a row per staff comment or company answer",
    )
    p.add_argument(
        "--time-limit",
        type=number_between(0, 86400),
        default=PARSE_SECONDS,
        metavar="SECONDS",
        help=f"give up on a file after this long and go on with the next (default {PARSE_SECONDS}; 0: no limit)",
    )
    p.add_argument(
        "--workers",
        type=number_between(1, 256),
        default=None,
        metavar="N",
        help="processes reading files at once (default: one per core); each is bounded in time and memory",
    )


def _bytes(name: str, fetcher: Fetcher | None) -> bytes | None | dict[str, str]:
    """The bytes of an EDGAR address or of standard input, or the error's code and message; None for a
    file on disk (its worker reads it)."""
    try:
        if fetcher is not None and is_address(name):
            return fetcher.fetch(name)
        return sys.stdin.buffer.read() if name == "-" else None
    except EdgarError as exc:
        advice = "; check the network connection, or download the file and parse it from disk"
        message = exc.message.removeprefix(f"{name}: ") + (advice if exc.code == "gave_up" else "")
        return {"code": exc.code, "message": message}


def _named(name: str) -> str:
    """The source a letter is shown and reported under: its file or address, "<stdin>" for "-"."""
    return STDIN if name == "-" else name


def _shown(letter: Letter, as_json: bool) -> str | dict[str, str]:
    """The letter as printed, or the error's code and message if it cannot be shown."""
    try:
        return json.dumps(letter.to_json(), ensure_ascii=json_ascii()) if as_json else visible(render_letter(letter))
    except Exception as exc:
        return {"code": "parser_error", "message": describe_or_raise(exc)}


def run(args: argparse.Namespace) -> int:
    with ExitStack() as stack:
        fetcher = None
        if any(map(is_address, args.files)):
            from ..edgar.fetch import Fetcher  # (only then: a file on disk is read without the HTTP client)

            fetcher = stack.enter_context(Fetcher(os.environ))
        given = [(_named(name), _bytes(name, fetcher)) for name in args.files]  # (addresses and "-" read now)
    items = [(name, data) for name, data in given if not isinstance(data, dict)]
    workers = args.workers or default_workers()
    with read_all(items, workers, args.time_limit) as answers:
        read = iter(list(with_progress(answers, len(items))))
    results = [(name, data if isinstance(data, dict) else next(read)) for name, data in given]
    pair_whole_answers(r for _, r in results if isinstance(r, Letter))
    if args.csv:
        return _as_csv(results)
    failed = 0
    for name, parsed in results:
        result = _shown(parsed, args.json) if isinstance(parsed, Letter) else parsed
        if isinstance(result, str):
            print(result)
            continue
        failed += 1
        if args.json:
            print(json.dumps({"source": name, "error": result}))
        else:
            print(visible(f"error: {name}: {result['message']} [{result['code']}]"), file=sys.stderr)
    sys.stdout.flush()
    return 2 if failed else 0


def _as_csv(results: list[tuple[str, Letter | dict[str, str]]]) -> int:
    """The letters read as CSV rows on stdout, a file that failed as an error row in its place and named on
    stderr too (exit status 2)."""
    from .parse_rows import write_csv

    write_csv(results, sys.stdout)
    sys.stdout.flush()
    failed = [(name, r) for name, r in results if not isinstance(r, Letter)]
    for name, error in failed:
        print(visible(f"error: {name}: {error['message']} [{error['code']}]"), file=sys.stderr)
    return 2 if failed else 0
