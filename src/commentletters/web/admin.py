"""Curation in the Django admin (sign-in required): correct a company, a review's state, a comment's
status or an answer's link when the parser or the threading got it wrong."""

from __future__ import annotations

from django.contrib import admin

from ..archive import models


@admin.register(models.Company)
class CompanyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "cik", "tickers")
    search_fields = ("name", "cik")


@admin.register(models.Review)
class ReviewAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("key", "company", "state", "started", "ended", "due_date")
    list_filter = ("state",)
    search_fields = ("key", "company__name")
    raw_id_fields = ("company",)


@admin.register(models.Letter)
class LetterAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("key", "company", "kind", "date", "current", "version")
    list_filter = ("kind", "current")
    search_fields = ("key", "company__name")
    raw_id_fields = ("company", "raw", "review", "round")
    readonly_fields = ("data", "parser_version", "ingested")


@admin.register(models.Comment)
class CommentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "status")
    list_filter = ("status",)
    search_fields = ("text",)
    raw_id_fields = ("letter", "follows", "authorities")


@admin.register(models.Answer)
class AnswerAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "commits_future_filing", "redacted")
    raw_id_fields = ("letter", "comment", "authorities")
    search_fields = ("text",)


@admin.register(models.Commitment)
class CommitmentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("company", "text")
    raw_id_fields = ("answer", "company", "review", "comment")


admin.site.register(models.Authority, search_fields=("name",))
admin.site.site_header = "Comment Letters — curation"
