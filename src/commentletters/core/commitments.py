"""The sentences of an answer that commit the company to change or add disclosure.

A commitment has a grammar: the company (or its filings) as subject, a future or undertaking
modal ("will", "shall", "intends to", "proposes to", "undertakes to"), a verb of disclosure
("revise", "include", "expand", "disclose", "present", ...) whose object is disclosure or whose
sentence names the filing it lands in (future filings, an amendment, the registration
statement, an earnings release). Two more forms say the same: a proposal ("Set forth below is
the Company's proposed disclosure for future filings"), and, in letters about a registration
statement, a change already made in the amendment filed alongside ("The Company has revised
the disclosure on page 54"). A sentence saying no change is needed, one promising the staff
supplemental information, or one about the business's own plans ("intends to expand its
presence in Europe") does not.
"""

from __future__ import annotations

import re

from .anchored import anchored_matches, folds_exactly

_VERB = (
    r"revise|include|add|expand|disclose|provide|present|clarify|enhance|update|modify|remove|delete"
    r"|describe|discuss|quantify|reconcile|incorporate|supplement|file|amend|rename|retitle|refine|reflect"
    r"|identify|explain|address|label|relabel|change|broaden|specify|highlight|indicate|state|insert|replace"
    r"|augment|conform|restate|recast|separately \w+|break out|disaggregate|omit|eliminate|refer|note"
    r"|characterize|caption|title|list|show|report|furnish|adjust|edit|correct|limit|ensure"
    r"|present|display|footnote|define|elaborate|expand upon|reorder|reword|rephrase|emphasize|feature|cite"
    r"|cross-reference|distinguish|differentiate|separate|segregate|split|group|aggregate|combine|round|quote|name|mention"
)
_PARTICIPLE = (
    r"revised|included|added|expanded|disclosed|provided|presented|clarified|enhanced|updated|modified"
    r"|removed|deleted|described|discussed|quantified|reconciled|incorporated|supplemented|filed|amended"
    r"|renamed|retitled|refined|reflected|identified|explained|addressed|labeled|labelled|changed"
    r"|inserted|replaced|conformed|restated|recast|disaggregated|omitted|eliminated|corrected|reworded"
)
# What a company did to its disclosure in response (not what its disclosure already said).
_CHANGED = (
    r"revised|added|expanded|updated|modified|enhanced|clarified|included|inserted|replaced|removed|deleted"
    r"|amended|restated|recast|reworded|supplemented|conformed|corrected|retitled|renamed|disaggregated"
)
_ADVERBS = (
    r"(?:\s+(?:also|further|additionally|accordingly|prospectively|then|in the future|continue to|"
    r"similarly|appropriately|specifically|separately|clearly|expressly|either|both|endeavor to|seek to|"
    r"look to|be sure to|begin to|start to|going forward)|\s*,"
    r"|\s+(?:in|within|beginning with|starting with)\s+[^.;]{0,60}?\b(?:filings?|reports?|10-[KQ]|releases?)\b,?)*"
)
_MODAL = re.compile(
    r"\b(?:will|shall(?=\s+(?!be\b))|intends? to|plans? to|proposes? to|undertakes? to|agrees? to|commits? to|would"
    r"|(?:is|are) (?:planning|proposing|intending|committed) to)"
    rf"{_ADVERBS}\s+(?:be\s+(?:{_PARTICIPLE})|(?:[a-z]+\s+(?:and|or)\s+)?(?P<verb>{_VERB}))\b",
    re.I,
)
# "In future filings, we will ...": whatever follows describes those filings, unless it only weighs.
_IN_FUTURE_WE_WILL = re.compile(
    r"\b(?:in|within|beginning with|starting with)\s+(?:our |its |the company[\u2019']s )?"
    r"(?:future|subsequent|next|prospective)\b[^,.;]{0,60}(?:,\s*(?:if|when|where|to the extent)\b[^,.;]{0,50})?,?\s+"
    r"(?:we|the company|it|[A-Z][\w&.\-]*)\s+will\s+"
    r"(?!not\b|(?:continue to )?(?:consider|evaluate|monitor|assess|reassess|review|analy[sz]e)\b)\w+",
    re.I,
)
# "segment operating income will be the only measure disclosed in future filings"
_WILL_BE = re.compile(
    rf"\bwill be\b(?:\s+(?!(?:were|was|is|are|been|be)\b)[\w\u2019'&-]+){{0,8}}?\s+(?:{_PARTICIPLE})\b", re.I
)
# "The Company has revised the disclosure on page 54", "we included language in our 2021 Form 10-K"
_PAST = re.compile(
    rf"(?:\b(?:has|have)(?:\s+(?:also|further|now|accordingly|been))*\s+|\b(?:we|the company)\s+)(?:{_CHANGED})\b",
    re.I,
)
# The word before the modal: the company (by name or pronoun) or its filings.
_SUBJECT = re.compile(
    r"(?:(?i:\bwe|\bit|\bcompany|\bmanagement|\bregistrant|\bpartnership|\bcorporation|\btrust|\bbank"
    r"|\bfirm|\bissuer|\bfilings?|\bdisclosures?|\breports?|\b10-[KQ]|\b20-F|\bstatements?|\bamendments?"
    r"|\breleases?|\bMD&A|\bsection|\bnote)|\b(?!Staff\b|You\b|They\b|Commission\b)[A-Z][\w&.\-]*)"
    r"(?:\s*(?:,[^,]{1,100}){1,3},)?(?i:\s+(?:also|further|then|accordingly|therefore|thus|hereby|supplementally))*\s*$"
    r"|\band(?:\s*,[^,]{1,60},|\s+(?:thus|therefore|accordingly|so|then|also|in response|as a result))?\s*$"
)
# Where the change lands: a filing to come, or the amendment of the one reviewed.
_VEHICLE = re.compile(
    r"\b(?:future|subsequent|forthcoming|upcoming|next|later|prospective)\b[^.;]{0,60}"
    r"\b(?:filings?|reports?|10-[KQ]|20-F|40-F|proxy|releases?|forms?|statements?|submissions?|amendments?"
    r"|disclosures?)\b"
    r"|going forward|prospectively|\bbeginning (?:with|in)\b|\bstarting (?:with|in)\b|\bamendment\b|\bamended\b"
    r"|registration statement|prospectus|offering (?:statement|circular)|proxy statement"
    r"|\bForm\s*(?:10-K|10-Q|20-F|40-F|8-K|6-K|[SF]-\d)\b|\b(?:10-K|10-Q|20-F)\b",
    re.I,
)
# What a disclosure verb acts on when it commits to disclosure.
_OBJECT = re.compile(
    r"\b(?:disclosures?|discussions?|descriptions?|language|tables?|tabular|footnotes?|notes?|captions?"
    r"|line items?|reconciliations?|risk factors?|MD&A|sections?|paragraphs?|information|measures?"
    r"|presentations?|statements?|exhibits?|quantification|explanations?|details?|pages?|labels?|titles?"
    r"|headings?|breakdowns?|polic(?:y|ies)|summary|narrative|text|sentences?|references?|definitions?"
    r"|filings?|10-[KQ]|20-F|reports?|releases?|amounts?|metrics?|figures?|data|schedules?|analysis|risks?"
    r"|revisions?)\b",
    re.I,
)
_SUBJECT_REACH = 240  # characters before the modal in which its subject is looked for
_NEAR_OBJECT = 40  # "has expanded the disclosure": the object right after the verb
_OBJECT_REACH = 120  # characters after the verb in which its object is looked for
_PROPOSED = re.compile(
    r"\b(?:proposed|revised|updated|expanded|enhanced|amended) (?:disclosures?|revisions?|language|changes?|additions?"
    r"|text)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|nor|never)\b|n[\u2019']t\b", re.I)
