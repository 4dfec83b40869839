"""The sentences of an answer that commit the company to change or add disclosure.

A commitment has a grammar: the company (or its filings) as subject, a future or undertaking
modal ("will", "shall", "intends to", "proposes to", "undertakes to"), a verb of disclosure
("revise", "include", "expand", "disclose", "present", ...) whose object is disclosure or whose
sentence names the filing it lands in (future filings, an amendment, the registration
statement, an earnings release). More forms say the same: a proposal ("Set forth below is
the Company's proposed disclosure for future filings"), a request to make the change in filings
to come rather than now ("we respectfully request that ResMed be allowed to address this change
in future 10-K filings"), and, in letters about a registration statement, a change already made
in the amendment filed alongside ("The Company has revised the disclosure on page 54"). A
sentence saying no change is needed, one promising the staff supplemental information, or one
about the business's own plans ("intends to expand its presence in Europe") does not.
"""

from __future__ import annotations

import re

from .anchored import folds_exactly, word_starts
from .changes_made import CHANGED_WORDS, OBJECT, PROVIDED_WORDS, made, matches_from, proposal_made, shown_in_filing
from .cue_words import ascii_cue_hits, cue_hits
from .letters import COMMITMENT_KINDS
from .subjects import has_subject

FUTURE, MADE = COMMITMENT_KINDS

