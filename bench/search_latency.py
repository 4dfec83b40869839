"""Search latency on SQLite with the archive scaled to 1,000,000 staff comments.

1. Ingests the real corpus (../shared/corpus) into a data folder if it is empty.
2. Scales it: copies every letter, comment, answer and authority citation with new ids (and new
   letter keys) until the archive holds --comments comments. The copies go through the ordinary
   tables, so the full-text triggers index them like ingested letters. Letter JSON of the copies
   keeps only the fields search reads (the office, the filings reviewed), to keep the file to a sensible size.
3. Runs a fixed set of searches (words, phrases, prefixes, broad words, each filter alone and some
   together, both orders, later pages, hostile syntax) ROUNDS times through the same service the
   pages and the API call, and prints p50/p95 per query, per class and over all. The goal is p95 ≤ 50 ms.

    python bench/search_latency.py [--data-dir .bench/search] [--comments 1000000] [--rounds 5]

The scaled folder is kept: a second run reuses it and goes straight to the measurements.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUERIES: list[tuple[str, dict[str, object]]] = [
    ("non-GAAP", {}),
    ("revenue recognition", {}),
    ('"critical accounting estimates"', {}),
    ("goodwill impairment", {}),
    ("segment reporting", {}),
    ("ASC 606", {}),
    ("valuation allowance deferred tax", {}),
    ("liquidity capital resources", {}),
    ("Item 303", {}),
    ("cybersecurity", {}),
    ("impair*", {}),
    ("non-GAAP -EBITDA", {}),
    ("AND OR (", {}),
    ("disclosure", {}),
    ("revenue", {"order": "date"}),
    ("revenue", {"page": 3}),
    ("tax", {"year": 2020}),
    ("non-GAAP", {"type": "comment", "year": 2019}),
    ("disclosure", {"company": "first"}),
    ("", {"type": "comment", "order": "date"}),
    ("reserves", {"form": "10-K"}),
    ("revenue", {"status": "resolved"}),
    ("", {"authority": "Item 303 of Regulation S-K", "order": "date"}),
    ("non-GAAP", {"authority": "Item 10(e) of Regulation S-K"}),
    ("liquidity", {"office": "Office of Finance"}),
    ("impairment", {"year": 2021, "order": "date"}),
    ("disclosure", {"company": "first", "order": "date"}),
    ("tax", {"year": 2020, "page": 2}),
    ('"revenue recognition"', {"type": "answer", "form": "10-K", "year": 2018}),
    ("revenue", {"asks": "revise_future_filings"}),
    ("", {"asks": "file_exhibit", "order": "date"}),
    ("non-GAAP", {"asks": "tell_us", "year": 2019}),
]


def ensure_archive(data_dir: Path, corpus: list[Path], target: int) -> None:
    from django.db import connection

    from commentletters.archive import models
    from commentletters.archive.ingest import ingest_paths

    if not models.Letter.objects.exists():
        report = ingest_paths([p for p in corpus if p.exists()], progress=False)
        print(f"ingested the corpus: {report.summary()}", flush=True)
    have = models.Comment.objects.count()
    if have >= target:
        return
    with connection.cursor() as cur:
        cur.execute("SELECT MAX(id) FROM archive_letter")
        letters0 = cur.fetchone()[0]
        cur.execute("SELECT MAX(id), COUNT(*) FROM archive_comment WHERE letter_id <= %s", [letters0])
        comments0, per_copy = cur.fetchone()
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM archive_answer WHERE letter_id <= %s", [letters0])
        answers0 = cur.fetchone()[0]
    copies = -(-(target - have) // per_copy)
    already = have // per_copy - 1
    print(f"scaling: {per_copy} comments per copy of the corpus, {copies} copies to make", flush=True)
    started = time.monotonic()
    for k in range(already + 1, already + 1 + copies):
        _copy(k, letters0, comments0, answers0)
        if k % 50 == 0:
            print(f"  copy {k}: {time.monotonic() - started:.0f} s", flush=True)
    with connection.cursor() as cur:
        cur.execute("INSERT INTO archive_search(archive_search) VALUES ('optimize')")
        cur.execute("ANALYZE")
    print(f"scaled to {models.Comment.objects.count():,} comments in {time.monotonic() - started:.0f} s", flush=True)


def _columns(table: str) -> list[str]:
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(f"PRAGMA table_info({table})")
        return [r[1] for r in cur.fetchall()]


def _copy(k: int, letters0: int, comments0: int, answers0: int) -> None:
    """Copy number k of the original rows, ids shifted by k × the original id range."""
    from django.db import connection, transaction

    shift = {
        "archive_letter": {
            "id": f"id + {k * letters0}",
            "key": f"key || '~{k}'",
            # what search reads of a letter: the office, the forms its Re: block names (migration 0011)
            "data": "json_object('office', json_extract(data, '$.office'), "
            "'filings_reviewed', json(json_extract(data, '$.filings_reviewed')))",
        },
        "archive_comment": {"id": f"id + {k * comments0}", "letter_id": f"letter_id + {k * letters0}"},
        "archive_answer": {
            "id": f"id + {k * answers0}",
            "letter_id": f"letter_id + {k * letters0}",
            "comment_id": f"comment_id + {k * comments0}",
        },
    }
    bounds = {
        "archive_letter": f"id <= {letters0}",
        "archive_comment": f"letter_id <= {letters0}",
        "archive_answer": f"letter_id <= {letters0}",
    }
    with transaction.atomic(), connection.cursor() as cur:
        for table, exprs in shift.items():
            cols = _columns(table)
            select = ", ".join(exprs.get(c, c) for c in cols)
            cur.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} WHERE {bounds[table]}")
        cur.execute(
            f"INSERT INTO archive_comment_authorities (comment_id, authority_id) SELECT comment_id + "
            f"{k * comments0}, authority_id FROM archive_comment_authorities WHERE comment_id <= {comments0}"
        )


def measure(rounds: int) -> int:
    from commentletters.archive import models
    from commentletters.web.search import Filters, SearchTimeout, search

    first_company = models.Company.objects.order_by("id").values_list("id", flat=True).first()
    timings: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    timeouts = 0
    for r in range(rounds + 1):  # round 0 warms the page cache and is not counted
        for text, opts in QUERIES:
            opts = dict(opts)
            order = str(opts.pop("order", "relevance"))
            page = int(opts.pop("page", 1))  # type: ignore[call-overload]
            if opts.get("company") == "first":
                opts["company"] = first_company
            label = (
                f"{text!r} {order}"
                + (f" page {page}" if page > 1 else "")
                + "".join(f" {k}={v}" for k, v in opts.items())
            )
            t0 = time.perf_counter()
            try:
                total = search(text, Filters(**opts), order=order, page=page).total  # type: ignore[arg-type]
            except SearchTimeout:  # the page would say "took too long"; counted at the time it took
                total = -1
                timeouts += 1 if r else 0
            elapsed = time.perf_counter() - t0
            if r:
                timings.setdefault(label, []).append(elapsed)
                totals[label] = total
    every = sorted(x for xs in timings.values() for x in xs)
    print(f"{'query':58} {'hits':>9} {'median ms':>9} {'worst ms':>8}")
    for label, xs in timings.items():
        xs.sort()
        hits = f"{totals[label]:>9,}" if totals[label] >= 0 else f"{'timeout':>9}"
        print(f"{label[:58]:58} {hits} {statistics.median(xs) * 1000:>9.1f} {xs[-1] * 1000:>8.1f}")
    q = statistics.quantiles(every, n=100)
    n = models.Comment.objects.count()
    print(
        f"search over {n:,} comments and {models.Answer.objects.count():,} answers on SQLite: "
        f"{len(every)} searches, p50 {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms (goal p95 <= 50 ms), "
        f"{timeouts} stopped by the time limit"
    )
    classes = {
        "without filters": lambda label: "=" not in label,
        "with filters": lambda label: "=" in label,
        "newest first": lambda label: " date" in label,
        "later pages": lambda label: " page " in label,
    }
    for name, member in classes.items():
        some = sorted(x for label, xs in timings.items() for x in xs if member(label))
        if len(some) > 1:
            qp = statistics.quantiles(some, n=100)
            print(f"  {name}: {len(some)} searches, p50 {qp[49] * 1000:.1f} ms, p95 {qp[94] * 1000:.1f} ms")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT / ".bench/search")
    ap.add_argument(
        "--corpus",
        type=Path,
        nargs="*",
        default=[ROOT.parent / "shared/corpus/sec", ROOT.parent / "shared/corpus/peer", ROOT / "samples"],
    )
    ap.add_argument("--comments", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    os.environ.pop("DATABASE_URL", None)
    os.environ["COMMENTLETTERS_DATA_DIR"] = str(args.data_dir.resolve())
    from commentletters.archive import setup_django

    setup_django()
    ensure_archive(args.data_dir, args.corpus, args.comments)
    return measure(args.rounds)


if __name__ == "__main__":
    sys.exit(main())
