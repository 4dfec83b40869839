"""Ctrl-C reaches every process of the terminal's group, the ingest's fork server among them. One
that fell while the server was importing the core printed its KeyboardInterrupt traceback after
the command's own "interrupted: ..." (the server ignores Ctrl-C only once its imports are done).
Here a command's process group gets Ctrl-C just after its pool started the fork server; the command
itself goes on (it has its own answer), and its pool must still read a letter, with nothing on stderr."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SAMPLES

USES_DATABASE = False

COMMAND = """
import os, signal, sys, threading
from commentletters.archive.worker import parse_file, parse_in_pool
signal.signal(signal.SIGINT, lambda *_: None)  # (the command's own answer; not SIG_IGN, which children inherit)
threading.Timer(0.1, os.killpg, (0, signal.SIGINT)).start()  # (the server is importing the core then)
with parse_in_pool(parse_file, [sys.argv[1]], workers=1, chunk=1) as answers:
    print(next(answers).letter["kind"])
"""


def test_ctrl_c_as_the_fork_server_starts_prints_no_traceback() -> None:
    staff = str(SAMPLES / "sec-staff-letter-2014-11-17.txt")
    done = subprocess.run(
        [sys.executable, "-c", COMMAND, staff], capture_output=True, text=True, timeout=120, start_new_session=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "staff_comments\n", "")