# "comply" changes disclosure when what it complies with is the staff's comment or a rule of disclosure ("will comply
# with this comment in future Form 10-K filings", "with the requirements of Item 10(e)"), not a contract's terms
_WITH_RULE = (
    r"(?=\s+with\s+(?:[\w\u2019'&-]+\s+){0,3}?(?:comments?|requests?|guidance|requirements?|items?|rules?"
    r"|regulations?|C&DIs?|instructions?|interpretations?)\b)"
)
_VERB = (
    r"revise|include|add|expand|disclose|provide|present|clarify|enhance|update|modify|remove|delete"
    r"|describe|discuss|quantify|reconcile|incorporate|supplement|file|amend|rename|retitle|refine|reflect"
    r"|identify|explain|address|label|relabel|change|broaden|specify|highlight|indicate|state|insert|replace"
    r"|augment|conform|restate|recast|separately \w+|break out|disaggregate|omit|eliminate|discontinue|refer|note"
    r"|characterize|caption|title|list|show|report|furnish|adjust|edit|correct|limit|ensure"
    r"|present|display|footnote|define|elaborate|expand upon|reorder|reword|rephrase|emphasize|feature|cite"
    r"|cross-reference|distinguish|differentiate|separate|segregate|split|group|aggregate|combine|round|quote|name|mention"
    r"|detail|use|do so"
    r"|make\s+(?:[a-z-]+\s+){0,2}?(?:changes|revisions|modifications|updates|clarifications|enhancements|disclosures?)"
    r"|comply" + _WITH_RULE
)
_PARTICIPLE = (
    r"revised|included|added|expanded|disclosed|provided|presented|clarified|enhanced|updated|modified"
    r"|removed|deleted|described|discussed|quantified|reconciled|incorporated|supplemented|filed|amended"
    r"|renamed|retitled|refined|reflected|identified|explained|addressed|labeled|labelled|changed"
    r"|inserted|replaced|conformed|restated|recast|disaggregated|omitted|eliminated|corrected|reworded"
    r"|reported|shown|furnished|displayed|highlighted|specified|indicated|stated|detailed|listed|characterized"
    r"|separated|defined|cross-referenced|broadened|augmented|emphasized"
)
# The verbs of disclosure as gerunds, after "commits to", "is committed to" and "will be" ("the Company also
# commits to enhancing its future proxy statement disclosures", "we will be expanding our disclosure")
_GERUND = (
    r"revising|including|adding|expanding|disclosing|providing|presenting|clarifying|enhancing|updating"
    r"|modifying|removing|deleting|describing|discussing|quantifying|reconciling|incorporating|supplementing"
    r"|filing|amending|renaming|refining|reflecting|identifying|explaining|addressing|labell?ing|changing"
    r"|specifying|highlighting|inserting|replacing|augmenting|restating|recasting|disaggregating|omitting"
    r"|eliminating|showing|reporting|furnishing|correcting|displaying|defining|elaborating|separating"
    r"|making\s+(?:[a-z-]+\s+){0,2}?(?:changes|revisions|modifications|updates|clarifications|enhancements"
    r"|disclosures?)"
    r"|complying" + _WITH_RULE
)
_ADVERBS = (
    r"(?:\s+(?:also|further|additionally|accordingly|prospectively|then|in the future|continue to|"
    r"similarly|appropriately|specifically|separately|clearly|expressly|either|both|endeavor to|seek to|"
    r"look to|be sure to|begin to|start to|going forward|however|in addition|as appropriate|as applicable|instead)"
    # a condition set off by commas: "will, to the extent material, include", "will, if material, disclose"
    r"|\s*,\s*(?:to the extent|if|where|when|as)\b[^,.;]{1,60},"
    r"|\s*,"
    r"|\s+more\s+[a-z]{3,}ly\b"  # "will more specifically identify", "more clearly": how the disclosure improves
    r"|\s+(?:in|within|beginning with|starting with)\s+[^.;]{0,60}?\b(?:filings?|reports?|10-[kq]|releases?)\b,?)*"
)
# What follows the modal: adverbs, then a verb of disclosure (or "be" and its participle).
_MODAL_TAIL = (
    rf"{_ADVERBS}\s+(?:be\s+(?:{_PARTICIPLE}|{_GERUND})|(?:[a-z]+\s+(?:and|or)\s+)?(?P<verb>{_VERB}|{_GERUND}))\b"
)
# "agrees in future filings to either expand ...": where the undertaking lands, named before its "to"
_LANDS = (
    r"(?:,?\s+(?:in|within)\s+(?:its\s+|our\s+|the\s+)?(?:future|subsequent)\s+"
    r"[^.;,]{0,40}?\b(?:filings?|reports?)\b,?)?"
)
_MODAL = re.compile(
    rf"\b(?:will|shall(?=\s+(?!be\b))|intends?{_LANDS} to|plans?{_LANDS} to|proposes?{_LANDS} to"
    rf"|undertakes?{_LANDS} to|agrees?{_LANDS} to|commits?{_LANDS} to|would"
    r"|(?:is|are) (?:planning|proposing|intending|committed) to)" + _MODAL_TAIL,
    re.I,
)
# Case-blind patterns spelled in lower case find the same matches, case-sensitive, in a sentence
# lower-cased where that folds case as re.I does (anchored.folds_exactly). Read so, a pattern can
# open each branch with its first letter and check the word boundary before it just after it (\b
# before a word's first letter is (?<!\w) after it): the engine then skips to the letters a branch
# opens with and rules out the other branches by their first letter, instead of trying every
# branch at every position. _MODAL and _PAST (and, in :mod:`subjects`, the case-blind part of the subject), read so:
_MODAL_LOW = re.compile(
    rf"(?:w(?<!\ww)ill|s(?<!\ws)hall(?=\s+(?!be\b))|i(?<!\wi)ntends?{_LANDS} to|p(?<!\wp)lans?{_LANDS} to"
    rf"|p(?<!\wp)roposes?{_LANDS} to|u(?<!\wu)ndertakes?{_LANDS} to|a(?<!\wa)grees?{_LANDS} to"
    rf"|c(?<!\wc)ommits?{_LANDS} to|w(?<!\ww)ould"
    r"|i(?<!\wi)s (?:planning|proposing|intending|committed) to"
    r"|a(?<!\wa)re (?:planning|proposing|intending|committed) to)" + _MODAL_TAIL
)
# "In future filings, we will ...": whatever follows describes those filings, unless it only weighs.
_IN_FUTURE_WE_WILL = re.compile(
    r"\b(?:in|within|beginning with|starting with)\s+(?:our |its |the company[\u2019']s )?"
    r"(?:future|subsequent|next|prospective)\b[^,.;]{0,120}"
    r"(?:,\s*(?:if|when|where|to the extent|in cases? where|in (?:each|any) case|as applicable|as appropriate)\b"
    r"[^,.;]{0,100}){0,2},?\s+"
    r"(?:we|the company|it|[A-Z][\w&.\-]*)\s+will\s+"
    r"(?!not\b|(?:continue to )?(?:consider|evaluate|monitor|assess|reassess|review|analy[sz]e)\b)\w+",
    re.I,
)
# "in future filings it will not disclose the following measures" ("will refrain from using the term") takes
# something out, as "will remove" does; refusing to add ("will not include additional disclosure", "will not
# revise") changes nothing.
_WITHHELD = re.compile(
    r"\b(?:will|shall)\s+(?:(?:not|no\s+longer)\s+(?:include|disclose|present|use|utilize|report|refer\s+to|show"
    r"|display|label|characterize)|refrain\s+from\s+(?:including|disclosing|presenting|using|utilizing|reporting"
    r"|referring\s+to|showing|displaying|labell?ing|characterizing))\b(?!\s+(?:[\w\u2019'-]+\s+)?(?:additional"
    r"|further|more|expanded|enhanced|new|revised|any)\b)",
    re.I,
)
# "segment operating income will be the only measure disclosed in future filings"
_WILL_BE = re.compile(
    rf"\bwill be\b(?:\s+(?!(?:were|was|is|are|been|be)\b)[\w\u2019'&-]+){{0,8}}?\s+(?:{_PARTICIPLE})\b", re.I
)
# Filings to come after the answer: "in future filings", "our next Form 10-K", "beginning with".
_TO_COME = (
    r"\b(?:future|subsequent|forthcoming|upcoming|next|later|prospective)\b[^.;]{0,60}"
    r"\b(?:filings?|reports?|10-[KQ]|20-F|40-F|proxy|releases?|forms?|statements?|submissions?|amendments?"
    r"|disclosures?)\b"
    r"|going forward|prospectively|\bbeginning (?:with|in)\b|\bstarting (?:with|in)\b"
)
# Where the change lands: a filing to come, or the amendment of the one reviewed.
_VEHICLE = re.compile(
    _TO_COME + r"|\bamendment\b|\bamended\b"
    r"|registration statement|prospectus|offering (?:statement|circular)|proxy statement|\bearnings releases?\b"
    r"|\b(?:soliciting|solicitation|proxy) materials?\b"  # (a proxy contest's: "future soliciting materials")
    r"|\bForm\s*(?:10-K|10-Q|20-F|40-F|8-K|6-K|[SF]-\d)\b|\b(?:10-K|10-Q|20-F)\b",
    re.I,
)
# A proposal for filings to come, or for one not yet filed ("to be included in Amendment No. 2").
_PROPOSAL_TO_COME = re.compile(
    _TO_COME + r"|\bto be (?:filed|included|submitted|presented|provided|added|made|reflected|set forth)\b", re.I
)
# An undertaking followed by filings to come, whatever its verb ("will make conforming changes in future filings").
_LATER = re.compile(
    rf"\b(?:will|shall|(?:intends?|plans?|undertakes?|agrees?|commits?) to)\b(?=[^.;]*?(?:{_TO_COME}))", re.I
)
# A request to make the change in filings to come rather than now ("we respectfully request that ResMed be
# allowed to address this change in future 10-K filings", "request that the Staff permit us to revise ...
# prospectively"): the company offers to change its disclosure later, as a proposal does.
_ASKS_TO_CHANGE_LATER = re.compile(
    rf"\b(?:request|ask)(?:s|ed)?\b[^.;]{{0,80}}?\b(?:be (?:allowed|permitted)|(?:allow|permit)(?: us| it| the company"
    rf"| \w+)?) to (?:{_VERB})\b(?=[^.;]*?(?:{_TO_COME}))",
    re.I,
)
# A decision taken to change the disclosure ("we have decided to discontinue the reporting of ... in future
# filings", "the Company has elected to disclose the matter ... on page F-32"), read as a modal is
_DECIDED = re.compile(r"\b(?:has|have)\s+(?:decided|elected)\s+to" + _MODAL_TAIL, re.I)
_DECIDED_WORDS = frozenset(("decided", "elected"))  # the cue words it holds
_TO_COME_RE = re.compile(_TO_COME, re.I)
_LATER_WORDS = frozenset(("will", "shall", "intend", "plan", "undertak", "agree", "commit"))  # cue words it opens with
_OBJECT_REACH = 120  # characters after the verb in which its object is looked for
# A verb of disclosure after "and" (and a condition set off by commas): it may share a modal before it (_coordinated)
_AND_VERB_TAIL = rf"(?:\s*,[^,.;]{{1,60}},)?\s+(?:also\s+|further\s+|then\s+)?(?:{_VERB})\b"
_AND_VERB = re.compile(rf"\band{_AND_VERB_TAIL}", re.I)
_WILL_OR_SHALL = re.compile(r"\b(?:will|shall)\b", re.I)
# The same for the lower-cased sentence (as _MODAL_LOW): the engine skips to the literal they open with
_AND_VERB_LOW = re.compile(rf"and(?<!\wand){_AND_VERB_TAIL}")
_WILL_OR_SHALL_LOW = re.compile(r"(?:will|shall)(?<!\wwill)(?<!\wshall)\b")
# "will (continue to) monitor ... and disclose": a promise where the disclosure waits on a named trigger ("... and
# provide disclosure to the extent that the effects ... become material"), not on what seems appropriate
_MONITORS = re.compile(r"\s+(?:(?:continue to|also)\s+)?monitor\b", re.I)
_MATERIAL = re.compile(r"\bmaterial(?:ly)?\b", re.I)
# After the modal: "will not review ... and revise", "will consider expanding ... and include", "will evaluate whether
# ... and revise": no promise of the verb after "and" (but "will consider the Staff's comment and revise" takes the
# comment in and promises the revision)
_NOT_PROMISED = re.compile(
    r"\s+(?:not\b|(?:(?:continue to|also)\s+)?(?:consider\b(?!\s+(?:the\s+Staff[\u2019']s\s+|your\s+|this\s+|these\s+)"
    r"comments?\b)|(?:evaluate|assess|determine|review)\s+(?:whether|if)\b))",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?:proposed|revised|updated|expanded|enhanced|amended) (?:disclosures?|revisions?|language|changes?|additions?"
    r"|text)\b",
    re.I,
)
# A blank left in draft disclosure for a figure or a date not known yet ("$[•] million", "[ ]%", "[__]"):
# text no filing holds yet (not "[***]", a redaction of text that is there).
_PLACEHOLDER = re.compile(r"\[\s*(?:[•●▪]\s*|_+\s*)?\]")
_NEGATION = re.compile(r"\b(?:not|no(?!\.?\s*\d)|nor|never)\b|n[\u2019']t\b", re.I)  # ("Amendment No. 2": no negation)
_TO_STAFF = re.compile(r"\b(?:(?:to|with|for) (?:the )?Staff\b(?![\u2019']s)|to you\b|you with|supplementally\b)", re.I)
# Whom the verb serves, right after it: "provide the Staff with", "furnish to the Staff", "provide you".
_RECIPIENT = re.compile(
    r"\s+(?:(?:the\s+)?(?:Staff|Commission)\b(?![\u2019']s)|you\b"
    r"|(?:[\w\u2019'-]+\s+){0,4}?(?:to|for)\s+(?:the\s+)?(?:Staff|you)\b(?![\u2019']s))",
    re.I,
)
_RECIPIENT_WORDS = ("staff", "commission", "you")  # one of which each match of _RECIPIENT holds
_SUPPLEMENTAL = re.compile(r"\bsupplementally\b|\bunder separate cover\b", re.I)
_IN_LETTER = re.compile(r"\bin (?:our|this|the|its) (?:response|letter)\b", re.I)
_IN_LETTER_WORDS = ("response", "letter")  # one of which _IN_LETTER holds
# The words a modal opens with (every one a cue word), and those "is" or "are" may stand before.
_MODAL_WORDS = frozenset(("will", "would", "shall", "intend", "plan", "propos", "undertak", "agree", "commit"))
_AFTER_IS = frozenset(("plan", "propos", "intend", "commit"))
# The cue words that commit to nothing alone: "would" outside a proposal, a verb of _PROVIDED without "been"
_IDLE_WORDS = frozenset(("would", *PROVIDED_WORDS))
_WILL_SHALL = frozenset(("will", "shall"))  # one of which a modal that withholds or "will be" opens with
_FILING_WORDS = frozenset(("filed", "filing", "submit"))  # one of which _FILING_NOW holds
_FILED_WORDS = ("amend", "revised")  # and one of these, what it files ("an amendment", "the revised ...")
# The words that open _PROPOSED, by the cue word each starts with (where lower-casing folds case as a
# case-blind match does, a case-blind pattern can match only where the lower-cased sentence spells its words).
_PROPOSED_WORDS = {
    "propos": "proposed ", "revised": "revised ", "updated": "updated ", "expanded": "expanded ",
    "enhanced": "enhanced ", "amended": "amended ",
}  # fmt: skip
# The first words of _VEHICLE's branches (lower-cased)
_VEHICLE_WORDS = (
    "future", "forthcoming", "form", "subsequent", "starting ", "upcoming", "next", "later", "prospect",
    "proxy statement", "going forward", "beginning ", "amend", "registration statement", "offering ", "10-k",
    "10-q", "20-f", "earnings release", "soliciting material", "solicitation material", "proxy material",
)  # fmt: skip
_FUTURE_WORDS = ("future", "subsequent", "next", "prospective")  # one of which _IN_FUTURE_WE_WILL names
_IN_FUTURE_WORDS = ("in", "within", "beginning", "starting")  # the words its matches open with
_SUPPLEMENTAL_WORDS = ("supplementally", "under separate cover")
# "BB&T is filing Amendment No. 3 on the date hereof"
_FILING_NOW = re.compile(
    r"\b(?:(?:is|are)\s+(?:concurrently\s+|also\s+|now\s+)?(?:filing|submitting)|(?:has|have)\s+(?:filed|submitted))"
    r"\s+(?:herewith\s+)?(?:an?\s+|the\s+)?"
    r"(?:amendment|amended|revised)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s*$|n[\u2019']t\s*$", re.I)
