"""`parse --csv`: the letters read, one staff comment or one company answer per row.

A lawyer answering a letter, or an auditor listing what a response promised, wants a chart: a row per
comment with its headings, pages and asks, or a row per answer with its restated comment and
commitments. Each row starts with its letter's own fields, so rows of several files stay apart. A
letter with neither comments nor answers (a request to accelerate, a letter closing the review) is one
row with the item's cells empty, and a file that could not be read an "error" row in its place, so no
file is left out. Lists are JSON text in their cell, as `search --csv` and `export --format csv` write
them; cells are made safe against formulas and cut at a spreadsheet cell's limit, saying so (``parse
--json`` holds every text whole).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..core import Letter
from ..spreadsheet_cells import fit_cell, safe_cell
from .streams import as_utf8

COLUMNS = (
    "source",
    "kind",
    "subkind",
    "date",
    "company",
    "file_numbers",
    "filings_reviewed",  # the Re: block's filings: [{"form", "period", "filed"}], as in the Letter JSON
    "responds_to",
    # "comment", "answer", "whole_answer" (an answer to the letter as a whole), empty (the letter alone), or
    # "error": a file that could not be read, the reason in "text" (as `parse --json` puts an error in its place)
    "item",
    "number",
    "section",  # the headings the comment falls under, outermost first
    "pages",
    "asks",
    "prior_comments",
    "restated_comment",
    "text",  # the comment's text, or the answer's
    "commits_future_filing",
    "commitments",
    "commitment_kinds",
    "authorities",
)
CUT_MARK = " [...cut at the spreadsheet limit of 32,767 characters; parse --json holds it whole]"


def rows(letter: Letter) -> Iterator[dict[str, Any]]:
    """The letter's rows: one per comment, one per answer, or one for the letter alone."""
    head = {
        "source": letter.source,
        "kind": letter.kind,
        "subkind": letter.subkind,
        "date": letter.date,
        "company": letter.company,
        "file_numbers": letter.file_numbers,
        "filings_reviewed": [{"form": f.form, "period": f.period, "filed": f.filed} for f in letter.filings_reviewed],
        "responds_to": letter.responds_to,
    }
    for c in letter.comments:
        yield head | {
            "item": "comment",
            "number": c.number,
            "section": c.section,
            "pages": c.pages,
            "asks": c.asks,
            "prior_comments": c.prior_comments,
            "text": c.text,
            "authorities": c.authorities,
        }
    for r in letter.responses:
        yield head | {
            "item": "answer",
            "number": r.number,
            "restated_comment": r.restated_comment,
            "text": r.text,
            "commits_future_filing": r.commits_future_filing,
            "commitments": r.commitments,
            "commitment_kinds": r.commitment_kinds,
            "authorities": r.authorities,
        }
    whole = letter.whole_answer
    if whole is not None and not letter.responses:
        yield head | {
            "item": "whole_answer",
            "text": whole.text,
            "prior_comments": whole.comments,  # the comment numbers it names, if any
            "commits_future_filing": whole.commits_future_filing,
            "commitments": whole.commitments,
            "commitment_kinds": whole.commitment_kinds,
            "authorities": whole.authorities,
        }
    elif not letter.comments and not letter.responses:
        yield head


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return fit_cell(json.dumps(value, ensure_ascii=False), CUT_MARK)
    return fit_cell(safe_cell(value), CUT_MARK)


def error_row(source: str, error: dict[str, str]) -> dict[str, Any]:
    """A file that could not be read, in its place among the rows: its reason and code in "text"."""
    return {"source": source, "item": "error", "text": f"{error.get('message', '')} [{error.get('code', '')}]"}


def write_csv(results: Iterable[tuple[str, Letter | dict[str, str]]], out: TextIO) -> None:
    """The header row, then each file's rows in the order given (a letter's, or an error row for a file
    that could not be read); UTF-8 whatever the terminal."""
    as_utf8(out)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    for source, result in results:
        for row in rows(result) if isinstance(result, Letter) else [error_row(source, result)]:
            writer.writerow({k: _cell(v) for k, v in row.items()})
