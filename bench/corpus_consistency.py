"""The corpus read against itself: what each letter says about the others of its review, checked.

No gold is needed where the corpus holds both sides of a round. For each review thread (the corpus's
``<TICKER>/<THREAD>/filings/<ACCESSION>/`` folders), every letter is parsed and:

- each company response's answered (or deferred) comment numbers are compared with the comments of the staff
  letters it says it answers (``responds_to``, the same thread): a number the staff did not ask is a misread;
- each restated comment is compared with the staff's comment of that number, its first and last 30 letters and
  digits: a comment cut short, or run on into page furniture, shows there (a company's own rewording too);
- each date a response says it answers is looked for among the thread's staff letters;
- each staff comment's "prior comment N" is looked for among the numbers of the thread's earlier staff letters.

The counts are printed with the pairs that differ, so that a change to the parser can be read against them
(the figures of 2026-11-29 are in bench/README).

    python bench/corpus_consistency.py --corpus ../shared/corpus/sec [--quiet]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from commentletters.core import LetterError, parse_letter
from commentletters.core.letters import Letter

_WORDS = re.compile(r"[^a-z0-9]+")
_ENDS = 30  # letters and digits compared at each end of a restated comment


def _plain(text: str | None) -> str:
    return _WORDS.sub(" ", (text or "").lower()).strip()


def _threads(corpus: Path) -> dict[str, list[tuple[str, Letter]]]:
    """Each thread's letters, parsed (unreadable ones left out), by thread folder."""
    out: dict[str, list[tuple[str, Letter]]] = defaultdict(list)
    paths = sorted(p for p in corpus.glob("*/*/filings/*/filename1.*") if p.suffix.lower() in (".pdf", ".htm", ".txt"))
    for path in paths:
        try:
            letter = parse_letter(path.read_bytes(), str(path))
        except LetterError:
            continue
        out[path.parts[-4]].append((path.parts[-2], letter))
    return out


def check(threads: dict[str, list[tuple[str, Letter]]], show: bool) -> dict[str, tuple[int, int]]:
    """(checked, differing) per check; the differing pairs printed where ``show``."""
    tally: dict[str, list[int]] = {name: [0, 0] for name in ("answered", "restated", "responds_to", "prior")}

    def note(name: str, ok: bool, where: str) -> None:
        tally[name][0] += 1
        if not ok:
            tally[name][1] += 1
            if show:
                print(f"  {name:12s} {where}")

    for thread, letters in sorted(threads.items()):
        staff = [x for x in letters if x[1].kind == "staff_comments" and x[1].date]
        staff.sort(key=lambda x: x[1].date or "")
        by_date: dict[str, list[Letter]] = defaultdict(list)
        for _, letter in staff:
            by_date[letter.date or ""].append(letter)
        for accession, letter in letters:
            if not letter.kind.startswith("company"):
                continue
            for date in letter.responds_to:
                note("responds_to", date in by_date, f"{thread} {accession} names {date}")
            asked = [c for date in letter.responds_to for s in by_date.get(date, []) for c in s.comments]
            if letter.kind != "company_response" or not asked:
                continue
            numbers = {c.number for c in asked}
            for r in letter.responses:
                where = f"{thread} {accession} answers {r.number}, asked {sorted(numbers)}"
                note("answered", r.number in numbers, where)
            ones = {c.number: c for c in asked} if len(numbers) == len(asked) else {}
            for r in letter.responses:
                if r.number in ones and r.restated_comment:
                    staff_text, restated = _plain(ones[r.number].text), _plain(r.restated_comment)
                    same = staff_text[:_ENDS] == restated[:_ENDS] and staff_text[-_ENDS:] == restated[-_ENDS:]
                    note("restated", same, f"{thread} {accession} comment {r.number}: ...{restated[-_ENDS:]!r}")
        for k, (accession, letter) in enumerate(staff):
            earlier = {c.number for _, e in staff[:k] for c in e.comments}
            for c in letter.comments:
                for n in set(c.prior_comments) - set(c.same_letter_refs):
                    if earlier:  # (a thread whose earlier letters the corpus holds)
                        note("prior", n in earlier, f"{thread} {accession} comment {c.number} cites {n}")
    return {name: (n, bad) for name, (n, bad) in tally.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--quiet", action="store_true", help="the counts only, not the pairs that differ")
    args = ap.parse_args(argv)
    threads = _threads(args.corpus)
    if not threads:
        print(f"no letters under {args.corpus}", file=sys.stderr)
        return 1
    print(f"{sum(map(len, threads.values()))} letters in {len(threads)} threads")
    results = check(threads, not args.quiet)
    labels = {
        "answered": "answers numbered as a comment of the staff letter answered",
        "restated": "restated comments that start and end as the staff's comment",
        "responds_to": "staff letters a response names found in its thread",
        "prior": "prior comments cited found in the thread's earlier letters",
    }
    for name, (n, bad) in results.items():
        print(f"{labels[name]:62s} {n - bad:5d} of {n:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