_NEGATED_REACH = 16  # characters at the end (white space aside) that hold a negation: "no longer"
# A subject that names none ("No additional disclosure will be provided"): the passive then promises nothing
_NO_SUBJECT = re.compile(r"(?:^|[^\w\s]\s*|\s)[Nn]o\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$")
_NO_SUBJECT_REACH = 60
# The disclosure itself as the subject of "will be" and its participle ("the disclosures will be updated
# accordingly"): what it lands in goes without saying
_DISCLOSURE_WILL_BE = re.compile(rf"\bdisclosures?\s+will\s+be\s+(?:{_PARTICIPLE})\b", re.I)
# Not a sentence's end: the full stop of a form's item number before its caption ("include the information
# in “Item 2. Properties” in its Form 10-K", "Item 1A. Risk Factors"; Regulation S-K's items have three
# digits: "as Item 303 requires." ends a sentence), or of a title before a name ("in the case of Mr. Haley").
# Look-behinds over the stop, read once it is found.
_NOT_AN_ITEM = (
    r"(?<!\bItem\s\d[.!?])(?<!\bItem\s\d\d[.!?])(?<!\bItem\s\d[A-C][.!?])"
    r"(?<!\bM[rs]\.)(?<!\bMrs\.)(?<!\bDr\.)"
)
_BREAK = r"[\"\u201d\u2019)]*\s+(?=[\"\u201c(\[]?[A-Z])"  # closing quotes, white space, a capital next
_SENTENCES = re.compile(r"(?<=[.!?])" + _NOT_AN_ITEM + _BREAK)
# Where _SENTENCES splits, found from the stop (a character the engine skips to, where the look-behind
# is tried at every position): the stop ends the sentence, the quotes and spaces after it are dropped.
# (answer_split cuts a closing off the last answer's paragraph at it too)
SENTENCE_BREAK = re.compile(r"[.!?]" + _NOT_AN_ITEM + _BREAK)


