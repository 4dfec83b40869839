"""A sign-in account for curation (the admin at /admin/): Django's createsuperuser, on this archive.

The archive's tables are created or brought up to date first, as by every archive command, so it
works on a new data folder or database; a refusal (a name taken, a password too common) is one
line, and a database that cannot be reached is said by the command line as for every command.
"""

from __future__ import annotations

import argparse
import os
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--username", help="the account's name (asked for when not given)")
    p.add_argument("--email", help="its email address (asked for when not given)")
    p.add_argument(
        "--noinput",
        action="store_true",
        help="ask nothing: needs --username, --email and the password in DJANGO_SUPERUSER_PASSWORD",
    )


def run(args: argparse.Namespace) -> int:
    if args.noinput and not os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
        # (Django would create the account without a usable password: one nobody can sign in with)
        print(
            "error: --noinput reads the password from DJANGO_SUPERUSER_PASSWORD, which is not set; "
            "set it, or leave out --noinput to type the password",
            file=sys.stderr,
        )
        return 1
    if not args.noinput and not sys.stdin.isatty():
        # (Django would say "skipped" with exit status 0, and point to a manage.py we do not have)
        print(
            "error: no terminal to ask the password in; run it in a terminal, or give --noinput with "
            "--username, --email and the password in DJANGO_SUPERUSER_PASSWORD",
            file=sys.stderr,
        )
        return 1
    from ..archive import setup_django

    setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    given = {k: v for k, v in (("username", args.username), ("email", args.email)) if v}
    try:
        call_command("createsuperuser", interactive=not args.noinput, **given)
    except CommandError as exc:
        print(f"error: {str(exc).removeprefix('Error: ')}", file=sys.stderr)
        return 1
    return 0
