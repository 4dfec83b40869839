"""``stats`` counts commitments of each kind and ``export`` carries each one's kind (JSON Lines and CSV).

Aon's S-4 review (2024): its first answer added disclosure to the revised prospectus filed with it
(answers 1 and 3: three changes made) and promised the ownership percentages for a later amendment (one
promise); its supplemental answer and acceleration request commit to nothing."""

from __future__ import annotations

import csv
import io
import json

import pytest

from commentletters.archive import models
from commentletters.cli import main
from tests.conftest import corpus_file

THREAD = corpus_file("sec/AON/AON_0000000000-24-003147")
ANSWER = "0001193125-24-082095"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_stats_and_exports_tell_promises_from_changes_made(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(THREAD))
    counts = json.loads(_run(capsys, "stats", "--json"))
    assert (counts["commitments"], counts["commitments_future"], counts["commitments_made"]) == (4, 1, 3)
    assert counts["commitments_unknown"] == 0
    lines = [json.loads(line) for line in _run(capsys, "export", "--format", "jsonl").splitlines()]
    answer = next(line for line in lines if line["accession"] == ANSWER)
    kinds = {r["number"]: r["commitment_kinds"] for r in answer["responses"] if r["commitments"]}
    assert kinds == {1: ["made", "made", "future"], 3: ["made"]}
    rows = {r["accession"]: r for r in csv.DictReader(io.StringIO(_run(capsys, "export", "--format", "csv")))}
    assert (rows[ANSWER]["commitments_future"], rows[ANSWER]["commitments_made"]) == ("1", "3")
    assert "commitment_kinds" in rows[ANSWER]["responses"]


def test_a_letter_parsed_before_kinds_exports_them_as_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(THREAD))
    letter = models.Letter.objects.get(key=ANSWER, current=True)
    data = dict(letter.data)  # as a parser before kinds wrote it
    data["responses"] = [{k: v for k, v in r.items() if k != "commitment_kinds"} for r in data["responses"]]
    models.Letter.objects.filter(pk=letter.pk).update(data=data)
    lines = [json.loads(line) for line in _run(capsys, "export", "--format", "jsonl").splitlines()]
    answer = next(line for line in lines if line["accession"] == ANSWER)
    first = next(r for r in answer["responses"] if r["number"] == 1)
    assert first["commitment_kinds"] == ["unknown"] * 3
