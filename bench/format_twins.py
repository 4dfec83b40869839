"""Does a letter read the same in another format? Real letters against twins made from them.

The corpus holds company letters in HTML (and a few in text) but hardly any in PDF, and staff letters
in PDF. Each twin is the same letter in another form: an HTML company letter printed to PDF by
Debian's Chromium (no line says it is bold), printed again with a running header on every page
("Securities and Exchange Commission" / its date / "Page 2"), the same as plain text wrapped at 76 columns, at
60 and unwrapped, packed at 72 and 60 (no blank line), with its emphasised lines (the restated comments, where the
letter sets them in bold or italics) as a block indented on the left or on both sides, as a text copy prints a block
quotation, that wrapped text filed inside an HTML ``<pre>`` (as older
EDGAR filers wrap an ASCII letter) or as HTML lines each ended by ``<br>``, the HTML without its bold, italic and
underline, and the letter restating the staff's comments without their numbers (as some lawyers do), in HTML
with its bold and italics and as plain text; a staff PDF letter as plain text, unwrapped, wrapped at 60 columns
(a blank line after each printed line) and packed at 72 and 60 (its lines right under each other, as a word
processor saves text), with its comments numbered "1)" and "(1)" instead of "1.", with its captions in capitals
(as a filing in capitals captions its parts; the headings compared case-blind), and that text inside ``<pre>``
and as ``<br>`` lines. Both are parsed here and compared; printed is, per twin and field, how many
letters read differently from their original (the original's own reading is scored against gold by `make score`).

    python bench/format_twins.py --corpus ../shared/corpus/sec [--keep DIR] [--no-pdf]
"""

from __future__ import annotations

import argparse
import datetime
import functools
import html
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from commentletters.core import LetterError, parse_letter
from commentletters.core.extract import extract

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_EMPHASIS_TAGS = re.compile(r"</?(?:b|strong|i|em|u)\b[^>]*>", re.I)
_EMPHASIS_STYLE = re.compile(r"(?:font-weight|font-style|text-decoration)\s*:\s*[^;\"']+;?", re.I)


def reading(data: bytes, name: str) -> dict[str, Any] | None:
    """The fields compared: what a reader of the letter relies on."""
    try:
        letter = parse_letter(data, name)
    except LetterError:
        return None
    return {
        "kind": letter.kind,
        "date": letter.date,
        "responds_to": letter.responds_to,
        "comments": [c.number for c in letter.comments],
        "comment starts": [_opening(c.text) for c in letter.comments],
        "sections": [c.section for c in letter.comments],
        "responses": [r.number for r in letter.responses],
        "answer starts": [_opening(r.text) for r in letter.responses],
        "commitments": [len(r.commitments) for r in letter.responses],
    }


def _opening(text: str) -> str:
    """A comment's or an answer's first words, as a scorer quotes them: 40 characters, white space folded."""
    return " ".join(text.split())[:40]


def as_text(data: bytes, name: str, wrap: bool, width: int = 76, spaced: bool = True) -> bytes:
    """The letter's lines as plain text, pages split by form feeds, a blank line after each line (an HTML
    line is a block: a paragraph; ``spaced`` False: none, the lines right under each other, as a word processor
    saves text). Page furniture is kept: a letter filed as text prints its running
    headers ("Securities and Exchange Commission / July 14, 2017 / Page 2") as it does the rest, and a
    line the extractor took for furniture may be the letter's own (its date line under a header
    repeating it)."""
    doc = extract(data, name)
    out: list[str] = []
    page = 1
    for line in doc.lines:
        if not line.text.strip():
            continue
        if line.page != page:
            out.append("\f")
            page = line.page
        out.extend(textwrap.wrap(line.text.strip(), width) if wrap else [line.text.strip()])
        if spaced:
            out.append("")
    return "\n".join(out).encode()


