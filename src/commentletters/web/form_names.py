"""A form as people type it → the archive's spelling of it.

The archive keeps the form names letters print ("DEF 14A", "10-K", "SC TO-I"); people type "DEF14A",
"10k" or "sc to i" and found nothing. A form typed is compared, in any case, with the archive's
forms reviewed; failing that, with spaces, hyphens and dots left out of both: the one form that
then reads the same is searched for. Otherwise the text is searched as typed ("DEFA14A" and
"DEF A14A" are not one form, but nothing is spelt so).
"""

from __future__ import annotations

import difflib
import re

from ..archive import models

_MARKS = re.compile(r"[\s.\-]+")


def form_named(typed: str) -> str:
    """The archive's spelling of the form ``typed``, or ``typed`` itself."""
    wanted = typed.strip()
    squashed = _squashed(wanted)
    if not squashed:
        return typed
    forms = _forms()
    if any(form.upper() == wanted.upper() for form in forms):
        return typed
    near = sorted(form for form in forms if _squashed(form) == squashed)
    return near[0] if len(near) == 1 else typed


def close_forms(typed: str, shown: int = 8) -> list[str] | None:
    """None when ``typed`` (read as :func:`form_named` reads it, an amendment "10-K/A" as its form)
    names a form reviewed in the archive; else the forms that hold it or read like it (a typo), for
    the search page to say what the archive has, as it does for an unknown authority."""
    wanted = _squashed(form_named(typed))
    forms = _forms()
    squashed = {_squashed(form): form for form in forms}
    if not wanted or wanted in squashed or wanted.removesuffix("/A") in squashed:
        return None
    names = sorted(form for key, form in squashed.items() if wanted in key)
    if not names:
        names = [squashed[key] for key in difflib.get_close_matches(wanted, list(squashed), n=shown, cutoff=0.6)]
    return names[:shown]


def _forms() -> set[str]:
    return set(models.Filing.objects.values_list("form", flat=True).distinct())


def _squashed(form: str) -> str:
    return _MARKS.sub("", form).upper()
