"""EDGAR metadata beside a document is as untrusted as the document: a filing.json or an SGML header
whose values are not of their field's shape must not give a letter its key (a page's address), CIK,
form, date or ticker. A sidecar with an accession of "javascript:…" once made every page listing the
letter fail (no address could be built for it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commentletters.archive.sources import describe

USES_DATABASE = False

GOOD = {
    "accession": "0000769397-18-000031",
    "form": "CORRESP",
    "filing_date": "2018-08-16",
    "cik": "0000769397",
    "company": "Autodesk, Inc.",
    "ticker": "ADSK",
}


def _described(tmp_path: Path, sidecar: dict[str, str]) -> dict[str, str | None]:
    folder = tmp_path / "filing"
    folder.mkdir()
    (folder / "filing.json").write_text(json.dumps(sidecar), encoding="utf-8")
    (folder / "letter.htm").write_text("<p>Dear Sir:</p>", encoding="utf-8")
    src = describe(folder / "letter.htm")
    return {name: getattr(src, name) for name in GOOD}


def test_a_well_formed_sidecar_is_read_whole(tmp_path: Path) -> None:
    assert _described(tmp_path, GOOD) == GOOD


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("accession", "javascript:alert(1)//"),
        ("accession", "../../../../etc/passwd"),
        ("accession", "0000769397-18-000031/x"),
        ("cik", '1"><script>alert(1)</script>'),
        ("cik", "12345678901"),
        ("form", "UPLOAD<script>alert(1)</script>"),
        ("form", "CORRESP" * 10),
        ("filing_date", "2018-08-16<b>"),
        ("ticker", "=HYPERLINK(1)"),
    ],
)
def test_a_value_not_of_its_shape_is_left_out(tmp_path: Path, field: str, value: str) -> None:
    found = _described(tmp_path, GOOD | {field: value})
    assert found[field] is None
    assert {k: v for k, v in found.items() if k != field} == {k: v for k, v in GOOD.items() if k != field}


def test_a_company_name_is_kept_to_its_column(tmp_path: Path) -> None:
    assert _described(tmp_path, GOOD | {"company": "A" * 5000})["company"] == "A" * 300


def test_an_sgml_header_accession_of_the_wrong_shape_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "submission.txt"
    path.write_text(
        "<SEC-HEADER>\nACCESSION NUMBER:\t../../x\nCENTRAL INDEX KEY:\t0000769397\n</SEC-HEADER>\n", encoding="utf-8"
    )
    src = describe(path)
    assert (src.accession, src.cik) == (None, "0000769397")
