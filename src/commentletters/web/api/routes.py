"""The API's operations. Lists take ``limit``/``offset`` and answer ``{total, offset, limit, items}``."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.db.models import Count, F, Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field, ValidationInfo, field_validator

from ...archive import models
from ...archive.letter_order import letter_time, newest_first, oldest_first
from ...core.asks import ASK_WORDS, ASKS
from ...core.letters import KINDS
from ..authority_names import parts_of
from ..filter_help import FORM_REVIEWED
from ..search import Filters, plain, search
from ..search_rows import tickers_and_asks
from ..similar import similar_comments
from .cited import answer_authorities, comment_authorities
from .schemas import AnswerOut, CommentOut, CompanyOut, ErrorOut, LetterOut, Page, ReviewOut, SearchOut

router = Router()
ERRORS: dict[int, Any] = {404: ErrorOut, 422: ErrorOut, 500: ErrorOut}
# The values a filter takes, so that a misspelt one is refused (422) rather than matching nothing.
Kind = Literal[KINDS]  # type: ignore[valid-type]
Status = Literal[tuple(s for s, _ in models.Comment.STATUSES)]  # type: ignore[misc]


class Paging(Schema):
    limit: int = Field(50, ge=1, le=500, description="items per page")
    offset: int = Field(0, ge=0, le=10_000_000, description="items to skip")


class Dates(Schema):
    since: date | None = Field(None, description="letters dated on or after this day (YYYY-MM-DD)")
    until: date | None = Field(None, description="letters dated on or before this day (YYYY-MM-DD)")


def _dated(qs: QuerySet[Any], dates: Dates, via: str = "") -> QuerySet[Any]:
    """Rows whose letter's time falls within ``dates``: the date printed on it, else its EDGAR filing
    date, as the lists are ordered (a letter with neither is in no range)."""
    if dates.since:
        qs = qs.alias(_time=letter_time(via)).filter(_time__gte=dates.since)
    if dates.until:
        qs = qs.alias(_time=letter_time(via)).filter(_time__lte=dates.until)
    return qs


class CompanyList(Page):
    items: list[CompanyOut]


class ReviewList(Page):
    items: list[ReviewOut]


class LetterList(Page):
    items: list[LetterOut]


class CommentList(Page):
    items: list[CommentOut]


class AnswerList(Page):
    items: list[AnswerOut]


class ReviewDetail(ReviewOut):
    letters: list[LetterOut]


class LetterDetail(LetterOut):
    comments_list: list[CommentOut]
    answers_list: list[AnswerOut]


def _page(qs: QuerySet[Any], paging: Paging, convert: Any) -> dict[str, Any]:
    total = qs.count()
    rows = qs[paging.offset : paging.offset + paging.limit]
    return {"total": total, "offset": paging.offset, "limit": paging.limit, "items": [convert(r) for r in rows]}


def company_out(c: models.Company) -> dict[str, Any]:
    return {"id": c.id, "cik": c.cik, "name": c.name, "tickers": c.tickers}


def review_out(r: models.Review) -> dict[str, Any]:
    return {
        "key": r.key,
        "company": r.company.name,
        "company_id": r.company_id,
        "state": r.state,
        "state_reason": r.state_reason,
        "started": r.started,
        "ended": r.ended,
        "duration_days": r.duration_days,
        "rounds": r.rounds_count,
        "due_date": r.due_date,
        "due_reason": r.due_reason,
        "days_past_due": r.days_past_due,
        "file_numbers": r.file_numbers,
        "forms": sorted({f.form for f in r.filings.all()}),
    }


def letter_out(x: models.Letter) -> dict[str, Any]:
    return {
        "accession": x.key,
        "edgar_accession": x.accession,
        "company": x.company.name,
        "company_id": x.company_id,
        "review": x.review.key if x.review else None,
        "round": x.round.number if x.round else None,
        "kind": x.kind,
        "subkind": x.subkind,
        "form": x.form,
        "date": x.date,
        "filed": x.edgar_filed,
        "comments": getattr(x, "n_comments", 0),
        "answers": getattr(x, "n_answers", 0),
        "original": reverse("original", args=[x.key]),
    }


def comment_out(c: models.Comment) -> dict[str, Any]:
    return {
        "id": c.id,
        "accession": c.letter.key,
        "number": c.number,
        "section": c.section,
        "pages": c.pages,
        "text": c.text,
        "asks": c.asks,
        "authorities": comment_authorities(c),
        "status": c.status,
        "status_reason": c.status_reason,
        "prior_comments": c.prior_comments,
        "follows": [p.id for p in c.follows.all()],
        "answers": [a.id for a in c.answers.all()],
    }


def answer_out(a: models.Answer) -> dict[str, Any]:
    return {
        "id": a.id,
        "accession": a.letter.key,
        "number": None if a.whole_letter else a.number,
        "comment": a.comment_id,
        "text": a.text,
        "restated_comment": a.restated_comment or None,
        "commits_future_filing": a.commits_future_filing,
        "commitments": [c.text for c in a.commitment_rows.all()],
        "authorities": answer_authorities(a),
        "commitment_kinds": [c.kind for c in a.commitment_rows.all()],
    }


def _letters() -> QuerySet[models.Letter]:
    return (
        models.Letter.objects.filter(current=True)
        .select_related("company", "review", "round")
        .annotate(n_comments=Count("comments", distinct=True), n_answers=Count("answers", distinct=True))
    )


def _comments() -> QuerySet[models.Comment]:
    return (
        models.Comment.objects.filter(letter__current=True)
        .select_related("letter")
        .prefetch_related("authorities", "follows", "answers")
    )


def _answers() -> QuerySet[models.Answer]:
    return (
        models.Answer.objects.filter(letter__current=True)
        .select_related("letter")
        .prefetch_related("authorities", "commitment_rows")
    )


@router.get("/companies", response={200: CompanyList, **ERRORS}, tags=["companies"])
def list_companies(request: HttpRequest, paging: Query[Paging], q: str = "") -> dict[str, Any]:
    """Companies in the archive, by name (then id); ``q`` filters by a part of the name or a ticker."""
    qs = models.Company.objects.order_by("name", "id")  # id: one order for companies of one name
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(tickers__icontains=q.upper()))
    return _page(qs, paging, company_out)


@router.get("/companies/{company_id}", response={200: CompanyOut, **ERRORS}, tags=["companies"])
def get_company(request: HttpRequest, company_id: int) -> dict[str, Any]:
    return company_out(get_object_or_404(models.Company, pk=company_id))


@router.get("/reviews", response={200: ReviewList, **ERRORS}, tags=["reviews"])
def list_reviews(
    request: HttpRequest,
    paging: Query[Paging],
    company: int | None = None,
    state: Literal["open", "completed", "not_reviewed"] | None = None,
) -> dict[str, Any]:
    """Reviews, newest first; filter by company id and by state."""
    newest = F("started").desc(nulls_last=True)
    qs = models.Review.objects.select_related("company").prefetch_related("filings").order_by(newest, "-id")
    if company:
        qs = qs.filter(company_id=company)
    if state:
        qs = qs.filter(state=state)
    return _page(qs, paging, review_out)


@router.get("/reviews/{path:key}", response={200: ReviewDetail, **ERRORS}, tags=["reviews"])
def get_review(request: HttpRequest, key: str) -> dict[str, Any]:
    """A review with its letters in order (the first letter's accession is the review's key)."""
    r = get_object_or_404(models.Review.objects.select_related("company"), key=key)
    letters = _letters().filter(review=r).order_by(*oldest_first())
    return {**review_out(r), "letters": [letter_out(x) for x in letters]}


@router.get("/letters", response={200: LetterList, **ERRORS}, tags=["letters"])
def list_letters(
    request: HttpRequest,
    paging: Query[Paging],
    dates: Query[Dates],
    company: int | None = None,
    review: str | None = None,
    kind: Kind | None = None,
) -> dict[str, Any]:
    """Current letters, newest first (by the date printed on each, else its EDGAR filing date); filter by
    those dates, company id, review key or kind (``staff_comments``, …)."""
    qs = _dated(_letters().order_by(*newest_first()), dates)
    if company:
        qs = qs.filter(company_id=company)
    if review:
        qs = qs.filter(review__key=review)
    if kind:
        qs = qs.filter(kind=kind)
    return _page(qs, paging, letter_out)


@router.get("/letters/{path:accession}", response={200: LetterDetail, **ERRORS}, tags=["letters"])
def get_letter(request: HttpRequest, accession: str) -> dict[str, Any]:
    """A letter (by EDGAR accession, or ``sha256:…`` for a file without one) with its comments or answers."""
    x = get_object_or_404(_letters(), key=accession)
    return {
        **letter_out(x),
        "comments_list": [comment_out(c) for c in _comments().filter(letter=x)],
        "answers_list": [answer_out(a) for a in _answers().filter(letter=x)],
    }


@router.get("/comments", response={200: CommentList, **ERRORS}, tags=["comments"])
def list_comments(
    request: HttpRequest,
    paging: Query[Paging],
    dates: Query[Dates],
    company: int | None = None,
    authority: str | None = None,
    status: Status | None = None,
) -> dict[str, Any]:
    """Staff comments, newest letter first; filter by the letter's date, company id, an authority cited
    (with its parts: "ASC 606" takes in "ASC 606-10-50-12"), or status."""
    qs = _comments().order_by(letter_time("letter__").desc(nulls_last=True), "letter_id", "position")
    qs = _dated(qs, dates, "letter__")
    if company:
        qs = qs.filter(letter__company_id=company)
    if authority:  # the authority named and its parts ("ASC 606" takes in "ASC 606-10-50-12")
        qs = qs.filter(authorities__in=parts_of(authority)).distinct()
    if status:
        qs = qs.filter(status=status)
    return _page(qs, paging, comment_out)


@router.get("/comments/{comment_id}", response={200: CommentOut, **ERRORS}, tags=["comments"])
def get_comment(request: HttpRequest, comment_id: int) -> dict[str, Any]:
    return comment_out(get_object_or_404(_comments(), pk=comment_id))


@router.get("/comments/{comment_id}/similar", response={200: SearchOut, **ERRORS}, tags=["comments", "search"])
def similar(request: HttpRequest, comment_id: int, limit: int = Query(10, ge=1, le=50)) -> dict[str, Any]:
    """Comments elsewhere in the archive most like this one (BM25 over the archive's own index)."""
    comment = get_object_or_404(_comments(), pk=comment_id)
    hits = similar_comments(comment, limit=limit)
    return {"total": len(hits), "results": _hits(hits)}


@router.get("/answers", response={200: AnswerList, **ERRORS}, tags=["answers"])
def list_answers(
    request: HttpRequest,
    paging: Query[Paging],
    dates: Query[Dates],
    company: int | None = None,
    commits: bool | None = None,
) -> dict[str, Any]:
    """Company answers, newest first; filter by the letter's date, company id; ``commits=true`` keeps
    those promising future-filing disclosure."""
    qs = _answers().order_by(letter_time("letter__").desc(nulls_last=True), "letter_id", "position")
    qs = _dated(qs, dates, "letter__")
    if company:
        qs = qs.filter(letter__company_id=company)
    if commits is not None:
        qs = qs.filter(commits_future_filing=commits)
    return _page(qs, paging, answer_out)


@router.get("/answers/{answer_id}", response={200: AnswerOut, **ERRORS}, tags=["answers"])
def get_answer(request: HttpRequest, answer_id: int) -> dict[str, Any]:
    return answer_out(get_object_or_404(_answers(), pk=answer_id))


class SearchParams(Schema):
    q: str = Field("", max_length=500, description='words, "a phrase", prefix*, -excluded; never a syntax error')
    company: int | None = Field(None, description="company id")
    form: str = Field("", max_length=40, description="form reviewed, e.g. 10-K: " + FORM_REVIEWED)
    year: int | None = Field(None, ge=1990, le=2100, description="year of the letter")
    type: Literal["", "comment", "answer"] = Field("", description="staff comments or company answers")
    status: Literal["", Status] = Field("", description="comment status (an answer: that of the comment it answers)")  # type: ignore[valid-type]
    office: str = Field("", max_length=100, description="reviewing office (part of its name)")
    authority: str = Field(
        "",
        max_length=300,
        description="authority cited (with its parts: ASC 606 takes in ASC 606-10-50-12), as at /authorities/",
    )
    asks: Literal[("", *ASKS)] = Field(  # type: ignore[valid-type]
        "",
        description="what a staff comment asks the company to do ("
        + "; ".join(f"{ask}: {ASK_WORDS[ask]}" for ask in ASKS)
        + "). Staff comments only: company answers ask nothing, so it implies type=comment "
        "(with type=answer the request is refused)",
    )
    order: Literal["relevance", "date"] = "relevance"
    page: int = Field(1, ge=1, le=10_000)
    per_page: int = Field(20, ge=1, le=100)

    @field_validator("asks")
    @classmethod
    def _answers_ask_nothing(cls, asks: str, info: ValidationInfo) -> str:
        """Checked on ``asks`` (declared after ``type``) so that the error names the parameter to change."""
        if asks and info.data.get("type") == "answer":
            raise ValueError("company answers ask nothing: leave out asks, or ask for type=comment")
        return asks


def _hits(hits: list[Any]) -> list[dict[str, Any]]:
    """Search or similar-comment hits as SearchHit, with the ticker and asks that `commentletters
    search --json` rows have too."""
    return [_hit(h, *facts) for h, facts in zip(hits, tickers_and_asks(hits), strict=True)]


def _hit(h: Any, ticker: str | None, asks: list[str]) -> dict[str, Any]:
    return {
        "id": h.id,
        "accession": h.accession,
        "number": h.number,
        "type": h.type,
        "company": h.company,
        "company_id": h.company_id,
        "ticker": ticker,
        "date": h.date,
        "snippet": plain(h.snippet),
        "review": h.review,
        "asks": asks,
    }


@router.get("/search", response={200: SearchOut, 503: ErrorOut, **ERRORS}, tags=["search"])
def search_api(request: HttpRequest, params: Query[SearchParams]) -> dict[str, Any]:
    """Full-text search over staff comments and company answers, with the same filters as the search page."""
    filters = Filters(
        company=params.company,
        form=params.form,
        year=params.year,
        type=params.type,
        status=params.status,
        office=params.office,
        authority=params.authority,
        asks=params.asks,
    )
    results = search(params.q, filters, order=params.order, page=params.page, per_page=params.per_page)
    return {"total": results.total, "results": _hits(results.hits)}
