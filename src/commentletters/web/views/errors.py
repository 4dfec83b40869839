"""Error pages in the site's own layout (and JSON under /api/)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": "not_found", "message": "No such resource."}}, status=404)
    return render(
        request,
        "web/error.html",
        {"title": "Not found", "message": "There is nothing at this address in the archive."},
        status=404,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": "server_error", "message": "Something went wrong on our side."}}, status=500
        )
    return render(
        request,
        "web/error.html",
        {"title": "Something went wrong", "message": "The page could not be shown. Please try again."},
        status=500,
    )