def indented(data: bytes, name: str, indent: int, width: int) -> bytes:
    """The letter as plain text wrapped at 76 columns, a blank line after each line, its emphasised lines (an HTML
    letter's restated comments, where it sets them in bold or italics) indented ``indent`` columns and wrapped
    ``width`` wide, the indentation counted: a block quotation, indented on the left only (``width`` 76) or on
    both sides."""
    out: list[str] = []
    for line in extract(data, name).lines:
        text = " ".join(line.text.split())
        if not text:
            continue
        if line.emphasis:
            out.extend(textwrap.wrap(text, width, initial_indent=" " * indent, subsequent_indent=" " * indent))
        else:
            out.extend(textwrap.wrap(text, 76))
        out.append("")
    return "\n".join(out).encode()


def in_lines(text: bytes) -> bytes:
    """Plain text filed as HTML a line at a time: each line ended by ``<br>`` (a page break too)."""
    lines = text.decode("utf-8").replace("\f", "\n").split("\n")
    return ("<html><body>" + "<br>\n".join(html.escape(line) for line in lines) + "</body></html>").encode()


def in_pre(text: bytes) -> bytes:
    """Plain text filed as HTML: the text inside ``<pre>``, escaped."""
    return b"<html><body><pre>" + html.escape(text.decode("utf-8")).encode() + b"</pre></body></html>"


# a restated comment's number opening its line ("1. We note ...")
_RESTATED_NUMBER = re.compile(r"^(\s*)(\d{1,2})\.\s+(?=[A-Z\u201c\"])")


def unnumbered(data: bytes, name: str, count: int, as_html: bool) -> bytes | None:
    """The letter with its restated comments' numbers taken out (the first line opening "1. " and restated comment
    1's first words, then "2. ", ... up to ``count``; the company's own lists and notes' captions keep theirs), a
    line to a paragraph: HTML with its emphasised lines in bold, or plain text. None when the letter does not
    number its ``count`` comments so."""
    restated = {r.number: " ".join((r.restated_comment or "").split())[:12] for r in parse_letter(data, name).responses}
    out: list[str] = []
    expected = 1
    for line in extract(data, name).lines:
        text = line.text.strip()
        if not text:
            continue
        m = _RESTATED_NUMBER.match(text) if expected <= count else None
        if m and int(m.group(2)) == expected and text[m.end() :].startswith(restated.get(expected) or "\0"):
            text = text[m.end() :]
            expected += 1
        if as_html:
            text = html.escape(text)
            out.append(f"<p><b>{text}</b></p>" if line.emphasis else f"<p>{text}</p>")
        else:
            out.extend((text, ""))
    if expected != count + 1:
        return None
    return ("<html><body>" + "\n".join(out) + "</body></html>" if as_html else "\n".join(out)).encode()


def numbered_otherwise(data: bytes, name: str, count: int, way: str) -> bytes | None:
    """A staff letter as plain text (as :func:`as_text`, unwrapped) with its comments numbered ``way`` ("1)",
    "(1)": the first line opening "1. " and comment 1's first words printed "1) ", then "2. ", ... up to
    ``count``) instead of "1."; None when the letter does not number its ``count`` comments so. (A note's caption
    numbered "1." above comment 1, "1. Summary of Significant Accounting Policies", keeps its number.)"""
    firsts = [" ".join(c.text.split())[:12] for c in parse_letter(data, name).comments]
    lines = as_text(data, name, False).decode().split("\n")
    expected = 1
    for k, text in enumerate(lines):
        m = _RESTATED_NUMBER.match(text) if expected <= min(count, len(firsts)) else None
        if m and int(m.group(2)) == expected and text[m.end() :].startswith(firsts[expected - 1]):
            lines[k] = way.replace("1", str(expected)) + " " + text[m.end() :]
            expected += 1
    return "\n".join(lines).encode() if expected == count + 1 else None


_PAGE_TAIL = re.compile(r",?\s*\(?pages?\s+\S+$")  # a caption's page reference, in the staff's own type


def in_capitals(data: bytes, name: str) -> bytes:
    """A staff letter as plain text (as :func:`as_text`, unwrapped) with each caption its comments fall under set
    in capitals but for its page ("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "NOTE 8 – INTANGIBLES,
    page 107"), as a filing in capitals captions its parts. (A caption the PDF wraps over two lines keeps its case.)"""
    captions = {h for c in parse_letter(data, name).comments for h in c.section}
    lines = as_text(data, name, False).decode().split("\n")
    for k, text in enumerate(lines):
        if text in captions:
            tail = _PAGE_TAIL.search(text)
            lines[k] = text[: tail.start()].upper() + text[tail.start() :] if tail else text.upper()
    return "\n".join(lines).encode()


