"""User search text → a safe full-text query.

People type what they remember: ``non-GAAP "``, ``AND OR (``, ``ASC 606*``. Handing that to FTS5's
MATCH directly raises a syntax error (a 500), so the text is reduced to terms and quoted phrases,
and each is quoted for the backend. The user keeps three useful powers: "quoted phrases", a
trailing ``*`` for a prefix, and a leading ``-`` to exclude a term. Everything else is literal text.
Curly quotes (“…”) mark a phrase as straight ones do: a phrase copied from a letter keeps its quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A quoted phrase (closing quote optional: an unbalanced quote runs to the end), or a bare word.
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# What FTS5's unicode61 tokenizer keeps as term characters; everything else separates terms.
_WORD = re.compile(r"\w+", re.UNICODE)
_MAX_TERMS = 12
# Typographic double quotes (pasted from a letter or a word processor) mark a phrase too.
_QUOTES = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb", '"'))
# Words too common to search for alone (the Snowball English list, which PostgreSQL's "english"
# configuration also drops): "revenue and tax" means revenue, tax. A phrase keeps them ("cost of sales").
STOP_WORDS = frozenset(
    {
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "did",
        "do",
        "does",
        "doing",
        "don",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "s",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
    }
)


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
    ignored: list[str] = field(default_factory=list)  # stop words typed alone, left out

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.exclude]

    def __bool__(self) -> bool:
        return bool(self.positive)

    def words(self) -> list[str]:
        """The words to highlight in snippets."""
        return [w for t in self.positive for w in t.words]


def parse_query(text: str) -> Query:
    """Split user text into terms. Never raises; an empty or all-punctuation query is empty, and so
    is one of stop words only (``AND OR (``), which then lists them in ``ignored``."""
    terms: list[Term] = []
    ignored: list[str] = []
    for m in _TOKEN.finditer((text or "").translate(_QUOTES)):
        minus, phrase, bare = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            term = Term(_WORD.findall(phrase), exclude=bool(minus))
        else:
            words = _WORD.findall(bare)
            term = Term(
                words, prefix=bare.endswith("*") and len(words) == 1, exclude=bare.startswith("-") and len(bare) > 1
            )
        if len(term.words) == 1 and not term.prefix and term.words[0].lower() in STOP_WORDS:
            ignored.append(term.words[0])
        elif term.words:
            terms.append(term)
    return Query(terms[:_MAX_TERMS], ignored)


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
