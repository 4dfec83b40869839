"""The data model of a parsed letter: plain dataclasses, serialised as the Letter JSON.

The shape follows docs/ARCHITECTURE.md ("Letter JSON"). Fields a letter does not give are
``None`` or empty lists, never guessed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = (
    "staff_comments",
    "staff_review_complete",
    "staff_no_review",
    "staff_other",
    "company_response",
    "company_other",
)

# What a commitment sentence commits to: disclosure in filings to come (a promise, open until a
# filing keeps it), or a change made in a filing filed with the answer or before it (to be checked there).
COMMITMENT_KINDS = ("future", "made")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a letter's text as extracted.

    ``page`` counts from 1. ``furniture`` marks running headers, footers, confidential-treatment
    legends and template residue: kept in the record, left out of comment and answer text.
    ``emphasis`` is set when the source marks the whole line bold, italic or underlined (HTML).
    """

    text: str
    page: int = 1
    furniture: bool = False
    emphasis: bool = False


@dataclass(slots=True)
class Document:
    """A letter's text, as lines with page numbers, and where it came from."""

    lines: list[Line]
    format: str  # "pdf" | "html" | "text"
    pages: int = 1
    warnings: list[str] = field(default_factory=list)
    # views of ``lines`` one stage derived and the next reuses (the header's layout), by name;
    # each checks that ``lines`` is still the list it was derived from
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def text(self, *, furniture: bool = False) -> str:
        """The document's text, one line per line; furniture left out unless asked for."""
        return "\n".join(ln.text for ln in self.lines if furniture or not ln.furniture)


@dataclass(slots=True)
class Filing:
    """A filing named in the Re: block."""

    form: str
    period: str | None = None
    filed: str | None = None


@dataclass(slots=True)
class Person:
    name: str
    title: str | None = None


@dataclass(slots=True)
class Contact:
    name: str
    phone: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Comment:
    """A staff comment."""

    number: int
    text: str
    section: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    prior_comments: list[int] = field(default_factory=list)
    # Those of ``prior_comments`` that are comments of this same letter ("the preceding comment").
    same_letter_refs: list[int] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    page: int | None = None  # page of the letter where the comment starts


@dataclass(slots=True)
class Response:
    """A company's answer to one staff comment."""

    number: int
    text: str
    restated_comment: str | None = None
    commits_future_filing: bool = False
    commitments: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    redacted: bool = False
    page: int | None = None
    commitment_kinds: list[str] = field(default_factory=list)  # each commitment's kind (COMMITMENT_KINDS)


@dataclass(slots=True)
class WholeAnswer:
    """A company letter's answer given for the letter as a whole, not comment by comment.

    Some letters answer every comment of a staff letter in one unnumbered passage ("The Company
    confirms that it will enhance its disclosures ... to reflect the topics discussed in your
    letter") without restating or numbering them. ``comments`` holds the comment numbers the
    letter itself names ("Staff comments nos. 2 and 3"); empty when it names none, and then only
    the staff letter it answers can tell which comments those are (:mod:`core.pairing`).
    ``after_call`` says the opening answers questions raised in a call or meeting with the staff,
    not the staff letter's comments: such an answer is spread over no comments it does not name.
    """

    text: str
    comments: list[int] = field(default_factory=list)
    after_call: bool = False
    commits_future_filing: bool = False
    commitments: list[str] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    redacted: bool = False
    page: int | None = None
    commitment_kinds: list[str] = field(default_factory=list)  # each commitment's kind (COMMITMENT_KINDS)


@dataclass(slots=True)
class Letter:
    """A parsed letter."""

    source: str
    sha256: str
    kind: str
    subkind: str | None = None
    date: str | None = None
    responds_to: list[str] = field(default_factory=list)
    file_numbers: list[str] = field(default_factory=list)
    company: str | None = None
    addressee: Person | None = None
    filings_reviewed: list[Filing] = field(default_factory=list)
    signatories: list[Person] = field(default_factory=list)
    office: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    unnumbered: bool = False
    redactions: int = 0
    format: str | None = None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    whole_answer: WholeAnswer | None = None  # company letters that answer without numbered comments
    deferred: list[int] = field(default_factory=list)  # comments restated only to say their answer comes later

    def to_json(self) -> dict[str, Any]:
        """The Letter JSON object (plain dicts and lists)."""
        return asdict(self)
