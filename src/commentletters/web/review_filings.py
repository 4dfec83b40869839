"""The filings a review covers, as its page and its company's timeline name them.

A review of a registration statement or a proxy contest often covers several filings of one form
(six DRS submissions, two DFAN14A press releases): the review's name lists each form once ("DRS",
"PREC14A, SC 14A"), not "DRS, DRS, DRS, DRS, DRS, DRS", and the filings are listed in the order
they were made (filed date, else the period's end; undated ones last), not in the order the
archive happened to store them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..archive import models


def in_order(filings: Iterable[models.Filing]) -> list[models.Filing]:
    """The filings oldest first: by the date filed, else the period's end; those with neither last."""

    def when(f: models.Filing) -> tuple[bool, date, str, int]:
        day = f.filed or f.period
        return (day is None, day or date.min, f.form, f.pk or 0)

    return sorted(filings, key=when)


def forms_label(filings: Iterable[models.Filing]) -> str:
    """Each form once, in the filings' order, a periodic report with its year: "10-K for 2023, 8-K"."""
    names = (f"{f.form} for {f.period.year}" if f.period else f.form for f in in_order(filings))
    return ", ".join(dict.fromkeys(names))
