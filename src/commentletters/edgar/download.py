"""Fetch one filing's folder: its index.json, then every document it lists, then the sidecar.

A folder's index.json lists the filer's documents (the letter, sometimes a text copy, images of
a scanned letter) beside EDGAR's own generated views of the submission: ``<accession>-index.html``,
``<accession>-index-headers.html`` and the full ``<accession>.txt``. The generated views repeat
what the documents hold, so they are not downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .client import EdgarClient
from .errors import EdgarError, NotFound
from .listing import FilingRef
from .store import SIDECAR, write_atomic

STORED, UNAVAILABLE, FAILED = "stored", "unavailable", "failed"


@dataclass
class FilingOutcome:
    """What became of one filing in one run."""

    ref: FilingRef
    status: str  # stored | unavailable (EDGAR served nothing) | failed (try again next run)
    folder: Path
    downloaded: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # on disk from an earlier, interrupted run
    missing: list[str] = field(default_factory=list)  # listed, but EDGAR answered 404
    failed: dict[str, str] = field(default_factory=dict)  # name -> why


def listed_documents(index: Any, accession: str) -> list[tuple[str, int | None]]:
    """(name, size or None) of the filer's documents in a folder's index.json."""
    items = index.get("directory", {}).get("item", []) if isinstance(index, dict) else []
    out: list[tuple[str, int | None]] = []
    for item in items:
        name = str(item.get("name", ""))
        if not _plain_file_name(name) or item.get("type") == "folder.gif" or name.startswith(accession):
            continue
        size = str(item.get("size") or "").strip()
        out.append((name, int(size) if size.isdigit() else None))
    return out


def _plain_file_name(name: str) -> bool:
    """Only a bare file name may become a path on our disk (no folders, no '..')."""
    return bool(name) and "/" not in name and "\\" not in name and name not in {".", ".."} and name != SIDECAR


def download_filing(client: EdgarClient, ref: FilingRef, folder: Path) -> FilingOutcome:
    """Bring one filing's folder up to date; the sidecar is written only when nothing failed."""
    outcome = FilingOutcome(ref, FAILED, folder)
    index_path = f"{ref.folder_path}/index.json"
    try:
        raw = client.get_bytes(index_path)
        index = json.loads(raw)
    except NotFound:
        outcome.status = UNAVAILABLE
        return outcome
    except (EdgarError, ValueError) as exc:
        outcome.failed["index.json"] = exc.message if isinstance(exc, EdgarError) else f"index.json is not JSON: {exc}"
        return outcome
    write_atomic(folder / "index.json", raw)
    for name, size in listed_documents(index, ref.accession):
        _fetch_document(client, f"{ref.folder_path}/{name}", folder / name, size, outcome)
    if outcome.failed:
        return outcome
    if not (outcome.downloaded or outcome.already):
        outcome.status = UNAVAILABLE
        return outcome
    _write_sidecar(outcome)
    outcome.status = STORED
    return outcome


def _fetch_document(client: EdgarClient, path: str, dest: Path, size: int | None, outcome: FilingOutcome) -> None:
    name = dest.name
    if dest.is_file() and (size is None or dest.stat().st_size == size):
        outcome.already.append(name)
        return
    try:
        client.download(path, dest, size)
    except NotFound:
        outcome.missing.append(name)
    except EdgarError as exc:
        outcome.failed[name] = exc.message
    else:
        outcome.downloaded.append(name)


def _write_sidecar(outcome: FilingOutcome) -> None:
    sidecar: dict[str, Any] = outcome.ref.sidecar()
    sidecar["documents"] = sorted(outcome.downloaded + outcome.already)
    sidecar["not_served"] = sorted(outcome.missing)
    sidecar["synced_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    write_atomic(outcome.folder / SIDECAR, json.dumps(sidecar, indent=1).encode())
