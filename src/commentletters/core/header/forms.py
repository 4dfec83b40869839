"""Form types as letters name them, normalised the way EDGAR codes them.

"Form 10-K" → "10-K"; "Amendment No. 2 to Registration Statement on Form S-1" → "S-1/A";
"Draft Registration Statement on Form S-1" → "DRS" (EDGAR's type for a confidential draft);
"Definitive Proxy Statement on Schedule 14A" → "DEF 14A"; "Schedule TO-I" → "SC TO-I".
"""

from __future__ import annotations

import re

from ..anchored import folds_exactly

_AMEND = r"(?P<amend>(?:Post-Effective\s+)?Amendment\s+No\.?\s*\d+\s+(?:to|on)\s+(?:the\s+|its\s+)?|Amended\s+)?"
_DRAFT = r"(?P<draft>Draft\s+)?"
_KIND = (
    r"(?P<kind>(?:Definitive|Preliminary|Revised(?:\s+Preliminary)?|Additional)\s+(?:Proxy|Information)\s+Statement"
    r"|Soliciting\s+Material"
    r"|Definitive\s+Additional\s+Materials|(?:Registration|Proxy|Information|Solicitation|Offering)\s+Statement"
    r"|(?:Annual|Quarterly|Current|Transition|Special\s+Financial)\s+Report|Report|Statement)?"
)
# (Form SD, the specialized disclosure report, has no digit)
_CODE = (
    r"(?P<code>[A-Z]{0,2}-?\d{1,2}[A-Z]?(?:-[A-Z0-9]{1,4})?(?:/A)?|[A-Z]{1,3}-\d{1,2}[A-Z]{0,3}(?:/A)?|TO-[ICT](?:/A)?"
    r"|SD(?:/A)?)"
)
# The lookahead names every character a match can start with (white space before "Form", the first
# letter of a prefix or code, a digit of a periodic form), so that the long alternation is not
# tried at the other positions of a text.
FORM = re.compile(
    r"(?=[\sacdfiopqrst12468])(?:"
    rf"{_AMEND}{_DRAFT}{_KIND}\s*(?:(?:on|pursuant\s+to)\s+)?"
    rf"(?:(?P<word>Forms?|Schedule)\s+{_CODE}(?![\w-])|(?<=Statement on )(?P<bare>[SF]-\d{{1,2}})\b)"
    r"|(?<![\w-])(?P<periodic>(?:10-[KQ]T?|20-F|40-F|8-K|6-K|11-K)(?:/A)?)(?![\w-])"
    r"|\b(?P<edgar>DEF\s?14[AC]|PRE[CMR]?\s?14A|DEF[ACMR]\s?14A|DFAN\s?14A|PRRN\s?14A|DRS(?:/A)?|SC\s+(?:TO-[IT]|14D9|13[DGE]))\b)",
    re.I,
)
# Where a FORM match can start, in the lower-cased text: the first word of each of its parts, in the
# order the pattern reads them (an amendment, a draft, the kind of statement, "on"/"pursuant",
# "Form"/"Schedule", the bare code after "Statement on", a periodic form, an EDGAR code). A match
# that starts on white space has "on", "pursuant", "Form", "Schedule" or a bare code after it.
# Grouped by first letter ("def" covers "definitive", "pre" "preliminary", "solicit" both its words),
# so that the engine, stopped at a letter, tries only the words that start with it.
_FORM_START = re.compile(
    r"a(?:mend|dditional|nnual)|current|d(?:raft|ef|fan|rs)|f(?:orm|-)|information|o(?:n\s|ffering)"
    r"|p(?:ost-effective|re|roxy|ursuant\s|rrn)|quarterly|re(?:vised|gistration|port)"
    r"|s(?:olicit|pecial|tatement|chedule|-|c\s)|transition|1(?:0-|1-k)|20-f|40-f|6-k|8-k"
)
_AFTER_SPACE = ("on", "pursuant", "form", "schedule", "s-", "f-")
# A match that starts at "on" or "pursuant" (or at the white space before them) has no amendment, draft
# or kind of statement before them, so "Form", "Schedule" or a bare code follows ("on Form 10-K"): in
# the lower-cased text, "on" or "pursuant to" without one of those after it starts no match
# ("Filed on February 18", "Corporation plc"), and FORM, long and case-blind, is not tried there.
_LEADS = ("on", "pursuant")
_LEAD_TO_FORM = re.compile(r"(?:on|pursuant\s+to)\s+(?:form|schedule|[sf]-)")
_SCHEDULE = {"14D-9": "SC 14D9", "14D9": "SC 14D9", "13E-3": "SC 13E3"}


