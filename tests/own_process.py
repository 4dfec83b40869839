"""Running a piece of test code in a process of its own, in its own process group (Ctrl-C sent to
the group reaches it and its workers, not pytest), ended with its group whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import suppress

from tests.conftest import ROOT


def run_code(code: str, timeout: float = 30) -> tuple[int | None, str, str]:
    """``python -c code`` from the checkout's root: its exit status, output and error output."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, out, err
