"""Search the archive's staff comments and company answers, as the web page and the API do.

QUERY is words, "a phrase" (quote it for the shell too: '"critical accounting"'), prefix* and
-excluded words; everything else is plain text, never query syntax. Without words, the filters
alone list the newest matches. The filters are the search page's: company (ticker, CIK or name),
form reviewed, year, staff comments or company answers, comment status, reviewing office, authority
cited, and what a staff comment asks the company to do (--asks: staff comments only, as answers ask
nothing). Output: readable text (matched words in bold on a terminal, in [brackets] otherwise),
JSON Lines or CSV (one hit per line, with the whole text; the count goes to standard error).
"""

from __future__ import annotations

import argparse
import sys

from ..core.asks import ASK_WORDS, ASKS
from ..web.filter_help import FORM_REVIEWED
from .options import number_between
from .streams import visible

STATUSES = ("open", "answered", "followed_up", "resolved", "no_answer")  # archive.models.Comment.STATUSES
LIMIT = 10_000

EXAMPLES = (
    """\
examples:
  commentletters search non-GAAP                             the 20 most relevant comments and answers
  commentletters search '"critical accounting estimates"'    a phrase (quoted for the shell too)
  commentletters search goodwill --company GLW --year 2023   one company (ticker, CIK or name), one year
  commentletters search --asks revise_future_filings --form 10-K --order date
                                                             newest comments asking for future-filing changes
  commentletters search 'impair* -goodwill' --type answer    company answers, a prefix, a word left out
  commentletters search goodwill --company GLW -hedging      words and -excluded words go among the options too
  commentletters search segment --json --limit 500 > hits.jsonl   JSON Lines for scripts (also --csv)

what a comment asks (--asks, the name or its words):
"""
    + "\n".join(f"  {ask:<28} {ASK_WORDS[ask]}" for ask in ASKS)
    + """

exit status: 0 when something matched; 1 when nothing did, or the search could not run (an empty
archive, over the time limit, the database); 2 for an option value that cannot be used.
"""
)


def ask_name(text: str) -> str:
    """--asks as an ASKS key: the key itself, with spaces or hyphens for underscores, or its words."""
    wanted = " ".join(text.lower().replace("_", " ").replace("-", " ").split())
    for ask in ASKS:
        if wanted in (ask.replace("_", " "), ASK_WORDS[ask]):
            return ask
    known = ", ".join(ASKS)
    raise argparse.ArgumentTypeError(f"{text!r} is not something a comment asks; use one of {known}")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = EXAMPLES
    p.add_argument("words", nargs="*", metavar="QUERY", help='words, "a phrase", prefix*, -excluded (may be empty)')
    p.add_argument("--type", choices=("comment", "answer"), help="staff comments or company answers only")
    p.add_argument("--company", metavar="TICKER|CIK|NAME", help="one company: its ticker, CIK, name or part of it")
    p.add_argument("--form", metavar="FORM", help="the form reviewed, e.g. 10-K, S-1, 20-F: " + FORM_REVIEWED)
    p.add_argument("--year", type=number_between(1990, 2100), metavar="YYYY", help="the year of the letter")
    p.add_argument("--status", choices=STATUSES, help="the comment's status (an answer: its comment's)")
    p.add_argument("--office", metavar="TEXT", help="the reviewing office (part of its name)")
    p.add_argument(
        "--authority",
        metavar="NAME",
        help='an authority cited, as the archive names it, with its parts ("ASC 606": "ASC 606-10-50-12" too)',
    )
    p.add_argument("--asks", type=ask_name, metavar="ASK", help="what a staff comment asks (listed below)")
    p.add_argument("--order", choices=("relevance", "date"), default="relevance", help="best or newest first")
    p.add_argument("--limit", type=number_between(1, LIMIT), default=20, metavar="N", help="hits to show (default 20)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="JSON Lines: one hit per line, with its whole text")
    out.add_argument("--csv", action="store_true", help="CSV with a header row, one hit per line")


def run(args: argparse.Namespace) -> int:
    if args.asks and args.type == "answer":
        args._parser.error("--asks finds staff comments (company answers ask nothing): leave out --type answer")
    from ..archive import setup_django

    setup_django()
    from . import search_output
    from .search_filters import FilterError, filters_from

    if not search_output.archive_has_letters():
        print(
            "error: the archive holds no letters yet: ingest or sync first "
            "(commentletters ingest PATH, or commentletters sync --ticker TICKER)",
            file=sys.stderr,
        )
        return 1
    try:
        filters = filters_from(args)
    except FilterError as exc:  # it may list the archive's names of companies: text from letters
        args._parser.error(visible(str(exc)))
    return search_output.run_search(" ".join(args.words), filters, args)
