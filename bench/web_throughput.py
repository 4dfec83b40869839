"""Page throughput of the real server (``commentletters serve``: waitress) under load on loopback.

Starts the server on a free port over an existing data folder, warms it, then runs a bounded load:
CLIENTS persistent HTTP/1.1 connections (spread over worker processes, so the generator is not held
back by one interpreter lock) request a fixed mix of pages — home, company, review, letter, search,
API search, a static file — for SECONDS. Prints requests/s, latency p50/p95/p99 and the error count
(any status other than 200, or a failed connection, is an error; the goal is zero).

    python bench/web_throughput.py --data-dir .demo [--clients 8] [--seconds 20]
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent / "commentletters"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def page_mix(base: str) -> list[str]:
    """Real addresses taken from the archive itself through the API (so any data folder works)."""

    def get(path: str) -> dict:  # type: ignore[type-arg]
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return json.loads(r.read())

    reviews = get("/api/reviews?limit=5")["items"]
    letters = get("/api/letters?limit=5&kind=staff_comments")["items"]
    urls = [
        "/",
        "/companies/",
        "/static/web/site.css",
        "/search/?q=non-GAAP",
        "/api/search?q=revenue+recognition",
        "/search/?q=goodwill&order=date",
        "/authorities/",
    ]
    urls += [f"/reviews/{r['key']}/" for r in reviews] + [f"/companies/{r['company_id']}/" for r in reviews[:2]]
    urls += [f"/letters/{x['accession']}/" for x in letters] + [f"/api/letters/{x['accession']}" for x in letters[:2]]
    return urls


def client(args: tuple[int, int, list[str], float, int]) -> tuple[list[float], int, int]:
    """One worker process: ``threads`` keep-alive connections looping over the mix until the deadline."""
    import threading

    port, threads, urls, deadline, seed = args
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def run(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = offset
        mine: list[float] = []
        bad = 0
        while time.monotonic() < deadline:
            url = urls[i % len(urls)]
            i += 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", url)
                resp = conn.getresponse()
                resp.read()
                if resp.status != 200:
                    bad += 1
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    pool = [threading.Thread(target=run, args=(seed * 97 + k * 13,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return latencies, errors[0], len(latencies)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT / ".demo", help="an archive's data folder (make demo)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent keep-alive connections")
    ap.add_argument("--processes", type=int, default=2, help="load-generator processes")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--threads", type=int, default=8, help="server worker threads")
    args = ap.parse_args()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["COMMENTLETTERS_DATA_DIR"] = str(args.data_dir.resolve())
    server = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port), "--threads", str(args.threads)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/static/web/site.css", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        urls = page_mix(base)
        for url in urls:  # warm caches and connections
            urllib.request.urlopen(base + url, timeout=60).read()
        per = [
            args.clients // args.processes + (1 if k < args.clients % args.processes else 0)
            for k in range(args.processes)
        ]
        deadline = time.monotonic() + args.seconds
        started = time.monotonic()
        with mp.get_context("spawn").Pool(args.processes) as pool:
            parts = pool.map(client, [(port, n, urls, deadline, k) for k, n in enumerate(per) if n])
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat = sorted(x for p in parts for x in p[0])
    errors = sum(p[1] for p in parts)
    q = statistics.quantiles(lat, n=100)
    print(
        f"server: commentletters serve (waitress, {args.threads} threads); {args.clients} keep-alive clients in "
        f"{args.processes} processes; {len(urls)} pages in the mix; {args.seconds:.0f} s; {os.cpu_count()} cores"
    )
    print(
        f"requests {len(lat)}  throughput {len(lat) / elapsed:.1f} req/s  latency p50 {q[49] * 1000:.1f} ms  "
        f"p95 {q[94] * 1000:.1f} ms  p99 {q[98] * 1000:.1f} ms  errors {errors}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
