"""The ``commentletters`` command.

Each subcommand lives in ``commentletters.commands.<name>`` and is imported only when used, so
``commentletters parse`` starts without loading Django.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__, config
from .commands.streams import guard_streams

# name -> (module under commentletters.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse", "read letters (PDF, HTML, text, EDGAR .txt) and show their comments and answers"),
    "ingest": ("ingest", "store letters and folders of letters in the archive and thread them into reviews"),
    "reparse": ("reparse", "parse the archived raw documents again with the current parser"),
    "stats": ("stats", "counts of companies, reviews, letters, comments, answers, commitments, failures"),
    "search": ("search", "search the archive's staff comments and company answers (filters as on the web page)"),
    "export": ("export", "the archive as JSON Lines or CSV, one letter per line, with answer/follow-up links"),
    "sync": ("sync", "download new comment letters and responses from EDGAR into the archive"),
    "serve": ("serve", "serve the archive's web pages and API (production server, default http://127.0.0.1:8000)"),
}

# What to do after Ctrl-C, for the commands that can be stopped half-way and picked up again.
ON_INTERRUPT: dict[str, str] = {
    "ingest": "what was stored is kept; run the same ingest again to finish (it skips what is stored)",
    "sync": "what arrived whole is kept; run the same sync again to fetch the rest",
    "reparse": "run commentletters reparse again: reviews are re-threaded only at its end",
}

EPILOG = """\
examples:
  commentletters parse letter.pdf               show a letter's comments under their headings
  commentletters parse --json a.pdf b.htm       Letter JSON Lines, one object per file
  commentletters ingest ../shared/corpus/sec    archive a folder of letters (again: nothing changes)
  commentletters stats --json                   what the archive holds
  commentletters search non-GAAP --company GLW  staff comments and answers on non-GAAP, one company
  commentletters search --asks amend --json     comments asking for an amendment, as JSON Lines
  commentletters export --format jsonl          one letter per line, answers linked to comments
  commentletters sync --ticker GLW              fetch a company's new correspondence from EDGAR
  commentletters serve --port 8000              the web pages and API at http://127.0.0.1:8000/
  commentletters COMMAND --help                 the options of one command
"""


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only the ``chosen`` command's module is imported (start-up stays light)."""
    parser = argparse.ArgumentParser(
        prog="commentletters",
        description="Comment Letters: read, thread, archive and search SEC filing-review correspondence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"commentletters {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if name != chosen:
            sub.add_parser(name, help=help_text)
            continue
        mod = importlib.import_module(f"commentletters.commands.{module}")
        p = sub.add_parser(
            name, help=help_text, description=mod.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run, _parser=p)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the first word that is not an option), if any."""
    word = next((a for a in argv if not a.startswith("-")), None)
    return word if word in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    guard_streams()
    parser = build_parser(chosen_command(argv))
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the command's own parser, whose usage lists the options it has
        getattr(args, "_parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "_run", None):
        parser.print_help()
        return 0
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        next_step = ON_INTERRUPT.get(args.command)
        print(f"interrupted: {next_step}" if next_step else "interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        problem = _database_problem(exc)
        if problem is None:
            raise
        print(f"error: {problem}", file=sys.stderr)
        return 1


def _database_problem(exc: Exception) -> str | None:
    """What to tell the user when the archive's database cannot be opened or reached (a server that
    is down, a wrong password, an SQLite file that cannot be opened); None for any other error.
    Django is looked up, not imported: ``parse`` runs without it."""
    db_utils = sys.modules.get("django.db.utils")
    if db_utils is None or not isinstance(exc, db_utils.OperationalError):
        return None
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if config.get("DATABASE_URL"):
        where = "the database that DATABASE_URL names"
        fix = "check that its server is running and the URL's host, port, user, password and database name"
    else:
        where = f"the SQLite archive in {config.data_dir()}"
        fix = "check that the folder (COMMENTLETTERS_DATA_DIR) is yours and writable"
    return f"{where} cannot be used ({reason}); {fix}"


if __name__ == "__main__":
    sys.exit(main())
