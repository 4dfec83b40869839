"""The ingest service: find documents → parse (a process pool) → save each company's letters and
re-thread it, in one transaction, once its last file is parsed. Read it top to bottom in
:func:`ingest_paths`.

Idempotent by EDGAR accession (or sha256 for a file without one): a document already stored with
the same bytes is skipped before parsing, so a second run adds and changes nothing; different bytes
under the same accession become a new version, the old one kept. Letters are committed a company
(or at most ``writer.FLUSH_AT`` letters) at a time, so a run killed at any point (even SIGKILL)
loses at most the letters being written, and the next run picks up where it stopped. A bad file
is recorded with its reason and the batch goes on. Parsing runs in worker processes (all cores);
only this process writes to the database.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from ..core.version import parser_version
from . import models, records, search_later, setup_django, storage
from .locks import WAITING, one_at_a_time
from .sources import Source, discover
from .stale import stale
from .worker import Parsed, parse_and_store, parse_here, parse_in_pool
from .writer import IngestReport, Writer, digest, letter_key

__all__ = ["IngestConflict", "IngestReport", "ingest_paths"]

# Files handed to a worker at a time: few enough that results stream back to the writer in order.
CHUNK = 4


class IngestConflict(RuntimeError):
    """Two ingests started together on a new archive: this one stops, nothing half-written (run it again)."""


def ingest_paths(paths: Sequence[Path], *, progress: bool = True, workers: int | None = None) -> IngestReport:
    """Ingest letter files and folders; see the module docstring. Call after setup_django(), with
    or without migrating: a new archive is created here, while the pool parses the first files.
    Two ingests into one archive run one after the other (the second then skips what the first stored),
    also from two machines sharing a PostgreSQL database (:mod:`.locks`)."""
    with one_at_a_time("ingest", WAITING):
        return _ingest(paths, progress, workers)


def _ingest(paths: Sequence[Path], progress: bool, workers: int | None) -> IngestReport:
    started = time.monotonic()
    parser_version()  # the version of the source as the run starts, when the pool's workers load it
    sources = discover([Path(p) for p in paths])
    hashed = [(source, digest(source)) for source in sources]
    with ExitStack() as stack:
        early = None
        if _new_archive():  # nothing stored, so every readable file is to parse: start now
            early = [(s, d) for s, d in hashed if isinstance(d, str)]
            results = stack.enter_context(_parsing(early, workers))
        setup_django()  # the schema, brought up to date while the pool works
        run = models.IngestRun.objects.create(paths=[str(p) for p in paths])
        with transaction.atomic():
            search_later.flush()  # rows a killed run saved but did not re-index
        report = IngestReport(run.id)
        writer = Writer(run, report)
        to_parse = writer.triage(hashed)
        if early is None:
            results = stack.enter_context(_parsing(to_parse, workers))
        if early is not None and early != to_parse:  # another ingest stored letters in between
            raise IngestConflict("another ingest wrote to this new archive while this one started; run ingest again")
        _write_all(writer, to_parse, results, bar=_progress(len(sources), report.files, enabled=progress))
    with transaction.atomic():
        search_later.flush()  # what no re-threading took (nothing, unless a company failed to)
    report.seconds = time.monotonic() - started
    _finish(run, report)
    report.stale_note = stale().note()  # skipped as unchanged, or stored by another install
    return report


def _write_all(writer: Writer, to_parse: list[tuple[Source, str]], results: Iterator[Parsed], bar: _NoBar) -> None:
    """Each parsed result to the writer as it comes; companies written as soon as they are complete."""
    pending = _Pending(to_parse, writer.stored)
    writer.ready = partial(pending.ready, cache=writer.cache)
    with writer.quick_commits():
        try:
            for (source, digest_), parsed in zip(to_parse, results, strict=True):
                pending.done(source, digest_)
                writer.add(source, parsed, company_complete=pending.complete(source))  # while the pool parses on
                bar.update(1)
        finally:  # also on Ctrl-C: the bar's last line comes before what the command says next
            bar.close()
        writer.finish()


def _new_archive() -> bool:
    """Whether the database has no archive yet (not migrated, or empty)."""
    return "archive_letter" not in connection.introspection.table_names()


class _Pending:
    """How many files still to come could change each company's threads, so that a company is
    written and re-threaded as soon as its last file is parsed (while the pool parses the rest).

    A file can change the company its CIK names, and the company of the letter it replaces. A
    company without a CIK is reached by name, known only after parsing: it waits for the end.
    """

    def __init__(self, items: list[tuple[Source, str]], stored: dict[str, tuple[str, int]]) -> None:
        self.ciks = Counter(source.cik for source, _ in items if source.cik)
        self.replaced = {letter_key(s, d): stored[letter_key(s, d)][1] for s, d in items if letter_key(s, d) in stored}
        self.companies = Counter(self.replaced.values())

    def done(self, source: Source, digest: str) -> None:
        if source.cik:
            self.ciks[source.cik] -= 1
        replaced = self.replaced.pop(letter_key(source, digest), None)
        if replaced is not None:
            self.companies[replaced] -= 1

    def complete(self, source: Source) -> bool:
        """Whether no more files of ``source``'s CIK are to come."""
        return bool(source.cik) and self.ciks[source.cik] <= 0

    def ready(self, company_id: int, cache: records.RunCache) -> bool:
        cik = cache.company_ciks.get(company_id)
        return cik is not None and self.ciks[cik] <= 0 and self.companies[company_id] <= 0


@contextmanager
def _parsing(items: list[tuple[Source, str]], workers: int | None) -> Iterator[Iterator[Parsed]]:
    """The parsed results of ``items``, in order, from worker processes bounded in memory and time
    (started at once), even for one file: a letter from EDGAR is untrusted, and one that crashes
    pdfium or unpacks into gigabytes must fail alone, not end the ingest (a sync would stop at it
    on every run). Where no worker can start, they are parsed here, with a time limit only."""
    paths = [str(s.path) for s, _ in items]
    if not paths:
        yield iter(())
        return
    work = partial(parse_and_store, root=str(storage.data_dir()))  # workers store the raw bytes too
    workers = max(1, min(workers if workers is not None else (os.cpu_count() or 1), len(paths)))
    with ExitStack() as stack:
        try:
            answers = stack.enter_context(parse_in_pool(work, paths, workers, CHUNK))
        except (OSError, NotImplementedError) as exc:  # (no shared-memory semaphores in some sandboxes)
            print(f"note: parsing in this process (worker processes cannot start here: {exc})", file=sys.stderr)
            answers = parse_here(work, paths)
        yield answers


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

    # (disable=None: no bar when stderr is no terminal, so logs hold no bar lines)
    return tqdm(total=total, initial=done, unit="letter", file=sys.stderr, desc="ingest", disable=None)  # type: ignore[return-value]
