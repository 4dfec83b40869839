"""A company's name matches in any case, accented letters too: SQLite's case-blind comparisons fold
ASCII letters only, so "Société Générale" and "SOCIÉTÉ GÉNÉRALE" were two names there (one company on
PostgreSQL), for the command's --company and for the ingest of letters without a CIK."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentletters.archive import models
from commentletters.archive.records import RunCache, find_company
from commentletters.archive.sources import Source
from commentletters.web.company_lookup import CompanyNotFound
from commentletters.web.company_lookup import find_company as lookup


@pytest.fixture
def companies() -> dict[str, models.Company]:
    names = ["SOCIÉTÉ GÉNÉRALE", "Øresund Holdings ASA", "Sociedad Química y Minera", "Corning Inc"]
    return {name: models.Company.objects.create(name=name) for name in names}


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("société générale", "SOCIÉTÉ GÉNÉRALE"),  # the whole name, another case
        ("Générale", "SOCIÉTÉ GÉNÉRALE"),  # part of it
        ("øresund", "Øresund Holdings ASA"),
        ("QUÍMICA", "Sociedad Química y Minera"),
        ("corning", "Corning Inc"),  # ASCII, as before
    ],
)
def test_command_finds_a_company_in_any_case(companies, typed: str, name: str) -> None:
    assert lookup(typed) == companies[name]


def test_accented_text_in_two_names_is_ambiguous(companies) -> None:
    models.Company.objects.create(name="Société Générale Securities")
    with pytest.raises(CompanyNotFound, match="more than one company"):
        lookup("SOCIÉTÉ GÉN")


def test_ingest_without_cik_keeps_one_company_for_both_cases(companies) -> None:
    stored = companies["SOCIÉTÉ GÉNÉRALE"]
    letter = {"company": "Société Générale"}
    found = find_company(Source(Path("letter.txt"), company="Société Générale"), letter, RunCache())
    assert found.id == stored.id
    assert models.Company.objects.filter(name__icontains="rale").count() == 1
