"""How many of the gold answers the archive links to the right staff letter and comment number.

Ingests, into a temporary data folder (SQLite), every company folder of ../shared/corpus/sec that
has a gold thread, exports the archive as JSON Lines, and checks each gold answer: the export's
response with the same number in the same company letter must name, in ``answers``, the staff
letter the gold says it answers (the staff letter in the thread whose date the company letter gives
in ``responds_to`` and which has that comment number; failing a date, the latest earlier one with
that number). Gold answers whose staff letter is not on file are counted apart.

With --oracle the parser is left out: the gold letters themselves (kinds, dates, comment and answer
numbers) are threaded by the core, which measures the threading alone.

    python bench/answer_links.py [--gold ../shared/eval/gold] [--corpus ../shared/corpus/sec] [--oracle] [--details]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def expected_links(gold_dir: Path) -> tuple[dict[tuple[str, int], str], list[str]]:
    """(company letter accession, answer number) → staff accession; plus the tickers involved."""
    links: dict[tuple[str, int], str] = {}
    tickers: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        thread = json.loads(path.read_text())
        staff = [x for x in thread["letters"] if x["kind"] == "staff_comments" and x.get("accession")]
        if staff and thread.get("ticker") and thread["ticker"] not in tickers:
            tickers.append(thread["ticker"])
        for letter in thread["letters"]:
            for answer in letter.get("responses") or []:
                has = [s for s in staff if any(c["number"] == answer["number"] for c in s["comments"])]
                named = [s for s in has if s["date"] in letter.get("responds_to", [])]
                earlier = [s for s in has if letter.get("date") and s["date"] and s["date"] <= letter["date"]]
                pick = (named or earlier or [None])[-1]
                links[(letter.get("accession") or letter.get("file") or "", answer["number"])] = (
                    pick["accession"] if pick else ""
                )
    return links, tickers


def exported_links(corpus: Path, tickers: list[str]) -> dict[tuple[str, int], str]:
    os.environ["COMMENTLETTERS_DATA_DIR"] = tempfile.mkdtemp(prefix="cl-answer-links-")
    os.environ.pop("DATABASE_URL", None)
    from commentletters.archive import setup_django

    setup_django()
    from commentletters.archive.export import write_jsonl
    from commentletters.archive.ingest import ingest_paths

    ingest_paths([corpus / t for t in tickers], progress=False)
    buf = io.StringIO()
    write_jsonl(buf)
    out: dict[tuple[str, int], str] = {}
    for line in buf.getvalue().splitlines():
        record = json.loads(line)
        for response in record.get("responses") or []:
            target = response.get("answers") or {}
            out.setdefault((record.get("accession") or "", response["number"]), target.get("accession") or "")
    return out


def oracle_links(gold_dir: Path) -> dict[tuple[str, int], str]:
    """Answer links the core makes from the gold letters themselves, company by company."""
    from commentletters.core.letters import Comment, Filing, Letter, Response
    from commentletters.core.links import link_answers
    from commentletters.core.threads import Item, group_reviews

    by_company: dict[str, list[Item]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        thread = json.loads(path.read_text())
        for g in thread["letters"]:
            letter = Letter(
                source=g.get("file") or "",
                sha256="",
                kind=g["kind"],
                date=g.get("date"),
                responds_to=g.get("responds_to") or [],
                file_numbers=g.get("file_numbers") or [],
                filings_reviewed=[Filing(**f) for f in g.get("filings_reviewed") or []],
                comments=[
                    Comment(
                        c["number"],
                        c.get("starts", "") + " " + c.get("ends", ""),
                        prior_comments=c.get("prior_comments") or [],
                    )
                    for c in g.get("comments") or []
                ],
                responses=[Response(r["number"], r.get("starts", "")) for r in g.get("responses") or []],
            )
            ident = g.get("accession") or g.get("file") or ""
            by_company.setdefault(thread.get("ticker") or path.stem, []).append(Item(ident, letter, g.get("accession")))
    out: dict[tuple[str, int], str] = {}
    for items in by_company.values():
        for review in group_reviews(items):
            for (letter_id, index), ref in link_answers(review).items():
                item = next(i for i in review.items if i.id == letter_id)
                out.setdefault((letter_id, item.letter.responses[index].number), ref.item_id)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/eval/gold")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/sec")
    ap.add_argument("--details", action="store_true", help="list every miss")
    ap.add_argument("--oracle", action="store_true", help="thread the gold letters themselves (no parser)")
    args = ap.parse_args()
    gold, tickers = expected_links(args.gold)
    got = oracle_links(args.gold) if args.oracle else exported_links(args.corpus, tickers)
    linkable = {k: v for k, v in gold.items() if v}
    right = sum(1 for k, v in linkable.items() if got.get(k) == v)
    if args.details:
        for k, v in sorted(linkable.items()):
            if got.get(k) != v:
                found = "no such answer in the export" if k not in got else f"linked to {got[k] or 'nothing'}"
                print(f"miss: {k[0]} answer {k[1]}: expected {v}, {found}")
    label = "answer links (threading alone, gold letters)" if args.oracle else "answer links"
    print(
        f"{label}: {right}/{len(linkable)} = {right / max(1, len(linkable)):.3f} "
        f"(gold answers whose staff letter is on file; {len(gold) - len(linkable)} others)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