# A form's code set with an en or em dash ("Form 10\u2013K", "20\u2013F", "S\u20131"), as a word processor's autocorrect
# or a typesetter prints it: read as hyphenated, character for character (the patterns spell the codes with "-").
# Tried at each dash (:func:`_hyphenated`), what it follows read behind it.
_FORM_DASH = re.compile(
    r"[\u2013\u2014](?:(?<=\b(?:10|20|40|11).)(?=[KQFD]\b)|(?<=\b[86].)(?=[KQFD]\b)|(?<=\b[SF].)(?=\d{1,2}\b))"
)


def _hyphenated(text: str) -> str:
    """``text`` with the dash of each form's code a hyphen (:data:`_FORM_DASH`), as long as ``text``. Each dash is
    found by str.find (:func:`anchored.word_starts`) and tried where it stands (most answers hold none, or a few in
    ranges and asides)."""
    codes = [i for i in word_starts(text, ("\u2013", "\u2014")) if _FORM_DASH.match(text, i)]
    if not codes:
        return text
    pieces, last = [], 0
    for i in codes:
        pieces += [text[last:i], "-"]
        last = i + 1
    return "".join(pieces) + text[last:]


def commitments(answer: str) -> list[str]:
    """The sentences of ``answer`` that commit to changing or adding disclosure."""
    return [sentence for sentence, _ in kinded_commitments(answer)]