_TO_STAFF = re.compile(r"\b(?:(?:to|with|for) (?:the )?Staff\b(?![\u2019']s)|to you\b|you with|supplementally\b)", re.I)
# Whom the verb serves, right after it: "provide the Staff with", "furnish to the Staff", "provide you".
_RECIPIENT = re.compile(
    r"\s+(?:(?:the\s+)?(?:Staff|Commission)\b(?![\u2019']s)|you\b"
    r"|(?:[\w\u2019'-]+\s+){0,4}?(?:to|for)\s+(?:the\s+)?(?:Staff|you)\b(?![\u2019']s))",
    re.I,
)
_SUPPLEMENTAL = re.compile(r"\bsupplementally\b|\bunder separate cover\b", re.I)
_IN_LETTER = re.compile(r"\bin (?:our|this|the|its) (?:response|letter)\b", re.I)
# Words without which no sentence commits (modals, proposals, changes made, filings made now), looked
# for in the lower-cased sentence: a case-blind search costs several times more.
_MODAL_WORD = re.compile(r"will|shall|intend|plan|propos|undertak|agree|commit|would")
# The same words grouped by their first letters: the engine then tries a dozen branches at each
# position instead of forty (half the cost over long answers).
_CUE = re.compile(
    r"a(?:dded|gree|mended)|c(?:larified|o(?:mmit|nformed|rrected))|d(?:eleted|is(?:aggregated|closed))"
    r"|e(?:nhanced|xpanded)|fil(?:ed|ing)|in(?:cluded|serted|tend)|modified|p(?:lan|r(?:esented|o(?:pos|vided)))"
    r"|re(?:cast|moved|named|placed|stated|titled|vised|worded)|s(?:et forth|hall|u(?:bmit|pplemented))"
    r"|u(?:ndertak|pdated)|w(?:ill|ould)"
)
# Where lower-casing folds case as a case-blind match does (anchored.folds_exactly), a case-blind
# pattern can match only if the lower-cased sentence holds the lower-case words it spells: the
# first words of _MODAL, the words that open _PROPOSED, the verbs of _PAST.
_MODAL_START = re.compile(r"will|shall|intend|plan|propos|undertak|agree|commit|would|is |are ")
_PROPOSED_WORDS = ("proposed ", "revised ", "updated ", "expanded ", "enhanced ", "amended ")
# _CHANGED grouped by first letters (as _CUE): looked for in the lower-cased sentence before _PAST
_CHANGED_LOW = re.compile(
    r"added|amended|c(?:larified|o(?:nformed|rrected))|d(?:eleted|isaggregated)|e(?:nhanced|xpanded)"
    r"|in(?:cluded|serted)|modified|re(?:cast|moved|named|placed|stated|titled|vised|worded)|supplemented|updated"
)
# "Exhibit 5.1 has been revised", "the Proxy Statement has been revised": the document itself changed.
_DOCUMENT_CHANGED = re.compile(
    r"\b(?:disclosures?|discussions?|descriptions?|language|tables?|footnotes?|captions?|risk factors?|MD&A"
    r"|sections?|paragraphs?|presentations?|(?:registration|proxy|financial) statements?|prospectus|exhibits?"
    r"|explanations?|pages?|headings?|narrative|text|definitions?|schedules?)"
    r"(?-i:\s+(?:No\.\s*)?[\dA-Z][\w.]*)*(?:\s+and\s+[\w.]+)?\s+(?:has|have)\s+(?:also\s+|now\s+|further\s+)*been\s+"
    r"(?:revised|updated|expanded|modified|enhanced|clarified|amended|supplemented|reworded|retitled|renamed"
    r"|corrected|added)\b",
    re.I,
)
# "The requested disclosure has been provided in Amendment No. 2": what is new in a new filing.
_PROVIDED = re.compile(r"\b(?:has|have)\s+been\s+(?:provided|presented|disclosed|set forth|reflected)\b", re.I)
_NEW_FILING = re.compile(
    r"\bamendment\b|\bamended\b|\brevised (?:registration statement|prospectus|draft|offering|proxy)", re.I
)
_AMENDED_FILING = re.compile(
    r"registration statement|amendment|amended|prospectus|offering (?:statement|circular)|proxy statement"
    r"|\bform [SF]-\d|schedule (?:TO|14)|\bpages?\s+[A-Z]?-?\d",
    re.I,
)
# "BB&T is filing Amendment No. 3 on the date hereof"
_FILING_NOW = re.compile(
    r"\b(?:(?:is|are)\s+(?:concurrently\s+|also\s+|now\s+)?(?:filing|submitting)|(?:has|have)\s+(?:filed|submitted))"
    r"\s+(?:herewith\s+)?(?:an?\s+|the\s+)?"
    r"(?:amendment|amended|revised)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s*$|n[\u2019']t\s*$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]*\s+(?=[\"\u201c(\[]?[A-Z])")