def answers_kept(twins: dict[Path, bytes], suffix: str) -> tuple[int, int]:
    """How many of the originals' answers their twins read under the same number with the same first words (40
    characters, white space folded), and how many answers the originals hold."""
    same = total = 0
    for path, twin in twins.items():
        try:
            original, read = parse_letter(path.read_bytes(), path.name), parse_letter(twin, path.stem + suffix)
        except LetterError:
            continue
        got = {r.number: " ".join(r.text.split())[:40] for r in read.responses}
        total += len(original.responses)
        same += sum(got.get(r.number) == " ".join(r.text.split())[:40] for r in original.responses)
    return same, total


def unemphasised(data: bytes, name: str) -> bytes:
    html = data.decode("utf-8", "replace")
    return _EMPHASIS_STYLE.sub("", _EMPHASIS_TAGS.sub("", html)).encode()


def printed(paths: dict[Path, str | None], keep: Path, headed: bool = False) -> dict[Path, bytes]:
    """Each HTML letter printed to PDF (Letter paper) by Chromium, through Playwright; ``headed``: with a
    running header on every page as company letters print one ("Securities and Exchange Commission" / the
    letter's date / "Page 2"), the letter's date given for each path."""
    from playwright.sync_api import sync_playwright

    out: dict[Path, bytes] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        for path, date in paths.items():
            page.goto(path.resolve().as_uri())
            if headed:
                dated = datetime.date.fromisoformat(date).strftime("%B %-d, %Y") if date else ""
                header = (
                    '<div style="font-size:9px;margin-left:0.75in">Securities and Exchange Commission<br>'
                    f'{dated}<br>Page <span class="pageNumber"></span></div>'
                )
                margin = {"top": "1in", "bottom": "1in", "left": "0.75in", "right": "0.75in"}
                options: dict[str, Any] = {
                    "header_template": header,
                    "footer_template": "<div></div>",
                    "margin": margin,
                }
                out[path] = page.pdf(format="Letter", display_header_footer=True, **options)
            else:
                out[path] = page.pdf(format="Letter")
            (keep / f"{path.parent.name}{'-headed' if headed else ''}.pdf").write_bytes(out[path])
        browser.close()
    return out


def compare(
    name: str,
    originals: dict[Path, dict[str, Any] | None],
    twin: Callable[[Path], bytes],
    suffix: str,
    folded: bool = False,
) -> None:
    """Print how many twins read each field otherwise than their originals (``folded``: the headings compared
    case-blind)."""
    differ: dict[str, int] = {}
    for path, original in originals.items():
        got = reading(twin(path), path.stem + suffix)
        if folded and got is not None and original is not None:
            got, original = _case_blind(got), _case_blind(original)
        for field in original or {}:
            if got is None or got[field] != (original or {})[field]:
                differ[field] = differ.get(field, 0) + 1
    shown = ", ".join(f"{field} {n}" for field, n in sorted(differ.items())) or "none"
    print(f"{name:44s} {len(originals):4d} letters; reading differently: {shown}")


def _case_blind(read: dict[str, Any]) -> dict[str, Any]:
    """A reading with its headings lower-cased."""
    return {**read, "sections": [[h.lower() for h in stack] for stack in read["sections"]]}


