"""The archive's tables: companies, filings, reviews and rounds, letters (versioned), comments,
answers, authorities, commitments, raw documents and ingest runs.

A letter's identity is its EDGAR accession (``key`` = the accession, or ``sha256:<hex>`` for a file
without one). A changed document under the same key becomes a new ``version``; the old row stays with
``current=False``, so nothing once archived is lost. Threading fields (``review``, ``round``,
``Answer.comment``, ``Comment.follows``, statuses) are recomputed from the current letters by
``archive.threading`` after each ingest.
"""

from __future__ import annotations

from django.db import models
from django.utils.timesince import timesince

from ..core.asks import ask_words
from ..core.letters import COMMITMENT_KINDS
from ..core.letters import KINDS as LETTER_KINDS
from . import clock


class RowsJSONField(models.JSONField):  # type: ignore[type-arg]
    """A JSONField whose bulk inserts list their rows (``VALUES (...), (...)``) on PostgreSQL.

    Django 5.2 sends a bulk insert's columns as one array each (``UNNEST``), saving the planner
    work; for large JSON documents quoting them inside an array literal costs more, client and
    server, than that saves (a letter's JSON: its inserts take about half the time as rows).
    Django keeps the row form for any field with a placeholder of its own. Stored the same, and
    migrations see a plain JSONField.
    """

    def get_placeholder(self, value: object, compiler: object, connection: object) -> str:
        return "%s"

    def deconstruct(self) -> tuple[str, str, list[object], dict[str, object]]:
        name, _, args, kwargs = super().deconstruct()
        return name, "django.db.models.JSONField", args, kwargs


class Company(models.Model):
    cik = models.CharField(max_length=10, unique=True, null=True, blank=True, help_text="10 digits, zero-padded")
    name = models.CharField(max_length=300)
    names = models.JSONField(default=list, blank=True, help_text="every name seen in letters and EDGAR metadata")
    tickers = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name_plural = "companies"

    def __str__(self) -> str:
        return self.name


class RawDocument(models.Model):
    """The bytes of a letter as received, stored on disk under the data folder by sha256."""

    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveIntegerField()
    filename = models.CharField(max_length=300, help_text="the file name it first came under")
    path = models.CharField(max_length=500, help_text="relative to the data folder")
    created = models.DateTimeField(auto_now_add=True)


class Review(models.Model):
    """One staff review of a filing (or of filings reviewed together), as threaded from letters."""

    STATES = [("open", "open"), ("completed", "completed"), ("not_reviewed", "not reviewed")]
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="reviews")
    key = models.CharField(max_length=200, unique=True, help_text="stable id: accession of its first letter")
    file_numbers = models.JSONField(default=list, blank=True)
    state = models.CharField(max_length=20, choices=STATES, default="open")
    state_reason = models.CharField(max_length=300, blank=True)
    started = models.DateField(null=True, blank=True, help_text="date of the first letter")
    ended = models.DateField(null=True, blank=True, help_text="date of the completion letter, if any")
    duration_days = models.PositiveIntegerField(null=True, blank=True)
    rounds_count = models.PositiveIntegerField(default=0)
    due_date = models.DateField(null=True, blank=True, help_text="when the next company answer is due")
    due_reason = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return f"{self.company} review {self.key}"

    @property
    def days_past_due(self) -> int | None:
        """Days since the next answer fell due, as of today (:mod:`.clock`); None if not past due."""
        return clock.days_past(self.due_date, self.state)

    @property
    def past_due(self) -> bool:
        return self.days_past_due is not None

    @property
    def past_due_for(self) -> str:
        """How long it has been past due, in words ("2 years, 6 months"); "" if it is not."""
        if self.due_date is None or not self.past_due:
            return ""
        return timesince(self.due_date, clock.today())


class Filing(models.Model):
    """A filing named in a Re: block."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="filings")
    form = models.CharField(max_length=40)
    period = models.DateField(null=True, blank=True)
    filed = models.DateField(null=True, blank=True)
    reviews = models.ManyToManyField(Review, related_name="filings", blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["company", "form", "period", "filed"], name="filing_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.form} {self.period or ''} filed {self.filed or '?'}"


class Round(models.Model):
    """A staff letter and the company letters that answer it."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveIntegerField()

    class Meta:
        ordering = ["review_id", "number"]
        constraints = [models.UniqueConstraint(fields=["review", "number"], name="round_unique")]


