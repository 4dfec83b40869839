"""The letter-per-row export names a letter without an EDGAR accession (a file given by hand: no
submission header, no metadata beside it) by its key, ``sha256:<hex>``, in ``accession`` as the
comment and answer rows and the API do, so an answer's ``answers`` link finds the staff letter's line.

ADM's 2020 review, read by hand: the staff letter of August 25 has three comments on the 10-K for 2019
and the 10-Q for the first quarter of 2020; the company's letter of September 8 answers all three.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from commentletters.cli import main
from tests.conftest import corpus_file

ADM = corpus_file("sec/ADM/ADM_0000000000-20-007987/filings")


@pytest.fixture
def by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(ADM / "0000000000-20-007987/filename1.pdf", folder / "adm-staff-letter.pdf")
    shutil.copy(ADM / "0000007084-20-000029/filename1.htm", folder / "adm-answer.htm")
    assert main(["ingest", str(folder)]) == 0
    capsys.readouterr()


def test_answers_link_to_a_line_of_the_export(by_hand: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_accession = {line["accession"]: line for line in lines}
    staff = next(line for line in lines if line["kind"] == "staff_comments")
    answer = next(line for line in lines if line["kind"] == "company_response")
    assert staff["accession"].startswith("sha256:") and answer["accession"].startswith("sha256:")
    links = [r["answers"] for r in answer["responses"]]
    assert links == [{"accession": staff["accession"], "number": n} for n in (1, 2, 3)]
    assert all(link["accession"] in by_accession for link in links)
