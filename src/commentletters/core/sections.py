"""The headings in force above each comment, outermost first, as a letter's heading blocks come.

A staff letter prints only the headings that change: "Form 10-K... / Notes to the Financial
Statements / Note 2 - Revenue, page 35" above one comment, then just "Note 5 - Leases, page 40"
above a later one, which still falls under the form and the notes. So a block of headings
between two comments takes the place of as many levels as it has lines, counted from the
innermost, and keeps the levels above. Where that count would put the block at the wrong depth,
the block's first heading says where it belongs:

- a form heading ("Form 10-K for the Fiscal Year...", "Amendment No. 1 to Registration Statement
  on Form S-4") starts afresh;
- a major caption of a filing, one of the parts every filing of the kind has (an "Item 7." or
  "Part II" caption, "Management's Discussion and Analysis", "Notes to the Financial Statements",
  the captions of Regulation S-K's items in a prospectus or of Form 20-F's items, the parts of a
  merger proxy statement/prospectus: "The Merger", "Material U.S. Federal Income Tax
  Consequences"), sits right under the form heading;
- a heading seen before as an outer heading goes back to the level it had;
- a heading numbered like one in force ("Note 21. Taxation" after "Note 1. Organization",
  "Item 8" after "Item 7", "(c)" after "(a)") is that heading's sibling; the first note numbered
  where financial statements are in force ("Note 2. ..." after "Financial Statements" /
  "Consolidated Statements of Income, page 79", or after "Item 8. Financial Statements") is part of
  them: it goes right under them;
- a block whose page moves to another series of page numbers ("page F-32" after "page 27": the
  financial statements of a registration statement or annual report) leaves the part it was in;
- a financial statement's own caption ("Consolidated Statements of Income, page 35") is no part of
  a major caption other than the financial statements or their notes: it leaves it ("Management's
  Discussion and Analysis" above "Liquidity and Capital Resources, page 25");
- and a single unnumbered caption that is not a major one does not take a major caption's place: it
  goes under it ("Prospectus Summary, page 1" then "Our Company, page 1"; but "Note 9, page 57"
  after "Management's Discussion and Analysis, page 23" replaces it).
An exhibit named right under the form heading ("Exhibit 99.1 Information Statement") is the
document reviewed within the filing, so it stays in force with the form heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .headings import LABEL, is_form_heading, names_registrant, page_refs, without_page

_EXHIBIT = re.compile(r"^Exhibits?\s+\d{1,3}(?:\.\d{1,3})?\b(?!.*\bpages?\s)", re.I)
_NUMBERED_PART = re.compile(r"^(?:Item|Part)\s+(?:\d{1,2}[A-Z]?|[IVX]{1,4})\b", re.I)
_MAJOR = re.compile(
    r"^(?:Notes?\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}Financial\s+Statements"
    r"|Management['’]s\s+Discussion\s+and\s+Analysis\b.*"
    # Regulation S-K's items as a prospectus or an annual report captions them, and Form 20-F's.
    r"|(?:Prospectus\s+)?Summary|Risk\s+Factors|Use\s+of\s+Proceeds|Capitalization|Dilution"
    r"|Selected\s+(?:Consolidated\s+)?Financial\s+Data|Business|Properties|Legal\s+Proceedings|Management"
    r"|Executive\s+Compensation|Certain\s+Relationships\s+and\s+Related\s+(?:Party\s+)?Transactions.*"
    r"|Principal\s+(?:and\s+Selling\s+)?(?:Stockholders|Shareholders)|Security\s+Ownership\s+of\s+Certain.*"
    r"|Description\s+of\s+(?:Capital\s+Stock|Securities|Share\s+Capital)|Underwriting|Plan\s+of\s+Distribution"
    r"|Legal\s+Matters|Experts|(?:Consolidated\s+|Combined\s+)?Financial\s+Statements"
    r"|Exhibits(?:\s+and\s+Financial\s+Statement\s+Schedules)?|Signatures|Controls\s+and\s+Procedures"
    r"|Unresolved\s+Staff\s+Comments|Quantitative\s+and\s+Qualitative\s+Disclosures?\s+About\s+Market\s+Risk"
    r"|Key\s+Information|Information\s+on\s+the\s+Company|Operating\s+and\s+Financial\s+Review\s+and\s+Prospects"
    r"|Directors,?\s+Senior\s+Management\s+and\s+Employees|Major\s+Shareholders.*|Financial\s+Information"
    # the parts of a merger proxy statement/prospectus (Form S-4)
    r"|The\s+(?:Merger|Mergers|Transactions?|Business\s+Combination)"
    r"|The\s+Merger\s+Agreement|Material\s+U\.?S\.?\s+Federal\s+Income\s+Tax\s+(?:Consequences|Considerations)\b.*"
    r"|Comparison\s+of\s+(?:the\s+)?(?:Rights\s+of\s+)?(?:Stockholders|Shareholders)['’]?(?:\s+Rights)?"
    r"|Additional\s+Information|Unaudited\s+Pro\s+Forma\s+(?:[A-Z][\w-]*\s+){0,4}Financial\s+(?:Information|Statements|Data))$",
    re.I,
)
# A financial statement's own caption ("Consolidated Statements of Income", "Balance Sheets").
_STATEMENT = re.compile(
    r"^(?:(?:Consolidated|Combined|Condensed)\s+){0,2}(?:Statements?\s+of\s+|Balance\s+Sheets?\b)", re.I
)
# The major captions a financial statement's caption is part of (the statements, their notes).
_HOLDS_STATEMENTS = re.compile(r"\bFinancial\s+(?:Statements|Information)\b|^Item\s+8\b|^Part\s+I\b(?!I)", re.I)
# How a caption is numbered: "Note 21." / "Item 7:" / "Part II" / "(c)" / "c." / "6." (the word, or the form).


_SERIES = re.compile(r"[A-Za-z]{0,2}")  # the letters before a page number ("F" of "F-19")


@lru_cache(maxsize=4096)  # (read again for every later block while the heading is in force)
def is_major_caption(heading: str) -> bool:
    """One of the parts every filing of its kind has, placed right under the form heading."""
    name = without_page(heading.strip()).strip(" .:")
    return bool(_NUMBERED_PART.match(name) or _MAJOR.match(name))


@lru_cache(maxsize=4096)
def label_kind(heading: str) -> str | None:
    """How the heading is numbered ("note", "item", "letter", "number"), None when it is not."""
    match = LABEL.match(heading.strip())
    if not match:
        return None
    return (match["word"] or "").lower() or match.lastgroup


@lru_cache(maxsize=4096)
def _key(heading: str) -> str:
    """How a heading is compared with those seen before (read again for each later block: kept)."""
    return " ".join(heading.split()).lower().replace("’", "'")


@dataclass(slots=True)
class Sections:
    """The headings in force; feed it each block of headings in letter order."""

    forms: list[str] = field(default_factory=list)  # the form headings in force
    levels: list[str] = field(default_factory=list)  # the headings under them, outermost first
    outer_seen: dict[str, int] = field(default_factory=dict)  # heading -> level where it was an outer one

    @property
    def section(self) -> list[str]:
        return self.forms + self.levels

    def add(self, block: list[str]) -> list[str]:
        """The section after a new block of headings (one heading a line, outermost first)."""
        # (a registrant's name over the form heading names whose filing it is: "Baker Hughes, Inc." / "Form 10-K ...")
        lead = 1 if len(block) > 1 and names_registrant(block[0]) and is_form_heading(block[1]) else 0
        while lead < len(block) and is_form_heading(block[lead]):
            lead += 1
        while lead and lead < len(block) - 1 and _EXHIBIT.match(block[lead]):  # the document within the filing
            lead += 1
        if lead:
            self.forms, self.levels = block[:lead], list(block[lead:])
        elif block:
            level = self._level_of(block)
            if level is None:
                level = max(0, len(self.levels) - len(block))
                if level == 0 and self._goes_under_major(block):
                    level = 1
            self.levels = self.levels[:level] + list(block)
        for depth, heading in enumerate(self.levels[:-1]):
            self.outer_seen.setdefault(_key(heading), depth)
        return self.section

    def _goes_under_major(self, block: list[str]) -> bool:
        """A single unnumbered caption after a major caption alone is a part of it."""
        if len(block) != 1 or label_kind(block[0]) is not None:
            return False
        return bool(self.levels) and is_major_caption(self.levels[0])

    def _leaves_major(self, heading: str) -> bool:
        """A financial statement's caption under a major caption that holds no financial statements."""
        if not self.levels or not _STATEMENT.match(heading.strip()):
            return False
        outer = self.levels[0]
        return is_major_caption(outer) and not _HOLDS_STATEMENTS.search(outer)

    def _level_of(self, block: list[str]) -> int | None:
        """The level the block's first heading (or its pages) says it belongs at, if it says."""
        heading = block[0]
        if is_major_caption(heading) or self._leaves_major(heading):
            return 0
        key = _key(heading)
        if key in self.outer_seen:
            return min(self.outer_seen[key], len(self.levels))
        kind = label_kind(heading)
        if kind:
            for depth, current in enumerate(self.levels):
                if label_kind(current) == kind:
                    return depth
            if kind == "note":  # the first note: part of the financial statements in force, under them
                for depth, current in enumerate(self.levels):
                    if is_major_caption(current) and _HOLDS_STATEMENTS.search(current):
                        return depth + 1
        before = _page_series(self.levels[-1]) if self.levels else None
        after = _page_series(block[-1])
        if before is not None and after is not None and before != after:
            return 0
        return None


def _page_series(heading: str) -> str | None:
    """The series of the page a heading cites: "" for plain numbers, "F" for "page F-19"; None if none."""
    refs = page_refs(heading)
    if not refs:
        return None
    match = _SERIES.match(refs[0])
    return match.group(0).upper() if match else ""
