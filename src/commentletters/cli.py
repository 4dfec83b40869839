"""The ``commentletters`` command.

Each subcommand lives in ``commentletters.commands.<name>`` and is imported only when used, so
``commentletters parse`` starts without loading Django.
"""

from __future__ import annotations

import _thread
import argparse
import difflib
import importlib
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, config
from .commands.streams import guard_streams

# name -> (module under commentletters.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse", "read letters (PDF, HTML, text, EDGAR .txt) and show their comments and answers"),
    "ingest": ("ingest", "store letters and folders of letters in the archive and thread them into reviews"),
    "reparse": ("reparse", "parse the archived raw documents again with the current parser"),
    "stats": ("stats", "counts of companies, reviews, letters, comments, answers, commitments, failures"),
    "reviews": ("reviews", "the archive's reviews: state, rounds, and when the company's next answer is due"),
    "commitments": ("commitments", "what companies' answers commit to: promises for future filings, changes made"),
    "search": ("search", "search the archive's staff comments and company answers (filters as on the web page)"),
    "export": ("export", "the archive as JSON Lines or CSV, one letter per line, with answer/follow-up links"),
    "sync": ("sync", "download new comment letters and responses from EDGAR into the archive"),
    "serve": ("serve", "serve the archive's web pages and API (production server, default http://127.0.0.1:8000)"),
    "createsuperuser": ("createsuperuser", "create a sign-in account for curation in the admin (/admin/)"),
}

# What to do after Ctrl-C, for the commands that can be stopped half-way and picked up again.
ON_INTERRUPT: dict[str, str] = {
    "ingest": "what was stored is kept; run the same ingest again to finish (it skips what is stored)",
    "sync": "what arrived whole is kept; run the same sync again to fetch the rest",
    "reparse": "run commentletters reparse again: reviews are re-threaded only at its end",
}

# Commands whose words or files (their dest) may come anywhere among the options, as a user types
# them (`parse a.pdf --json b.pdf`, `search goodwill --company GLW impairment`); argparse takes only
# the first run of them. Search's words may also start with "-" (-excluded words: `search revenue -hedging`).
WORDS_ANYWHERE: dict[str, str] = {"search": "words", "parse": "files", "ingest": "paths"}
DASH_WORDS = frozenset({"search"})

EPILOG = """\
examples:
  commentletters parse letter.pdf               show a letter's comments under their headings
  commentletters parse --json a.pdf b.htm       Letter JSON Lines, one object per file
  commentletters parse --csv a.pdf > chart.csv  a row per comment or answer, for a spreadsheet
  commentletters ingest ../shared/corpus/sec    archive a folder of letters (again: nothing changes)
  commentletters stats --json                   what the archive holds
  commentletters reviews --open                 open reviews, with the next answer's due date
  commentletters commitments --kind future      every promise of disclosure in future filings
  commentletters search non-GAAP --company GLW  staff comments and answers on non-GAAP, one company
  commentletters search --asks amend --json     comments asking for an amendment, as JSON Lines
  commentletters export --format jsonl          one letter per line, answers linked to comments
  commentletters sync --ticker GLW              fetch a company's new correspondence from EDGAR
  commentletters serve --port 8000              the web pages and API at http://127.0.0.1:8000/
  commentletters createsuperuser                a curator's account (then add the team's in the admin)
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
        parser.set_defaults(_chosen_parser=p)
    return parser


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the first word that is not an option), if any."""
    word = next((a for a in argv if not a.startswith("-")), None)
    return word if word in COMMANDS else None


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """The arguments, or argparse's error (exit status 2) with what was probably meant: the command
    or option a typo stands for, ``parse`` for a file given without a command."""
    chosen = chosen_command(argv)
    parser = build_parser(chosen)
    if chosen is None:
        _refuse_unknown_command(parser, argv)
    command: argparse.ArgumentParser | None = parser.get_default("_chosen_parser")
    loose: list[str] = []
    dest = WORDS_ANYWHERE.get(chosen or "")
    if command is not None and chosen in DASH_WORDS:
        argv, loose = _loose_words(argv, command)
    args, unknown = parser.parse_known_args(argv)
    if dest:
        words = [u for u in unknown if u == "-" or not u.startswith("-")]  # ("-": standard input)
        setattr(args, dest, getattr(args, dest) + words + loose)
        unknown = [u for u in unknown if u not in words]
    if unknown:  # said by the command's own parser, whose usage lists the options it has
        said = (u + _did_you_mean(u.split("=", 1)[0], _options(command or parser)) for u in unknown)
        (command or parser).error(f"unrecognized arguments: {', '.join(said)}")
    return args


