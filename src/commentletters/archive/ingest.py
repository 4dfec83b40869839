"""The ingest service: find documents → parse (a process pool) → save each letter (one transaction)
→ re-thread the companies touched. Read it top to bottom in :func:`ingest_paths`.

Idempotent by EDGAR accession (or sha256 for a file without one): a document already stored with
the same bytes is skipped before parsing, so a second run adds and changes nothing; different bytes
under the same accession become a new version, the old one kept. Each letter is committed on its
own, so a run killed at any point (even SIGKILL) loses at most the letter being written, and the
next run picks up where it stopped. A bad file is recorded with its reason and the batch goes on.
Parsing runs in worker processes (all cores); only this process writes to the database.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from django.db import DatabaseError, transaction
from django.utils import timezone

from . import models, records
from .sources import Source, discover
from .threading import rethread_companies
from .worker import Parsed, parse_file

# Below this many files a pool costs more to start than it saves.
POOL_THRESHOLD = 6
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


def ingest_paths(paths: Sequence[Path], *, progress: bool = True, workers: int | None = None) -> IngestReport:
    """Ingest letter files and folders; see the module docstring. Call after django.setup()."""
    started = time.monotonic()
    sources = discover([Path(p) for p in paths])
    run = models.IngestRun.objects.create(paths=[str(p) for p in paths])
    report = IngestReport(run.id)
    stored = dict(models.Letter.objects.filter(current=True).values_list("key", "raw__sha256"))
    to_parse: list[tuple[Source, str]] = []
    for source in sources:
        try:
            digest = hashlib.sha256(source.path.read_bytes()).hexdigest()
        except OSError as exc:
            _record_failure(run, report, source, "", "not_readable", exc.strerror or str(exc))
            continue
        if stored.get(_key(source, digest)) == digest:
            _record(run, report, source, digest, "unchanged", None)
        else:
            to_parse.append((source, digest))
    touched: set[int] = set()
    bar = _progress(len(sources), report.files, enabled=progress)
    for source, parsed in _parse_all(to_parse, workers):
        touched.update(_save(run, report, source, parsed, stored))
        bar.update(1)
    bar.close()
    rethread_companies(sorted(touched))
    report.seconds = time.monotonic() - started
    _finish(run, report)
    return report


def _key(source: Source, digest: str) -> str:
    return source.key or f"sha256:{digest}"


def _parse_all(items: list[tuple[Source, str]], workers: int | None) -> Iterator[tuple[Source, Parsed]]:
    """Parsed results in input order: in worker processes when there are enough files."""
    paths = [str(s.path) for s, _ in items]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(items) < POOL_THRESHOLD:
        for (source, _), path in zip(items, paths, strict=True):
            yield source, parse_file(path)
        return
    # spawn: workers import only the core (no Django, no inherited database connection)
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        for (source, _), parsed in zip(items, pool.map(parse_file, paths, chunksize=2), strict=True):
            yield source, parsed


def _save(
    run: models.IngestRun, report: IngestReport, source: Source, parsed: Parsed, stored: dict[str, str]
) -> set[int]:
    """Store one parsed file in its own transaction; returns the company ids whose threads changed."""
    if parsed.letter is None or parsed.data is None or parsed.sha256 is None:
        _record_failure(run, report, source, parsed.sha256 or "", parsed.code or "failed", parsed.message or "")
        return set()
    try:
        with transaction.atomic():
            key = _key(source, parsed.sha256)
            previous = None
            if key in stored:  # known before this run or saved earlier in it
                previous = models.Letter.objects.select_for_update().filter(key=key, current=True).first()
            if previous is not None and previous.raw.sha256 == parsed.sha256:
                _record(run, report, source, parsed.sha256, "unchanged", previous)
                return set()
            raw = records.store_raw(source, parsed.data, parsed.sha256)
            company = records.find_company(source, parsed.letter)
            if previous is not None:
                previous.current = False
                previous.save(update_fields=["current"])
            row = models.Letter.objects.create(
                key=key,
                version=previous.version + 1 if previous else 1,
                accession=source.accession,
                form=source.form or "",
                edgar_filed=records.parse_date(source.filing_date),
                company=company,
                raw=raw,
                source=records.source_name(source.path),
                **records.letter_fields(parsed.letter, parsed.requested_date),
            )
            records.save_parts(row, parsed.letter, fresh=True)
            _record(run, report, source, parsed.sha256, "new_version" if previous else "added", row)
        stored[key] = parsed.sha256
    except DatabaseError as exc:
        _record_failure(run, report, source, parsed.sha256, "store_error", str(exc))
        return set()
    return {company.id} | ({previous.company_id} if previous else set())


def _record(
    run: models.IngestRun, report: IngestReport, source: Source, sha: str, outcome: str, row: models.Letter | None
) -> None:
    models.IngestFile.objects.create(
        run=run,
        path=records.source_name(source.path),
        sha256=sha,
        key=_key(source, sha) if sha else "",
        outcome=outcome,
        letter=row,
    )
    counter = _COUNTERS[outcome]
    setattr(report, counter, getattr(report, counter) + 1)


def _record_failure(
    run: models.IngestRun, report: IngestReport, source: Source, sha: str, code: str, message: str
) -> None:
    models.IngestFile.objects.create(
        run=run,
        path=records.source_name(source.path),
        sha256=sha,
        key=source.key or "",
        outcome="failed",
        code=code[:40],
        message=message[:500],
    )
    report.failed += 1
    report.failures.append((str(source.path), code, message))


def _finish(run: models.IngestRun, report: IngestReport) -> None:
    run.finished = timezone.now()
    run.added, run.new_versions = report.added, report.new_versions
    run.unchanged, run.failed = report.unchanged, report.failed
    run.save()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, done: int, *, enabled: bool) -> _NoBar:
    if not enabled or total - done < 2:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, initial=done, unit="letter", file=sys.stderr, desc="ingest")  # type: ignore[return-value]
