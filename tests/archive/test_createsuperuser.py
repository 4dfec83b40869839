"""`commentletters createsuperuser`: a team's first curator account, on this archive.

The README sent admins to `python -m django createsuperuser --settings …`, which on a new data
folder or database failed with "no such table" (the archive's tables come with the first command)
and, with the database down, printed Django's traceback. The command creates the tables first,
as every archive command does, and says a refusal in one line."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from commentletters import cli

LEAD = ["createsuperuser", "--noinput", "--username", "lead", "--email", "lead@example.com"]


def test_creates_a_curator_then_refuses_the_same_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-team-password")
    assert cli.main(LEAD) == 0
    lead = User.objects.get(username="lead")
    assert lead.is_superuser and lead.is_staff and lead.check_password("a-long-team-password")
    capsys.readouterr()
    assert cli.main(LEAD) == 1
    assert capsys.readouterr().err.strip() == "error: That username is already taken."


def test_without_a_password_to_read_says_where_to_give_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    assert cli.main(LEAD) == 1
    err = capsys.readouterr().err
    assert "DJANGO_SUPERUSER_PASSWORD" in err and "Traceback" not in err
    assert not User.objects.filter(username="lead").exists()


def test_with_no_terminal_to_ask_in_says_how_to_give_it_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["createsuperuser"]) == 1  # (pytest's standard input is no terminal)
    assert "--noinput" in capsys.readouterr().err
    assert not User.objects.exists()
