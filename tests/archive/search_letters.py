"""A small archive for the search command's tests, ingested from real letters of the corpus.

Agilent (ticker A, CIK 1090872) in 2016 and Archer-Daniels-Midland (ADM, CIK 7084) in 2017 were
both asked by the Office of Global Security Risk about contacts with Syria and Sudan: each staff
letter's comment 1 asks "Please describe to us the nature and extent of ..." (tell the staff),
comment 2 to "discuss the materiality" of those contacts; each company answered both. ADM's 2020
review (Office of Manufacturing) follows up on idled ethanol assets: the letter of 2020-09-16 says
"you should revise future filings to disclose their carrying value"; its 2021 letter on Exhibit 21
says "Please confirm for us that the excluded subsidiaries are not regulated by another Federal
agency" and "please tell us how you determined this was appropriate".
"""

from __future__ import annotations

from commentletters.cli import main
from tests.conftest import corpus_file

THREADS = (
    "sec/A/A_0000000000-16-092800",
    "sec/ADM/ADM_0000000000-17-044885",
    "sec/ADM/ADM_0000000000-20-007987",
    "sec/ADM/ADM_0000000000-21-013296",
)
AGILENT_STAFF = "0000000000-16-092800"
AGILENT_ANSWERS = "0001090872-16-000078"
ADM_2017_STAFF = "0000000000-17-044885"
ADM_2017_ANSWERS = "0000007084-18-000005"
ADM_FUTURE_FILINGS = "0000000000-20-008734"  # comment 1: revise future filings
ADM_EXHIBIT_21 = "0000000000-21-013296"  # comment 1: confirm for us; tell us


def ingest_threads() -> None:
    """The four review threads ingested into the test's archive (the ``search_letters`` fixture)."""
    assert main(["ingest", "--no-progress", *(str(corpus_file(t)) for t in THREADS)]) == 0


def hits(out: str) -> set[tuple[str, str, int]]:
    """(type, accession, number) of each JSON line."""
    import json

    return {(r["type"], r["accession"], r["number"]) for r in map(json.loads, out.splitlines())}
