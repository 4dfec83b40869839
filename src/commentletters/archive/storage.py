"""Raw documents on disk, content-addressed by sha256 under ``<data dir>/raw/ab/abcdef….ext``.

Written to a temporary name and renamed into place, so a kill mid-write (SIGKILL included) leaves
either no file or the whole file — never a truncated one under the final name. (Like SQLite in WAL
mode with synchronous=NORMAL, durability across a power cut is left to the operating system.)
The database row that points to a file is written after the file, in the letter's transaction.
During an ingest the parsing workers write the files (:func:`write_file` needs no Django), so the
one writing process only inserts rows.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def data_dir() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR)


def raw_root() -> Path:
    return data_dir() / "raw"


def relative_path(sha256: str, suffix: str) -> str:
    suffix = suffix.lower() if suffix and len(suffix) <= 6 else ""
    return f"raw/{sha256[:2]}/{sha256}{suffix}"


def store_bytes(data: bytes, sha256: str, suffix: str) -> str:
    """Store ``data`` (whose digest is ``sha256``) and return its path relative to the data folder."""
    return write_file(data_dir(), data, sha256, suffix)


def write_file(root: Path, data: bytes, sha256: str, suffix: str) -> str:
    """:func:`store_bytes` into the data folder ``root``."""
    rel = relative_path(sha256, suffix)
    final = root / rel
    if final.exists() and final.stat().st_size == len(data):
        return rel
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return rel


def read_bytes(rel: str) -> bytes:
    return (data_dir() / rel).read_bytes()
