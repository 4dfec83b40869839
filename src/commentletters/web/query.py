"""User search text → a safe full-text query.

People type what they remember: ``non-GAAP "``, ``AND OR (``, ``ASC 606*``. Handing that to FTS5's
MATCH directly raises a syntax error (a 500), so the text is reduced to terms and quoted phrases,
and each is quoted for the backend. The user keeps three useful powers: "quoted phrases", a
trailing ``*`` for a prefix, and a leading ``-`` to exclude a term. Everything else is literal text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A quoted phrase (closing quote optional: an unbalanced quote runs to the end), or a bare word.
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# What FTS5's unicode61 tokenizer keeps as term characters; everything else separates terms.
_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_TERMS = 12


@dataclass(slots=True)
class Term:
    """One search term: a word or a phrase (its words in order)."""

    words: list[str]
    prefix: bool = False
    exclude: bool = False


@dataclass(slots=True)
class Query:
    """A parsed search: the terms every hit must match, and those it must not."""

    terms: list[Term] = field(default_factory=list)

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.exclude]

    def __bool__(self) -> bool:
        return bool(self.positive)

    def words(self) -> list[str]:
        """The words to highlight in snippets."""
        return [w for t in self.positive for w in t.words]


def parse_query(text: str) -> Query:
    """Split user text into terms. Never raises; an empty or all-punctuation query is empty."""
    terms: list[Term] = []
    for m in _TOKEN.finditer(text or ""):
        minus, phrase, bare = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                terms.append(Term(words, exclude=bool(minus)))
            continue
        exclude = bare.startswith("-") and len(bare) > 1
        prefix = bare.endswith("*")
        words = _WORD.findall(bare)
        if words:
            terms.append(Term(words, prefix=prefix and len(words) == 1, exclude=exclude))
    return Query(terms[:_MAX_TERMS])


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def to_fts5(query: Query) -> str:
    """The FTS5 MATCH expression: quoted phrases joined by AND, exclusions with NOT.

    A query with only exclusions matches nothing sensible in FTS5, so the caller checks ``bool(query)``.
    """
    parts: list[str] = []
    for term in query.positive:
        phrase = _quote(" ".join(term.words))
        parts.append(phrase + ("*" if term.prefix else ""))
    expr = " AND ".join(parts)
    for term in query.terms:
        if term.exclude:
            expr += " NOT " + _quote(" ".join(term.words))
    return expr


def to_websearch(query: Query) -> str:
    """The same query for PostgreSQL's ``websearch_to_tsquery`` (which never raises on any text)."""
    parts: list[str] = []
    for term in query.terms:
        text = " ".join(term.words)
        quoted = f'"{text}"' if len(term.words) > 1 else text
        parts.append(("-" if term.exclude else "") + quoted)
    return " ".join(parts)


def any_of(words: list[str]) -> str:
    """An FTS5 expression matching any of the words (for "similar comments")."""
    return " OR ".join(_quote(w) for w in words)
