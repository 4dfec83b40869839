"""One letter: the original document beside the parsed view; and the original bytes themselves."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ...archive import models
from ...core.version import parser_version
from ..edgar_links import edgar_folder
from ..letter_facts import filings_reviewed, letters_answered
from ..sanitize import decode_html, sanitize_letter_html


def _current(key: str) -> models.Letter:
    return get_object_or_404(
        models.Letter.objects.select_related("company", "review", "raw", "round"), key=key, current=True
    )


def _stored(letter: models.Letter) -> Path | None:
    """Where the letter's original bytes are, or None where this data folder does not hold them (a team's
    archive on one PostgreSQL database, each machine with its own data folder: the original stays in the
    folder of the machine that ingested it)."""
    path = Path(settings.DATA_DIR) / letter.raw.path
    return path if path.is_file() else None


def _raw_path(letter: models.Letter) -> Path:
    path = _stored(letter)
    if path is None:
        raise Http404("The original document is not in this archive's data folder.")
    return path


def _edgar_folder(letter: models.Letter) -> str:
    """The letter's filing on EDGAR (its folder of documents), where its CIK and accession are known."""
    return edgar_folder(letter.company.cik if letter.company_id else None, letter.accession)


def letter(request: HttpRequest, key: str) -> HttpResponse:
    """The parsed letter beside its original; the parsed view alone, saying why, when the original is
    not in this data folder."""
    obj = _current(key)
    suffix = Path(obj.raw.path).suffix.lower()
    original_html = ""
    original_text = ""
    path = _stored(obj)
    if path is not None and suffix in (".htm", ".html"):
        original_html = sanitize_letter_html(decode_html(path.read_bytes()))
    elif path is not None and suffix != ".pdf":
        original_text = decode_html(path.read_bytes())
    comments = obj.comments.prefetch_related("authorities", "answers__letter").order_by("position")
    answers = obj.answers.select_related("comment__letter").prefetch_related("commitment_rows").order_by("position")
    versions = (
        models.Letter.objects.filter(key=obj.key).order_by("-version").values("version", "parser_version", "ingested")
    )
    return render(
        request,
        "web/letter.html",
        {
            "letter": obj,
            "data": obj.data,
            "filings": filings_reviewed(obj.data or {}),
            "answered": letters_answered(obj),
            "subkind_words": obj.subkind.replace("_", " "),
            "is_pdf": suffix == ".pdf",
            "original_missing": path is None,
            "edgar_folder": _edgar_folder(obj),
            "original_html": original_html,
            "original_text": original_text,
            "comments": comments,
            "answers": answers,
            "versions": versions,
            "this_parser": parser_version(),  # a letter another version read says so
        },
    )


def original(request: HttpRequest, key: str) -> FileResponse:
    """The document as filed. PDFs open inline; anything else downloads (never rendered as our HTML)."""
    obj = _current(key)
    path = _raw_path(obj)
    is_pdf = path.suffix.lower() == ".pdf"
    name = f"{obj.key.replace(':', '-')}{path.suffix.lower()}"
    response = FileResponse(
        path.open("rb"),
        as_attachment=not is_pdf,
        filename=name,
        content_type="application/pdf" if is_pdf else "application/octet-stream",
    )
    if not is_pdf:
        response["Content-Security-Policy"] = "sandbox"  # Chrome's PDF viewer will not run in a sandbox
    return response
