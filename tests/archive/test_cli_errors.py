"""What a user sees when the archive cannot be used: one line naming the setting to fix and an exit
status of 1, never a Python traceback. Each case runs the real command in a fresh process, since the
settings are read once, when Django starts."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

USES_DATABASE = False  # each command opens its own archive (or fails to)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def command(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "COMMENTLETTERS_DATA_DIR")}
    return subprocess.run(
        [sys.executable, "-m", "commentletters.cli", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("args", [["stats"], ["export"], ["reparse", "--no-progress"]])
@pytest.mark.parametrize(
    ("where", "named"),
    [
        ("file", "COMMENTLETTERS_DATA_DIR"),  # a file where the data folder should be
        ("file/data", "COMMENTLETTERS_DATA_DIR"),  # a folder that cannot be made (its parent is a file)
    ],
)
def test_an_unusable_data_folder_is_named(tmp_path: Path, args: list[str], where: str, named: str) -> None:
    (tmp_path / "file").write_text("not a folder")
    done = command(args, COMMENTLETTERS_DATA_DIR=str(tmp_path / where))
    assert (done.returncode, "Traceback" in done.stderr) == (1, False), done.stderr
    assert done.stderr.startswith("error: ") and named in done.stderr


def test_ingest_into_an_unusable_data_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    letter = next((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))
    done = command(["ingest", "--no-progress", str(letter)], COMMENTLETTERS_DATA_DIR=str(tmp_path / "file/data"))
    assert (done.returncode, "Traceback" in done.stderr) == (1, False), done.stderr
    assert "COMMENTLETTERS_DATA_DIR" in done.stderr


def test_a_database_server_that_is_not_there(tmp_path: Path) -> None:
    url = f"postgres://nobody:secret@127.0.0.1:{free_port()}/archive"
    done = command(["stats"], COMMENTLETTERS_DATA_DIR=str(tmp_path), DATABASE_URL=url)
    assert (done.returncode, "Traceback" in done.stderr) == (1, False), done.stderr
    assert done.stderr.startswith("error: ") and "DATABASE_URL" in done.stderr
    assert "secret" not in done.stderr  # the password is not echoed


def test_a_bad_database_url_is_named(tmp_path: Path) -> None:
    done = command(["stats"], COMMENTLETTERS_DATA_DIR=str(tmp_path), DATABASE_URL="mysql://x@localhost/db")
    assert (done.returncode, "Traceback" in done.stderr) == (1, False), done.stderr
    assert done.stderr.startswith("error: DATABASE_URL")


def test_sync_into_an_unusable_data_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    done = command(
        ["sync", "--cik", "320193", "--quiet"],
        COMMENTLETTERS_DATA_DIR=str(tmp_path / "file/data"),
        COMMENTLETTERS_USER_AGENT="Jane Doe jane@example.com",
        COMMENTLETTERS_EDGAR_URL=f"http://127.0.0.1:{free_port()}",  # nothing is asked of it
    )
    assert (done.returncode, "Traceback" in done.stderr) == (1, False), done.stderr
    assert done.stderr.startswith("error: COMMENTLETTERS_DATA_DIR")


@pytest.mark.parametrize("args", [["ingest", "--workers", "0", "x.pdf"], ["reparse", "--workers", "-1"]])
def test_impossible_worker_counts_are_refused(tmp_path: Path, args: list[str]) -> None:
    done = command(args, COMMENTLETTERS_DATA_DIR=str(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--workers" in done.stderr and "is not a number from 1 to 256" in done.stderr


@pytest.mark.parametrize(
    ("args", "wrong", "usage"),
    [
        (["stats", "--jsn"], "--jsn", "usage: commentletters stats [-h] [--json]"),
        (["parse", "--xml", "letter.pdf"], "--xml", "usage: commentletters parse [-h] [--json | --csv]"),
        (["export", "--format", "csv", "archive.csv"], "archive.csv", "usage: commentletters export [-h]"),
    ],
)
def test_a_misspelt_option_is_shown_with_the_commands_own_options(
    tmp_path: Path, args: list[str], wrong: str, usage: str
) -> None:
    """Not the bare "usage: commentletters [-h] [--version] COMMAND ...", which lists none of them."""
    done = command(args, COMMENTLETTERS_DATA_DIR=str(tmp_path))
    assert done.returncode == 2 and done.stderr.startswith(usage), done.stderr
    assert f"unrecognized arguments: {wrong}" in done.stderr


def test_the_readme_way_to_create_an_admin_account(tmp_path: Path) -> None:
    """README's createsuperuser command works on a new data folder, first of all commands (it creates
    the archive; Django's own `python -m django createsuperuser`, which README named before, failed
    there with "no such table")."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    shown = re.search(r"Create the first account with\n  `commentletters (createsuperuser)`", readme)
    assert shown is not None and "--noinput --username NAME --email ADDRESS" in readme
    args = [shown[1], "--noinput", "--username", "curator", "--email", "curator@example.com"]
    done = command(args, COMMENTLETTERS_DATA_DIR=str(tmp_path), DJANGO_SUPERUSER_PASSWORD="a long passphrase")
    assert done.returncode == 0 and "Superuser created successfully." in done.stdout, done.stderr
    assert command(["stats"], COMMENTLETTERS_DATA_DIR=str(tmp_path)).returncode == 0
