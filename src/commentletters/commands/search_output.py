"""The search command's run and its three outputs: readable text, JSON Lines and CSV.

The search itself is the web page's (:func:`commentletters.web.search.search`: the same query
reader, filters, order and time limit), so the command, the page and the API find the same hits.
Readable text is for a person at a terminal (the matched words in bold there, in [brackets] in a
pipe or file, where escape codes would be noise); JSON Lines and CSV are for scripts, so standard
output holds the rows alone and the count goes to standard error.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import re
import shutil
import sys
import textwrap
from typing import Any, TextIO

from ..archive.models import Letter
from ..spreadsheet_cells import safe_cell
from ..web.query import parse_query
from ..web.search import TIME_LIMIT_MS, Filters, Hit, Results, SearchTimeout, search
from ..web.search_rows import FIELDS, hit_rows
from .streams import as_utf8, json_ascii, visible

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)
NOUNS = {"comment": ("staff comment", "staff comments"), "answer": ("company answer", "company answers")}


def archive_has_letters() -> bool:
    return Letter.objects.filter(current=True).exists()


def run_search(text: str, filters: Filters, args: argparse.Namespace) -> int:
    """Search, print the hits in the chosen form; the exit status (0: hits shown, 1: none)."""
    try:
        results = search(text, filters, order=args.order, per_page=args.limit)
    except SearchTimeout:
        print(
            f"error: the search took longer than {TIME_LIMIT_MS / 1000:g} s and was stopped; narrow it with "
            "more words or a filter (--company, --year, --type, --form)",
            file=sys.stderr,
        )
        return 1
    if not results.hits:
        print(f"error: {_why_nothing(results, filters)}", file=sys.stderr)
        return 1
    rows = hit_rows(results.hits)
    summary = summary_line(results, filters)
    if args.json or args.csv:
        print(summary, file=sys.stderr)
        (_write_jsonl if args.json else _write_csv)(rows, sys.stdout)
    else:
        _write_text(results.hits, rows, summary, sys.stdout)
    return 0


def _why_nothing(results: Results, filters: Filters) -> str:
    if results.unsearchable:
        return results.unsearchable
    if results.ignored and not parse_query(results.query):
        return f"only common words ({', '.join(results.ignored)}): nothing to search for; add a less common word"
    filtered = filters.narrows() or bool(filters.type)
    if not results.query.strip():
        return "nothing matches these filters; try fewer of them"
    query = shown_query(results.query)
    if filtered:
        return f"nothing matches {query} with these filters; try other or fewer words, or fewer filters"
    return f"nothing matches {query}; try other or fewer words"


def shown_query(text: str, longest: int = 80) -> str:
    """The query as an error repeats it: quoted, and cut after ``longest`` characters (a pasted
    paragraph would otherwise fill the screen)."""
    return (
        repr(text) if len(text) <= longest else repr(text[:longest]) + f" (and {len(text) - longest} more characters)"
    )


def summary_line(results: Results, filters: Filters) -> str:
    """ "37 comments and answers match; showing 20", with what the page would also say."""
    kinds = filters.types()
    single, plural = NOUNS[kinds[0]] if len(kinds) == 1 else ("comment or answer", "comments and answers")
    n = results.total
    line = f"{n:,} {single if n == 1 else plural} match{'es' if n == 1 else ''}"
    if len(results.hits) < n:
        line += f"; showing {len(results.hits):,}"
    notes = []
    if results.comments_only:
        notes.append("staff comments only, as answers ask nothing")
    if results.ignored:
        notes.append(f"common words left out: {', '.join(results.ignored)}")
    if results.windowed:
        notes.append(f"ranked among the newest {results.window:,} matches; add words or filters to rank them all")
    return line + "".join(f" ({note})" for note in notes)


def _write_text(hits: list[Hit], rows: list[dict[str, Any]], summary: str, out: TextIO) -> None:
    terminal = out.isatty()
    bold = terminal and not os.environ.get("NO_COLOR")
    width = max(40, min(shutil.get_terminal_size().columns, 110) - 2)
    dot = " · " if _can_print("·", out) else " - "
    print(summary, file=out)
    for hit, row in zip(hits, rows, strict=True):
        company = f"{row['company']} ({row['ticker']})" if row["ticker"] else row["company"]
        noun = NOUNS[hit.type][0]
        head = [company, row["date"] or "undated", ", ".join(row["forms"]), f"{noun} {_numbered(row['number'])}"]
        print(file=out)
        print(visible(dot.join(p for p in head if p)), file=out)
        snippet = marked(hit.snippet, bold)
        # wrapped to a terminal's width; in a pipe or file one line, for grep and friends
        print(wrapped(snippet, width) if terminal else f"  {snippet}", file=out)
        where = row["url"] or ""
        print(visible(f"  {row['accession']}" + (f"  {where}" if where else "")), file=out)


def _numbered(number: int | None) -> str:
    """A hit's number as the line shows it: an answer to the staff letter as a whole has none."""
    return "to the staff letter as a whole" if number is None else str(number)


def wrapped(snippet: str, width: int) -> str:
    """The snippet wrapped for a terminal, indented. Lines break between words only: a word longer
    than a line (a long URL) was cut, and with it a bold's escape sequence, which then printed as text
    and left the rest of the screen bold."""
    return textwrap.fill(snippet, width, initial_indent="  ", subsequent_indent="  ", break_long_words=False)


def _can_print(text: str, out: TextIO) -> bool:
    """Whether the stream's encoding has the characters (an ASCII terminal lacks "·")."""
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def marked(snippet_html: str, bold: bool) -> str:
    """A snippet (HTML with <mark>) as plain text, the matched words in bold or [brackets]; the
    only escape sequences in it are the bold's own (:func:`visible`)."""
    opening, closing = ("\x1b[1m", "\x1b[22m") if bold else ("[", "]")
    parts = [visible(html.unescape(part)) for part in _MARK.split(snippet_html)]  # outside, inside, outside …
    return "".join(opening + part + closing if i % 2 else part for i, part in enumerate(parts))


def _write_jsonl(rows: list[dict[str, Any]], out: TextIO) -> None:
    ascii_only = json_ascii()
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=ascii_only) + "\n")


def _write_csv(rows: list[dict[str, Any]], out: TextIO) -> None:
    """CSV as ``export`` writes it: UTF-8 whatever the terminal, lists as JSON text, no cell a
    spreadsheet would run as a formula."""
    as_utf8(out)
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(json.dumps(v) if isinstance(v, list) else v) for k, v in row.items()})
