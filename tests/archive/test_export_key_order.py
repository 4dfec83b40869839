"""`export --format jsonl` writes each letter's fields in the Letter JSON's own order, on SQLite and
PostgreSQL alike: PostgreSQL keeps JSON as jsonb, which forgets the order of keys (shortest first:
``date, kind, pages, …``), so the same archive exported differently on the two databases and read
unlike `parse --json`."""

from __future__ import annotations

import dataclasses
import io
import json

from commentletters.archive.export import write_jsonl
from commentletters.archive.ingest import ingest_paths
from commentletters.core import letters
from tests.conftest import corpus_file

# ADM's 2020 staff letter (three numbered comments) and the company's answer to it.
STAFF = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987"
ANSWER = "sec/ADM/ADM_0000000000-20-007987/filings/0000007084-20-000029"
ADDED = ["accession", "form", "edgar_filed", "cik", "review_id"]


def _names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def test_keys_in_letter_json_order(capsys) -> None:  # type: ignore[no-untyped-def]
    ingest_paths([corpus_file(STAFF), corpus_file(ANSWER)], progress=False)
    out = io.StringIO()
    write_jsonl(out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    staff = next(r for r in records if r["comments"])
    answer = next(r for r in records if r["responses"])
    for record in (staff, answer):
        assert list(record) == _names(letters.Letter) + ADDED
        assert list(record["filings_reviewed"][0]) == _names(letters.Filing)
    assert list(staff["addressee"]) == _names(letters.Person)
    assert list(staff["comments"][0]) == [*_names(letters.Comment), "follows", "status"]
    assert list(answer["responses"][0]) == [*_names(letters.Response), "answers"]
