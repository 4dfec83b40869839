"""The search form: one definition for the page, the exports and (by the same fields) the API."""

from __future__ import annotations

from django import forms

from ..archive import models
from ..core.asks import ASK_WORDS, ASKS
from .filter_help import FORM_REVIEWED
from .search import Filters

ANSWERS_ASK_NOTHING = "company answers ask nothing: choose staff comment letters, or any ask"


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=500, label='Words or "a phrase"')
    company = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Company")
    form = forms.CharField(required=False, max_length=40, label="Form reviewed", help_text=FORM_REVIEWED)
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Year")
    type = forms.ChoiceField(
        required=False,
        label="Letter",
        choices=[
            ("", "Staff comments and company answers"),
            ("comment", "Staff comment letters"),
            ("answer", "Company responses"),
        ],
    )
    status = forms.ChoiceField(
        required=False, label="Comment status", choices=[("", "Any status"), *models.Comment.STATUSES]
    )
    office = forms.CharField(required=False, max_length=100, label="Reviewing office")
    authority = forms.CharField(required=False, max_length=300, label="Authority cited")
    asks = forms.ChoiceField(
        required=False,
        label="Comment asks",
        choices=[("", "Anything"), *((ask, ASK_WORDS[ask].capitalize()) for ask in ASKS)],
    )
    order = forms.ChoiceField(
        required=False, choices=[("relevance", "Most relevant"), ("date", "Newest")], label="Order"
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["company"].choices = [
            ("", "Any company"),
            *models.Company.objects.order_by("name").values_list("id", "name"),
        ]
        years = models.Letter.objects.filter(current=True, date__isnull=False).dates("date", "year", order="DESC")
        self.fields["year"].choices = [("", "Any year"), *((d.year, d.year) for d in years)]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("asks") and data.get("type") == "answer":
            self.add_error("asks", ANSWERS_ASK_NOTHING)
        return data

    def filters(self) -> Filters:
        d = self.cleaned_data
        return Filters(
            company=d.get("company"),
            form=d.get("form") or "",
            year=d.get("year"),
            type=d.get("type") or "",
            status=d.get("status") or "",
            office=d.get("office") or "",
            authority=d.get("authority") or "",
            asks=d.get("asks") or "",
        )
