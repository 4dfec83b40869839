"""Where a letter is on EDGAR: the letter page links there, and the search command prints it."""

from __future__ import annotations


def edgar_folder(cik: str | None, accession: str | None) -> str:
    """The filing's folder of documents on EDGAR, or "" where its CIK or accession is not known (a
    letter ingested from a file without EDGAR metadata)."""
    if not (cik and cik.isdigit() and accession and accession.replace("-", "").isdigit()):
        return ""
    return f"https://www.sec.gov/Archives/edgar/data/{int(cik)}/{accession.replace('-', '')}/"
