"""The sync service: list a company's (or everyone's) correspondence, fetch what is new, ingest it.

Read top to bottom: list → skip what is complete on disk or recently unavailable → download each
filing (a failure is recorded and the run goes on) → remember what is settled → hand the newly
completed folders to the archive. Nothing here imports Django; the archive is reached through one
function, :func:`archive_ingest`, which the command passes in (tests pass their own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tqdm import tqdm

from .client import EdgarClient
from .download import FAILED, STORED, UNAVAILABLE, FilingOutcome, download_filing
from .errors import ArchiveUnavailable, EdgarError
from .listing import (
    Company,
    FilingRef,
    cik10,
    company_from_submissions,
    full_index_path,
    get_json,
    older_pages,
    parse_full_index,
    quarters,
    resolve_ticker,
    submission_rows,
    tickers_by_cik,
)
from .store import Store, SyncState

Ingest = Callable[[list[Path]], Any]
QUARTER_SETTLES = timedelta(days=7)  # a quarter's full-index is final a few days after it ends


@dataclass
class SyncReport:
    """Everything a run did, for the summary and the exit status."""

    label: str = ""
    listed: int = 0
    pages_skipped: int = 0  # older submissions pages settled by earlier runs
    quarters_skipped: int = 0  # closed quarters whose full-index earlier runs settled
    already_complete: int = 0
    skipped_unavailable: int = 0
    outcomes: list[FilingOutcome] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # listing pages or indexes that could not be read
    ingested: int = 0
    ingest_summary: str | None = None  # what the archive said (its own counts and failures)
    ingest_note: str | None = None  # what the archive noted after it (letters another parser version read)
    ingest_error: str | None = None

    def of(self, status: str) -> list[FilingOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.of(FAILED) and self.ingest_error is None


class Syncer:
    """One run of ``commentletters sync`` against one client and one store."""

    def __init__(
        self, client: EdgarClient, store: Store, *, ingest: Ingest | None = None, progress: bool = True
    ) -> None:
        self.client = client
        self.store = store
        self.ingest = ingest
        self.progress = progress
        self.state: SyncState = store.load_state()
        self.today = date.today()

    def company(self, *, ticker: str | None = None, cik: str | None = None, since: date | None = None) -> SyncReport:
        """Sync one company's correspondence from the submissions API and its older pages."""
        start = resolve_ticker(self.client, ticker) if ticker else Company(cik10(cik or ""), "", None)
        doc = get_json(self.client, f"/submissions/CIK{start.cik}.json", revalidate=True)
        company = company_from_submissions(doc, start.cik, start.ticker)
        report = SyncReport(label=f"{company.ticker or '-'} (CIK {company.cik}, {company.name})")
        refs = list(submission_rows(doc.get("filings", {}).get("recent", {}), company, since))
        settled_pages: list[tuple[str, int, list[FilingRef]]] = []
        for page in older_pages(doc, since):
            name, count = str(page["name"]), int(page.get("filingCount", 0))
            if self.state.pages_done.get(name) == count:
                report.pages_skipped += 1
                continue
            try:
                columns = get_json(self.client, f"/submissions/{name}")
            except EdgarError as exc:
                report.problems.append(f"older filings page {name}: {exc.message}")
                continue
            page_refs = list(submission_rows(columns, company, since))
            refs += page_refs
            settled_pages.append((name, count, page_refs))
        self._fetch_all(refs, report)
        for name, count, page_refs in settled_pages:
            if since is None and self._all_settled(page_refs, report):
                self.state.pages_done[name] = count
        return self._finish(report)

    def everyone(self, since: date, until: date | None = None) -> SyncReport:
        """Sync every company's correspondence from the quarterly full-index."""
        until = until or self.today
        report = SyncReport(label=f"all companies, {since.isoformat()} to {until.isoformat()}")
        try:
            tickers = tickers_by_cik(self.client)
        except EdgarError as exc:
            report.problems.append(f"company_tickers.json: {exc.message} (filings keep no ticker)")
            tickers = {}
        listed = False  # whether any quarter's listing came this run
        for year, quarter in quarters(since, until):
            key = f"{year}Q{quarter}"
            if key in self.state.quarters_done:
                report.quarters_skipped += 1
                continue
            try:
                text = self.client.get_bytes(full_index_path(year, quarter), revalidate=True)
            except EdgarError as exc:
                if exc.code == "gave_up" and not listed:
                    raise  # EDGAR out of reach from the start: every other quarter would wait as long, in vain
                report.problems.append(f"full-index {key}: {exc.message}")
                continue
            listed = True
            rows = parse_full_index(text.decode("latin-1"), tickers)
            refs = [r for r in rows if since.isoformat() <= r.filing_date <= until.isoformat()]
            self._fetch_all(refs, report)
            closed = _quarter_end(year, quarter) + QUARTER_SETTLES < self.today
            if closed and len(refs) == len(rows) and self._all_settled(refs, report):
                self.state.quarters_done.append(key)
        return self._finish(report)

    def _fetch_all(self, refs: Sequence[FilingRef], report: SyncReport) -> None:
        todo: list[FilingRef] = []
        seen = {o.ref.accession for o in report.outcomes}
        for ref in _unique(refs):
            if ref.accession in seen:
                continue
            report.listed += 1
            if self.store.is_complete(ref):
                report.already_complete += 1
            elif self.state.recently_unavailable(ref.accession, self.today):
                report.skipped_unavailable += 1
            else:
                todo.append(ref)
        bar = tqdm(todo, desc="filings", unit="filing", disable=not self.progress or not todo, leave=False)
        for ref in bar:
            outcome = download_filing(self.client, ref, self.store.folder(ref))
            report.outcomes.append(outcome)
            self._remember(outcome)
            if self.progress and outcome.status == FAILED:
                bar.write(f"failed: {ref.accession}: {'; '.join(outcome.failed.values())}")

    def _remember(self, outcome: FilingOutcome) -> None:
        accession = outcome.ref.accession
        if outcome.status == UNAVAILABLE:
            self.state.unavailable[accession] = self.today.isoformat()
        elif outcome.status == STORED:
            self.state.unavailable.pop(accession, None)
            relative = str(outcome.folder.relative_to(self.store.root))
            if relative not in self.state.to_ingest:
                self.state.to_ingest.append(relative)
        self.store.save_state(self.state)

    def _all_settled(self, refs: Iterable[FilingRef], report: SyncReport) -> bool:
        failed = {o.ref.accession for o in report.of(FAILED)}
        return not any(r.accession in failed for r in refs)

    def _finish(self, report: SyncReport) -> SyncReport:
        pending = [self.store.root / rel for rel in self.state.to_ingest]
        if self.ingest is not None and pending:
            try:
                result = self.ingest(pending)
            except Exception as exc:  # noqa: BLE001 - any archive failure is reported, the downloads stay
                said = str(exc) if isinstance(exc, ArchiveUnavailable) else f"{type(exc).__name__}: {exc}"
                report.ingest_error = said
            else:
                report.ingested = len(pending)
                summary = getattr(result, "summary", None)
                report.ingest_summary = summary() if callable(summary) else None
                note = getattr(result, "stale_note", None)
                report.ingest_note = note if isinstance(note, str) else None
                self.state.to_ingest = []
        self.store.save_state(self.state)
        return report


def _unique(refs: Iterable[FilingRef]) -> list[FilingRef]:
    """One ref per accession (a filing with several filers appears once per filer in the full-index)."""
    seen: dict[str, FilingRef] = {}
    for ref in refs:
        seen.setdefault(ref.accession, ref)
    return list(seen.values())


def _quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, 3 * quarter + 1, 1) - timedelta(days=1)


def archive_ingest(folders: list[Path], progress: bool = True) -> Any:
    """Hand complete filing folders to the archive: the one place sync touches Django.

    The archive reads each folder's filing.json for accession, form, date, CIK, company and ticker;
    it is idempotent by accession, so a folder handed over twice is stored once.
    """
    from ..archive import setup_django  # Django loads only when there is work

    setup_django()
    from ..archive.ingest import ingest_paths

    return ingest_paths(folders, progress=progress)
