"""Parsing time of hostile or pathological inputs against real letters, per megabyte, side by side.

Letters are untrusted input: a file made to be slow must not cost much more per byte than a real
letter. Each input below is parsed (``parse_letter``, in this process) in rounds alternating with the
real letters of the corpus; printed are the median seconds per MB of each and its ratio to the real
letters' (a ratio in the tens would mean a quadratic path; the corpus itself is the yardstick).

    python bench/hostile_inputs.py --corpus ../shared/corpus/sec [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from commentletters.core import LetterError, parse_letter


def hostile() -> dict[str, bytes]:
    """Inputs a careless parser would take quadratic time or worse on, each a few hundred KB to a few MB."""
    letter = b"<p>Dear Sir:</p><p>1. We note your filing. Please revise.</p><p>Sincerely,</p>"
    words = b"revenue income segment goodwill impairment lease tax cash margin cost price".split()
    twenty = [*words, *b"asset debt loss gain fee rate share unit plan".split()]
    return {
        "100,000 unclosed <div>s": b"<html><body>" + b"<div>" * 100_000 + letter + b"</body></html>",
        "100,000 nested <blockquote>s": b"<html><body>" + b"<blockquote>" * 100_000 + letter + b"</body></html>",
        "one 5 MB line of text": b"Dear Sir: " + b"we note that your " * 300_000,
        "60,000 numbered lines": b"\n".join(
            b"%d. We note your disclosure on page %d." % (i, i) for i in range(1, 60_000)
        ),
        "20,000 'Page N' headers in text": b"\n".join(
            b"Page %d\nSome text line %d for the letter that goes on." % (i, i) for i in range(20_000)
        ),
        "one paragraph of 20,000 lines": b"Re: "
        + b"Form 10-K for the Fiscal Year Ended December 31, 2023 Filed March 1, 2024\n" * 20_000
        + b"Dear Sir:\n1. Please revise.",
        "a 3 MB word in the Re: line": b"Re: " + b"A" * 3_000_000 + b"\nDear Sir:\n1. Please revise.",
        "20,000 numbered answers": b"<html><body><p>Dear Ms. Smith:</p>"
        + b"".join(
            b"<p>%d. We note your disclosure. Please revise.</p><p>The Company will revise.</p>" % (i % 50 + 1)
            for i in range(20_000)
        )
        + b"<p>Sincerely,</p></body></html>",
        "a table of 250,000 cells": b"<html><body><table>"
        + (b"<tr>" + b"<td>1.</td>" * 50 + b"</tr>") * 5_000
        + b"</table></body></html>",
        "20,000 bullets in one answer": b"Dear Ms. Jones:\n1. Please revise.\nResponse:\n"
        + b"".join(b"\xe2\x80\xa2 The Company will disclose item %d;\n" % i for i in range(20_000))
        + b"Sincerely,\n",
        "20,000 lines of asterisks in one answer": b"Dear Ms. Jones:\n1. Please revise.\nResponse:\n"
        + b"We will revise the disclosure in future filings.\n* * *\n" * 20_000
        + b"Sincerely,\n",
        "an answer sentence of 200,000 'e.g.'s": b"Dear Ms. Jones:\n1. Please revise.\nResponse:\n"
        + b"e.g. 1.5 i.e. 2.5\n" * 50_000
        + b"and the Company will revise the disclosure.\nSincerely,\n",
        "an answer sentence of 50,000 modals and 'and revise's": b"Dear Ms. Jones:\n1. Please revise.\nResponse:\n"
        + b"They will note; " * 25_000
        + b"We will monitor and revise the tables; " * 25_000
        + b"and revise the tables.\nSincerely,\n",
        "50,000 staff comments numbered 1.": b"Division of Corporation Finance\nMarch 5, 2024\n\nRe: Example Corp.\n"
        + b"File No. 001-12345\n\nDear Mr. Smith:\n\n"
        + b"1. We note your disclosure. Please revise.\n\n" * 50_000
        + b"Sincerely,\n",
        "a Re: line of 20,000 dates": b"April 2, 2024\n\nRe: Example Corp.\nResponse to Comment Letter dated "
        + b" and ".join(b"March %d, 2024" % (i % 28 + 1) for i in range(20_000))
        + b"\n\nDear Ms. Jones:\n1. Please revise.\nResponse: We will revise.\nSincerely,\n",
        "20,000 Re: lines ending in commas": b"Division of Corporation Finance\nMarch 5, 2024\n\nRe: Example Corp.\n"
        + b"File No. 001-12345,\n" * 20_000
        + b"\nDear Mr. Smith:\n\n1. We note your disclosure. Please revise.\n\nSincerely,\n",
        "an answer label naming 200,000 capitals": b"Dear Ms. Jones:\n1. Please revise.\nResponse of "
        + b"A" * 200_000
        + b" x y\nWe will revise.\nSincerely,\n",
        "999 comment numbers at page feet": b"Division of Corporation Finance\nMarch 5, 2024\n\nRe: Example Corp.\n"
        + b"\nDear Mr. Smith:\n\n1. We note your disclosure.\n"
        + b"".join(
            b"".join(
                b"We note the %s and %s of the %s\n" % (words[i % 11], words[j % 11], words[(i + j) % 7])
                for j in range(50)
            )
            + b"%d.\n\f" % (i + 2)
            for i in range(998)
        )
        + b"Sincerely,\n",
        "8,000 pages under a running header": b"March 5, 2024\n\nRe: Example Corp.\nFile No. 001-12345\n\n"
        + b"Dear Mr. Smith:\n\n1. We note your disclosure.\n"
        + b"".join(  # each page opens on a line of its own words: thousands of lines beside furniture, each new
            b"\fExample Corp.\nMarch 5, 2024\nPage %d\n%s %s %s of the plan\nWe note the %s.\nPlease tell us more.\n"
            % (i + 2, twenty[i % 20], twenty[i // 20 % 20], twenty[i // 400 % 20], twenty[i % 20])
            for i in range(8_000)
        )
        + b"Sincerely,\n",
        "2,000 pages opening on one sentence": b"March 5, 2024\n\nRe: Example Corp.\nFile No. 001-12345\n\n"
        + b"Dear Mr. Smith:\n\n1. We note your disclosure.\n"
        + b"".join(  # a line as frequent as the header under it, read as prose: is it at the page edges?
            b"\fExample Corp.\nMarch 5, 2024\nPage %d\nthe company believes the disclosure is adequate and\n"
            b"We note the revenue and the cost of the plan for the year %d.\nPlease tell us more.\n" % (i + 2, i)
            for i in range(2_000)
        )
        + b"Sincerely,\n",
    }


def timed(parse: Callable[[], object]) -> float:
    started = time.perf_counter()
    with suppress(LetterError):
        parse()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    real = [
        (str(p), p.read_bytes())
        for p in sorted(args.corpus.glob("*/*/filings/*/filename*"))
        if p.suffix.lower() in (".pdf", ".htm", ".html", ".txt")
    ]
    if not real:
        print(f"no letters under {args.corpus}", file=sys.stderr)
        return 1
    inputs = hostile()
    real_mb = sum(len(d) for _, d in real) / 1e6
    per_mb: dict[str, list[float]] = {name: [] for name in ["real letters", *inputs]}
    for _ in range(args.rounds):
        per_mb["real letters"].append(sum(timed(lambda d=d, n=n: parse_letter(d, n)) for n, d in real) / real_mb)
        for name, data in inputs.items():
            per_mb[name].append(timed(lambda d=data: parse_letter(d, "hostile")) / (len(data) / 1e6))
    base = statistics.median(per_mb["real letters"])
    print(f"{len(real)} real letters, {real_mb:.1f} MB; {args.rounds} rounds (medians)")
    for name, values in per_mb.items():
        med = statistics.median(values)
        print(f"{name:40s} {med:7.3f} s/MB   ratio to real letters {med / base:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
