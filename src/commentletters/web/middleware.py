"""A Content-Security-Policy on the site's own pages: defence in depth for letter HTML; and the
API's error shape for a method it does not answer.

Letter HTML is sanitised before display (:mod:`.sanitize`); this policy means that even a mistake
there could not run a script, load a remote resource or frame the page elsewhere. The site's pages
use no scripts at all. The API documentation and the admin bring their own scripts and are left
to their own headers.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'"
)
EXEMPT = ("/api/docs", "/admin/")


class ContentSecurityPolicy:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith(EXEMPT)
            and "Content-Security-Policy" not in response
        ):
            response["Content-Security-Policy"] = POLICY
        return response


class ApiMethodNotAllowed:
    """A POST (or any method but GET) to an API address: django-ninja answers 405 with an HTML body
    of its own, where the API promises ``{"error": {...}}`` for every error."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and request.path.startswith("/api/") and "json" not in response["Content-Type"]:
            from .api import error

            shaped = error(405, "method_not_allowed", "The API is read-only (GET); changes go through the admin.")
            shaped["Allow"] = response.get("Allow", "GET")
            return shaped
        return response
