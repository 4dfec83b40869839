"""Where parse's time beyond extraction goes: each stage after ``extract`` timed cold and warm.

For every letter of the corpus (read into memory first) the extract stage runs untimed; then the
stages that read the letter run twice on the same document: first cold, as in ``parse_letter``
right after pdfium or lexbor has run, then warm, at once again. Both passes are timed in one run,
letter by letter, so a busy machine slows both alike; the medians over the rounds are printed per
stage with the cold/warm ratio.

The difference between the two is what the stages pay to bring their own code and patterns back
into the CPU's caches after the extraction libraries have pushed them out, not work on the letter:
it tells how much of parse / extract a smaller code footprint could win, against what fewer
instructions could.

    python bench/parse_stages.py --corpus ../shared/corpus/sec [--rounds 3]
"""

from __future__ import annotations

import statistics
import sys
import time

from commentletters.core import LetterError
from commentletters.core.answers import find_responses
from commentletters.core.classify import classify
from commentletters.core.comments import read_comments
from commentletters.core.extract import extract
from commentletters.core.header import read_header
from commentletters.core.letters import Document, Letter
from commentletters.core.redactions import count_redactions
from parse_vs_extract import corpus_and_rounds

STAGES = ("header", "comments or answers", "redactions and kind")


def stages(doc: Document, source: str) -> list[float]:
    """Seconds spent in each of STAGES on ``doc``, in parse_letter's order."""
    clock = time.perf_counter
    t0 = clock()
    letter = Letter(source=source, sha256="", kind="staff_other", format=doc.format, pages=doc.pages)
    read_header(doc, letter)
    t1 = clock()
    if letter.kind.startswith("staff"):
        read_comments(doc)
    else:
        find_responses(doc)
    t2 = clock()
    count_redactions(doc)
    classify(doc, letter)
    return [t1 - t0, t2 - t1, clock() - t2]


def one_round(batch: list[tuple[str, bytes]]) -> tuple[list[float], list[float]]:
    cold = [0.0] * len(STAGES)
    warm = [0.0] * len(STAGES)
    for source, data in batch:
        try:
            doc = extract(data, source)
        except LetterError:
            continue
        for i, t in enumerate(stages(doc, source)):
            cold[i] += t
        for i, t in enumerate(stages(doc, source)):
            warm[i] += t
    return cold, warm


def main(argv: list[str] | None = None) -> int:
    batch, rounds = corpus_and_rounds(__doc__, 3, argv)
    if not batch:
        return 1
    one_round(batch[:20])  # warm-up: imports, pdfium initialisation
    colds: list[list[float]] = []
    warms: list[list[float]] = []
    for r in range(rounds):
        cold, warm = one_round(batch)
        colds.append(cold)
        warms.append(warm)
        print(f"round {r + 1}: cold {sum(cold):.2f} s, warm {sum(warm):.2f} s")
    print(f"{len(batch)} letters, {rounds} rounds (medians, wall-clock)")
    rows = [(name, [c[i] for c in colds], [w[i] for w in warms]) for i, name in enumerate(STAGES)]
    rows.append(("all", [sum(c) for c in colds], [sum(w) for w in warms]))
    for name, cs, ws in rows:
        c, w = statistics.median(cs), statistics.median(ws)
        print(f"{name:20s} cold {c:6.3f} s   warm {w:6.3f} s   cold/warm {c / w:5.2f}   cold - warm {c - w:6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