class Letter(models.Model):
    KINDS = [(k, k) for k in LETTER_KINDS]
    key = models.CharField(max_length=80, help_text="EDGAR accession, or sha256:<hex> without one")
    version = models.PositiveIntegerField(default=1)
    current = models.BooleanField(default=True)
    accession = models.CharField(max_length=20, null=True, blank=True)
    form = models.CharField(max_length=20, blank=True, help_text="EDGAR form type (UPLOAD, CORRESP, ...)")
    edgar_filed = models.DateField(null=True, blank=True, help_text="EDGAR filing date")
    date = models.DateField(null=True, blank=True, help_text="date printed on the letter")
    kind = models.CharField(max_length=30, choices=KINDS)
    subkind = models.CharField(max_length=40, blank=True)
    parser_version = models.CharField(max_length=20)
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="letters")
    raw = models.ForeignKey(RawDocument, on_delete=models.PROTECT, related_name="letters")
    source = models.CharField(max_length=1000, help_text="path it was ingested from")
    data = RowsJSONField(help_text="the Letter JSON as parsed")
    responds_to = models.JSONField(default=list, blank=True)
    file_numbers = models.JSONField(default=list, blank=True)
    requested_date = models.DateField(null=True, blank=True, help_text="the date an extension request asks for")
    review = models.ForeignKey(Review, on_delete=models.SET_NULL, null=True, blank=True, related_name="letters")
    round = models.ForeignKey(Round, on_delete=models.SET_NULL, null=True, blank=True, related_name="letters")
    ingested = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "edgar_filed", "id"]
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="letter_key_version"),
            models.UniqueConstraint(fields=["key"], condition=models.Q(current=True), name="letter_one_current"),
        ]
        indexes = [
            models.Index(fields=["company", "date"]),
            # letters another parser version read (``stale.py``), counted from the index alone
            models.Index(fields=["parser_version"], condition=models.Q(current=True), name="letter_current_parser"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.date} {self.key}"

    @property
    def is_staff(self) -> bool:
        return self.kind.startswith("staff")


class Authority(models.Model):
    """A rule, standard or release cited (ASC 740-30-50-2, Item 303(b) of Regulation S-K, ...)."""

    name = models.CharField(max_length=300, unique=True)

    class Meta:
        verbose_name_plural = "authorities"

    def __str__(self) -> str:
        return self.name


class Comment(models.Model):
    STATUSES = [(s, s.replace("_", " ")) for s in ("open", "answered", "followed_up", "resolved", "no_answer")]
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="comments")
    number = models.PositiveIntegerField()
    position = models.PositiveIntegerField(help_text="order in the letter")
    text = models.TextField()
    section = models.JSONField(default=list, blank=True)
    pages = models.JSONField(default=list, blank=True)
    asks = models.JSONField(default=list, blank=True)
    prior_comments = models.JSONField(default=list, blank=True, help_text="numbers as cited in the text")
    page = models.PositiveIntegerField(null=True, blank=True)
    authorities = models.ManyToManyField(Authority, related_name="comments", blank=True)
    follows = models.ManyToManyField("self", symmetrical=False, related_name="followed_by", blank=True)
    status = models.CharField(max_length=20, choices=STATUSES, default="open")
    status_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["letter_id", "position"]

    def __str__(self) -> str:
        return f"comment {self.number} of {self.letter.key}"

    @property
    def ask_words(self) -> list[str]:
        """What the comment asks, in words ("tell the staff", "revise the filing")."""
        return ask_words(list(self.asks or []))


# The number of an Answer that answers the staff letter as a whole (``Letter.whole_answer``), not a
# numbered comment: staff comments are numbered from 1, so it can never be taken for one.
WHOLE_LETTER = 0


