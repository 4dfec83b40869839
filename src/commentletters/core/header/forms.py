"""Form types as letters name them, normalised the way EDGAR codes them.

"Form 10-K" → "10-K"; "Amendment No. 2 to Registration Statement on Form S-1" → "S-1/A";
"Draft Registration Statement on Form S-1" → "DRS" (EDGAR's type for a confidential draft);
"Definitive Proxy Statement on Schedule 14A" → "DEF 14A"; "Schedule TO-I" → "SC TO-I".
"""

from __future__ import annotations

import re

_AMEND = r"(?P<amend>(?:Post-Effective\s+)?Amendment\s+No\.?\s*\d+\s+(?:to|on)\s+(?:the\s+|its\s+)?|Amended\s+)?"
_DRAFT = r"(?P<draft>Draft\s+)?"
_KIND = (
    r"(?P<kind>(?:Definitive|Preliminary|Revised|Additional)\s+(?:Proxy|Information)\s+Statement|Soliciting\s+Material"
    r"|Definitive\s+Additional\s+Materials|(?:Registration|Proxy|Information|Solicitation|Offering)\s+Statement"
    r"|(?:Annual|Quarterly|Current|Transition|Special\s+Financial)\s+Report|Report|Statement)?"
)
_CODE = (
    r"(?P<code>[A-Z]{0,2}-?\d{1,2}[A-Z]?(?:-[A-Z0-9]{1,4})?(?:/A)?|[A-Z]{1,3}-\d{1,2}[A-Z]{0,3}(?:/A)?|TO-[ICT](?:/A)?)"
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
_SCHEDULE = {"14D-9": "SC 14D9", "14D9": "SC 14D9", "13E-3": "SC 13E3"}


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
    return f"{base}/A" if amended else base


def _schedule(code: str, kind: str) -> str:
    if code == "14A":
        if "definitive additional" in kind or "soliciting" in kind:
            return "DEFA14A"
        if kind.startswith("definitive"):
            return "DEF 14A"
        if kind.startswith(("preliminary", "revised")):
            return "PRE 14A"
    if code in _SCHEDULE:
        return _SCHEDULE[code]
    return code if re.fullmatch(r"(?:PRE|DEF|DFAN|PRRN)\w*14A", code) else f"SC {code}"