def kinded_commitments(answer: str) -> list[tuple[str, str]]:
    """The sentences of ``answer`` that commit to changing or adding disclosure, each with its kind
    (:func:`commitment_kind`).

    Most sentences hold none of the cue words a commitment needs (:mod:`cue_words`): one look for
    them over the whole answer (its ASCII copy, :func:`cue_words.ascii_cue_hits`) finds the sentences
    worth reading, and only those are cut out, from the sentence break before their first cue word to
    the one after it (:func:`_sentence_start`), each with the cue words it holds, and lower-cased. A
    sentence lower-cased alone reads as in the answer lower-cased: where lower-casing looks at the
    characters around (a final sigma), white space, which stands around a sentence, ends the look.
    """
    if not folds_exactly(answer) or "\u212a" in answer:  # no lower-cased copy lines up, or no ASCII one
        return [(s, kind) for s in _SENTENCES.split(answer) if (kind := commitment_kind(s))]
    out: list[tuple[str, str]] = []
    read = _hyphenated(answer)  # (what the patterns read; the sentences returned are the answer's, where it stands)
    low = read.encode("ascii", "replace").lower()
    pos, i, hits = 0, 0, ascii_cue_hits(low)
    while i < len(hits):
        at = hits[i][0]
        start = _sentence_start(answer, pos, at)
        cut = SENTENCE_BREAK.search(answer, at)  # (a cue word's letters never fall in a break)
        end = cut.start() + 1 if cut else len(answer)
        j = i + 1
        while j < len(hits) and hits[j][0] < end:
            j += 1
        if not _idle(low, start, end, hits[i:j]):
            probe = read[start:end].lower()  # (what the answer lower-cased holds there: see the docstring)
            kind = _commits(_Sentence(read[start:end], probe, probe, [(p - start, w) for p, w in hits[i:j]]))
            if kind:
                out.append((answer[start:end], kind))
        if cut is None:
            break
        pos, i = cut.end(), j
    return out


def _idle(low: bytes, start: int, end: int, hits: list[tuple[int, str]]) -> bool:
    """Whether a sentence (``start`` to ``end`` of ``low``, the answer's ASCII copy, lower-cased) commits to
    nothing, told from its cue words (``hits``) alone: they are all "would" or a verb of :data:`changes_made._PROVIDED`
    (:data:`_IDLE_WORDS`), and it asks for no change later ("request", "ask") nor, with such a verb, says "been"
    (after which it tells a change made). ("would" commits only inside a proposal, whose words are cue words.)"""
    if not all(word in _IDLE_WORDS for _, word in hits):
        return False
    if low.find(b"request", start, end) >= 0 or low.find(b"ask", start, end) >= 0:
        return False
    return low.find(b"been", start, end) < 0 or all(word == "would" for _, word in hits)


