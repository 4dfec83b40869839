"""Serve the archive's web pages and API with a production WSGI server (waitress).

The database schema is brought up to date first, static files are served by WhiteNoise from the
same process, and the server keeps a pool of worker threads. Open http://HOST:PORT/ in a browser;
the API and its OpenAPI document are at /api/ and /api/openapi.json. Stop with Ctrl-C.
"""

from __future__ import annotations

import argparse
import logging
import sys

from .. import config
from .options import number_between

_THIS_MACHINE = ("127.0.0.1", "localhost", "::1")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=number_between(1, 65535), default=8000, help="port to listen on (default 8000)")
    p.add_argument("--threads", type=number_between(1, 1000), default=8, help="worker threads (default 8)")


def run(args: argparse.Namespace) -> int:
    from ..archive import setup_django

    setup_django()
    from django.conf import settings
    from waitress import create_server

    from ..web.wsgi import application

    if args.host not in settings.ALLOWED_HOSTS and args.host not in ("0.0.0.0", "::"):
        settings.ALLOWED_HOSTS.append(args.host)
    elif args.host in ("0.0.0.0", "::"):
        settings.ALLOWED_HOSTS.append("*")  # listening everywhere: the operator chose to accept any name
    shown = f"[{args.host}]" if ":" in args.host else args.host
    proxy = config.tls_proxy()
    # the HTTPS proxy's word that a request came over HTTPS, from its address alone (others' is dropped)
    trusted: dict[str, object] = (
        {"trusted_proxy": proxy, "trusted_proxy_count": 1, "trusted_proxy_headers": {"x-forwarded-proto"}}
        if proxy
        else {}
    )
    try:  # bound before the site is announced: a taken port is said, not shown as a traceback
        server = create_server(
            application,
            host=args.host,
            port=args.port,
            threads=args.threads,
            ident="commentletters",
            clear_untrusted_proxy_headers=True,
            **trusted,
        )
    except OSError as exc:
        print(
            f"error: cannot listen on {shown}:{args.port} ({exc.strerror or exc}); choose another --port or --host",
            file=sys.stderr,
        )
        return 1
    except ValueError:  # waitress: a --host that names no address (not resolvable, or mistyped)
        print(
            f"error: cannot listen on {shown}:{args.port} ({args.host!r} is no address of this machine); "
            "give --host an address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)",
            file=sys.stderr,
        )
        return 1
    logging.basicConfig()  # the server's warnings and errors to standard error, as waitress.serve does
    print(f"Comment Letters at http://{shown}:{args.port}/  (API at /api/, Ctrl-C to stop)", flush=True)
    if args.host not in _THIS_MACHINE and not proxy:
        print(
            "note: served to other machines over plain HTTP, where signing in sends the password in clear; "
            "put an HTTPS proxy in front and set COMMENTLETTERS_TLS_PROXY to its address",
            file=sys.stderr,
            flush=True,
        )
    server.run()
    return 0
