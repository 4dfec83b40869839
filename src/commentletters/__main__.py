"""``python -m commentletters`` and the ``commentletters`` command's entry point.

Only ``sys`` and ``os`` are imported before the Ctrl-C guard: the command's own modules take a few tens of
milliseconds to import, and a Ctrl-C in them printed a traceback instead of "interrupted".
"""

import os
import sys


def main() -> int:
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.stderr.flush()
        os._exit(130)  # (as cli.interrupted_while_importing: a return ended the interpreter by SIGINT at times)
    return command()


if __name__ == "__main__":
    sys.exit(main())
