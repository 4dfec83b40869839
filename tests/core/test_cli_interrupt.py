"""Ctrl-C stops a command even when it falls while Python runs a finalizer.

Python raises KeyboardInterrupt wherever the main thread is; inside a weak reference's callback
(Django's signals keep one per receiver, and a new archive's migrations drop hundreds at once) it is
printed as "Exception ignored" and lost: a Ctrl-C pressed in the first second of an ingest into a new
archive let it run to the end, exit status 0. The stand-in command here drops such a callback at the
moment Ctrl-C falls, then works on, as an ingest would."""

from __future__ import annotations

import time
import weakref

import pytest

import commentletters.commands.ingest as ingest_command
from commentletters.cli import main


class _Receiver:
    pass


def _ctrl_c_falls_here() -> None:
    raise KeyboardInterrupt  # (what the signal handler does, inside the callback)


def _ingest_with_a_finalizer_at_ctrl_c(args: object) -> int:
    receiver = _Receiver()
    weakref.finalize(receiver, _ctrl_c_falls_here)
    del receiver  # the callback runs now, and Ctrl-C with it
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the rest of a long ingest
        time.sleep(0.01)
    return 0


def test_ctrl_c_in_a_finalizer_still_stops_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ingest_command, "run", _ingest_with_a_finalizer_at_ctrl_c)
    started = time.monotonic()
    assert main(["ingest", "letters"]) == 130
    assert time.monotonic() - started < 4
    said = "interrupted: what was stored is kept; run the same ingest again to finish (it skips what is stored)\n"
    assert capsys.readouterr().err == said
