"""The REST API (django-ninja) at /api/, its OpenAPI document at /api/openapi.json.

Reading is public. Every error, whatever raised it, has one shape:
``{"error": {"code": "...", "message": "...", "details": [...]}}`` (the schema documents it as
``Error`` on each operation, 422 for invalid parameters).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from ..search import SearchTimeout
from .routes import router

api = NinjaAPI(
    title="Comment Letters API",
    version="1",
    description="SEC filing-review correspondence: companies, reviews, letters, staff comments, company answers "
    'and full-text search. Read-only and public; errors are always `{"error": {code, message, details}}`.',
    urls_namespace="api",
)
api.add_router("/", router)


def error(status: int, code: str, message: str, details: list[dict[str, object]] | None = None) -> JsonResponse:
    body = {"code": code, "message": message, "details": details or []}
    return JsonResponse({"error": body}, status=status)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    details = [
        {
            "field": ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body")),
            "message": e.get("msg", ""),
        }
        for e in exc.errors
    ]
    return error(422, "invalid_parameters", "Some parameters are not valid.", details)


@api.exception_handler(Http404)
def _missing(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error(404, "not_found", str(exc) or "No such resource.")


@api.exception_handler(HttpError)
def _http(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error(exc.status_code, getattr(exc, "code", None) or "error", str(exc))


@api.exception_handler(AuthenticationError)
def _auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error(401, "sign_in_required", "Sign in to change data.")


@api.exception_handler(SearchTimeout)
def _slow(request: HttpRequest, exc: SearchTimeout) -> HttpResponse:
    return error(503, "search_timeout", "The search took too long; add words or filters to narrow it.")


@api.exception_handler(Exception)
def _crash(request: HttpRequest, exc: Exception) -> HttpResponse:
    import logging

    logging.getLogger("commentletters.web.api").exception("API error")
    return error(500, "server_error", "Something went wrong on our side.")


def api_not_found(request: HttpRequest, rest: str) -> HttpResponse:
    """Any other address under /api/ answers in the API's error shape, not with an HTML page."""
    return error(404, "not_found", f"There is no API endpoint /api/{rest}.")
