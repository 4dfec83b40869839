"""The sentences of an answer that commit the company to change or add disclosure.

A commitment has a grammar: the company (or its filings) as subject, a future or undertaking
modal ("will", "shall", "intends to", "proposes to", "undertakes to"), a verb of disclosure
("revise", "include", "expand", "disclose", "present", ...) and a filing it lands in (future
filings, an amendment, the registration statement, an earnings release). In letters about a
registration statement the change is often already made in the amendment filed alongside
("The Company has revised the disclosure on page 54"): that counts too. A sentence saying no
change is needed, or one promising the staff supplemental information, does not.
"""

from __future__ import annotations

import re

_DISCLOSE = (
    r"revise|include|add|expand|disclose|provide|present|clarify|enhance|update|modify|remove|delete"
    r"|describe|discuss|quantify|reconcile|incorporate|supplement|file|amend|rename|retitle|refine|reflect"
    r"|identify|explain|address|label|change|broaden|specify|highlight|indicate|state|insert|replace"
    r"|augment|conform|restate|recast|separately|break out|disaggregate|omit|eliminate|refer|note"
    r"|characterize|caption|title|list|show|report|make|furnish|put|move|adjust|edit|correct|limit"
)
_PARTICIPLE = (
    r"revised|included|added|expanded|disclosed|provided|presented|clarified|enhanced|updated|modified"
    r"|removed|deleted|described|discussed|quantified|reconciled|incorporated|supplemented|filed|amended"
    r"|renamed|retitled|refined|reflected|identified|explained|addressed|labeled|labelled|changed"
    r"|expanded|inserted|replaced|conformed|restated|recast|disaggregated|omitted|eliminated|corrected"
)
_ADVERBS = (
    r"(?:\s+(?:also|further|additionally|accordingly|prospectively|then|in the future|continue to|"
    r"similarly|appropriately|specifically|separately|clearly|expressly|either|both|consider whether to|"
    r"endeavor to|seek to|look to|be sure to|begin to|start to|going forward|,))*"
)
_MODAL = re.compile(
    r"\b(?:will|shall|intends? to|plans? to|proposes? to|undertakes? to|agrees? to|commits? to"
    r"|(?:is|are) (?:planning|proposing|intending|committed) to|would propose to|expects? to)"
    rf"{_ADVERBS}\s+(?:(?P<be>be\s+)(?P<part>{_PARTICIPLE})|(?P<verb>{_DISCLOSE}))\b",
    re.I,
)
_PAST = re.compile(rf"\b(?:has|have)(?:\s+(?:also|further|now|accordingly))*\s+(?:{_PARTICIPLE})\b", re.I)
_SUBJECT = re.compile(
    r"(?:\bwe|\bit|\bcompany|\bmanagement|\bregistrant|\bpartnership|\bcorporation|\btrust|\bbank|\bfirm"
    r"|\bissuer|\bfilings?|\bdisclosures?|\breports?|\b10-[KQ]|\b20-F|\bstatements?|\bamendments?|\breleases?"
    r"|\bMD&A|\bsection|\bnote|\b(?!Staff\b|You\b|They\b|Commission\b)[A-Z][\w&.\-]*)"
    r"(?:\s*,[^,]{1,80},)?(?:\s+(?:also|further|then|accordingly|therefore|thus|hereby|supplementally))*\s*$"
)
_FILING = re.compile(
    r"\bfilings?\b|\bfuture\b|\bsubsequent\b|\bforthcoming\b|\bupcoming\b|\bnext\b|going forward|prospectively"
    r"|\bbeginning\b|\bstarting\b|amendment|\bamended\b|registration statement|prospectus|\b10-[KQ]\b|\b20-F\b"
    r"|\b40-F\b|annual report|quarterly report|\bproxy\b|earnings release|\bdisclosures?\b|\bMD&A\b|\bpages?\s+\S*\d"
    r"|\bnotes? to\b|\bfinancial statements\b|\bform\s+[0-9A-Z]|\bexhibit\b|\bcaption\b|\btables?\b",
    re.I,
)
_TO_STAFF = re.compile(r"\b(?:(?:to|with|for) (?:the )?Staff|to you\b|you with|supplemental(?:ly)?\b)", re.I)
_AMENDED_FILING = re.compile(
    r"registration statement|amendment|amended|prospectus|offering (?:statement|circular)|proxy statement"
    r"|\bform [SF]-\d|schedule (?:TO|14)|\bpages?\s+[A-Z]?-?\d",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s*$|n[’']t\s*$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z])")


def commitments(answer: str) -> list[str]:
    """The sentences of ``answer`` that commit to changing or adding disclosure."""
    return [s for s in _SENTENCES.split(answer) if commits(s)]


def commits(sentence: str) -> bool:
    """Whether one sentence commits the company to change or add disclosure."""
    if not _FILING.search(sentence):
        return False
    for m in _MODAL.finditer(sentence):
        before = sentence[: m.start()]
        if _NEGATED.search(before):
            continue
        if m.group("verb") and not _SUBJECT.search(before[-120:]):
            continue
        verb = (m.group("verb") or "").lower()
        if verb in ("provide", "furnish", "make", "refer", "note", "supplement") and _TO_STAFF.search(sentence):
            continue
        return True
    past = _PAST.search(sentence)
    return bool(past and _AMENDED_FILING.search(sentence) and not _TO_STAFF.search(sentence))
