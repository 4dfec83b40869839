"""`commentletters parse` starts light: no Django, no EDGAR client, no other command's module."""

from __future__ import annotations

import subprocess
import sys


def test_parse_imports_only_what_it_needs() -> None:
    code = (
        "import sys; from commentletters import cli; cli.build_parser(cli.chosen_command(['parse', 'x']));"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'httpx', 'hishel', 'pyrate_limiter'}"
        " or m.startswith(('commentletters.commands.sync', 'commentletters.commands.ingest',"
        " 'commentletters.archive')));"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_help_lists_every_command(capsys) -> None:  # type: ignore[no-untyped-def]
    from commentletters import cli

    try:
        cli.main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert name in out


def test_a_command_help_shows_its_options(capsys) -> None:  # type: ignore[no-untyped-def]
    from commentletters import cli

    try:
        cli.main(["parse", "--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert "--json" in capsys.readouterr().out
