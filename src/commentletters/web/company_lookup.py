"""A company named as people name it (ticker, CIK, name or part of one) → the archive's company.

The search page offers the archive's companies in a list; on the command line people type a ticker
("GLW") or a name ("Corning"). The rules follow the API's company list (``/api/companies?q=``: part
of a name, or a ticker), narrowed to one company: an exact ticker, CIK or name wins, else the one
company whose name contains the text. Anything else is an error that lists what the person may have
meant, so they can type it again.
"""

from __future__ import annotations

import difflib

from ..archive import models

SHOWN = 8  # candidates listed in an error


class CompanyNotFound(Exception):
    """No company, or more than one, answers to the text; the message lists candidates."""


def find_company(text: str) -> models.Company:
    """The one company ``text`` names. Raises :class:`CompanyNotFound` saying why and what is close."""
    wanted = text.strip()
    if not wanted:
        raise CompanyNotFound("give a ticker, CIK or name")
    exact = _exact(wanted)
    if len(exact) == 1:
        return exact[0]
    within = exact or _names_holding(wanted)
    if len(within) == 1:
        return within[0]
    if within:
        more = " …" if len(within) > SHOWN else ""
        listed = "; ".join(label(c) for c in within[:SHOWN])
        raise CompanyNotFound(f"{text!r} names more than one company: {listed}{more}; give its ticker or CIK")
    close = _close(wanted)
    hint = f"; did you mean {'; '.join(label(c) for c in close)}?" if close else ""
    raise CompanyNotFound(f"no company in the archive has the ticker, CIK or name {text!r}{hint}")


def label(company: models.Company) -> str:
    """A company as the errors list it: name (tickers, CIK)."""
    marks = [*company.tickers, *([f"CIK {int(company.cik)}"] if company.cik and company.cik.isdigit() else [])]
    return f"{company.name} ({', '.join(marks)})" if marks else company.name


def _exact(wanted: str) -> list[models.Company]:
    """Companies whose ticker, CIK or name is the text itself (any case; a CIK with or without zeros)."""
    found = {c.id: c for c in _names_holding(wanted, whole=True)}
    if wanted.isdigit():
        found.update((c.id, c) for c in models.Company.objects.filter(cik=wanted.zfill(10)))
    upper = wanted.upper()
    # tickers are a JSON list: a contains-lookup narrows to the rows that hold the text, then it is compared
    for c in models.Company.objects.filter(tickers__icontains=upper):
        if upper in (t.upper() for t in c.tickers):
            found[c.id] = c
    return sorted(found.values(), key=lambda c: c.name)


def _names_holding(wanted: str, whole: bool = False) -> list[models.Company]:
    """Companies whose name holds the text (``whole``: is the text), in any case, by name; at most
    one more than are listed. SQLite's case-blind comparisons fold ASCII letters only ("société"
    does not find "SOCIÉTÉ" there, as it does on PostgreSQL): text with other letters is compared
    here, in Python, with every company's name."""
    if wanted.isascii():
        lookup = {"name__iexact" if whole else "name__icontains": wanted}
        return list(models.Company.objects.filter(**lookup).order_by("name")[: SHOWN + 1])
    folded = wanted.casefold()
    named = sorted(
        (name, i)
        for i, name in models.Company.objects.values_list("id", "name").iterator()
        if (name.casefold() == folded if whole else folded in name.casefold())
    )[: SHOWN + 1]
    by_id = models.Company.objects.in_bulk([i for _, i in named])
    return [by_id[i] for _, i in named]


def _close(wanted: str) -> list[models.Company]:
    """Companies whose name or ticker reads like the text (a typo, another spelling)."""
    keys: dict[str, int] = {}
    size = len(wanted)
    for cid, name, tickers in models.Company.objects.values_list("id", "name", "tickers"):
        name = name.lower()
        # the whole name, its start as long as the text, each word of it (a misspelt "Agilnet"), the tickers
        for key in (name, name[:size], *name.split(), *(str(t).lower() for t in tickers or [])):
            keys.setdefault(key, cid)
    ids: list[int] = []
    for key in difflib.get_close_matches(wanted.lower(), list(keys), n=SHOWN, cutoff=0.6):
        if keys[key] not in ids:
            ids.append(keys[key])
    by_id = models.Company.objects.in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]
