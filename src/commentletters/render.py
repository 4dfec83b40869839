"""A letter shown as text for people: comments under their headings, answers under their numbers."""

from __future__ import annotations

import re
import textwrap

from .core.asks import ask_words
from .core.letters import COMMITMENT_KINDS, Letter

WIDTH = 100
FUTURE = COMMITMENT_KINDS[0]  # (a promise for filings to come; the other kind is a change made)
# a list item's mark: a bullet or a dash, "(a)", "(ii)", "2)", "b." (not a comment's "2.", whose lines stay under it)
_ITEM_MARK = re.compile(r"(?:[\u2022\u00b7\u25cf\u25aa\u25e6*\u2013-]|\(?[a-z0-9]{1,4}\)|[a-z]{1,4}\.)\s+")


def _wrap(text: str, indent: str) -> str:
    """``text`` wrapped to the width, each of its paragraphs (list items, table rows: one to a line in
    the Letter JSON) starting a line of its own, a list item's lines hanging under its first word."""
    if not text:
        return indent
    return "\n".join(_fill(part, indent) for part in text.split("\n"))


def _fill(part: str, indent: str) -> str:
    mark = _ITEM_MARK.match(part)
    hang = indent + " " * len(mark.group()) if mark else indent
    return textwrap.fill(part, WIDTH, initial_indent=indent, subsequent_indent=hang)


def _whole_answer(letter: Letter) -> list[str]:
    """A whole-letter answer, once, under the comment numbers it was paired with (if any)."""
    answer = letter.whole_answer
    if answer is None:
        return []
    numbers = [str(r.number) for r in letter.responses if r.text == answer.text]
    if len(numbers) == 1:
        head = f"Comment {numbers[0]} (not restated), answered:"
    else:
        head = f"Comments {', '.join(numbers)}, answered together:" if numbers else "Answer to the letter as a whole:"
    out = ["", head, _wrap(answer.text, "  ")]
    out.extend(_commitments(answer.commitment_kinds))
    return out


def _commitments(kinds: list[str]) -> list[str]:
    """What an answer's commitments are: a promise of disclosure in filings to come (any one is), or only
    changes already made in a filing filed with the answer or before it."""
    if not kinds:
        return []
    if FUTURE in kinds:
        return ["  [commits to future disclosure]"]
    return ["  [says the change is made in a filing]"]


def render_letter(letter: Letter) -> str:
    out: list[str] = [
        f"== {letter.source}",
        f"kind:     {letter.kind}" + (f" ({letter.subkind})" if letter.subkind else ""),
    ]
    if letter.date:
        out.append(f"date:     {letter.date}")
    if letter.company:
        out.append(f"company:  {letter.company}")
    if letter.addressee:
        out.append(
            f"to:       {letter.addressee.name}" + (f", {letter.addressee.title}" if letter.addressee.title else "")
        )
    for f in letter.filings_reviewed:
        bits = (
            [f"Form {f.form}"]
            + ([f"period {f.period}"] if f.period else [])
            + ([f"filed {f.filed}"] if f.filed else [])
        )
        out.append("filing:   " + ", ".join(bits))
    if letter.file_numbers:
        out.append("file no.: " + ", ".join(letter.file_numbers))
    if letter.responds_to:
        out.append("answers the staff letter(s) of " + ", ".join(letter.responds_to))
    if letter.office:
        out.append(f"office:   {letter.office}")
    for s in letter.signatories:
        out.append(f"signed:   {s.name}" + (f", {s.title}" if s.title else ""))
    for c in letter.contacts:
        out.append(f"contact:  {c.name}" + (f" {c.phone}" if c.phone else ""))
    shown: list[str] = []
    for c in letter.comments:
        for depth, heading in enumerate(c.section):
            if depth >= len(shown) or shown[depth] != heading:
                shown = shown[:depth] + [heading]
                out.append("")
                out.append("  " * depth + f"# {heading}")
        shown = shown[: len(c.section)]
        out.append("")
        out.append(_wrap(f"{c.number}. {c.text}", "  " * len(c.section)))
        extras = []
        if c.prior_comments:
            extras.append("follows up prior comment(s) " + ", ".join(map(str, c.prior_comments)))
        if c.asks:
            extras.append("asks: " + ", ".join(ask_words(c.asks)))
        if c.authorities:
            extras.append("cites: " + "; ".join(c.authorities))
        for e in extras:
            out.append("  " * len(c.section) + f"  [{e}]")
    out.extend(_whole_answer(letter))
    for r in letter.responses:
        if letter.whole_answer is not None and r.text == letter.whole_answer.text:
            continue  # shown once, above
        out.append("")
        out.append(f"Comment {r.number}:")
        if r.restated_comment:
            out.append(_wrap(r.restated_comment, "  > "))
        out.append(_wrap(r.text, "  "))
        out.extend(_commitments(r.commitment_kinds))
    if letter.deferred:
        out.append("")
        out.append("Answer deferred (comes later): comment " + ", ".join(map(str, letter.deferred)))
    for w in letter.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out) + "\n"
