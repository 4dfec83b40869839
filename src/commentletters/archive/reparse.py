"""Re-parsing the stored raw documents with the current parser (``commentletters reparse``).

Letters keep their row (key, version, company, review); their parsed fields, comments and answers
are read anew, one transaction per letter (a comment or answer read again keeps its row and id,
see :func:`.records.save_parts`), then every company is re-threaded. ``stale=True`` reads
only the letters another parser version read (:mod:`.stale`) and re-threads only their companies.
"""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.db import transaction

from ..core.version import parser_version
from . import models, records
from .locks import WAITING, one_at_a_time
from .stale import stale_letters
from .threading import rethread_companies
from .worker import Parsed, parse_file_for_reparse, parse_in_pool


def reparse_all(*, progress: bool = True, workers: int | None = None, stale: bool = False) -> tuple[int, list[str]]:
    """(letters re-parsed, why each other letter failed — those keep their previous parse); with
    ``stale``, only the current letters another parser version read.

    An ingest (or a sync's) and a reparse both replace letters' parts and re-thread companies, so
    they hold the same lock and run one after the other (:mod:`.locks`)."""
    with one_at_a_time("ingest", WAITING):
        return _reparse(progress, workers, stale)


def _reparse(progress: bool, workers: int | None, stale: bool) -> tuple[int, list[str]]:
    parser_version()  # the version of the source as the run starts, when the pool's workers load it
    letters = stale_letters() if stale else models.Letter.objects.filter(current=True)
    rows = list(letters.select_related("raw").order_by("id"))
    if stale and not rows:
        return 0, []
    paths = [str(settings.DATA_DIR / row.raw.path) for row in rows]
    done, failed = 0, []
    # (the pool outlives a file that crashes or hangs its worker: that file fails, see parse_in_pool)
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths)))  # (no more workers than letters)
    with parse_in_pool(parse_file_for_reparse, paths, workers, 4) as results:
        if progress:
            from tqdm import tqdm

            results = tqdm(results, total=len(rows), unit="letter", file=sys.stderr, desc="reparse", disable=None)
        for row, parsed in zip(rows, results, strict=True):
            if parsed.letter is None:
                failed.append(f"{row.key} ({parsed.path}): {parsed.message} [{parsed.code}]")
                continue
            _replace(row, parsed)
            done += 1
    companies = (
        sorted({row.company_id for row in rows}) if stale else models.Company.objects.values_list("id", flat=True)
    )
    rethread_companies(companies)
    return done, failed


@transaction.atomic
def _replace(row: models.Letter, parsed: Parsed) -> None:
    assert parsed.letter is not None
    letter = dict(parsed.letter, source=row.source)
    for name, value in records.letter_fields(letter, parsed.requested_date).items():
        setattr(row, name, value)
    row.save()
    records.save_parts(row, letter)
