"""Where an answer's commitments can be: the cue words every commitment holds, found over the whole answer.

A commitment needs a modal, a proposal, a change made or a filing made now, and each of those opens
with one of a few dozen words (:data:`commitments._CUE`). Read as one alternation, the engine tries
those words at every other character of a long answer. Most of them end in "ed", a literal the
engine skips to; each other word holds a letter few words hold. Found from there, a word is checked
behind its anchor only, a few times faster. The anchor stands at most :data:`CUE_REACH` characters
after the word's start, within the word (so within its sentence).
"""

from __future__ import annotations

import re

ED_WORDS = (
    "added", "amended", "clarified", "conformed", "corrected", "deleted", "disaggregated", "disclosed", "enhanced",
    "expanded", "filed", "included", "inserted", "modified", "presented", "provided", "reflected", "removed",
    "renamed", "replaced", "restated", "retitled", "revised", "reworded", "supplemented", "updated",
)  # fmt: skip
# The other cue words, each from a letter few words hold: agree, filing, commit, intend, plan, propos,
# recast, set forth, shall, submit, undertak, will, would (every modal's first word among them).
OTHER_WORDS = (
    "agree", "filing", "commit", "intend", "plan", "propos", "recast", "set forth", "shall", "submit", "undertak",
    "will", "would",
)  # fmt: skip
_OTHER = re.compile(
    r"g(?:(?<=ag)ree|(?<=filing))|m(?<=com)mit|d(?<=intend)|p(?:lan|ropos)|c(?<=rec)ast|f(?<=set f)orth"
    r"|h(?<=sh)all|b(?<=sub)mit|k(?<=undertak)|w(?:ill|ould)"
)
CUE_REACH = len("disaggregated") - len("ed")  # the farthest an anchor stands from its word's start


def ending_in_ed(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whether one of ``words`` (each ending in "ed") ends here, read from its "ed": a match starts at the
    "ed", its word is checked behind it, grouped by the letter before the "ed"."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[-3], []).append(word)
    groups = (f"(?<={c}ed)(?:{'|'.join(f'(?<={w})' for w in ws)})" for c, ws in by_letter.items())
    return re.compile("ed(?:" + "|".join(groups) + ")")


_ED = ending_in_ed(ED_WORDS)


class CueFinder:
    """The anchors of the cue words of one lower-cased answer, asked for from increasing positions.

    The next anchor of each pattern is kept until asked for from beyond it (None: there is none).
    """

    __slots__ = ("low", "_ed", "_other")

    def __init__(self, low: str) -> None:
        self.low = low
        self._ed: int | None = -1
        self._other: int | None = -1

    def next_from(self, pos: int) -> int | None:
        """The first anchor at or after ``pos`` (its word starts at most CUE_REACH before it)."""
        if self._ed is not None and self._ed < pos:
            m = _ED.search(self.low, pos)
            self._ed = m.start() if m else None
        if self._other is not None and self._other < pos:
            m = _OTHER.search(self.low, pos)
            self._other = m.start() if m else None
        if self._ed is None or self._other is None:
            return self._other if self._ed is None else self._ed
        return min(self._ed, self._other)

    def other_before(self, end: int) -> bool:
        """Whether one of :data:`OTHER_WORDS` is anchored before ``end``, from where the last anchor was
        asked for on."""
        return self._other is not None and self._other < end