class Answer(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="answers")
    number = models.PositiveIntegerField(help_text="the staff comment number it answers, as printed")
    position = models.PositiveIntegerField()
    text = models.TextField()
    restated_comment = models.TextField(blank=True)
    commits_future_filing = models.BooleanField(default=False)
    redacted = models.BooleanField(default=False)
    page = models.PositiveIntegerField(null=True, blank=True)
    authorities = models.ManyToManyField(Authority, related_name="answers", blank=True)
    comment = models.ForeignKey(Comment, on_delete=models.SET_NULL, null=True, blank=True, related_name="answers")

    class Meta:
        ordering = ["letter_id", "position"]

    def __str__(self) -> str:
        return f"answer {'to the letter' if self.whole_letter else self.number} in {self.letter.key}"

    @property
    def whole_letter(self) -> bool:
        """Whether it answers the staff letter as a whole (no comment number: see ``WHOLE_LETTER``)."""
        return self.number == WHOLE_LETTER


class Commitment(models.Model):
    """A company's commitment to disclosure, made in an answer: a promise for future filings (``kind``
    "future", open until a filing keeps it) or a change made in a filing filed with the answer or before
    it ("made", to be checked there). "unknown" where the stored parse does not tell (a letter parsed
    before kinds were told, until ``commentletters reparse``; an answer whose sentences were not found)."""

    FUTURE, MADE, UNKNOWN = (*COMMITMENT_KINDS, "unknown")
    KINDS = [
        (FUTURE, "promised for future filings"),
        (MADE, "changed in a filing with the answer"),
        (UNKNOWN, "kind not known (re-parse)"),
    ]

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="commitment_rows")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="commitments")
    review = models.ForeignKey(Review, on_delete=models.SET_NULL, null=True, blank=True, related_name="commitments")
    comment = models.ForeignKey(Comment, on_delete=models.SET_NULL, null=True, blank=True, related_name="commitments")
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=KINDS, default=UNKNOWN)


class IngestRun(models.Model):
    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    paths = models.JSONField(default=list)
    added = models.PositiveIntegerField(default=0)
    new_versions = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)


class IngestFile(models.Model):
    OUTCOMES = [(o, o.replace("_", " ")) for o in ("added", "new_version", "unchanged", "failed")]
    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="files")
    path = models.CharField(max_length=1000)
    sha256 = models.CharField(max_length=64, blank=True)
    key = models.CharField(max_length=80, blank=True)
    outcome = models.CharField(max_length=20, choices=OUTCOMES)
    code = models.CharField(max_length=40, blank=True, help_text="machine code of the failure")
    message = models.CharField(max_length=500, blank=True)
    letter = models.ForeignKey(Letter, on_delete=models.SET_NULL, null=True, blank=True, related_name="ingests")


class Correction(models.Model):
    """A curator's correction of what threading computes — a comment's status, an answer's link, a
    review's state — kept by the identity of what it corrects (a letter's key and the comment's or
    answer's position, or a review's key), not on the row: re-threading recomputes those fields
    and `reparse` replaces comment and answer rows, and both apply it again (archive.corrections)."""

    WHAT = [
        ("comment_status", "comment status"),
        ("answer_link", "answer link"),
        ("review_state", "review state"),
        ("follow_ups", "follow-ups"),
    ]
    what = models.CharField(max_length=20, choices=WHAT)
    key = models.CharField(max_length=200, help_text="the letter's key (comment, answer) or the review's key")
    position = models.PositiveIntegerField(default=0, help_text="the comment's or answer's position in its letter")
    value = models.JSONField(help_text="what the curator set, with the number of the comment or answer corrected")
    by = models.CharField(max_length=150, blank=True, help_text="the curator's user name")
    made = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["what", "key", "position"], name="one_correction_per_field")]

    def __str__(self) -> str:
        """What it corrects as a curator names it: "comment status of comment 1 of 0000000000-24-002292"
        (the number the letter prints, not the 0-based position kept to find it again)."""
        what = self.get_what_display()
        if self.what == "review_state":
            return f"{what} of review {self.key}"
        number = self.value.get("number") if isinstance(self.value, dict) else None
        if self.what == "answer_link":  # as the answer names itself ("answer 2 in …", "answer to the letter in …")
            return f"{what} of answer {'to the letter' if number is None else number} in {self.key}"
        comment = number if number is not None else f"at position {self.position + 1}"
        return f"{what} of comment {comment} of {self.key}"
