"""The archive's front page, the list of companies and one company's reviews on a timeline."""

from __future__ import annotations

from django.db.models import Count, F, Max, Min, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ...archive import clock, models
from ...archive.letter_order import letter_time, newest_first
from ...archive.stale import stale
from ..review_filings import forms_label

OPEN_SHOWN = 15  # open reviews listed on the front page
COMMITMENTS_SHOWN = 50  # a company's commitments listed on its page, newest first


def home(request: HttpRequest) -> HttpResponse:
    """What the archive holds, which reviews are open (soonest due first) and the latest letters; for a
    signed-in user (who may run the commands), letters another parser version read."""
    current = models.Letter.objects.filter(current=True)
    counts = {
        "companies": models.Company.objects.count(),
        "reviews": models.Review.objects.count(),
        "letters": current.count(),
        "comments": _in_current(models.Comment),
        "answers": _in_current(models.Answer),
        "commitments": models.Commitment.objects.count(),
    }
    span = current.aggregate(first=Min("date"), last=Max("date"))
    opened = models.Review.objects.filter(state="open")
    open_reviews = _open_reviews(opened)
    recent = current.select_related("company", "review").order_by(*newest_first())[:12]
    context = {"counts": counts, "span": span, "open_reviews": open_reviews, "open_total": opened.count()}
    context["stale"] = stale() if request.user.is_authenticated else None
    return render(request, "web/home.html", {**context, "recent": recent})


def _open_reviews(opened: QuerySet[models.Review]) -> list[models.Review]:
    """The open reviews the front page lists: answers due today or later (soonest first), then those
    past due (latest due first: one due years ago is most likely an answer missing from the files),
    then those awaiting the staff (no due date; newest first)."""
    today = clock.today()
    rows = opened.select_related("company")
    parts = (
        rows.filter(due_date__gte=today).order_by("due_date", "-started"),
        rows.filter(due_date__lt=today).order_by("-due_date", "-started"),
        rows.filter(due_date__isnull=True).order_by("-started", "-id"),
    )
    shown: list[models.Review] = []
    for part in parts:
        shown += part[: OPEN_SHOWN - len(shown)] if len(shown) < OPEN_SHOWN else []
    return shown


def _in_current(model: type[models.Comment] | type[models.Answer]) -> int:
    """Rows of current letters: all rows less the few in superseded versions (no join over every row)."""
    return model.objects.count() - model.objects.filter(letter__current=False).count()


def companies(request: HttpRequest) -> HttpResponse:
    rows = models.Company.objects.annotate(
        n_reviews=Count("reviews", distinct=True),
        n_open=Count("reviews", filter=Q(reviews__state="open"), distinct=True),
        last=Max("reviews__started"),
    ).order_by("name")
    return render(request, "web/companies.html", {"companies": rows})


def company(request: HttpRequest, pk: int) -> HttpResponse:
    """A company's reviews on a timeline, newest first, with their filings and outcome."""
    obj = get_object_or_404(models.Company, pk=pk)
    reviews = (
        obj.reviews.prefetch_related("filings")
        .annotate(
            n_letters=Count("letters", filter=Q(letters__current=True), distinct=True),
            n_comments=Count("letters__comments", filter=Q(letters__current=True), distinct=True),
        )
        .order_by(F("started").desc(nulls_last=True), "-id")
    )
    rows = list(reviews)
    for r in rows:  # the review's name, each form once ("DRS", not "DRS, DRS, DRS")
        r.forms = forms_label(r.filings.all())
    context = {"company": obj, "reviews": rows, "commitment_groups": _commitment_groups(obj)}
    return render(request, "web/company.html", context)


def _commitment_groups(company: models.Company) -> list[dict[str, object]]:
    """The company's commitments by kind, each kind's newest first: the promises for future filings
    (open until a filing keeps them) before the changes made in a filing with the answer, then those
    of letters parsed before kinds were told. Kinds the company has none of are left out."""
    ledger = company.commitments.select_related("review", "answer__letter")
    totals = dict(ledger.values_list("kind").annotate(n=Count("id")).order_by())
    newest = (letter_time("answer__letter__").desc(nulls_last=True), "-id")
    return [
        {"kind": kind, "total": totals[kind], "rows": ledger.filter(kind=kind).order_by(*newest)[:COMMITMENTS_SHOWN]}
        for kind, _ in models.Commitment.KINDS
        if totals.get(kind)
    ]
