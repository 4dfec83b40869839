"""One review: rounds, comments beside answers, follow-ups under the comment they follow."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from ...archive import models
from ...archive.letter_order import letter_time
from ..review_chart import write_chart
from ..review_filings import forms_label, in_order
from ..thread import review_rounds


def review(request: HttpRequest, key: str) -> HttpResponse:
    obj = get_object_or_404(models.Review.objects.select_related("company"), key=key)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = f"{slugify(obj.company.name)}-review-{_file_safe(obj.key)}".lstrip("-")  # whose, in Downloads
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        write_chart(obj, response)
        return response
    rounds = review_rounds(obj)
    earliest = letter_time("answer__letter__").asc(nulls_last=True)
    commitments = obj.commitments.select_related("answer__letter", "comment__letter").order_by(earliest, "id")
    filings = in_order(obj.filings.all())
    return render(
        request,
        "web/review.html",
        {
            "review": obj,
            "rounds": rounds,
            "commitments": commitments,
            "filings": filings,
            "forms": forms_label(filings),
        },
    )


def _file_safe(key: str) -> str:
    """The review's key as a file name: letters, digits, '-' and '.' (a key without an accession holds ':')."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-.") else "-" for ch in key)
