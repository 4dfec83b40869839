"""Writing one parsed letter into the archive: its company, raw document, letter row, comments,
answers and authorities. Callers wrap each letter in one transaction (all or nothing)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..core.letters import Comment as CoreComment
from ..core.letters import Filing, Letter, Person, WholeAnswer
from ..core.letters import Response as CoreResponse
from ..core.version import parser_version
from . import models
from .sources import Source

UNKNOWN_COMPANY = "(company not named)"


def parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class RunCache:
    """Lookups one ingest run repeats from letter to letter (companies, raw documents, authorities).

    Valid because a run has a single writer; :meth:`rollback` forgets what the failed transaction
    added or changed, :meth:`commit` keeps it.
    """

    def __init__(self) -> None:
        self.companies: dict[tuple[str, str], models.Company] = {}
        self.raw: dict[str, int] = {}
        self.raw_absent: set[str] = set()  # looked up in bulk and not stored: no need to ask again
        self.authorities: dict[str, int] = {}
        self.company_ciks: dict[int, str | None] = {}  # of the companies letters were saved to
        # companies inserted, and stored ones whose names changed, in the current transaction
        self.new_companies: dict[int, models.Company] = {}
        self.renamed_companies: dict[int, models.Company] = {}
        self._added: list[tuple[dict[Any, Any], Any]] = []

    def remember(self, table: dict[Any, Any], key: Any, value: Any) -> None:
        table[key] = value
        self._added.append((table, key))

    def commit(self) -> None:
        self._added.clear()
        self.new_companies.clear()
        self.renamed_companies.clear()

    def rollback(self) -> None:
        for table, key in self._added:
            table.pop(key, None)
        self.commit()
        self.raw_absent.clear()

    def preload_raw(self, digests: list[str]) -> None:
        """Which of ``digests`` are already stored, in a few queries instead of one per letter."""
        for i in range(0, len(digests), 500):
            chunk = set(digests[i : i + 500])
            found = dict(models.RawDocument.objects.filter(sha256__in=chunk).values_list("sha256", "id"))
            self.raw.update(found)
            self.raw_absent.update(chunk - found.keys())


def find_company(source: Source, letter: dict[str, Any], cache: RunCache) -> models.Company:
    """The company by CIK when EDGAR gives one, else by the name the letter gives. A new one is
    inserted at once; new names of a stored one are saved by :func:`save_renamed_companies`."""
    name = source.company or letter.get("company") or UNKNOWN_COMPANY
    key = ("cik", source.cik) if source.cik else ("name", name.casefold())
    company = cache.companies.get(key)
    if company is None:
        found = models.Company.objects.filter(cik=source.cik).first() if source.cik else _named(name)
        company = found or models.Company(cik=source.cik or None, name=name)
        cache.remember(cache.companies, key, company)
    renamed = False
    for value, field in ((name, "names"), (letter.get("company"), "names"), (source.ticker, "tickers")):
        if value and value != UNKNOWN_COMPANY and value not in getattr(company, field):
            getattr(company, field).append(value)
            renamed = True
    if company.name == UNKNOWN_COMPANY and name != UNKNOWN_COMPANY:
        company.name, renamed = name, True
    if company.pk is None:
        company.save(force_insert=True)
        cache.remember(cache.new_companies, company.id, company)
    elif renamed and company.id not in cache.new_companies:
        cache.remember(cache.renamed_companies, company.id, company)
    if renamed:
        cache.remember(cache.companies, key, company)  # forgotten (reloaded) if this transaction rolls back
    cache.remember(cache.company_ciks, company.id, company.cik)  # forgotten with a rolled-back company
    return company


def _named(name: str) -> models.Company | None:
    """The stored company without a CIK whose name is ``name`` in any case. SQLite's case-blind
    comparison folds ASCII letters only ("SOCIÉTÉ" and "Société" differ there, not on PostgreSQL):
    a name with other letters is compared here, in Python, with the companies that have no CIK."""
    if name.isascii():
        return models.Company.objects.filter(cik__isnull=True, name__iexact=name).order_by("id").first()
    wanted = name.casefold()
    rows = models.Company.objects.filter(cik__isnull=True).order_by("id").values_list("id", "name")
    return next((models.Company.objects.get(id=i) for i, n in rows.iterator() if n.casefold() == wanted), None)


def save_renamed_companies(cache: RunCache) -> None:
    """The names :func:`find_company` added to stored companies in this transaction, one statement."""
    models.Company.objects.bulk_update(list(cache.renamed_companies.values()), ["name", "names", "tickers"])


def raw_rows(wanted: list[tuple[Source, str, int, str]], cache: RunCache) -> dict[str, int]:
    """sha256 -> id of the raw document rows for ``(source, sha256, size, path)``, new ones inserted
    in one statement (the caller's transaction makes it all-or-nothing)."""
    unknown = {sha for _, sha, _, _ in wanted if sha not in cache.raw and sha not in cache.raw_absent}
    if unknown:
        found = models.RawDocument.objects.filter(sha256__in=unknown).values_list("sha256", "id")
        for sha, pk in found:
            cache.remember(cache.raw, sha, pk)
    new: dict[str, models.RawDocument] = {}
    for source, sha, size, rel in wanted:
        if sha not in cache.raw and sha not in new:
            new[sha] = models.RawDocument(sha256=sha, size=size, filename=source.path.name[:300], path=rel)
    for row in models.RawDocument.objects.bulk_create(new.values()):
        cache.remember(cache.raw, row.sha256, row.id)
    return {sha: cache.raw[sha] for _, sha, _, _ in wanted}


def letter_fields(letter: dict[str, Any], requested: str | None) -> dict[str, Any]:
    """The letter row's columns that come from the parse (shared by ingest and reparse)."""
    return {
        "date": parse_date(letter.get("date")),
        "kind": letter.get("kind") or "staff_other",
        "subkind": letter.get("subkind") or "",
        "parser_version": parser_version(),
        "data": letter,
        "responds_to": letter.get("responds_to") or [],
        "file_numbers": letter.get("file_numbers") or [],
        "requested_date": parse_date(requested),
    }


@dataclass(slots=True)
class Fresh:
    """A letter about to be inserted, with its comments and answers: rows not saved yet, so that
    threading can set their review, round, statuses and links first and each row is written once."""

    row: models.Letter
    comments: list[models.Comment]
    answers: list[models.Answer]

    @property
    def data(self) -> dict[str, Any]:
        return self.row.data  # type: ignore[no-any-return]


def answer_sources(letter: dict[str, Any]) -> list[dict[str, Any]]:
    """What a letter's Answer rows are made from, in order: its responses; or, for a letter with none
    that answers the staff letter as a whole (``whole_answer``, not spread over the comments it
    answers: no staff letter of it is stored, or it answers questions asked on a call), that answer,
    as one row numbered :data:`models.WHOLE_LETTER` — so it is listed, searched and counted, and its
    commitments join the ledger, like any answer."""
    responses = letter.get("responses") or []
    whole = letter.get("whole_answer")
    if responses or not isinstance(whole, dict):
        return list(responses)
    return [{**whole, "number": models.WHOLE_LETTER, "restated_comment": ""}]


def fresh_letter(row: models.Letter) -> Fresh:
    """``row`` (unsaved) with its comments and answers built from its Letter JSON, in order."""
    letter = row.data
    comments = [
        models.Comment(
            letter=row,
            number=c["number"],
            position=pos,
            text=c.get("text") or "",
            section=c.get("section") or [],
            pages=c.get("pages") or [],
            asks=c.get("asks") or [],
            prior_comments=c.get("prior_comments") or [],
            page=c.get("page"),
        )
        for pos, c in enumerate(letter.get("comments") or [])
    ]
    answers = [
        models.Answer(
            letter=row,
            number=r["number"],
            position=pos,
            text=r.get("text") or "",
            restated_comment=r.get("restated_comment") or "",
            page=r.get("page"),
            commits_future_filing=bool(r.get("commits_future_filing")),
            redacted=bool(r.get("redacted")),
        )
        for pos, r in enumerate(answer_sources(letter))
    ]
    return Fresh(row, comments, answers)


def insert_fresh(letters: list[Fresh], cache: RunCache) -> None:
    """Insert the letters, then all their comments, then all their answers (which may name fresh
    comments), then their authority links: one statement each, whatever the number of letters."""
    models.Letter.objects.bulk_create([f.row for f in letters])
    _insert_parts(letters, [c for f in letters for c in f.comments], [a for f in letters for a in f.answers], cache)


def _insert_parts(letters: list[Fresh], comments: list[Any], answers: list[Any], cache: RunCache) -> None:
    """Insert ``comments`` and ``answers`` (those of ``letters`` not stored yet, answers last: they
    may name fresh comments), then the authority links of all the letters' comments and answers."""
    models.Comment.objects.bulk_create(comments)
    models.Answer.objects.bulk_create(answers)
    parsed_comments = [c for f in letters for c in f.data.get("comments") or []]
    parsed_answers = [r for f in letters for r in answer_sources(f.data)]
    _authorities({n for p in (*parsed_comments, *parsed_answers) for n in p.get("authorities") or []}, cache)
    every_comment = [c for f in letters for c in f.comments]
    every_answer = [a for f in letters for a in f.answers]
    _cite(models.Comment.authorities.through, "comment_id", every_comment, parsed_comments, cache)
    _cite(models.Answer.authorities.through, "answer_id", every_answer, parsed_answers, cache)


def save_parts(row: models.Letter, letter: dict[str, Any]) -> None:
    """Rewrite the comments and answers of the stored ``row`` from the Letter JSON (``reparse``, and
    re-threading that re-reads a stored letter's answers).

    A comment or answer the new reading still has — the same number, as often in the letter — keeps
    its row and id, updated in place: addresses such as ``/comments/N/similar/`` and the API's ids
    stay good across a reparse. The others are deleted, and new ones inserted. Links that threading
    sets (answers to comments, follow-ups, statuses, commitments) are set again by the re-threading
    that follows."""
    row.data = letter
    fresh = fresh_letter(row)
    _take_ids(fresh.comments, row.comments.all())
    _take_ids(fresh.answers, row.answers.all())
    models.Comment.authorities.through.objects.filter(comment__letter=row).delete()
    models.Answer.authorities.through.objects.filter(answer__letter=row).delete()
    models.Comment.objects.bulk_update([c for c in fresh.comments if c.pk], _COMMENT_COLUMNS)
    models.Answer.objects.bulk_update([a for a in fresh.answers if a.pk], _ANSWER_COLUMNS)
    _insert_parts([fresh], [c for c in fresh.comments if not c.pk], [a for a in fresh.answers if not a.pk], RunCache())


# The columns of a comment and of an answer that come from the parse (see :func:`fresh_letter`).
_COMMENT_COLUMNS = ["number", "position", "text", "section", "pages", "asks", "prior_comments", "page"]
_ANSWER_COLUMNS = ["number", "position", "text", "restated_comment", "page", "commits_future_filing", "redacted"]


def _take_ids(rows: list[Any], stored: Any) -> None:
    """Give each of ``rows`` (unsaved comments or answers of one letter, in order) the id of the stored
    row with its number and the same rank among the rows with that number; delete the stored rows
    left over."""
    free: dict[int, deque[int]] = defaultdict(deque)
    for pk, number in stored.order_by("position").values_list("id", "number"):
        free[number].append(pk)
    for row in rows:
        if free[row.number]:
            row.pk = free[row.number].popleft()
    left = [pk for ids in free.values() for pk in ids]
    if left:
        stored.model.objects.filter(pk__in=left).delete()


def _authorities(names: set[str], cache: RunCache) -> None:
    """The ids of the authorities ``names`` in ``cache.authorities``: those not stored yet inserted
    (ON CONFLICT DO NOTHING / INSERT OR IGNORE), then all the missing ids read."""
    missing = {n[:300] for n in names} - cache.authorities.keys()
    if missing:
        models.Authority.objects.bulk_create([models.Authority(name=n) for n in missing], ignore_conflicts=True)
        for name, pk in models.Authority.objects.filter(name__in=missing).values_list("name", "id"):
            cache.remember(cache.authorities, name, pk)


def _cite(through: Any, column: str, rows: list[Any], parsed: list[dict[str, Any]], cache: RunCache) -> None:
    """Authority links for freshly inserted rows (their authorities known), in one insert."""
    known = cache.authorities
    links = {(row.id, known[n[:300]]) for row, p in zip(rows, parsed, strict=True) for n in p.get("authorities") or []}
    if links:
        through.objects.bulk_create(through(**{column: r, "authority_id": a}) for r, a in links)


def letter_from_json(data: dict[str, Any]) -> Letter:
    """A :class:`Letter` back from its stored JSON (fields unknown to this version are ignored)."""

    def pick(cls: type, values: dict[str, Any]) -> dict[str, Any]:
        names = {f.name for f in dataclasses.fields(cls)}
        return {k: v for k, v in values.items() if k in names}

    fields = pick(Letter, data)
    fields["comments"] = [CoreComment(**pick(CoreComment, c)) for c in data.get("comments") or []]
    fields["responses"] = [CoreResponse(**pick(CoreResponse, r)) for r in data.get("responses") or []]
    fields["filings_reviewed"] = [Filing(**pick(Filing, f)) for f in data.get("filings_reviewed") or []]
    fields["addressee"] = Person(**pick(Person, data["addressee"])) if data.get("addressee") else None
    fields["signatories"] = [Person(**pick(Person, p)) for p in data.get("signatories") or []]
    whole = data.get("whole_answer")
    fields["whole_answer"] = WholeAnswer(**pick(WholeAnswer, whole)) if whole else None
    fields.pop("contacts", None)
    return Letter(**fields)


def source_name(path: Path) -> str:
    return str(path)[:1000]
