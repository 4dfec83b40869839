"""A form as people type it → the archive's spelling of it.

The archive keeps the form names letters print ("DEF 14A", "10-K", "SC TO-I"); people type "DEF14A",
"10k" or "sc to i" and found nothing. A form typed is compared, in any case, with the archive's
forms reviewed; failing that, with spaces, hyphens and dots left out of both: the one form that
then reads the same is searched for. Otherwise the text is searched as typed ("DEFA14A" and
"DEF A14A" are not one form, but nothing is spelt so).
"""

from __future__ import annotations

import re

from ..archive import models

_MARKS = re.compile(r"[\s.\-]+")


def form_named(typed: str) -> str:
    """The archive's spelling of the form ``typed``, or ``typed`` itself."""
    wanted = typed.strip()
    squashed = _squashed(wanted)
    if not squashed:
        return typed
    forms = set(models.Filing.objects.values_list("form", flat=True).distinct())
    if any(form.upper() == wanted.upper() for form in forms):
        return typed
    near = sorted(form for form in forms if _squashed(form) == squashed)
    return near[0] if len(near) == 1 else typed


def _squashed(form: str) -> str:
    return _MARKS.sub("", form).upper()
