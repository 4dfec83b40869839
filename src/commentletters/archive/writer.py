"""The one process that writes during an ingest: the parsed files into the database, and the
per-file outcome records.

Parsed letters are buffered and written together, one transaction per flush (all or nothing). The
ingest flushes as soon as a company's last file has arrived, so that the company is re-threaded in
that same transaction and its new rows are inserted once, with their final review, round, statuses
and links — not inserted and then rewritten by the re-threading (on PostgreSQL every rewrite of a
comment or answer recomputes its search vector and index entries; on both, each statement and
commit costs). A buffer that reaches :data:`FLUSH_AT` letters is flushed anyway (its companies are
re-threaded later). Should a flush fail, its letters are written again one by one, each in its own
transaction, so that a bad letter is recorded as failed and the others are kept.

What repeats from letter to letter — the letters already stored, companies, raw documents,
authorities — is looked up once per run and kept in :class:`records.RunCache`: only this process
writes during an ingest, so what it read or wrote earlier stays true, and what it added inside a
transaction that rolled back is forgotten with it. The files found unchanged are recorded in one
bulk insert, not one transaction each.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction

from . import models, records, search_later, storage
from .search_later import reindex_once
from .sources import Source
from .threading import rethread, rethread_companies
from .worker import Parsed

# Letters buffered at most before a flush, whether or not their companies are complete.
FLUSH_AT = 64
_COUNTERS = {"added": "added", "new_version": "new_versions", "unchanged": "unchanged"}


@dataclass(slots=True)
class IngestReport:
    run_id: int
    added: int = 0
    new_versions: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (path, code, message)
    seconds: float = 0.0
    stale_note: str | None = None  # letters other parser versions read, if any (``stale.Stale.note``)

    @property
    def files(self) -> int:
        return self.added + self.new_versions + self.unchanged + self.failed

    def summary(self) -> str:
        return (
            f"{self.files} files: {self.added} added, {self.new_versions} new versions, "
            f"{self.unchanged} unchanged, {self.failed} failed ({self.seconds:.1f}s)"
        )


def digest(source: Source) -> str | OSError:
    """The sha256 of the source's bytes, or why they cannot be read. Taken as the file streams: a
    file of gigabytes (which the parser then refuses as too large) is not held in memory here."""
    try:
        with source.path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as exc:
        return exc


def letter_key(source: Source, digest: str) -> str:
    return source.key or f"sha256:{digest}"


def _always(company_id: int) -> bool:
    return True


@dataclass(slots=True)
class _Entry:
    """A parsed letter waiting in the buffer."""

    source: Source
    parsed: Parsed
    key: str


@dataclass(slots=True)
class _Done:
    """What one transaction wrote: (entry, outcome, company id) per file, the companies whose
    letters changed, and those re-threaded in it."""

    outcomes: list[tuple[_Entry, str, int | None]] = field(default_factory=list)
    changed: set[int] = field(default_factory=set)
    threaded: set[int] = field(default_factory=set)


class Writer:
    """Saves the files of one ingest run; see the module docstring."""

    def __init__(self, run: models.IngestRun, report: IngestReport) -> None:
        self.run, self.report = run, report
        self.cache = records.RunCache()
        self.buffer: list[_Entry] = []
        self.unthreaded: set[int] = set()  # companies whose letters changed, not re-threaded since
        self.ready: Callable[[int], bool] = _always  # whether a company has no more files to come
        # key -> (sha256, company id) of each current letter, known before this run or saved in it
        self.stored: dict[str, tuple[str, int]] = {
            key: (sha, company)
            for key, sha, company in models.Letter.objects.filter(current=True).values_list(
                "key", "raw__sha256", "company_id"
            )
        }

    @contextmanager
    def quick_commits(self) -> Iterator[None]:
        """On PostgreSQL, commits that do not wait for the server's disk flush, for this run only.

        The same trade as SQLite's WAL with synchronous=NORMAL: a committed letter survives the
        ingest being killed (SIGKILL included) and the database stays consistent; only a crash of
        the server's machine may lose the last fraction of a second of commits — which the next run
        then stores again, being idempotent. It spares one disk flush per letter.
        """
        if connection.vendor != "postgresql":
            yield
            return
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")

    def triage(self, hashed: Sequence[tuple[Source, str | OSError]]) -> list[tuple[Source, str]]:
        """The sources to parse, with their digests (from :func:`digest`); the unchanged and
        unreadable ones are recorded."""
        to_parse: list[tuple[Source, str]] = []
        unchanged: list[models.IngestFile] = []
        for source, digest in hashed:
            if isinstance(digest, OSError):
                self.record_failure(source, "", "not_readable", digest.strerror or str(digest))
                continue
            stored = self.stored.get(letter_key(source, digest))
            if stored is not None and stored[0] == digest:
                _keep_original(source, digest)
                unchanged.append(self._outcome(source, digest, "unchanged", None))
                self._count("unchanged")
            else:
                to_parse.append((source, digest))
        models.IngestFile.objects.bulk_create(unchanged, batch_size=500)
        self.cache.preload_raw([digest for _, digest in to_parse])
        return to_parse

    def add(self, source: Source, parsed: Parsed, *, company_complete: bool) -> None:
        """Buffer one parsed file (a failed one is recorded at once); flush when the file was the
        last of its company (``company_complete``) or the buffer is full."""
        if parsed.letter is None or parsed.raw_path is None or parsed.sha256 is None:
            self.record_failure(source, parsed.sha256 or "", parsed.code or "failed", parsed.message or "")
            return
        key = letter_key(source, parsed.sha256)
        if any(entry.key == key for entry in self.buffer):  # the same key twice: the first one is stored first
            self.flush()
        self.buffer.append(_Entry(source, parsed, key))
        if company_complete or len(self.buffer) >= FLUSH_AT:
            self.flush()

    def finish(self) -> None:
        """Flush what is left and re-thread every company not re-threaded yet."""
        self.ready = _always
        self.flush()
        self._rethread_ready()

    def flush(self) -> None:
        """Write the buffered letters in one transaction, re-threading there the companies they
        changed (or earlier ones changed) that :attr:`ready` says have no more files to come."""
        entries, self.buffer = self.buffer, []
        if not entries:
            return
        try:
            done = self._transaction(entries, thread=True)
        except DatabaseError:
            self.cache.rollback()
        else:
            self._settle(done)
            return
        for entry in entries:  # one by one, to keep all but the letter that fails
            try:
                done = self._transaction([entry], thread=False)
            except DatabaseError as exc:
                self.cache.rollback()
                self.record_failure(entry.source, entry.parsed.sha256 or "", "store_error", str(exc))
            else:
                self._settle(done)
        self._rethread_ready()

    def _transaction(self, entries: list[_Entry], *, thread: bool) -> _Done:
        with transaction.atomic(), reindex_once(flush_at_end=False):
            done = self._write(entries, thread=thread)
            if not (self.unthreaded | done.changed) - done.threaded:
                search_later.flush()  # every changed row is in its final state: index it now
        return done

    def _settle(self, done: _Done) -> None:
        """After a commit: count the outcomes, remember the letters stored."""
        self.cache.commit()
        for entry, outcome, company_id in done.outcomes:
            self._count(outcome)
            if company_id is not None:
                self.stored[entry.key] = (entry.parsed.sha256 or "", company_id)
        self.unthreaded = (self.unthreaded | done.changed) - done.threaded

    def _rethread_ready(self) -> None:
        """Re-thread, one transaction each, the companies left unthreaded that are now ready."""
        ready = sorted(c for c in self.unthreaded if self.ready(c))
        rethread_companies(ready)
        self.unthreaded.difference_update(ready)

    def _write(self, entries: list[_Entry], *, thread: bool) -> _Done:
        raws = [(e.source, e.parsed.sha256 or "", e.parsed.size or 0, e.parsed.raw_path or "") for e in entries]
        raw_ids = records.raw_rows(raws, self.cache)
        done = _Done()
        fresh: dict[int, list[records.Fresh]] = {}
        companies: dict[int, models.Company] = {}
        files: list[models.IngestFile] = []
        for e in entries:
            parsed, source = e.parsed, e.source
            assert parsed.letter is not None and parsed.sha256 is not None
            previous = None
            if e.key in self.stored:  # known before this run or saved earlier in it
                previous = models.Letter.objects.select_for_update().filter(key=e.key, current=True).first()
            if previous is not None and self.stored[e.key][0] == parsed.sha256:
                files.append(self._outcome(source, parsed.sha256, "unchanged", previous))
                done.outcomes.append((e, "unchanged", None))
                continue
            company = records.find_company(source, parsed.letter, self.cache)
            companies[company.id] = company
            if previous is not None:
                models.Letter.objects.filter(pk=previous.pk).update(current=False)
                done.changed.add(previous.company_id)
            row = models.Letter(
                key=e.key,
                version=previous.version + 1 if previous else 1,
                accession=source.accession,
                form=source.form or "",
                edgar_filed=records.parse_date(source.filing_date),
                company=company,
                raw_id=raw_ids[parsed.sha256],
                source=records.source_name(source.path),
                **records.letter_fields(parsed.letter, parsed.requested_date),
            )
            fresh.setdefault(company.id, []).append(records.fresh_letter(row))
            done.changed.add(company.id)
            outcome = "new_version" if previous else "added"
            files.append(self._outcome(source, parsed.sha256, outcome, row))
            done.outcomes.append((e, outcome, company.id))
        records.save_renamed_companies(self.cache)
        if thread:
            done.threaded = {c for c in self.unthreaded | done.changed if self.ready(c)}
        for company_id in sorted(done.threaded):
            company = companies.get(company_id) or models.Company.objects.get(pk=company_id)
            rethread(company, fresh.pop(company_id, []), self.cache)
        records.insert_fresh([f for group in fresh.values() for f in group], self.cache)
        models.IngestFile.objects.bulk_create(files)
        return done

    def _count(self, outcome: str) -> None:
        counter = _COUNTERS[outcome]
        setattr(self.report, counter, getattr(self.report, counter) + 1)

    def _outcome(self, source: Source, sha: str, outcome: str, row: models.Letter | None) -> models.IngestFile:
        key = letter_key(source, sha) if sha else ""
        return models.IngestFile(run=self.run, path=records.source_name(source.path), sha256=sha, key=key,
                                 outcome=outcome, letter=row)  # fmt: skip

    def record_failure(self, source: Source, sha: str, code: str, message: str) -> None:
        models.IngestFile.objects.create(
            run=self.run,
            path=records.source_name(source.path),
            sha256=sha,
            key=source.key or "",
            outcome="failed",
            code=code[:40],
            message=message[:500],
        )
        self.report.failed += 1
        self.report.failures.append((str(source.path), code, message))


def _keep_original(source: Source, digest: str) -> None:
    """Store an unchanged letter's bytes where this data folder lacks them: on a team's archive (one
    PostgreSQL database, a data folder per machine) the machine that ingested the letter first holds
    them; ingesting the same files on another machine puts them in its folder too, unparsed."""
    rel = storage.relative_path(digest, source.path.suffix)
    if not (storage.data_dir() / rel).is_file():
        with suppress(OSError):  # (the letter stays stored; its page says the original is elsewhere)
            storage.store_bytes(source.path.read_bytes(), digest, source.path.suffix)
