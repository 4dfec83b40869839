"""The search command's options → the search page's filters, checked against the archive.

Names people type are resolved here, before searching, so a wrong one is an error that says what
was meant instead of an empty result: the company (ticker, CIK or name, :mod:`..web.company_lookup`)
and the authority (the archive's own name for it or for a whole it is part of, any case; close names
listed when unknown).
"""

from __future__ import annotations

import argparse

from ..web.authority_names import close_names, parts_of
from ..web.company_lookup import CompanyNotFound, find_company
from ..web.search import Filters


class FilterError(Exception):
    """An option value the archive cannot use (the message says what to type instead)."""


def filters_from(args: argparse.Namespace) -> Filters:
    """The filters of the search page, from the command's options."""
    company = None
    if args.company is not None:
        try:
            company = find_company(args.company).id
        except CompanyNotFound as exc:
            raise FilterError(f"--company: {exc}") from None
    return Filters(
        company=company,
        form=(args.form or "").strip(),
        year=args.year,
        type=args.type or "",
        status=args.status or "",
        office=(args.office or "").strip(),
        authority=_authority(args.authority) if args.authority else "",
        asks=args.asks or "",
    )


def _authority(text: str) -> str:
    """The authority typed, when the archive cites it or a part of it (the filter takes in the parts:
    "ASC 606" finds "ASC 606-10-50-12" too); else an error naming close names."""
    wanted = " ".join(text.split())
    if parts_of(wanted):
        return wanted
    names = close_names(wanted)
    hint = f"; the archive has {'; '.join(names)}" if names else "; the web page /authorities/ lists them all"
    raise FilterError(f"--authority: no authority named {text!r} is cited in the archive{hint}")
