"""The one process that writes during an ingest: each parsed file into the database, each letter in
its own transaction (all or nothing), and the per-file outcome records.

What repeats from letter to letter — the letters already stored, companies, raw documents,
authorities — is looked up once per run and kept in :class:`records.RunCache`: only this process
writes during an ingest, so what it read or wrote earlier stays true, and what it added inside a
transaction that rolled back is forgotten with it. The files found unchanged are recorded in one
bulk insert, not one transaction each.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction

from . import models, records
from .search_later import reindex_once
from .sources import Source
from .worker import Parsed

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

    @property
    def files(self) -> int:
        return self.added + self.new_versions + self.unchanged + self.failed

    def summary(self) -> str:
        return (
            f"{self.files} files: {self.added} added, {self.new_versions} new versions, "
            f"{self.unchanged} unchanged, {self.failed} failed ({self.seconds:.1f}s)"
        )


def letter_key(source: Source, digest: str) -> str:
    return source.key or f"sha256:{digest}"


class Writer:
    """Saves the files of one ingest run; see the module docstring."""

    def __init__(self, run: models.IngestRun, report: IngestReport) -> None:
        self.run, self.report = run, report
        self.cache = records.RunCache()
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

    def triage(self, sources: Sequence[Source]) -> list[tuple[Source, str]]:
        """The sources to parse, with their digests; the unchanged and unreadable ones are recorded."""
        to_parse: list[tuple[Source, str]] = []
        unchanged: list[models.IngestFile] = []
        for source in sources:
            try:
                digest = hashlib.sha256(source.path.read_bytes()).hexdigest()
            except OSError as exc:
                self.record_failure(source, "", "not_readable", exc.strerror or str(exc))
                continue
            stored = self.stored.get(letter_key(source, digest))
            if stored is not None and stored[0] == digest:
                unchanged.append(self._outcome(source, digest, "unchanged", None))
                self._count("unchanged")
            else:
                to_parse.append((source, digest))
        models.IngestFile.objects.bulk_create(unchanged, batch_size=500)
        self.cache.preload_raw([digest for _, digest in to_parse])
        return to_parse

    def save(self, source: Source, parsed: Parsed) -> set[int]:
        """Store one parsed file in its own transaction; returns the company ids whose threads changed."""
        if parsed.letter is None or parsed.raw_path is None or parsed.sha256 is None:
            self.record_failure(source, parsed.sha256 or "", parsed.code or "failed", parsed.message or "")
            return set()
        key = letter_key(source, parsed.sha256)
        try:
            with transaction.atomic(), reindex_once(flush_at_end=False):  # its company's re-threading flushes
                outcome, company_id, changed = self._save(key, source, parsed)
        except DatabaseError as exc:
            self.cache.rollback()
            self.record_failure(source, parsed.sha256, "store_error", str(exc))
            return set()
        self.cache.commit()
        self._count(outcome)
        if company_id is not None:
            self.stored[key] = (parsed.sha256, company_id)
        return changed

    def _save(self, key: str, source: Source, parsed: Parsed) -> tuple[str, int | None, set[int]]:
        assert parsed.letter is not None and parsed.raw_path is not None and parsed.sha256 is not None
        previous = None
        if key in self.stored:  # known before this run or saved earlier in it
            previous = models.Letter.objects.select_for_update().filter(key=key, current=True).first()
        if previous is not None and self.stored[key][0] == parsed.sha256:
            self._record(source, parsed.sha256, "unchanged", previous)
            return "unchanged", None, set()
        raw_id = records.raw_row(source, parsed.sha256, parsed.size or 0, parsed.raw_path, self.cache)
        company = records.find_company(source, parsed.letter, self.cache)
        if previous is not None:
            models.Letter.objects.filter(pk=previous.pk).update(current=False)
        row = models.Letter.objects.create(
            key=key,
            version=previous.version + 1 if previous else 1,
            accession=source.accession,
            form=source.form or "",
            edgar_filed=records.parse_date(source.filing_date),
            company=company,
            raw_id=raw_id,
            source=records.source_name(source.path),
            **records.letter_fields(parsed.letter, parsed.requested_date),
        )
        records.save_parts(row, parsed.letter, fresh=True, cache=self.cache)
        outcome = "new_version" if previous else "added"
        self._record(source, parsed.sha256, outcome, row)
        return outcome, company.id, {company.id} | ({previous.company_id} if previous else set())

    def _count(self, outcome: str) -> None:
        counter = _COUNTERS[outcome]
        setattr(self.report, counter, getattr(self.report, counter) + 1)

    def _outcome(self, source: Source, sha: str, outcome: str, row: models.Letter | None) -> models.IngestFile:
        key = letter_key(source, sha) if sha else ""
        return models.IngestFile(run=self.run, path=records.source_name(source.path), sha256=sha, key=key,
                                 outcome=outcome, letter=row)  # fmt: skip

    def _record(self, source: Source, sha: str, outcome: str, row: models.Letter | None) -> None:
        self._outcome(source, sha, outcome, row).save(force_insert=True)

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
