"""Where an answer's commitments can be: the cue words every commitment holds, found over the whole answer.

A commitment needs a modal, a proposal, a change made or a filing made now, and each of those opens
with one of a few dozen words. Read as one alternation, the engine tries those words at every other
character of a long answer. Most of them end in "ed", a literal the engine skips to: those are read
from their "ed", checked behind it only. The other words open with different letters, most of them
common, which the engine would try at each position: each is looked for by ``str.find`` instead
(which skips to a word as fast as the engine skips to a literal), but for two pairs that open with
a letter few words open with ("will" and "would", "plan" and "propos"), one pattern from that letter.
Each occurrence is kept with its word (an empty group after each word's branch tells which matched): a
sentence's readings then know where its modals, changed verbs and proposals stand without looking
for them again.

A long text is read as its ASCII bytes (:func:`ascii_cue_hits`): every cue word is spelled in ASCII,
and a text's ASCII copy, each other character a "?", costs a fraction of lower-casing the text itself
(which looks up each character's case) and is looked through as fast.
"""

from __future__ import annotations

import re
from typing import AnyStr

ED_WORDS = (
    "added", "amended", "clarified", "conformed", "corrected", "decided", "deleted", "disaggregated", "disclosed",
    "elected", "enhanced", "expanded", "filed", "included", "incorporated", "inserted", "modified", "presented",
    "provided", "reflected", "removed", "renamed", "replaced", "restated", "retitled", "revised", "reworded",
    "supplemented", "updated",
)  # fmt: skip
# The other cue words (every modal's first word is among them)
OTHER_WORDS = (
    "agree", "filing", "commit", "intend", "plan", "propos", "recast", "set forth", "shall", "submit", "undertak",
    "will", "would",
)  # fmt: skip
# Two pairs of them, each found by one pattern that opens with their first letter, which few words open with
_PAIRS = (("will", "would"), ("plan", "propos"))
_PAIRED = tuple((re.compile(f"{a[0]}(?:{a[1:]}()|{b[1:]}())"), (a, b)) for a, b in _PAIRS)
_ALONE = tuple(word for word in OTHER_WORDS if all(word not in pair for pair in _PAIRS))


def _branch(word: str, at: int, width: int, tags: list[tuple[int, str]]) -> str:
    """The rest of ``word``'s branch once its anchor (``width`` letters from ``at``) is read: the letters
    up to it checked behind, those after it checked ahead, then the word's empty group (its tag)."""
    tags.append((at, word))
    behind = f"(?<={word[: at + width]})" if at else ""
    ahead = f"(?={word[at + width :]})" if word[at + width :] else ""
    return behind + ahead + "()"


def _ed_pattern(tags: list[tuple[int, str]]) -> re.Pattern[str]:
    """The words ending in "ed", read from their "ed", grouped by the letter before it."""
    by_letter: dict[str, list[str]] = {}
    for word in ED_WORDS:
        by_letter.setdefault(word[-3], []).append(word)
    groups = [f"(?<={c}ed)(?:{'|'.join(_branch(w, len(w) - 2, 2, tags) for w in ws)})" for c, ws in by_letter.items()]
    return re.compile("ed(?:" + "|".join(groups) + ")")


_ED_TAGS: list[tuple[int, str]] = [(0, "")]  # by group number: where the anchor stands in the word, the word
_ED = _ed_pattern(_ED_TAGS)
# The same, to read ASCII bytes
_ED_ASCII = re.compile(_ED.pattern.encode("ascii"))
_PAIRED_ASCII = tuple((re.compile(pattern.pattern.encode("ascii")), pair) for pattern, pair in _PAIRED)
_ALONE_ASCII = tuple(word.encode("ascii") for word in _ALONE)


def cue_hits(low: str) -> list[tuple[int, str]]:
    """Each occurrence of a cue word in ``low`` (lower-cased text), as where it starts and which word it
    is, in order: every occurrence, as ``str.find`` would find them (an "ed" match spans the "ed" alone, and
    the "ed"s of two occurrences never overlap; nor do two occurrences of the words of a pair)."""
    return _hits(low, _ED, _PAIRED, _ALONE)


def ascii_cue_hits(low: bytes) -> list[tuple[int, str]]:
    """:func:`cue_hits` of a text given as ``low``: its ASCII bytes lower-cased, each other character a
    "?" (``text.encode("ascii", "replace").lower()``). The hits are those of ``text.lower()`` where no
    character outside ASCII lower-cases to an ASCII letter (the Kelvin sign, "\u212a", does: "k")."""
    return _hits(low, _ED_ASCII, _PAIRED_ASCII, _ALONE_ASCII)


def _hits(
    low: AnyStr,
    ed: re.Pattern[AnyStr],
    paired: tuple[tuple[re.Pattern[AnyStr], tuple[str, str]], ...],
    alone: tuple[AnyStr, ...],
) -> list[tuple[int, str]]:
    hits = [(m.start() - at, word) for m in ed.finditer(low) for at, word in (_ED_TAGS[m.lastindex or 0],)]
    for pattern, pair in paired:
        hits += [(m.start(), pair[(m.lastindex or 1) - 1]) for m in pattern.finditer(low)]
    for word, name in zip(alone, _ALONE, strict=True):
        at = low.find(word)
        while at >= 0:
            hits.append((at, name))
            at = low.find(word, at + 1)
    hits.sort()
    return hits
