"""Where synced filings live on disk, and what a sync remembers between runs.

Layout under ``DATA_DIR/edgar/``::

    <cik10>/<accession>/index.json    EDGAR's folder index, as downloaded
    <cik10>/<accession>/<documents>   the letter and whatever else the folder served
    <cik10>/<accession>/filing.json   the sidecar, written last: its presence means "complete"
    sync.lock                         held by the running sync, so two runs never interleave
    sync-state.json                   older submissions pages and past quarters already handled,
                                      folders EDGAR did not serve (404) and when, folders not yet ingested
    http-cache.sqlite                 the HTTP cache (listings, folder indexes)

Writing the sidecar last makes "is this filing done?" a single ``exists()``; an interrupted run
leaves a folder without one, and the next run fetches only the documents still missing.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .errors import EdgarError
from .listing import FilingRef

SIDECAR = "filing.json"
STATE = "sync-state.json"
LOCK = "sync.lock"
RECHECK_UNAVAILABLE_AFTER = timedelta(days=7)


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)


@dataclass
class SyncState:
    """What earlier runs settled, so that a later run asks EDGAR only for what is new."""

    pages_done: dict[str, int] = field(default_factory=dict)  # submissions page name -> its filingCount
    quarters_done: list[str] = field(default_factory=list)  # "2024Q1": a closed quarter fully handled
    unavailable: dict[str, str] = field(default_factory=dict)  # accession -> ISO date EDGAR last said 404
    to_ingest: list[str] = field(default_factory=list)  # complete folders (relative) not yet ingested

    def recently_unavailable(self, accession: str, today: date) -> bool:
        seen = self.unavailable.get(accession)
        return seen is not None and date.fromisoformat(seen) + RECHECK_UNAVAILABLE_AFTER > today


class Store:
    """The on-disk side of sync: folders per filing and the state file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, ref: FilingRef) -> Path:
        return self.root / ref.cik / ref.accession

    def is_complete(self, ref: FilingRef) -> bool:
        return (self.folder(ref) / SIDECAR).is_file()

    def load_state(self) -> SyncState:
        path = self.root / STATE
        if not path.is_file():
            return SyncState()
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return SyncState(
            pages_done=dict(raw.get("pages_done", {})),
            quarters_done=list(raw.get("quarters_done", [])),
            unavailable=dict(raw.get("unavailable", {})),
            to_ingest=list(raw.get("to_ingest", [])),
        )

    def save_state(self, state: SyncState) -> None:
        data = {
            "pages_done": state.pages_done,
            "quarters_done": sorted(set(state.quarters_done)),
            "unavailable": state.unavailable,
            "to_ingest": state.to_ingest,
        }
        write_atomic(self.root / STATE, json.dumps(data, indent=1, sort_keys=True).encode())


@contextmanager
def sync_lock(root: Path) -> Iterator[None]:
    """Hold ``sync.lock`` for one run: a second run at the same time would overwrite the first one's state.

    The lock is an advisory ``flock``, so the kernel drops it when the process dies (even by SIGKILL),
    and a stale file never blocks the next run.
    """
    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise EdgarError(
                "sync-running",
                f"another sync is already running on {root} ({holder}); wait for it to finish and run again",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