def _refuse_unknown_command(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """A first word that is no command: the command it looks like, or ``parse`` if it is a file."""
    word = next((a for a in argv if not a.startswith("-")), None)
    if word is None:
        return
    hint = _did_you_mean(word, COMMANDS)
    if not hint and Path(word).exists():
        hint = f" (to read a letter: commentletters parse {word}; to archive it: commentletters ingest {word})"
    if hint:
        parser.error(f"no command {word!r}{hint}")


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [s for action in parser._actions for s in action.option_strings]


def _loose_words(argv: list[str], command: argparse.ArgumentParser) -> tuple[list[str], list[str]]:
    """``argv`` without the words argparse would refuse, and those words: ``-excluded`` ones typed
    among the others (argparse takes them for options it does not know, and "-hedging" for -h) and
    all after ``--``. A single-dash word that stands for an option ("-json") stays, to be refused
    with the option it looks like."""
    options = _options(command)
    takes_value = {s for action in command._actions if action.nargs != 0 for s in action.option_strings}
    kept: list[str] = []
    loose: list[str] = []
    for i, arg in enumerate(argv):
        if arg == "--":
            return kept, loose + argv[i + 1 :]
        after_option = bool(kept) and kept[-1] in takes_value
        typo = any(o.startswith("-" + arg) for o in options if o.startswith("--"))
        if len(arg) > 1 and arg[0] == "-" and arg[1] != "-" and arg not in options and not typo and not after_option:
            loose.append(arg)
        else:
            kept.append(arg)
    return kept, loose


def main(argv: Sequence[str] | None = None) -> int:
    """The command: exit status 130 and "interrupted" after Ctrl-C, also while it still reads its
    command line and imports the chosen command's modules (a traceback there before)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    guard_streams()
    try:
        args = parse_command_line(argv)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        interrupted_while_importing()
    if not getattr(args, "_run", None):
        build_parser().print_help()
        return 0
    try:
        with _interrupts_not_lost():
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
        problem = database_problem(exc)
        if problem is None:
            raise
        print(f"error: {problem}", file=sys.stderr)
        return 1


def interrupted_while_importing() -> NoReturn:
    """End the command at once with status 130 after Ctrl-C fell while it imported its modules (reading the command
    line imports the chosen command's). Returned from normally, the interpreter then ended by SIGINT all the same,
    after "interrupted" was printed (about one run in fifteen on a busy machine, Ctrl-C 0.4 s in): its own exit, not
    this code, reports such an interrupt so. Nothing has started yet that needs an orderly end (no pool, no
    database), so the streams are flushed and the process ends here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


@contextmanager
def _interrupts_not_lost() -> Iterator[None]:
    """Ctrl-C stops the command even when it falls while Python runs a finalizer: raised inside a weak
    reference's callback (Django's signals keep one per receiver; a new archive's migrations drop
    hundreds at once), KeyboardInterrupt is printed as "Exception ignored" and lost, and the command
    ran on to the end. Such a one is raised again a moment later, from outside the callback (raised
    from the hook, it would be lost the same way); or here, if the command ended in that moment."""
    previous = sys.unraisablehook
    lost: list[threading.Timer] = []

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            previous(unraisable)
            return
        again = threading.Timer(0.01, _thread.interrupt_main)
        again.daemon = True
        lost.append(again)
        again.start()

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous
        for again in lost:
            again.cancel()
    if lost:
        raise KeyboardInterrupt


def database_problem(exc: Exception) -> str | None:
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