def commitments(answer: str) -> list[str]:
    """The sentences of ``answer`` that commit to changing or adding disclosure."""
    return [s for s in _SENTENCES.split(answer) if commits(s)]


def commits(sentence: str) -> bool:
    """Whether one sentence commits the company to change or add disclosure.

    Most sentences of an answer hold no modal, no proposal and no changed disclosure: one
    cheap look for those words settles them before the grammar is read.
    """
    low = sentence.lower()
    if not _CUE.search(low):
        return False
    probe = low if folds_exactly(sentence) else None  # where the lower-case words tell
    proposed = probe is None or any(w in probe for w in _PROPOSED_WORDS)
    if proposed and _PROPOSED.search(sentence) and _VEHICLE.search(sentence) and not _NEGATION.search(sentence):
        return True
    if _MODAL_WORD.search(low) and _modal_form_commits(sentence, probe):
        return True
    if ("filing" in low or "filed" in low or "submit" in low) and _FILING_NOW.search(sentence):
        return True
    return _made(sentence, "been" in low, probe is None or _CHANGED_LOW.search(probe) is not None)


def _modal_form_commits(sentence: str, probe: str | None) -> bool:
    """ "We will revise ...", "In future filings, we will ...", "... will be disclosed in future filings".

    ``probe`` is the lower-cased sentence when it tells which words are in it (else None)."""
    if any(_modal_commits(sentence, m) for m in _modals(sentence, probe)):
        return True
    if probe is not None and "will" not in probe:
        return False  # both forms below say "will"
    if _IN_FUTURE_WE_WILL.search(sentence):
        return True
    if probe is not None and "will be" not in probe:
        return False
    return bool(_WILL_BE.search(sentence) and _VEHICLE.search(sentence) and not _TO_STAFF.search(sentence))


