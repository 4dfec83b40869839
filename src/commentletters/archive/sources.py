"""Finding letter documents under the paths given to ingest, with the EDGAR metadata around them.

Metadata comes, first found wins field by field, from: a ``filing.json`` sidecar beside the document
(written by EDGAR sync), the thread folder's ``extraction_manifest.json`` and ``metadata.json``, the
filing folder's EDGAR ``index.json``, the SGML header of an EDGAR ``.txt`` submission, and an
accession-shaped folder name. No Django here: plain file reading, so it is testable alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LETTER_SUFFIXES = {".pdf", ".htm", ".html", ".txt", ".text"}
ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
ACCESSION_DIGITS = re.compile(r"/(\d{18})/?$")
SGML_FIELDS = {
    "ACCESSION NUMBER": "accession",
    "CONFORMED SUBMISSION TYPE": "form",
    "FILED AS OF DATE": "filing_date",
    "CENTRAL INDEX KEY": "cik",
    "COMPANY CONFORMED NAME": "company",
}
# Metadata files lie beside untrusted documents (anyone can write a filing.json or an SGML header): a
# value not of its field's shape is left out, so that it never becomes a letter's key (a page's
# address), a CIK or a form the archive cannot hold. A company name is free text, kept to its column.
SHAPES = {
    "accession": ACCESSION,
    "cik": re.compile(r"^\d{1,10}$"),
    "filing_date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "form": re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./-]{0,19}$"),
    "ticker": re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,11}$"),
}
COMPANY_LENGTH = 300


@dataclass(slots=True)
class Source:
    """One document to ingest and what its surroundings say about it."""

    path: Path
    accession: str | None = None
    form: str | None = None
    filing_date: str | None = None
    cik: str | None = None
    company: str | None = None
    ticker: str | None = None
    primary: bool = True  # False for a second document of the same accession (key gets the file name)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str | None:
        if not self.accession:
            return None
        return self.accession if self.primary else f"{self.accession}/{self.path.name}"

    def fill(self, values: dict[str, Any]) -> None:
        """Set the fields still unset from ``values`` (first source wins)."""
        for name in ("accession", "form", "filing_date", "cik", "company", "ticker"):
            value = str(values.get(name) or "").strip()[: COMPANY_LENGTH if name == "company" else None]
            shape = SHAPES.get(name)
            if value and not getattr(self, name) and (shape is None or shape.match(value)):
                setattr(self, name, value)


def format_accession(digits: str) -> str:
    return f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def from_sidecar(folder: Path) -> dict[str, Any]:
    data = _read_json(folder / "filing.json")
    return data if isinstance(data, dict) else {}


def from_index(folder: Path) -> dict[str, Any]:
    """Accession, CIK and (acceptance) date from an EDGAR directory listing."""
    data = _read_json(folder / "index.json")
    if not isinstance(data, dict) or not isinstance(data.get("directory"), dict):
        return {}
    directory = data["directory"]
    out: dict[str, Any] = {}
    m = ACCESSION_DIGITS.search(str(directory.get("name", "")))
    if m:
        out["accession"] = format_accession(m.group(1))
        cik = str(directory["name"]).rstrip("/").split("/")[-2]
        if cik.isdigit():
            out["cik"] = cik.zfill(10)
    stamps = [str(i.get("last-modified", ""))[:10] for i in directory.get("item", []) if isinstance(i, dict)]
    stamps = [s for s in stamps if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)]
    if stamps:
        out["filing_date"] = min(stamps)
    return out


def from_thread(thread: Path, accession: str | None) -> dict[str, Any]:
    """Form, EDGAR filing date, CIK, company and ticker for ``accession`` from a corpus thread folder."""
    out: dict[str, Any] = {}
    manifest = _read_json(thread / "extraction_manifest.json")
    for row in manifest if isinstance(manifest, list) else []:
        if isinstance(row, dict) and row.get("accessionNumber") == accession:
            out = {
                "form": row.get("form"),
                "filing_date": str(row.get("filingDate") or "")[:10] or None,
                "cik": row.get("cik"),
                "company": row.get("firm_name"),
                "ticker": row.get("ticker"),
                "primary_document": row.get("primaryDocument"),
            }
            break
    meta = _read_json(thread / "metadata.json")
    if isinstance(meta, dict):
        accessions = meta.get("accessions") or []
        forms = meta.get("forms_in_thread") or []
        if accession in accessions and len(forms) == len(accessions):
            out.setdefault("form", forms[accessions.index(accession)])
        out.setdefault("ticker", meta.get("ticker"))
    return out


def from_sgml(path: Path) -> dict[str, Any]:
    """Header fields of an EDGAR full-submission ``.txt`` file (only its first 8 KB are read)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192).decode("latin-1")
    except OSError:
        return {}
    if "<SEC-HEADER>" not in head and "ACCESSION NUMBER:" not in head:
        return {}
    out: dict[str, Any] = {}
    for line in head.splitlines():
        label, _, value = line.strip().partition(":")
        name = SGML_FIELDS.get(label.strip())
        if name and value.strip() and name not in out:
            out[name] = value.strip()
    if re.fullmatch(r"\d{8}", out.get("filing_date", "")):
        d = out["filing_date"]
        out["filing_date"] = f"{d[:4]}-{d[4:6]}-{d[6:]}"
    if out.get("cik", "").isdigit():
        out["cik"] = out["cik"].zfill(10)
    return out


def describe(path: Path) -> Source:
    """A :class:`Source` for one document, with the metadata its folders give."""
    src = Source(path=path)
    folder = path.parent
    src.fill(from_sidecar(folder))
    if ACCESSION.match(folder.name):
        src.fill({"accession": folder.name})
    src.fill(from_index(folder))
    if folder.parent.name == "filings":
        thread = from_thread(folder.parent.parent, src.accession)
        src.fill(thread)
        primary = thread.get("primary_document")
        if primary and primary != path.name:
            src.primary = False
    if path.suffix.lower() == ".txt":
        src.fill(from_sgml(path))
    if src.cik and src.cik.isdigit():
        src.cik = src.cik.zfill(10)
    return src


def discover(paths: list[Path]) -> list[Source]:
    """Every letter document under ``paths`` (files as given; folders walked in name order)."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in LETTER_SUFFIXES and not f.name.startswith(".")
            )
        else:
            found.append(p)
    seen: set[Path] = set()
    sources: list[Source] = []
    for f in found:
        resolved = f.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        sources.append(describe(f))
    _mark_secondary(sources)
    return sources


def _mark_secondary(sources: list[Source]) -> None:
    """Of several documents sharing an accession, only the first stays keyed by the bare accession."""
    by_key: dict[str, Source] = {}
    for s in sources:
        if s.key is None or not s.primary:
            continue
        if s.key in by_key:
            s.primary = False
        else:
            by_key[s.key] = s
