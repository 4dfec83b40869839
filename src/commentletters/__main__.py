"""``python -m commentletters`` and the ``commentletters`` command's entry point.

Only ``sys`` is imported before the Ctrl-C guard: the command's own modules take a few tens of
milliseconds to import, and a Ctrl-C in them printed a traceback instead of "interrupted".
"""

import sys


def main() -> int:
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return command()


if __name__ == "__main__":
    sys.exit(main())
