"""Does a letter read the same printed otherwise? Real letters against variants of their own text.

Each letter is read as plain text (:func:`format_twins.as_text`, unwrapped) and again with one habit of printing
changed, as other companies, law firms and staff offices print the same things: the company named otherwise (a name
with an ampersand, a legal form abroad, joining words), its answer labels run on into the answer without their colon
("Response The total cost ...") or set on a line of their own, its salutation taken out, its restated comments'
numbers on a line of their own or as "Comment 1" there, its bullets printed as other glyphs ("◦", "➢", "■",
Wingdings' square, Word's "o"), a staff letter's captions citing their page otherwise ("Revenue – Page 47", "Revenue
(page 47)", "Revenue, Page 47"), its earlier comments cited otherwise ("comment 3 of our letter dated ..."), every
date written otherwise ("5 May 2021", "May 5th, 2021", "5/5/2021", "Wednesday, May 5, 2021"), its "Re:" label
printed "Subject:", forms' codes set with an en dash ("Form 10–K") and the spaces between its words no-break ones,
as a word processor may set them. Printed is, per variant, how many letters read differently from their plain-text
original, in the fields the variant must leave alone (a renamed company's captions and a redated letter's dates
compared with the change made in the original's reading too).

    python bench/print_variants.py --corpus ../shared/corpus/sec
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from commentletters.core import LetterError, parse_letter
from commentletters.core.bullets import GLYPHS
from commentletters.core.headings import without_page
from format_twins import as_text

_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
_DATE = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}}),\s+(\d{{4}})\b")
_LABEL = re.compile(r"(?m)^(Response|RESPONSE)\s*:\s*")
_RESTATED = re.compile(r"(?m)^(\d{1,2})\.\s+(?=[A-Z\u201c\"])")
_BULLET = re.compile(r"[\u2022\uf0b7](?=\s)")
_CAPTION_PAGE = re.compile(r"(?m)^(?!\d{1,2}\.\s)(.{3,120}?),\s+page\s+([A-Z]?-?\d{1,3})\s*$")
_NO_BULLETS = str.maketrans(dict.fromkeys(GLYPHS))  # (a list's bullets stand in its text or not, as it joins)
_SALUTATION = re.compile(r"(?m)^(?:Dear [^\n]{2,60}:|Ladies and Gentlemen:)$")
_PRIOR = re.compile(r"\bprior comment (\d{1,2})\b")
_CAPTION_COMMA_PAGE = re.compile(r"(?m)(,\s*)page (?=[A-Z]?-?\d)")  # ("..., page 29", "...," / "page 29")
_RE_LABEL = re.compile(r"(?m)^(\s*)Re:")
_FORM_CODE = re.compile(r"\b(10|20|40|8|6|S|F)-(K|Q|F|1|3|4)\b")
_BETWEEN_WORDS = re.compile(r"(\w) (\w)")

Variant = Callable[[str, dict[str, Any]], str]


def reading(text: str, name: str) -> dict[str, Any] | None:
    """What a reader (and the scorer) relies on, each text whole: the kind, the dates, the company, each comment's
    number, text, innermost caption, pages and earlier comments cited, each answer's number, text and commitments."""
    try:
        letter = parse_letter(text.encode(), name)
    except LetterError:
        return None
    return {
        "kind": letter.kind,
        "date": letter.date,
        "responds_to": sorted(letter.responds_to),
        "company": letter.company or "",
        "comments": [(c.number, c.text, (c.section or [""])[-1], c.pages, c.prior_comments) for c in letter.comments],
        "answers": [(r.number, r.text, len(r.commitments)) for r in letter.responses],
    }