def _sentence_start(answer: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last sentence break (:data:`SENTENCE_BREAK`)
    that opens on a stop between ``lo`` (the start of a sentence) and ``at``, found backwards from the
    stops (a break holds one stop, the first of its characters: breaks never overlap).

    The last of each stop before the one tried is kept, and only the stop just tried is looked for again:
    looking for all three from each stop would read a sentence of thousands of stops that end nothing
    ("e.g.", "1.5") again back to its start for the two it does not hold."""
    last = {ch: answer.rfind(ch, lo, at) for ch in ".!?"}
    while (stop := max(last.values())) >= 0:
        if (cut := SENTENCE_BREAK.match(answer, stop)) is not None:
            return cut.end()
        last[answer[stop]] = answer.rfind(answer[stop], lo, stop)
    return lo


def commits(sentence: str) -> bool:
    """Whether one sentence commits the company to change or add disclosure."""
    return commitment_kind(sentence) is not None


def commitment_kind(sentence: str) -> str | None:
    """What one sentence commits the company to: disclosure in filings to come (``"future"``, a
    promise someone must track), a change made in a filing filed with the answer or before it
    (``"made"``, to be checked there), or nothing (None).

    Most sentences of an answer hold no modal, no proposal and no changed disclosure: one
    cheap look for their cue words settles them before the grammar is read.
    """
    sentence = _hyphenated(sentence)
    low = sentence.lower()
    if not (hits := cue_hits(low)):
        return None
    return _commits(_Sentence(sentence, low, low if folds_exactly(sentence) else None, hits))


class _Sentence:
    """A sentence, lower-cased, and what several of its readings ask (each found once, when asked).

    ``probe`` is the lower-cased sentence when it tells which words are in it (else None): a
    case-blind pattern is then tried only where the words it opens with stand. ``hits``: its cue
    words (:func:`cue_words.cue_hits`, where each starts and which it is), read where there is a
    probe: every modal, every verb of change and every first word of a proposal is one of them.
    ``words``: which cue words ``low`` holds (each cue word is in it exactly when it is one of them).
    """

    __slots__ = (
        "text", "low", "probe", "hits", "words", "_vehicle", "_proposal", "_supplemental", "_in_letter", "_addressed",
    )  # fmt: skip

    def __init__(self, text: str, low: str, probe: str | None, hits: list[tuple[int, str]]) -> None:
        self.text, self.low, self.probe, self.hits = text, low, probe, hits
        self.words = {word for _, word in hits}
        self._vehicle: bool | None = None
        self._proposal: bool | None = None
        self._supplemental: bool | None = None
        self._in_letter: int | None = None
        self._addressed: bool | None = None

    def holds(self, words: tuple[str, ...]) -> bool:
        """Whether the sentence may hold one of ``words`` (it does, when the probe says nothing)."""
        return self.probe is None or any(w in self.probe for w in words)

    def cued(self, words: frozenset[str]) -> bool:
        """Whether the sentence may hold one of these cue words: it does when it holds one, and may
        when the probe says nothing (a case-blind pattern may match where ``low`` does not spell it)."""
        return self.probe is None or not words.isdisjoint(self.words)

    def vehicle(self) -> bool:
        """Where the change lands is named (:data:`_VEHICLE`)."""
        if self._vehicle is None:
            self._vehicle = matches_from(_VEHICLE, _VEHICLE_WORDS, self.text, self.probe)
        return self._vehicle

    def proposal(self) -> bool:
        """A proposal is named ("proposed disclosure", :data:`_PROPOSED`), tried where its first words stand."""
        if self._proposal is None:
            if self.probe is None:
                self._proposal = _PROPOSED.search(self.text) is not None
            else:
                self._proposal = any(
                    (opening := _PROPOSED_WORDS.get(word)) is not None
                    and self.probe.startswith(opening, pos)
                    and _PROPOSED.match(self.text, pos) is not None
                    for pos, word in self.hits
                )
        return self._proposal

    def supplemental(self) -> bool:
        """Something goes to the staff alone ("supplementally", "under separate cover")."""
        if self._supplemental is None:
            self._supplemental = self.holds(_SUPPLEMENTAL_WORDS) and _SUPPLEMENTAL.search(self.text) is not None
        return self._supplemental

    def addressed(self) -> bool:
        """Whether the sentence may name whom a verb serves (:data:`_RECIPIENT`): it names the staff, the
        Commission or "you" (each match does), or the probe says nothing."""
        if self._addressed is None:
            self._addressed = self.holds(_RECIPIENT_WORDS)
        return self._addressed

    def in_letter_after(self, pos: int) -> bool:
        """Whether "in our response", "in this letter" (:data:`_IN_LETTER`) follows ``pos``, a word's end.

        Its matches never overlap, so one follows ``pos`` when the last one in the sentence starts at or
        after it: found once per sentence, not searched for again after each of its modals (a sentence
        of thousands of "will disclose" took time growing with their square)."""
        if self._in_letter is None:
            if self.holds(_IN_LETTER_WORDS):
                self._in_letter = max((m.start() for m in _IN_LETTER.finditer(self.text)), default=-1)
            else:
                self._in_letter = -1
        return self._in_letter >= pos


def _commits(s: _Sentence) -> str | None:
    """:func:`commitment_kind` for a sentence that holds one of the cue words.

    A promise anywhere in it makes the sentence one ("has revised the disclosure on page 54 and will
    make the same change in future filings": the second half stays open until a filing keeps it). A
    proposal is one unless it is shown in the filing made with the answer (:func:`proposal_made`).
    Draft disclosure with blanks still to fill ("... impacted our revenue by $[•] million") is for a
    filing to come, however its verbs read: no filing made holds it."""
    kind = _kind(s)
    if kind == MADE and "[" in s.text and _PLACEHOLDER.search(s.text):
        return FUTURE
    return kind


def _kind(s: _Sentence) -> str | None:
    proposal = s.proposal() and s.vehicle() and not _NEGATION.search(s.text)
    if not _MODAL_WORDS.isdisjoint(s.words) and _modal_form_commits(s):
        return FUTURE  # (each modal opens with a word the lower-cased sentence holds, case-blind or not)
    if not _DECIDED_WORDS.isdisjoint(s.words) and any(_modal_commits(s, m) for m in _DECIDED.finditer(s.text)):
        return FUTURE if _TO_COME_RE.search(s.text) else MADE  # (decided for filings to come, or in the one filed)
    if proposal and _PROPOSAL_TO_COME.search(s.text) and not shown_in_filing(s):
        return FUTURE
    files_now = not _FILING_WORDS.isdisjoint(s.words) and s.holds(_FILED_WORDS) and _FILING_NOW.search(s.text)
    if files_now or made(s, s.cued(CHANGED_WORDS)):
        return FUTURE if _promises_later(s) else MADE
    if proposal:
        return MADE if proposal_made(s) else FUTURE
    if ("request" in s.low or "ask" in s.low) and _ASKS_TO_CHANGE_LATER.search(s.text):
        return FUTURE
    return None


def _modal_form_commits(s: _Sentence) -> bool:
    """ "We will revise ...", "In future filings, we will ...", "... will be disclosed in future filings"."""
    if any(_modal_commits(s, m) for m in _modals(s)):
        return True
    if s.cued(_WILL_SHALL) and (" and " in s.low or " and," in s.low) and _coordinated(s):
        return True
    if not s.cued(_WILL_SHALL):
        return False  # the forms below say "will" or "shall"
    # "will not", "shall no longer", "will refrain from"
    if ("ll not " in s.low or "ll no longer " in s.low or "ll refrain " in s.low) and _withholds(s):
        return True
    if s.probe is not None and "will" not in s.words:
        return False  # the forms below say "will"
    if s.holds(_FUTURE_WORDS) and matches_from(_IN_FUTURE_WE_WILL, _IN_FUTURE_WORDS, s.text, s.probe):
        return True
    if s.probe is not None and "will be" not in s.probe:
        return False
    if not _will_be(s) or _TO_STAFF.search(s.text):
        return False
    return s.vehicle() or any(
        not _NO_SUBJECT.search(s.text, max(0, m.start() - _NO_SUBJECT_REACH), m.start())
        for m in _DISCLOSURE_WILL_BE.finditer(s.text)
    )


def _coordinated(s: _Sentence) -> bool:
    """A verb of disclosure joined by "and" to a modal's own ("We will review the guidance and revise our disclosure
    in future filings", "will continue to monitor these events ..., and provide disclosure to the extent that ...
    become material"): it shares the modal and its subject, in the same clause (no ";" between)."""
    text = s.text
    low = s.probe if s.probe is not None else text  # (read lower-cased where that lines up with the text)
    modal_re, and_re = (_WILL_OR_SHALL_LOW, _AND_VERB_LOW) if s.probe is not None else (_WILL_OR_SHALL, _AND_VERB)
    modals = list(modal_re.finditer(low))
    if not modals:
        return False
    k = -1  # the last modal before the "and" read (both read in order: each once, however long the sentence)
    tried: set[int] = set()  # the modals whose clause has been read
    material = -2  # where "material" last stands (-1: nowhere), once asked
    for m in and_re.finditer(low):
        while k + 1 < len(modals) and modals[k + 1].start() < m.start():
            k += 1
        if k < 0 or k in tried:
            continue  # no modal before it, or one read already (a ";" after it parts it from later ones too)
        tried.add(k)
        modal = modals[k]
        if ";" in text[modal.end() : m.start()]:
            continue  # not in its clause
        if not _has_subject(s, modal.start()):
            continue
        if _NEGATED.search(text, max(0, modal.start() - _NEGATED_REACH), modal.start()) or _NOT_PROMISED.match(
            text, modal.end()
        ):
            continue
        if _MONITORS.match(text, modal.end()):
            if material < -1:  # (where the sentence last says "material", looked for once)
                material = max((found.start() for found in _MATERIAL.finditer(text)), default=-1)
            if material < m.end():
                continue  # "will continue to monitor ... and enhance our disclosure as appropriate": no trigger named
        if _lands(s, m.end()):
            return True
    return False


def _will_be(s: _Sentence) -> bool:
    """Whether ``_WILL_BE`` finds a match in the sentence: tried only where its "will" (a cue word) opens
    "will be", where the probe tells that."""
    if s.probe is None:
        return _WILL_BE.search(s.text) is not None
    probe = s.probe
    return any(
        word == "will" and probe.startswith("will be", pos) and _WILL_BE.match(s.text, pos) is not None
        for pos, word in s.hits
    )


def _promises_later(s: _Sentence) -> bool:
    """A change made that also promises more in filings to come, whatever the verb: "The Company has
    revised the disclosure on page 54 and will make conforming changes in future filings"."""
    return any(
        _has_subject(s, m.start()) and not _NEGATED.search(s.text, max(0, m.start() - _NEGATED_REACH), m.start())
        for m in _laters(s)
    )


def _laters(s: _Sentence) -> list[re.Match[str]]:
    """What ``_LATER.finditer(s.text)`` finds: read from the probe, tried only where one of the cue words it
    opens with starts (a case-blind match opens where the lower-cased sentence spells its word)."""
    if s.probe is None:
        return list(_LATER.finditer(s.text))
    found: list[re.Match[str]] = []
    end = 0
    for pos, word in s.hits:
        if word in _LATER_WORDS and pos >= end and (m := _LATER.match(s.text, pos)) is not None:
            found.append(m)
            end = m.end()
    return found


def _withholds(s: _Sentence) -> bool:
    """ "In future filings, it will not disclose the following measures": the company, as subject,
    takes something out of a filing it names (:data:`_WITHHELD`)."""
    if not s.vehicle() or s.supplemental():
        return False
    return any(_has_subject(s, m.start()) for m in _WITHHELD.finditer(s.text))


def _modals(s: _Sentence) -> list[re.Match[str]]:
    """What ``_MODAL.finditer(s.text)`` finds: read from the probe, tried only where a modal's first word
    (a cue word) starts there, or "is" or "are" before it (a modal opening there opens with them)."""
    if s.probe is None:
        return list(_MODAL.finditer(s.text))
    starts: list[int] = []
    for pos, word in s.hits:
        if word in _MODAL_WORDS:
            starts.append(pos)
            if word in _AFTER_IS:  # "is planning to", "are committed to"
                starts.extend(at for at, be in ((pos - 3, "is "), (pos - 4, "are ")) if s.probe.startswith(be, at))
    found: list[re.Match[str]] = []
    end = 0
    for pos in sorted(starts):
        if pos >= end and (m := _MODAL_LOW.match(s.probe, pos)):
            found.append(m)
            end = m.end()
    return found


def _modal_commits(s: _Sentence, m: re.Match[str]) -> bool:
    sentence = s.text
    # The text before the modal and after it is read in place, not copied: a sentence may hold thousands
    # of modals. Its end, white space aside, is found stepping back over the spaces before the modal.
    end = m.start()
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    if _NEGATED.search(sentence, max(0, end - _NEGATED_REACH), m.start()):
        return False  # the negation ends the text before the modal: only its last words are read
    if m.group("verb") is None and _NO_SUBJECT.search(sentence, max(0, end - _NO_SUBJECT_REACH), end):
        return False  # "No additional disclosure will be provided"
    if m.group(0).lower().startswith("would") and not s.proposal():
        return False  # "would" commits only inside a proposal
    verb = (m.group("verb") or "").lower()
    if verb and not _has_subject(s, m.start()):
        return False
    return _lands(s, m.end())


def _lands(s: _Sentence, end: int) -> bool:
    """Whether the verb ending at ``end`` changes disclosure for investors: not for the Staff ("will provide the Staff
    with", "will supplementally furnish") nor in this letter ("will provide a more complete discussion ... in our
    response to comment 3"), and where a filing to come is named or what it acts on is disclosure."""
    sentence = s.text
    if (s.addressed() and _RECIPIENT.match(sentence, end)) or s.supplemental():
        return False
    vehicle = s.vehicle()
    if not vehicle and s.in_letter_after(end):
        return False
    return vehicle or OBJECT.search(sentence[end : end + _OBJECT_REACH]) is not None


def _has_subject(s: _Sentence, end: int) -> bool:
    """Whether the words before ``end`` (a modal) end with its subject (:func:`subjects.has_subject`)."""
    return has_subject(s.text, s.probe, end)
