"""Curation in the Django admin (sign-in required): correct a company, a review's state, a comment's
status or follow-ups, or an answer's link when the parser or the threading got it wrong.

A review's state, a comment's status and follow-ups and an answer's link are also recorded as corrections
(archive/corrections.py), which threading applies again after each ingest, sync or `reparse`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from ..archive import corrections, models


def _kept_if_changed(request: HttpRequest, form: Any, names: set[str], keep: Any, obj: Any) -> None:
    """Record ``obj``'s correction when the curator changed one of ``names``."""
    if names & set(form.changed_data):
        keep(obj, request.user.get_username())


KEPT = (
    "Kept as a correction: the next ingest, sync or `reparse` applies it again (delete it under Corrections to undo)."
)
REPARSED = (
    "Read from the letter by the parser, or worked out by the threading: a change here lasts only until the "
    "letter is parsed or threaded again (`commentletters reparse`, the company's next ingest or sync)."
)


class Curated(admin.ModelAdmin):  # type: ignore[type-arg]
    """A change form in two groups, so that a curator sees which changes last: the fields kept as
    corrections (``kept``), and the rest, which the parser or the threading sets again."""

    kept: tuple[str, ...] = ()

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        rest = [f for f in self.get_fields(request, obj) if f not in self.kept]
        groups: list[tuple[str | None, dict[str, Any]]] = []
        if self.kept:
            groups.append(("Corrections that last", {"fields": self.kept, "description": KEPT}))
        groups.append(("Parsed and threaded" if self.kept else None, {"fields": rest, "description": REPARSED}))
        return groups


@admin.register(models.Company)
class CompanyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "cik", "tickers")
    search_fields = ("name", "cik")


@admin.register(models.Review)
class ReviewAdmin(Curated):
    kept = ("state", "state_reason")
    list_display = ("key", "company", "state", "started", "ended", "due_date")
    list_filter = ("state",)
    search_fields = ("key", "company__name")
    raw_id_fields = ("company",)

    def save_model(self, request: HttpRequest, obj: models.Review, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        _kept_if_changed(request, form, {"state", "state_reason"}, corrections.remember_state, obj)


@admin.register(models.Letter)
class LetterAdmin(Curated):
    list_display = ("key", "company", "kind", "date", "current", "version")
    list_filter = ("kind", "current")
    search_fields = ("key", "company__name")
    raw_id_fields = ("company", "raw", "review", "round")
    readonly_fields = ("data", "parser_version", "ingested")


@admin.register(models.Comment)
class CommentAdmin(Curated):
    kept = ("status", "status_reason", "follows")
    list_display = ("__str__", "status")
    list_filter = ("status",)
    search_fields = ("text",)
    raw_id_fields = ("letter", "follows", "authorities")

    def save_model(self, request: HttpRequest, obj: models.Comment, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        _kept_if_changed(request, form, {"status", "status_reason"}, corrections.remember_status, obj)

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)  # (the follow-ups are saved here, after the row)
        _kept_if_changed(request, form, {"follows"}, corrections.remember_follow_ups, form.instance)


@admin.register(models.Answer)
class AnswerAdmin(Curated):
    kept = ("comment",)
    list_display = ("__str__", "commits_future_filing", "redacted")
    raw_id_fields = ("letter", "comment", "authorities")
    search_fields = ("text",)

    def save_model(self, request: HttpRequest, obj: models.Answer, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        _kept_if_changed(request, form, {"comment"}, corrections.remember_link, obj)


@admin.register(models.Commitment)
class CommitmentAdmin(Curated):
    list_display = ("company", "text")
    raw_id_fields = ("answer", "company", "review", "comment")


admin.site.register(models.Authority, search_fields=("name",))


@admin.register(models.Correction)
class CorrectionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The corrections kept; deleting one lets threading decide again at the next re-threading."""

    list_display = ("__str__", "value", "by", "made")
    list_filter = ("what",)
    search_fields = ("key", "by")
    readonly_fields = ("what", "key", "position", "value", "by", "made")


admin.site.site_header = "Comment Letters — curation"
# Django's sign-in page has no h1 (its branding is a div since 5.0): ours names the page in one, as
# every other page does, for screen readers' heading lists.
admin.site.login_template = "web/admin_login.html"
