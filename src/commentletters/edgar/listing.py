"""Which correspondence filings exist: the submissions API for one company, the full-index for all.

Staff letters are filed as UPLOAD, company letters as CORRESP, and letters about draft
registration statements as DRSLTR. The submissions API lists a company's last thousand or so
filings under ``filings.recent`` (column arrays) and points to older pages under
``filings.files``; the quarterly full-index lists every filing of a quarter, one per line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .client import EdgarClient
from .errors import EdgarError

CORRESPONDENCE_FORMS = frozenset({"UPLOAD", "CORRESP", "DRSLTR"})
ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")


@dataclass(frozen=True, slots=True)
class FilingRef:
    """One correspondence filing as a listing names it."""

    accession: str  # 0000000000-23-012635
    form: str
    filing_date: str  # ISO
    cik: str  # ten digits
    company: str
    ticker: str | None = None
    primary_document: str | None = None

    @property
    def folder_path(self) -> str:
        """The filing's folder under EDGAR's archive (CIK without zeros, accession without dashes)."""
        return f"/Archives/edgar/data/{int(self.cik)}/{self.accession.replace('-', '')}"

    def sidecar(self) -> dict[str, str | None]:
        return {
            "accession": self.accession,
            "form": self.form,
            "filing_date": self.filing_date,
            "cik": self.cik,
            "company": self.company,
            "ticker": self.ticker,
            "primary_document": self.primary_document,
        }


@dataclass(frozen=True, slots=True)
class Company:
    cik: str
    name: str
    ticker: str | None


def cik10(value: str | int) -> str:
    text = str(value).strip()
    if not text.isdigit() or len(text) > 10:
        raise EdgarError("bad_cik", f"{value!r} is not a CIK (up to ten digits)")
    return text.zfill(10)


def get_json(client: EdgarClient, path: str, *, revalidate: bool = False) -> Any:
    data = client.get_bytes(path, revalidate=revalidate)
    try:
        return json.loads(data)
    except ValueError as exc:
        raise EdgarError("bad_json", f"{client.url(path)}: not JSON ({exc})", client.url(path)) from exc


def resolve_ticker(client: EdgarClient, ticker: str) -> Company:
    """Ticker → company from /files/company_tickers.json ({"0": {"cik_str", "ticker", "title"}, ...})."""
    table = get_json(client, "/files/company_tickers.json")
    wanted = ticker.strip().upper()
    for row in table.values():
        if str(row.get("ticker", "")).upper() == wanted:
            return Company(cik10(row["cik_str"]), str(row.get("title", "")), wanted)
    raise EdgarError("unknown_ticker", f"EDGAR's company_tickers.json has no ticker {ticker!r}; try --cik")


def tickers_by_cik(client: EdgarClient) -> dict[str, str]:
    """CIK → first ticker, to label filings found in the full-index."""
    table = get_json(client, "/files/company_tickers.json")
    out: dict[str, str] = {}
    for row in table.values():
        out.setdefault(cik10(row["cik_str"]), str(row["ticker"]))
    return out


def submission_rows(columns: Mapping[str, list[Any]], company: Company, since: date | None) -> Iterator[FilingRef]:
    """Correspondence rows of one submissions page (``filings.recent`` or an older ``files`` page)."""
    forms = columns.get("form", [])
    for i, form in enumerate(forms):
        if form not in CORRESPONDENCE_FORMS:
            continue
        filed = str(columns["filingDate"][i])[:10]
        if since is not None and filed < since.isoformat():
            continue
        accession = str(columns["accessionNumber"][i])
        if not ACCESSION.fullmatch(accession):  # it names the filing's folder on our disk: never "../…"
            continue
        primary = columns.get("primaryDocument", [None] * len(forms))[i] or None
        yield FilingRef(accession, form, filed, company.cik, company.name, company.ticker, primary)


def company_from_submissions(doc: Mapping[str, Any], cik: str, ticker: str | None) -> Company:
    tickers = doc.get("tickers") or []
    return Company(cik, str(doc.get("name") or ""), ticker or (tickers[0] if tickers else None))


def older_pages(doc: Mapping[str, Any], since: date | None) -> list[dict[str, Any]]:
    """The ``filings.files`` pages that may hold filings on or after ``since``."""
    pages = doc.get("filings", {}).get("files", [])
    if since is None:
        return list(pages)
    return [p for p in pages if str(p.get("filingTo", "9999"))[:10] >= since.isoformat()]


def quarters(since: date, until: date) -> Iterator[tuple[int, int]]:
    """(year, quarter) from the quarter holding ``since`` to the one holding ``until``."""
    year, q = since.year, (since.month - 1) // 3 + 1
    last = (until.year, (until.month - 1) // 3 + 1)
    while (year, q) <= last:
        yield year, q
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)


def full_index_path(year: int, quarter: int) -> str:
    return f"/Archives/edgar/full-index/{year}/QTR{quarter}/form.idx"


_INDEX_ROW = re.compile(
    r"^(?P<left>\S.*?)\s+(?P<cik>\d{1,10})\s+(?P<date>\d{4}-?\d{2}-?\d{2})\s+(?P<file>edgar/\S+)\s*$"
)


def parse_full_index(text: str, tickers: Mapping[str, str] | None = None) -> list[FilingRef]:
    """Correspondence rows of a full-index ``form.idx`` or ``company.idx``.

    Both are fixed-width text after a header; the columns do not always line up with the header
    (daily indexes wrap it), so each row is read from the right, where CIK, date and file name
    have fixed shapes. What is left is "form  company" (form.idx) or "company  form" (company.idx);
    which one is told by the header, whose "Form Type" comes first in form.idx.
    """
    form_first = True
    out: list[FilingRef] = []
    for line in text.splitlines():
        if "Company Name" in line and "Form Type" in line:
            form_first = line.index("Form Type") < line.index("Company Name")
            continue
        m = _INDEX_ROW.match(line)
        if not m:
            continue
        left = m["left"].strip()
        if form_first:
            form, _, company = left.partition(" ")
        else:
            company, _, form = left.rpartition(" ")
        if form not in CORRESPONDENCE_FORMS:
            continue
        accession = ACCESSION.search(m["file"])
        if not accession:
            continue
        raw_date = m["date"].replace("-", "")
        filed = f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:]}"
        cik = cik10(m["cik"])
        out.append(FilingRef(accession.group(), form, filed, cik, company.strip(), (tickers or {}).get(cik)))
    return out
