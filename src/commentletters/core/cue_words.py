"""Where an answer's commitments can be: the cue words every commitment holds, found over the whole answer.

A commitment needs a modal, a proposal, a change made or a filing made now, and each of those opens
with one of a few dozen words. Read as one alternation, the engine tries those words at every other
character of a long answer. Most of them end in "ed", a literal the engine skips to; each other word
holds a letter few words hold. Found from there, a word is checked behind and ahead of its anchor only,
a few times faster. Each occurrence is kept with its word (an empty group after each word's branch
tells which matched): a sentence's readings then know where its modals, changed verbs and proposals
stand without looking for them again.
"""

from __future__ import annotations

import re

ED_WORDS = (
    "added", "amended", "clarified", "conformed", "corrected", "deleted", "disaggregated", "disclosed", "enhanced",
    "expanded", "filed", "included", "inserted", "modified", "presented", "provided", "reflected", "removed",
    "renamed", "replaced", "restated", "retitled", "revised", "reworded", "supplemented", "updated",
)  # fmt: skip
# The other cue words, each found from a letter few words hold (where it stands in the word): every
# modal's first word is among them.
_OTHER_ANCHORS = {
    "agree": 1, "filing": 5, "commit": 2, "intend": 5, "plan": 0, "propos": 0, "recast": 2, "set forth": 4,
    "shall": 1, "submit": 2, "undertak": 7, "will": 0, "would": 0,
}  # fmt: skip
OTHER_WORDS = tuple(_OTHER_ANCHORS)


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


def _other_pattern(tags: list[tuple[int, str]]) -> re.Pattern[str]:
    """The other words, read from their anchor letter, grouped by it."""
    by_letter: dict[str, list[str]] = {}
    for word, at in _OTHER_ANCHORS.items():
        by_letter.setdefault(word[at], []).append(word)
    groups = []
    for c, ws in by_letter.items():
        branches = [_branch(w, _OTHER_ANCHORS[w], 1, tags) for w in ws]
        groups.append(f"{c}(?:{'|'.join(branches)})")
    return re.compile("|".join(groups))


_ED_TAGS: list[tuple[int, str]] = [(0, "")]  # by group number: where the anchor stands in the word, the word
_ED = _ed_pattern(_ED_TAGS)
_OTHER_TAGS: list[tuple[int, str]] = [(0, "")]
_OTHER = _other_pattern(_OTHER_TAGS)
_FINDERS = ((_ED, _ED_TAGS), (_OTHER, _OTHER_TAGS))


def cue_hits(low: str) -> list[tuple[int, str]]:
    """Each occurrence of a cue word in ``low`` (lower-cased text), as where it starts and which word it
    is, in order: every occurrence, as ``str.find`` would find them (a match spans its anchor alone,
    and the anchors of two occurrences never overlap)."""
    hits: list[tuple[int, str]] = []
    for pattern, tags in _FINDERS:
        for m in pattern.finditer(low):
            at, word = tags[m.lastindex or 0]
            hits.append((m.start() - at, word))
    hits.sort()
    return hits
