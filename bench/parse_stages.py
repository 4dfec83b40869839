"""Where parse's time beyond extraction goes: each stage after ``extract`` timed cold and warm.

For every letter of the corpus (read into memory first) the extract stage runs untimed; then the
stages that read the letter run twice on the same document: first cold, as in ``parse_letter``
right after pdfium or lexbor has run, then warm, at once again. Both passes are timed in one run,
letter by letter, so a busy machine slows both alike; the medians over the rounds are printed per
stage with the cold/warm ratio.

The difference between the two is what the stages pay to bring their code and patterns back into
the CPU's caches and predictors, not work on the letter. A third pass tells what takes them out: after
the warm one, the process spins on the clock (a loop of a few instructions and no memory to speak of)
for as long as the letter's extraction took, then the stages run again ("paused"). Where the paused
pass costs about what the cold one does, the state is lost to the time the extraction takes (the other
work the machine does meanwhile: the core's other hardware thread, other processes), not pushed out
by pdfium's or lexbor's own footprint, and a smaller code footprint of the stages would not win it back.

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


def spin(seconds: float) -> None:
    """Busy for ``seconds`` on the clock alone: no memory touched, no other code run."""
    clock = time.perf_counter
    until = clock() + seconds
    while clock() < until:
        pass


def one_round(batch: list[tuple[str, bytes]]) -> tuple[list[float], list[float], list[float]]:
    """Seconds per stage over the batch: cold (right after extraction), warm (at once again) and paused
    (again after spinning as long as the extraction took)."""
    cold = [0.0] * len(STAGES)
    warm = [0.0] * len(STAGES)
    paused = [0.0] * len(STAGES)
    for source, data in batch:
        t0 = time.perf_counter()
        try:
            doc = extract(data, source)
        except LetterError:
            continue
        took = time.perf_counter() - t0
        for i, t in enumerate(stages(doc, source)):
            cold[i] += t
        for i, t in enumerate(stages(doc, source)):
            warm[i] += t
        spin(took)
        for i, t in enumerate(stages(doc, source)):
            paused[i] += t
    return cold, warm, paused


def main(argv: list[str] | None = None) -> int:
    batch, rounds = corpus_and_rounds(__doc__, 3, argv)
    if not batch:
        return 1
    one_round(batch[:20])  # warm-up: imports, pdfium initialisation
    colds: list[list[float]] = []
    warms: list[list[float]] = []
    pauses: list[list[float]] = []
    for r in range(rounds):
        cold, warm, paused = one_round(batch)
        colds.append(cold)
        warms.append(warm)
        pauses.append(paused)
        print(f"round {r + 1}: cold {sum(cold):.2f} s, warm {sum(warm):.2f} s, paused {sum(paused):.2f} s")
    print(f"{len(batch)} letters, {rounds} rounds (medians, wall-clock)")
    per_stage = [[run[i] for run in runs] for runs in (colds, warms, pauses) for i in range(len(STAGES))]
    rows = [(name, *per_stage[i :: len(STAGES)]) for i, name in enumerate(STAGES)]
    rows.append(("all", [sum(c) for c in colds], [sum(w) for w in warms], [sum(p) for p in pauses]))
    for name, cs, ws, ps in rows:
        c, w, p = statistics.median(cs), statistics.median(ws), statistics.median(ps)
        print(
            f"{name:20s} cold {c:6.3f} s   warm {w:6.3f} s   paused {p:6.3f} s   cold/warm {c / w:5.2f}"
            f"   cold - warm {c - w:6.3f} s   paused - warm {p - w:6.3f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
