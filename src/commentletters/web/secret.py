"""The installation's secret key, made once and kept in the data folder."""

from __future__ import annotations

import secrets
from pathlib import Path


def secret_key(data_dir: Path) -> str:
    """Read ``data_dir/secret_key``, creating it (readable by the owner only) on first use."""
    path = data_dir / "secret_key"
    try:
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= 40:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text(key + "\n", encoding="ascii")
    return key
