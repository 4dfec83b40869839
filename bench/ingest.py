"""Ingest speed on SQLite and on PostgreSQL against `commentletters parse` alone, side by side.

All three run in this one invocation over the same files (those ingest finds under PATH...): the
parse CLI (one process, JSON Lines to /dev/null), then `commentletters ingest` into a fresh SQLite
data folder, then into a fresh PostgreSQL database on the server DATABASE_URL names (skipped, and
said so, when DATABASE_URL is unset). Each ingest is followed by a second, idempotent run.

    DATABASE_URL=postgres://user:pw@localhost/db python bench/ingest.py ../shared/corpus/sec ../shared/seeds
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

BIN = Path(sys.executable).parent / "commentletters"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def fresh_postgres(url: str) -> tuple[str, str]:
    """A new empty database on the server of ``url``: (its URL, its name)."""
    import psycopg

    name = f"cl_bench_{os.getpid()}"
    parts = urlparse(url)
    with psycopg.connect(urlunparse(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return urlunparse(parts._replace(path=f"/{name}")), name


def drop_postgres(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(urlunparse(urlparse(url)._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args()
    from commentletters.archive.sources import discover

    files = [str(s.path) for s in discover(args.paths)]
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    rows: list[tuple[str, float, float]] = []
    parse_s = timed([str(BIN), "parse", "--json", *files], base)
    rows.append(("parse alone (1 process)", parse_s, 0.0))
    with tempfile.TemporaryDirectory(prefix="cl-bench-") as tmp:
        env = dict(base, COMMENTLETTERS_DATA_DIR=tmp)
        ingest = [str(BIN), "ingest", "--no-progress", *map(str, args.paths)]
        rows.append(("ingest, SQLite", timed(ingest, env), timed(ingest, env)))
        pg_url = os.environ.get("DATABASE_URL")
        if pg_url:
            url, name = fresh_postgres(pg_url)
            try:
                env = dict(env, DATABASE_URL=url)
                rows.append(("ingest, PostgreSQL", timed(ingest, env), timed(ingest, env)))
            finally:
                drop_postgres(pg_url, name)
    print(f"{len(files)} letters, {os.cpu_count()} cores")
    print(f"{'run':<26}{'seconds':>9}{'letters/s':>11}{'x parse':>9}{'2nd run s':>11}")
    for label, seconds, again in rows:
        second = f"{again:>11.1f}" if again else f"{'':>11}"
        print(f"{label:<26}{seconds:>9.1f}{len(files) / seconds:>11.1f}{seconds / parse_s:>9.2f}{second}")
    if not os.environ.get("DATABASE_URL"):
        print("PostgreSQL: not measured (set DATABASE_URL, e.g. the URL `.ci/postgres` prints)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