def compare_packed(name: str, originals: dict[Path, dict[str, Any] | None]) -> None:
    """:func:`compare` with the letters as packed text (:func:`as_text`, no blank line) at 72 and 60 columns."""
    for width in (72, 60):
        packed = functools.partial(as_text, wrap=True, width=width, spaced=False)
        compare(f"{name} as packed text at {width}", originals, lambda p, f=packed: f(p.read_bytes(), p.name), ".txt")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of <TICKER>/<THREAD>/filings/...")
    ap.add_argument("--keep", type=Path, help="keep the PDF twins in this folder (default: a temporary one)")
    ap.add_argument("--no-pdf", action="store_true", help="leave out the PDF twins (no Chromium needed)")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*/*/filings/*/filename*"))
    html = [p for p in files if p.suffix.lower() in (".htm", ".html")]
    staff_pdf = [p for p in files if p.suffix.lower() == ".pdf"]
    if not html:
        print(f"no HTML letters under {args.corpus}", file=sys.stderr)
        return 1
    company = {p: reading(p.read_bytes(), p.name) for p in html}
    company = {p: r for p, r in company.items() if r and r["kind"].startswith("company")}
    staff = {p: reading(p.read_bytes(), p.name) for p in staff_pdf}
    staff = {p: r for p, r in staff.items() if r and r["kind"].startswith("staff")}
    if not args.no_pdf:
        keep = args.keep or Path(tempfile.mkdtemp(prefix="cl-twins-"))
        keep.mkdir(parents=True, exist_ok=True)
        dates = {p: r["date"] for p, r in company.items()}
        pdfs = printed(dates, keep)
        compare("company HTML printed to PDF", company, pdfs.__getitem__, ".pdf")
        headed = printed(dates, keep, headed=True)
        compare("the same with a running header", company, headed.__getitem__, ".pdf")
    compare("company HTML as text, wrapped at 76", company, lambda p: as_text(p.read_bytes(), p.name, True), ".txt")
    compare("company HTML as text, wrapped at 60", company, lambda p: as_text(p.read_bytes(), p.name, True, 60), ".txt")
    compare("company HTML as text, unwrapped", company, lambda p: as_text(p.read_bytes(), p.name, False), ".txt")
    compare_packed("company HTML", company)
    for indent, width in ((10, 76), (5, 66)):
        compare(
            f"company HTML as text, bold indented {indent} / {width}",
            company,
            lambda p, i=indent, w=width: indented(p.read_bytes(), p.name, i, w),
            ".txt",
        )
    wrapped = {p: as_text(p.read_bytes(), p.name, True) for p in company}
    compare("company text (wrapped) in HTML <pre>", company, lambda p: in_pre(wrapped[p]), ".htm")
    compare("company text (wrapped) as HTML <br> lines", company, lambda p: in_lines(wrapped[p]), ".htm")
    compare(
        "company HTML without bold/italic/underline", company, lambda p: unemphasised(p.read_bytes(), p.name), ".htm"
    )
    for label, as_html, suffix in (("in HTML", True, ".htm"), ("as text", False, ".txt")):
        twins = {p: unnumbered(p.read_bytes(), p.name, len(r["responses"]), as_html) for p, r in company.items()}
        numbered = {p: r for p, r in company.items() if r["responses"] == list(range(1, len(r["responses"]) + 1))}
        kept = {p: r for p, r in numbered.items() if len(r["responses"]) > 1 and twins[p] is not None}
        compare(f"company, comments restated unnumbered, {label}", kept, lambda p, t=twins: t[p] or b"", suffix)
        same, total = answers_kept({p: twins[p] or b"" for p in kept}, suffix)
        print(f"{'':44s} {'':4s}   of their {total} answers, {same} under the original's number with its first words")
    compare("staff PDF as text", staff, lambda p: as_text(p.read_bytes(), p.name, False), ".txt")
    compare("staff PDF as text, wrapped at 60", staff, lambda p: as_text(p.read_bytes(), p.name, True, 60), ".txt")
    compare_packed("staff PDF", staff)
    for way in ("1)", "(1)"):
        twins = {p: numbered_otherwise(p.read_bytes(), p.name, len(r["comments"]), way) for p, r in staff.items()}
        kept = {p: r for p, r in staff.items() if r["comments"] and twins[p] is not None}
        compare(f"staff PDF as text, comments numbered {way}", kept, lambda p, t=twins: t[p] or b"", ".txt")
    caps = {p: r for p, r in staff.items() if any(r["sections"])}
    compare(
        "staff PDF as text, captions in capitals", caps, lambda p: in_capitals(p.read_bytes(), p.name), ".txt", True
    )
    text = {p: as_text(p.read_bytes(), p.name, False) for p in staff}
    compare("staff PDF as text in HTML <pre>", staff, lambda p: in_pre(text[p]), ".htm")
    compare("staff PDF as text, HTML <br> lines", staff, lambda p: in_lines(text[p]), ".htm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
