"""Read letters and show what they say.

Each FILE may be a PDF, an HTML or text letter, or an EDGAR full-submission .txt file. Without
--json the letter is shown readably: its kind, date, parties, the filings reviewed, then each
comment under its headings (staff letters) or each answer under its comment number (company
letters). With --json, one Letter JSON object per file is printed as JSON Lines, in argument
order; a file that cannot be read yields {"source": ..., "error": {"code": ..., "message": ...}}
and the run goes on. The exit status is 2 if any file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core import LetterError, parse_letter
from ..render import render_letter


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="letter files to read")
    p.add_argument("--json", action="store_true", help="print Letter JSON Lines instead of text")


def run(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            data = Path(name).read_bytes()
            letter = parse_letter(data, name)
        except (OSError, LetterError) as exc:
            failed += 1
            code = exc.code if isinstance(exc, LetterError) else "not_readable"
            message = exc.message if isinstance(exc, LetterError) else (exc.strerror or str(exc))
            if args.json:
                print(json.dumps({"source": name, "error": {"code": code, "message": message}}))
            else:
                print(f"error: {name}: {message} [{code}]", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(letter.to_json(), ensure_ascii=False))
        else:
            print(render_letter(letter))
        sys.stdout.flush()
    return 2 if failed else 0
