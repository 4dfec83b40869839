"""What the API returns: plain JSON objects, dates as ISO strings."""

from __future__ import annotations

from datetime import date

from ninja import Field, Schema

WHOLE_LETTER_NUMBER = (
    "the staff comment number it answers; null for a company's answer to the staff letter as a whole "
    "(one answer, numbering no comment, with its commitments)"
)


class Error(Schema):
    code: str
    message: str
    details: list[dict[str, str]] = Field(
        ..., description="for invalid parameters, each one's field and message; otherwise empty"
    )


class ErrorOut(Schema):
    error: Error


class CompanyOut(Schema):
    id: int
    cik: str | None
    name: str
    tickers: list[str]


class ReviewOut(Schema):
    key: str
    company: str
    company_id: int
    state: str
    state_reason: str
    started: date | None
    ended: date | None
    duration_days: int | None
    rounds: int
    due_date: date | None
    due_reason: str
    days_past_due: int | None = Field(
        ...,
        description="an open review's next answer: days since due_date passed, as of today (null: not past due). "
        "Years past due mostly means the answer is missing from the files",
    )
    file_numbers: list[str]
    forms: list[str]


class LetterOut(Schema):
    accession: str
    edgar_accession: str | None
    company: str
    company_id: int
    review: str | None
    round: int | None
    kind: str
    subkind: str
    form: str
    date: date | None
    filed: date | None
    comments: int
    answers: int
    original: str


class CommentOut(Schema):
    id: int
    accession: str
    number: int
    section: list[str]
    pages: list[str]
    text: str
    asks: list[str]
    authorities: list[str]
    status: str
    status_reason: str
    prior_comments: list[int] = Field(
        ...,
        description='the numbers of earlier staff comments this one cites ("our prior comment 2"), as the letter '
        "gives them, as in the Letter JSON; follows links those found in the archive",
    )
    follows: list[int] = Field(..., description="ids of the earlier comments it follows up, as threaded")
    answers: list[int]


class AnswerOut(Schema):
    id: int
    accession: str
    number: int | None = Field(..., description=WHOLE_LETTER_NUMBER)
    comment: int | None
    text: str
    restated_comment: str | None = Field(
        ...,
        description="the staff comment as the answer restates it; null where it restates none, as in the Letter JSON",
    )
    commits_future_filing: bool
    commitments: list[str]
    authorities: list[str]
    commitment_kinds: list[str] = Field(
        ...,
        description="each commitment's kind, in the order of commitments: future (promised for future filings), "
        "made (changed in a filing filed with the answer or before it), unknown (parsed before kinds were told)",
    )


class SearchHit(Schema):
    id: int = Field(
        ..., description="the comment's id (/api/comments/{id}) or the answer's (/api/answers/{id}), by type"
    )
    accession: str
    number: int | None = Field(..., description="a comment's number, or an answer's: " + WHOLE_LETTER_NUMBER)
    type: str
    company: str
    company_id: int
    ticker: str | None
    date: date | None
    snippet: str
    review: str | None
    asks: list[str]  # what a staff comment asks (core.asks.ASKS); an answer: []


class SearchOut(Schema):
    total: int
    results: list[SearchHit]


class Page(Schema):
    total: int
    offset: int
    limit: int
