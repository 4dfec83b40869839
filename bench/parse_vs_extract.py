"""Time full parsing of the corpus against text extraction alone, side by side in one run.

Every ``filings/*/filename*.pdf|htm|txt`` under the corpus is read into memory first, so disk
time is not measured. Three steps are timed: the text alone (pdfium, lexbor, decoding), the
extract stage (the same with its page furniture marked) and the full parse. They are interleaved
letter by letter, in an order that rotates from letter to letter and round to round, so a
machine busy with other work slows all three alike. Each step's total per round is taken in
wall-clock and in CPU seconds; the medians over the rounds are printed with letters per second
and the ratios.

The goal, parse / extract at most 1.3, is the issue's: text extraction there is the extract stage
of the pipeline (lines with their pages, page furniture recognised and marked: issue 2's "Text
extraction" and DESIGN.md's ``extract``), against which the stages that read the letter (header,
comments or answers, classification) should cost little. Parse / text, stricter (the furniture
counted as parsing), is printed beside it.

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

Step = Callable[[bytes, str], object]


def text_only(data: bytes, name: str) -> object:
    return extract(data, name, furniture=False)


STEPS: dict[str, Step] = {"text": text_only, "extract": extract, "parse": parse_letter}


def letters(corpus: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every letter in the corpus, read once."""
    paths = sorted(
        p for p in corpus.glob("*/*/filings/*/filename*") if p.suffix.lower() in (".pdf", ".htm", ".html", ".txt")
    )
    return [(str(p), p.read_bytes()) for p in paths]


def one_round(batch: list[tuple[str, bytes]], shift: int) -> tuple[dict[str, float], dict[str, float], int]:
    """Wall and CPU seconds per step over the batch, and how many letters were unreadable."""
    names = list(STEPS)
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    failed = 0
    for i, (source, data) in enumerate(batch):
        r = (i + shift) % len(names)
        for name in names[r:] + names[:r]:
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                STEPS[name](data, source)
            except LetterError:
                failed += name == "parse"
            wall[name] += time.perf_counter() - w0
            cpu[name] += time.process_time() - c0
    return wall, cpu, failed


def corpus_and_rounds(doc: str | None, rounds: int, argv: list[str] | None) -> tuple[list[tuple[str, bytes]], int]:
    """The letters of ``--corpus`` and ``--rounds`` (default ``rounds``), for a bench's command line; the
    list is empty (and said so on standard error) when the folder holds none."""
    ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--rounds", type=int, default=rounds, help=f"timed rounds (default {rounds})")
    args = ap.parse_args(argv)
    batch = letters(args.corpus)
    if not batch:
        print(f"no letters under {args.corpus}", file=sys.stderr)
    return batch, args.rounds


def main(argv: list[str] | None = None) -> int:
    batch, rounds = corpus_and_rounds(__doc__, 5, argv)
    if not batch:
        return 1
    one_round(batch[:20], 0)  # warm-up: imports, pdfium initialisation
    walls: dict[str, list[float]] = {name: [] for name in STEPS}
    cpus: dict[str, list[float]] = {name: [] for name in STEPS}
    failed = 0
    for r in range(rounds):
        wall, cpu, failed = one_round(batch, r)
        for name in STEPS:
            walls[name].append(wall[name])
            cpus[name].append(cpu[name])
        print(f"round {r + 1}: " + ", ".join(f"{name} {wall[name]:.2f} s" for name in STEPS))
    n = len(batch)
    print(f"{n} letters, {rounds} rounds (medians), unreadable: {failed}")
    med_wall = {name: statistics.median(ts) for name, ts in walls.items()}
    med_cpu = {name: statistics.median(ts) for name, ts in cpus.items()}
    for name in STEPS:
        print(
            f"{name:8s} wall {med_wall[name]:6.2f} s {n / med_wall[name]:7.1f} letters/s"
            f"   cpu {med_cpu[name]:6.2f} s {n / med_cpu[name]:7.1f} letters/s"
        )
    for label, med in (("wall", med_wall), ("cpu", med_cpu)):
        print(
            f"ratio ({label}): parse/extract {med['parse'] / med['extract']:.2f} (goal <= 1.30), "
            f"parse/text {med['parse'] / med['text']:.2f} (stricter), extract/text {med['extract'] / med['text']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
