"""The search page, its CSV and JSON exports, and "similar comments"."""

from __future__ import annotations

import csv
import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from ...archive import models
from ...spreadsheet_cells import safe_cell
from ..authority_names import close_names, parts_of
from ..form_names import close_forms
from ..forms import SearchForm
from ..search import Hit, Results, SearchTimeout, plain, search
from ..search_rows import forms_by_letter, tickers_and_asks
from ..similar import similar_comments

EXPORT_LIMIT = 5000
CSV_FIELDS = ("type", "accession", "number", "date", "company", "ticker", "review", "asks", "url", "snippet")


def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    results: Results | None = None
    problem = authority_hint = form_hint = ""
    fmt = request.GET.get("format", "")
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        per_page = EXPORT_LIMIT if fmt in ("csv", "json") else 20
        page = 1 if fmt in ("csv", "json") else (d.get("page") or 1)
        try:
            results = search(
                d.get("q") or "", form.filters(), order=d.get("order") or "relevance", page=page, per_page=per_page
            )
        except SearchTimeout:
            problem = "That search took too long. Add a word, a company or a year to narrow it."
        if results is not None and not results.total:
            authority_hint, form_hint = _unknown_authority(d.get("authority") or ""), _unknown_form(d.get("form") or "")
        if results is not None and fmt in ("csv", "json"):
            return _export(request, results, fmt)
    elif form.is_bound:
        problem = "Some of the filters could not be read: " + "; ".join(
            f"{form.fields[k].label if k in form.fields else k}: {' '.join(v)}" for k, v in form.errors.items()
        )
    return render(
        request,
        "web/search.html",
        {
            "form": form,
            "results": results,
            "hits": _with_forms(results.hits) if results else [],
            "problem": problem,
            "authority_hint": authority_hint,
            "form_hint": form_hint,
            "q": request.GET.get("q", ""),
            "query_string": _without(request, "page"),
            "export_string": _without(request, "page", "format"),
        },
        status=400 if problem and not form.is_valid() else 200,
    )


def _unknown_authority(typed: str) -> str:
    """What to say of an authority typed that the archive does not cite (said when nothing was found)."""
    authority = " ".join(typed.split())
    if not authority or parts_of(authority):
        return ""
    names = close_names(authority)
    unknown = f"No authority cited in the archive is named “{authority}”"
    return f"{unknown}; it has {'; '.join(names)}." if names else f"{unknown}."


def _unknown_form(typed: str) -> str:
    """What to say of a form typed that no filing in the archive was reviewed as (said when nothing was found)."""
    form = " ".join(typed.split())
    names = close_forms(form) if form else None
    if names is None:
        return ""
    unknown = f"No filing in the archive was reviewed as form “{form}”"
    return f"{unknown}; it has {', '.join(names)}." if names else f"{unknown}."


def _without(request: HttpRequest, *names: str) -> str:
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


def _with_forms(hits: list[Hit]) -> list[tuple[Hit, list[str]]]:
    """Each hit with the forms its letter reviews ("10-K, 8-K"), as `commentletters search` prints them."""
    forms = forms_by_letter(hits)
    return [(h, forms.get(h.accession, [])) for h in hits]


def anchor(hit: Hit) -> str:
    """Where on its letter's page a hit is (an answer to the staff letter as a whole has no number)."""
    return "#whole-answer" if hit.number is None else f"#{hit.type}-{hit.number}"


def hit_row(request: HttpRequest, hit: Hit) -> dict[str, Any]:
    """A hit as plain data (the exports and the API share it)."""
    return {
        "type": hit.type,
        "accession": hit.accession,
        "number": hit.number,
        "date": hit.date.isoformat() if hit.date else None,
        "company": hit.company,
        "review": hit.review,
        "url": request.build_absolute_uri(reverse("letter", args=[hit.accession])) + anchor(hit),
        "snippet": plain(hit.snippet),
    }


def _full_rows(request: HttpRequest, hits: list[Hit]) -> list[dict[str, Any]]:
    """Hits with their company's ticker and what each asks, as the API's and the command's rows have them."""
    facts = tickers_and_asks(hits)
    return [hit_row(request, h) | {"ticker": t, "asks": a} for h, (t, a) in zip(hits, facts, strict=True)]


def _export(request: HttpRequest, results: Results, fmt: str) -> HttpResponse:
    rows = _full_rows(request, results.hits)
    if fmt == "json":
        response: HttpResponse = JsonResponse(
            {"query": results.query, "total": results.total, "results": rows},
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
        response["Content-Disposition"] = 'attachment; filename="comment-letters-search.json"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="comment-letters-search.csv"'
    writer = csv.DictWriter(response, fieldnames=CSV_FIELDS)
    writer.writeheader()
    # names and snippets come from letters (safe_cell); a list is JSON text, as `search --csv` writes it
    for row in rows:
        writer.writerow({k: safe_cell(json.dumps(v) if isinstance(v, list) else v) for k, v in row.items()})
    return response


def similar(request: HttpRequest, pk: int) -> HttpResponse:
    """Comments elsewhere in the archive that ask about the same things (BM25 over the archive).

    A comment of a letter version since superseded (a changed file stored again under its accession)
    leads, permanently, to the same comment of the current version: the same number, as often before
    it. (``reparse`` keeps a comment's id; a new version has rows of its own.)"""
    comment = get_object_or_404(models.Comment.objects.select_related("letter__company"), pk=pk)
    if not comment.letter.current:
        twin = _current_twin(comment)
        if twin is None:
            raise Http404("this comment's letter has a newer version without it")
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        return HttpResponsePermanentRedirect(reverse("similar", args=[twin]) + query)
    hits = similar_comments(comment, limit=20)
    if request.GET.get("format") == "json":
        return JsonResponse({"comment": pk, "results": _full_rows(request, hits)})
    return render(request, "web/similar.html", {"comment": comment, "hits": hits, "dumps": json.dumps})


def _current_twin(comment: models.Comment) -> int | None:
    """The id of the comment of the current version of ``comment``'s letter with its number and rank."""
    rank = models.Comment.objects.filter(
        letter_id=comment.letter_id, number=comment.number, position__lt=comment.position
    ).count()
    twins = models.Comment.objects.filter(letter__key=comment.letter.key, letter__current=True, number=comment.number)
    return twins.order_by("position").values_list("id", flat=True)[rank : rank + 1].first()
