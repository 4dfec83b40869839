"""Reading EDGAR's listings: full-index rows, submissions pages, folder indexes."""

# ruff: noqa: E501 - full-index rows are fixed-width lines wider than our line limit

from __future__ import annotations

import json
from datetime import date

import pytest

from commentletters.edgar.download import listed_documents
from commentletters.edgar.listing import Company, older_pages, parse_full_index, quarters, submission_rows
from tests.conftest import corpus_file

FORM_IDX = """\
Description:           Master Index of EDGAR Dissemination Feed by Form Type
Last Data Received:    March 31, 2024

Form Type   Company Name                                                  CIK         Date Filed  File Name
---------------------------------------------------------------------------------------------------------
CORRESP     ACME  WIDGETS, INC.                                           1234567     2024-01-05  edgar/data/1234567/0001234567-24-000003.txt
DEF 14A     CORRESP HOLDINGS                                              7654321     2024-01-06  edgar/data/7654321/0007654321-24-000001.txt
DRSLTR      NEWCO CORP                                                    2000001     20240107    edgar/data/2000001/0002000001-24-000002.txt
UPLOAD      ACME  WIDGETS, INC.                                           1234567     2024-02-01  edgar/data/1234567/0000000000-24-001234.txt
"""

COMPANY_IDX = """\
Company Name                                                  Form Type   CIK         Date Filed  File Name
---------------------------------------------------------------------------------------------------------
ACME  WIDGETS, INC.                                           CORRESP     1234567     2024-01-05  edgar/data/1234567/0001234567-24-000003.txt
UPLOAD SERVICES LLC                                           10-K        3000003     2024-01-09  edgar/data/3000003/0003000003-24-000009.txt
"""


def test_form_idx_keeps_correspondence_rows_read_from_the_right() -> None:
    rows = parse_full_index(FORM_IDX, {"0001234567": "ACME"})
    assert [(r.form, r.company, r.cik, r.filing_date, r.accession, r.ticker) for r in rows] == [
        ("CORRESP", "ACME  WIDGETS, INC.", "0001234567", "2024-01-05", "0001234567-24-000003", "ACME"),
        ("DRSLTR", "NEWCO CORP", "0002000001", "2024-01-07", "0002000001-24-000002", None),
        ("UPLOAD", "ACME  WIDGETS, INC.", "0001234567", "2024-02-01", "0000000000-24-001234", "ACME"),
    ]


def test_company_idx_has_the_form_after_the_company() -> None:
    rows = parse_full_index(COMPANY_IDX)
    assert [(r.form, r.company, r.accession) for r in rows] == [
        ("CORRESP", "ACME  WIDGETS, INC.", "0001234567-24-000003")
    ]


def test_submission_rows_pick_correspondence_since_a_date() -> None:
    doc = json.loads(corpus_file("sec/GLW/company_submissions.json").read_text())
    company = Company("0000024741", "CORNING INC /NY", "GLW")
    rows = list(submission_rows(doc["filings"]["recent"], company, date(2024, 1, 5)))
    # read off the recorded page: the last three letters of the 2023-24 review
    assert [(r.form, r.filing_date, r.accession) for r in rows] == [
        ("UPLOAD", "2024-02-15", "0000000000-24-001830"),
        ("CORRESP", "2024-02-12", "0001206774-24-000098"),
        ("CORRESP", "2024-01-08", "0001206774-24-000018"),
    ]
    assert rows[0].folder_path == "/Archives/edgar/data/24741/000000000024001830"
    assert rows[0].primary_document == "filename1.pdf"


@pytest.mark.parametrize("accession", ["../../../../tmp/escape", "0000000000-24-000001/../../x", "/tmp/x", ""])
def test_a_submissions_row_whose_accession_is_no_accession_is_left_out(accession: str) -> None:
    """The accession names the filing's folder under the data folder: a hostile or broken listing
    must not make sync write anywhere else."""
    columns = {"form": ["CORRESP", "UPLOAD"], "filingDate": ["2024-01-05"] * 2, "accessionNumber": [accession]}
    columns["accessionNumber"].append("0000000000-24-001830")
    rows = list(submission_rows(columns, Company("0000024741", "CORNING INC /NY", "GLW"), None))
    assert [r.accession for r in rows] == ["0000000000-24-001830"]


def test_older_pages_that_end_before_since_are_not_fetched() -> None:
    doc = json.loads(corpus_file("sec/GLW/company_submissions.json").read_text())
    assert [p["name"] for p in older_pages(doc, date(2010, 1, 1))] == ["CIK0000024741-submissions-001.json"]
    assert len(older_pages(doc, None)) == 2


def test_folder_index_lists_documents_not_edgar_generated_views() -> None:
    path = "sec/GLW/GLW_0000000000-23-012635/filings/0000000000-23-012635/index.json"
    index = json.loads(corpus_file(path).read_text())
    assert listed_documents(index, "0000000000-23-012635") == [("filename1.pdf", 29452), ("filename2.txt", 4153)]


@pytest.mark.parametrize("name", ["../escape.htm", "sub/dir.htm", "filing.json", ""])
def test_folder_index_names_that_are_not_plain_files_are_ignored(name: str) -> None:
    index = {"directory": {"item": [{"name": name, "type": "text.gif", "size": "1"}]}}
    assert listed_documents(index, "0000000000-23-012635") == []


def test_quarters_run_from_since_to_until() -> None:
    assert list(quarters(date(2023, 11, 30), date(2024, 4, 1))) == [(2023, 4), (2024, 1), (2024, 2)]
