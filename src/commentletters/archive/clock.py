"""Today's date, as the archive reads it to tell which answers are past due.

Due dates are stored (ten business days after the staff letter, or the date an extension request
names: ``core/status.py``); whether one has passed depends on the day it is read, so it is worked
out when shown, never stored. Tests replace :func:`today` to fix the day.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()


def days_past(due: date | None, state: str, on: date | None = None) -> int | None:
    """Days since an open review's next answer fell due (``on``: the day to judge by, today by
    default), or None when none is past due: no answer owed, the review not open, or the due date
    today or later. The years this can reach in an archive of published letters mostly mean the
    answer is missing from the files, not that none was sent."""
    if due is None or state != "open":
        return None
    late = ((on or today()) - due).days
    return late if late > 0 else None
