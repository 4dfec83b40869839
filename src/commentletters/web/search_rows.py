"""Search hits as whole rows for scripts: what the page shows of a hit, plus what it links to.

A hit (:class:`commentletters.web.search.Hit`) carries what the results page shows. People who
script the search (``commentletters search --json``) want each row to stand alone: the company's
ticker and CIK, the forms the letter reviews, the letter on EDGAR, what a comment asks, and the
whole text of the comment or answer, not only the snippet. These are read for the shown hits only,
a few queries per page whatever its length.
"""

from __future__ import annotations

from typing import Any

from ..archive import models
from .edgar_links import edgar_folder
from .search import Hit, plain

FIELDS = (
    "type",
    "company",
    "ticker",
    "cik",
    "date",
    "accession",
    "number",
    "forms",
    "asks",
    "review",
    "url",
    "snippet",
    "text",
)


def hit_rows(hits: list[Hit]) -> list[dict[str, Any]]:
    """One row per hit, in the hits' order (keys: :data:`FIELDS`)."""
    texts: dict[tuple[str, int], tuple[str, list[str]]] = {}
    for kind, model in (("comment", models.Comment), ("answer", models.Answer)):
        ids = [h.id for h in hits if h.type == kind]
        columns = ("id", "text", "asks") if kind == "comment" else ("id", "text")
        for row in model.objects.filter(id__in=ids).values_list(*columns):
            texts[(kind, row[0])] = (row[1], list(row[2] or []) if kind == "comment" else [])
    letters = {h.accession for h in hits}
    by_key = {
        x.key: x
        for x in models.Letter.objects.filter(key__in=letters, current=True)
        .select_related("company")
        .only("key", "accession", "data", "company__cik", "company__tickers")
    }
    return [_row(h, by_key.get(h.accession), *texts.get((h.type, h.id), ("", []))) for h in hits]


def tickers_and_asks(hits: list[Hit]) -> list[tuple[str | None, list[str]]]:
    """Each hit's company ticker and what it asks, as :func:`hit_rows` gives them: for the search
    page's export and the API, whose rows are otherwise the page's (two queries for a page)."""
    comments = [h.id for h in hits if h.type == "comment"]
    asks = dict(models.Comment.objects.filter(id__in=comments).values_list("id", "asks"))
    tickers = dict(models.Company.objects.filter(id__in={h.company_id for h in hits}).values_list("id", "tickers"))
    return [
        (first_ticker(tickers.get(h.company_id)), list(asks.get(h.id) or []) if h.type == "comment" else [])
        for h in hits
    ]


def first_ticker(tickers: list[str] | None) -> str | None:
    """A company's ticker as rows show it: its first (EDGAR lists the main listing first), or None."""
    return (tickers or [None])[0]


def _row(hit: Hit, letter: models.Letter | None, text: str, asks: list[str]) -> dict[str, Any]:
    company = letter.company if letter else None
    return {
        "type": hit.type,
        "company": hit.company,
        "ticker": first_ticker(company.tickers) if company else None,
        "cik": company.cik if company else None,
        "date": hit.date.isoformat() if hit.date else None,
        "accession": hit.accession,
        "number": hit.number,
        "forms": _forms(letter),
        "asks": asks,
        "review": hit.review,
        "url": (edgar_folder(company.cik if company else None, letter.accession if letter else None) or None),
        "snippet": plain(hit.snippet),
        "text": text,
    }


def forms_by_letter(hits: list[Hit]) -> dict[str, list[str]]:
    """The forms each hit's letter reviews, by the letter's key, for the results page (one query, reading
    only the Re: block's filings of each letter, not its whole parse)."""
    keys = {h.accession for h in hits}
    rows = models.Letter.objects.filter(key__in=keys, current=True).values_list("key", "data__filings_reviewed")
    return {key: _form_names(filings) for key, filings in rows}


def _forms(letter: models.Letter | None) -> list[str]:
    """The forms the letter's Re: block names (10-K, S-1 …), each once, in its order."""
    return _form_names(((letter.data or {}).get("filings_reviewed") or []) if letter else [])


def _form_names(filings: object) -> list[str]:
    forms: list[str] = []
    for filing in filings if isinstance(filings, list) else []:
        form = str((filing or {}).get("form") or "").strip()
        if form and form not in forms:
            forms.append(form)
    return forms
