"""Read letters and show what they say.

Each FILE may be a PDF, an HTML or text letter, or an EDGAR full-submission .txt file. Without
--json the letter is shown readably: its kind, date, parties, the filings reviewed, then each
comment under its headings (staff letters) or each answer under its comment number (company
letters). With --json, one Letter JSON object per file is printed as JSON Lines, in argument
order; a file that cannot be read yields {"source": ..., "error": {"code": ..., "message": ...}}
and the run goes on. The exit status is 2 if any file failed.

The files of one run are read together: a company letter that answers a staff letter as a whole,
without numbering its comments, is given one answer per comment of that staff letter when the
staff letter is among the files (as a lawyer reads an answer with the comment letter at hand).
So the output is printed once every file has been read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core import Letter, LetterError, parse_letter
from ..core.pairing import pair_whole_answers
from ..render import render_letter


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="letter files to read")
    p.add_argument("--json", action="store_true", help="print Letter JSON Lines instead of text")


def _read(name: str) -> Letter | dict[str, str]:
    """The parsed letter, or the error's code and message."""
    try:
        return parse_letter(Path(name).read_bytes(), name)
    except IsADirectoryError:
        return {
            "code": "not_readable",
            "message": f"a folder, not a letter file (to archive a folder: commentletters ingest {name})",
        }
    except (OSError, LetterError) as exc:
        code = exc.code if isinstance(exc, LetterError) else "not_readable"
        message = exc.message if isinstance(exc, LetterError) else (exc.strerror or str(exc))
        return {"code": code, "message": message}


def run(args: argparse.Namespace) -> int:
    results = [(name, _read(name)) for name in args.files]
    pair_whole_answers(r for _, r in results if isinstance(r, Letter))
    failed = 0
    for name, result in results:
        if isinstance(result, Letter):
            print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else render_letter(result))
            continue
        failed += 1
        if args.json:
            print(json.dumps({"source": name, "error": result}))
        else:
            print(f"error: {name}: {result['message']} [{result['code']}]", file=sys.stderr)
    sys.stdout.flush()
    return 2 if failed else 0
