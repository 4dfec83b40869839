"""Time full parsing of the corpus against text extraction alone, side by side in one run.

Every ``filings/*/filename*.pdf|htm|txt`` under the corpus is read into memory first, so disk
time is not measured. Each round times extraction of all letters and parsing of all letters;
the order alternates between rounds so neither side always runs on a warm cache. The medians
of the rounds are printed with letters per second and the ratio parse / extract (the goal is
at most 1.3: the stages after extraction should cost little next to pdfium and lexbor).

    python bench/parse_vs_extract.py --corpus ../shared/corpus/sec [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from commentletters.core import LetterError, parse_letter
from commentletters.core.extract import extract


def letters(corpus: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every letter in the corpus, read once."""
    paths = sorted(
        p for p in corpus.glob("*/*/filings/*/filename*") if p.suffix.lower() in (".pdf", ".htm", ".html", ".txt")
    )
    return [(str(p), p.read_bytes()) for p in paths]


def run(step: Callable[[bytes, str], object], batch: list[tuple[str, bytes]]) -> tuple[float, int]:
    """Seconds to run ``step`` over the batch, and how many letters raised a LetterError."""
    failed = 0
    start = time.perf_counter()
    for name, data in batch:
        try:
            step(data, name)
        except LetterError:
            failed += 1
    return time.perf_counter() - start, failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    args = ap.parse_args(argv)
    batch = letters(args.corpus)
    if not batch:
        print(f"no letters under {args.corpus}", file=sys.stderr)
        return 1
    steps: dict[str, Callable[[bytes, str], object]] = {"extract": extract, "parse": parse_letter}
    times: dict[str, list[float]] = {"extract": [], "parse": []}
    failures: dict[str, int] = {}
    run(parse_letter, batch[:20])  # warm-up: imports, pdfium initialisation
    for r in range(args.rounds):
        order = ("extract", "parse") if r % 2 == 0 else ("parse", "extract")
        for name in order:
            seconds, failures[name] = run(steps[name], batch)
            times[name].append(seconds)
        print(f"round {r + 1}: extract {times['extract'][-1]:.2f} s, parse {times['parse'][-1]:.2f} s")
    n = len(batch)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"{n} letters, {args.rounds} rounds (median), unreadable: {failures['parse']}")
    for name in ("extract", "parse"):
        print(f"{name:8s} {med[name]:7.2f} s  {n / med[name]:7.1f} letters/s")
    print(f"ratio parse/extract: {med['parse'] / med['extract']:.2f} (goal <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