def view(read: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """A reading as compared: texts by their first and last 40 characters, white space folded, after ``change``
    (what the variant does to the letter's words, done to the original's: a company renamed, dates written
    otherwise, bullets printed otherwise), bullets left out; captions without the page they cite (compared apart, as
    "pages")."""

    def folded(s: str) -> str:
        return " ".join(change(s).translate(_NO_BULLETS).split())

    return {
        "kind": read["kind"],
        "date": read["date"],
        "responds_to": read["responds_to"],
        "comments": [
            (n, folded(t)[:40], folded(t)[-40:], without_page(folded(c)), p, q) for n, t, c, p, q in read["comments"]
        ],
        "answers": [(n, folded(t)[:40], k) for n, t, k in read["answers"]],
    }


def renamed(name: str) -> Variant:
    def variant(text: str, read: dict[str, Any]) -> str:
        company = read["company"]
        return text.replace(company, name).replace(company.upper(), name.upper()) if len(company) > 3 else text

    return variant


def dated(way: str) -> Variant:
    def variant(text: str, read: dict[str, Any]) -> str:
        def written(m: re.Match[str]) -> str:
            month, day, year = m.group(1), int(m.group(2)), m.group(3)
            suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            number = _MONTHS.index(month) + 1
            try:
                weekday = datetime.date(int(year), number, day).strftime("%A")
            except ValueError:  # (no such day: the date printed as it was)
                return m.group(0)
            return way.format(month=month, day=day, year=year, suffix=suffix, number=number, weekday=weekday)

        return _DATE.sub(written, text)

    return variant


def sub(pattern: re.Pattern[str], replacement: str | Callable[[re.Match[str]], str]) -> Variant:
    return lambda text, read: pattern.sub(replacement, text)


VARIANTS: dict[str, tuple[Variant, str]] = {  # name: (the change, the letters it applies to)
    "company named 'Smith & Wesson Brands, Inc.'": (renamed("Smith & Wesson Brands, Inc."), "any"),
    "company named 'Banco Santander, S.A.'": (renamed("Banco Santander, S.A."), "any"),
    "company named 'Public Service Company of Colorado'": (renamed("Public Service Company of Colorado"), "any"),
    "salutation taken out": (sub(_SALUTATION, ""), "any"),
    "labels 'Response' run on, no colon": (sub(_LABEL, r"\1 "), "company"),
    "labels 'Response' on their own line": (sub(_LABEL, "Response\n\n"), "company"),
    "restated numbers '1.' on their own line": (sub(_RESTATED, "\\1.\n\n"), "company"),
    "restated numbers as 'Comment 1' on their own line": (sub(_RESTATED, "Comment \\1\n\n"), "company"),
    "bullets '◦'": (sub(_BULLET, "\u25e6"), "any"),
    "bullets '➢'": (sub(_BULLET, "\u27a2"), "any"),
    "bullets Wingdings square": (sub(_BULLET, "\uf0a7"), "any"),
    "bullets 'o', as Word's second level prints": (sub(_BULLET, "o"), "any"),
    "captions citing '– Page 47'": (sub(_CAPTION_PAGE, "\\1 \u2013 Page \\2"), "staff"),
    "captions citing '(page 47)'": (sub(_CAPTION_PAGE, "\\1 (page \\2)"), "staff"),
    "prior comments as 'comment 3 of our letter dated ...'": (
        sub(_PRIOR, "comment \\1 of our letter dated January 5, 2021"),
        "staff",
    ),
    "dates as '5 May 2021'": (dated("{day} {month} {year}"), "any"),
    "dates as 'May 5th, 2021'": (dated("{month} {day}{suffix}, {year}"), "any"),
    "dates as '5/5/2021'": (dated("{number}/{day}/{year}"), "any"),
    "dates with the day of the week, 'Wednesday, May 5, 2021'": (dated("{weekday}, {month} {day}, {year}"), "any"),
    "captions citing 'Page 47', capitalised": (sub(_CAPTION_COMMA_PAGE, "\\1Page "), "staff"),
    "'Re:' label as 'Subject:'": (sub(_RE_LABEL, "\\1Subject:"), "any"),
    "form codes with an en dash, 'Form 10\u2013K'": (sub(_FORM_CODE, "\\1\u2013\\2"), "any"),
    "no-break spaces between words": (sub(_BETWEEN_WORDS, "\\1\u00a0\\2"), "any"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--show", action="store_true", help="name each letter that reads differently, and the field")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.corpus.glob("*/*/filings/*/filename*") if p.suffix.lower() in (".pdf", ".htm"))
    originals: dict[Path, tuple[str, dict[str, Any]]] = {}
    for path in files:
        try:
            text = as_text(path.read_bytes(), path.name, False).decode("utf-8")
        except LetterError:
            continue
        read = reading(text, path.stem + ".txt")
        if read is not None:
            originals[path] = (text, read)
    print(f"{len(originals)} letters read as plain text")
    for name, (variant, which) in VARIANTS.items():
        tried = differ = 0
        fields: dict[str, int] = {}
        for path, (text, read) in originals.items():
            if which != "any" and not read["kind"].startswith(which):
                continue
            changed = variant(text, read)
            if changed == text:
                continue
            tried += 1
            got = reading(changed, path.stem + ".txt")
            want = view(read, lambda words, v=variant, r=read: v(words, r))
            have = view(got, lambda words: words) if got is not None else {}
            keys = [k for k in want if want[k] != have.get(k)]
            if keys:
                differ += 1
                for k in keys:
                    fields[k] = fields.get(k, 0) + 1
                if args.show:
                    print(f"    {path.parent.parent.parent.name}/{path.parent.name}: {', '.join(keys)}")
        detail = ", ".join(f"{k} {n}" for k, n in sorted(fields.items()))
        print(f"{name:55s} {tried:4d} letters; reading differently: {differ}" + (f" ({detail})" if detail else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