def _modals(sentence: str, probe: str | None) -> list[re.Match[str]]:
    """What ``_MODAL.finditer(sentence)`` finds, tried only where the lower-cased sentence
    (``probe``) holds a modal's first word."""
    if probe is None:
        return list(_MODAL.finditer(sentence))
    return anchored_matches(_MODAL, _MODAL_START, sentence, probe)


def _made(sentence: str, passive: bool, changed: bool) -> bool:
    """A change already made: "The Company has revised the disclosure on page 54", "Revised
    disclosure has been added on page 44 of the Revised Prospectus", "The requested disclosure
    has been provided in Amendment No. 2". ``changed``: the sentence may hold a verb of change."""
    if passive:
        if (provided := _PROVIDED.search(sentence)) and _NEW_FILING.search(sentence, provided.end()):
            return True
        if _DOCUMENT_CHANGED.search(sentence):
            return True
    past = _PAST.search(sentence) if changed else None
    if past is None:
        return False
    after = sentence[past.end() :]
    if _AMENDED_FILING.search(sentence):
        return True
    perfect = past.group(0).lower().startswith(("has", "have")) and " been " not in past.group(0)
    near = _OBJECT.search(after[:_NEAR_OBJECT]) is not None
    vehicle = _VEHICLE.search(sentence) is not None
    return (vehicle or perfect) and (near or vehicle and _OBJECT.search(after) is not None)


def _modal_commits(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    if _NEGATED.search(before):
        return False
    if m.group(0).lower().startswith("would") and not _PROPOSED.search(sentence):
        return False  # "would" commits only inside a proposal
    verb = (m.group("verb") or "").lower()
    if verb and not _SUBJECT.search(before[-_SUBJECT_REACH:]):
        return False
    rest = sentence[m.end() :]
    if _RECIPIENT.match(rest) or _SUPPLEMENTAL.search(sentence):
        return False  # "will provide the Staff with", "will supplementally furnish": to the Staff, not investors
    vehicle = _VEHICLE.search(sentence) is not None
    if not vehicle and _IN_LETTER.search(rest):
        return False  # "will provide a more complete discussion ... in our response to comment 3"
    return vehicle or _OBJECT.search(rest[:_OBJECT_REACH]) is not None
