"""Ctrl-C in the command's first moments, while its modules are imported: "interrupted" and exit
status 130, as later, not a traceback. An import hook raises KeyboardInterrupt (what Python's SIGINT
handler does) at the moment the named module would be imported, in a process of its own."""

from __future__ import annotations

import pytest

from tests.own_process import run_code

CTRL_C_IN_IMPORT = """
import sys
class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            raise KeyboardInterrupt
sys.meta_path.insert(0, CtrlC())
sys.argv = ["commentletters", "parse", "letter.pdf"]
from commentletters.__main__ import main
sys.exit(main())
"""


@pytest.mark.parametrize(
    "module",
    [
        "commentletters.cli",  # the command line's own module
        "commentletters.config",  # a module it imports
        "commentletters.commands.parse",  # the chosen command's module, read while the command line is
        "commentletters.core.parse",  # the parser, imported by the command's module
    ],
)
def test_ctrl_c_while_importing_is_an_interruption(module: str) -> None:
    status, out, err = run_code(CTRL_C_IN_IMPORT.format(module=module))
    assert (status, out, err) == (130, "", "interrupted\n")