def find_forms(text: str, pos: int = 0) -> list[re.Match[str]]:
    """What ``FORM.finditer(text, pos)`` finds, found faster: FORM ignores case and opens with a
    lookahead, so the engine would try it at nearly every position; it is tried only where one of
    its first words starts in the lower-cased text, and on the white space just before that word."""
    if not folds_exactly(text):  # the lower-cased text would not show every case-blind match
        return list(FORM.finditer(text, pos))
    low = text.lower()
    found: list[re.Match[str]] = []
    while (start := _FORM_START.search(low, pos)) is not None:
        at = start.start()
        if low.startswith(_LEADS, at) and not _LEAD_TO_FORM.match(low, at):
            pos = at + 1
            continue
        first = at
        while first > pos and text[first - 1].isspace():
            first -= 1
        # a match starting on white space has the same words after it from any point of the run, and
        # those words can only be "on", "pursuant", "Form", "Schedule" or a bare code
        spaced = FORM.match(text, first) if first < at and low.startswith(_AFTER_SPACE, at) else None
        match = spaced or FORM.match(text, at)
        if match:
            found.append(match)
            pos = match.end()
        else:
            pos = at + 1
    return found


def search_form(text: str) -> re.Match[str] | None:
    """What ``FORM.search(text)`` finds (see :func:`find_forms`)."""
    found = find_forms(text)
    return found[0] if found else None


def form_name(m: re.Match[str]) -> str:
    """The EDGAR-style form type for a :data:`FORM` match."""
    if m.group("edgar"):
        return re.sub(r"\s+", " ", m.group("edgar").upper())
    code = (m.group("code") or m.group("bare") or m.group("periodic") or "").upper()
    amended = bool(m.group("amend")) or code.endswith("/A")
    base = code.removesuffix("/A")
    if m.group("draft"):
        return "DRS/A" if amended else "DRS"
    if (m.group("word") or "").lower() == "schedule":
        base = _schedule(base, (m.group("kind") or "").lower())
    if amended and base in _REVISED:
        return _REVISED[base]  # (EDGAR has no "PRE 14A/A": an amended proxy statement is a revised one)
    return f"{base}/A" if amended else base


# EDGAR's codes of the revised proxy and information statements that amend the first ones
_REVISED = {
    "PRE 14A": "PRER14A", "PREM14A": "PRER14A", "PREC14A": "PRRN14A", "DEF 14A": "DEFR14A", "DEFM14A": "DEFR14A",
    "PRE 14C": "PRER14C", "PREM14C": "PRER14C", "DEF 14C": "DEFR14C", "DEFM14C": "DEFR14C",
}  # fmt: skip


def _schedule(code: str, kind: str) -> str:
    if code in ("14A", "14C"):  # a proxy statement (14A) or an information statement (14C)
        if "definitive additional" in kind or "soliciting" in kind:
            return f"DEFA{code}"
        if kind.startswith("definitive"):
            return f"DEF {code}"
        if kind.startswith("revised"):
            return f"PRER{code}"
        if kind.startswith("preliminary"):
            return f"PRE {code}"
    if code in _SCHEDULE:
        return _SCHEDULE[code]
    return code if re.fullmatch(r"(?:PRE|DEF|DFAN|PRRN)\w*14[AC]", code) else f"SC {code}"
