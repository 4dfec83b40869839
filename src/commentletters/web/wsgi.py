"""The WSGI application (for waitress via ``commentletters serve``, or any WSGI server)."""

from __future__ import annotations

from commentletters.archive import setup_django

setup_django()

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
