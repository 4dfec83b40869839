"""Ingest speed on SQLite and on PostgreSQL against `commentletters parse` alone, side by side.

All three run in this one invocation over the same files (those ingest finds under PATH...), in
rounds: the parse CLI (one process, JSON Lines to /dev/null), then `commentletters ingest` into a
fresh SQLite data folder, then into a fresh PostgreSQL database on the server DATABASE_URL names
(skipped, and said so, when DATABASE_URL is unset). Each ingest is followed by a second, idempotent
run. Medians over the rounds are printed; each ratio is the median of the per-round ratios. The
CPU seconds (user + system, the command and its worker processes) are printed too: on a machine
shared with other work the wall time varies from run to run much more than the CPU spent.

    DATABASE_URL=postgres://user:pw@localhost/db python bench/ingest.py ../shared/corpus/sec ../shared/seeds
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

BIN = Path(sys.executable).parent / "commentletters"


def adopt_orphans() -> None:
    """Become the parent of the processes our commands leave behind (Linux), such as the
    multiprocessing fork server, which exits just after its parent: reaped here, their CPU time
    is counted with the command's."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        print("note: CPU seconds may miss processes the commands leave behind", file=sys.stderr)


def reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=False, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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


def one_round(files: list[str], paths: list[Path], base: dict[str, str], pg_url: str | None) -> dict[str, float]:
    """parse alone, then ingest (first and second run) into a fresh SQLite folder and PostgreSQL database."""
    times: dict[str, float] = {}

    def run(key: str, cmd: list[str], env: dict[str, str]) -> None:
        times[key], times[key + " cpu"] = timed(cmd, env)

    run("parse", [str(BIN), "parse", "--json", *files], base)
    ingest = [str(BIN), "ingest", "--no-progress", *map(str, paths)]
    with tempfile.TemporaryDirectory(prefix="cl-bench-") as tmp:
        env = dict(base, COMMENTLETTERS_DATA_DIR=tmp)
        run("sqlite", ingest, env)
        run("sqlite again", ingest, env)
        if pg_url:
            url, name = fresh_postgres(pg_url)
            try:
                env = dict(env, DATABASE_URL=url)
                run("postgresql", ingest, env)
                run("postgresql again", ingest, env)
            finally:
                drop_postgres(pg_url, name)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=3, help="rounds; medians are printed (default 3)")
    args = ap.parse_args()
    from commentletters.archive.sources import discover

    files = [str(s.path) for s in discover(args.paths)]
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    pg_url = os.environ.get("DATABASE_URL")
    adopt_orphans()
    rounds = []
    for i in range(args.rounds):
        r = one_round(files, args.paths, base, pg_url)
        rounds.append(r)
        walls = ", ".join(f"{k} {v:.1f} s" for k, v in r.items() if not k.endswith(" cpu"))
        print(f"round {i + 1}: {walls}", flush=True)
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    ratios = {k: statistics.median(r[k] / r["parse"] for r in rounds) for k in ("sqlite", "postgresql") if k in med}
    print(f"{len(files)} letters, {os.cpu_count()} cores, {args.rounds} rounds (medians; ratios are per-round medians)")
    print(f"{'run':<26}{'seconds':>9}{'letters/s':>11}{'x parse':>9}{'CPU s':>8}{'2nd run s':>11}")
    print(
        f"{'parse alone (1 process)':<26}{med['parse']:>9.1f}{len(files) / med['parse']:>11.1f}{1:>9.2f}"
        f"{med['parse cpu']:>8.1f}"
    )
    for key, label in (("sqlite", "ingest, SQLite"), ("postgresql", "ingest, PostgreSQL")):
        if key in med:
            print(
                f"{label:<26}{med[key]:>9.1f}{len(files) / med[key]:>11.1f}{ratios[key]:>9.2f}"
                f"{med[key + ' cpu']:>8.1f}{med[key + ' again']:>11.1f}"
            )
    if not pg_url:
        print("PostgreSQL: not measured (set DATABASE_URL, e.g. the URL `.ci/postgres` prints)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
