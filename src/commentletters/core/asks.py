"""What a staff comment asks the company to do, from the verbs the staff use in every letter.

The answer a comment needs depends on the ask: "tell us" wants an explanation in the response
letter only; "revise" or "amend" wants changed disclosure in the filing; "revise in future filings"
wants a commitment the company must then keep; "provide us with any proposed revisions" wants draft
text in the response. One comment often asks several things.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spaces import squeeze

ASKS = (
    "tell_us",
    "revise",
    "provide_proposed_revisions",
    "revise_future_filings",
    "amend",
    "file_exhibit",
    "confirm",
    "explain",
)

# each ask in words, as a lawyer reads it (what the answer must do)
ASK_WORDS = {
    "tell_us": "tell the staff",
    "revise": "revise the filing",
    "provide_proposed_revisions": "show the proposed revisions",
    "revise_future_filings": "revise future filings",
    "amend": "amend the filing",
    "file_exhibit": "file an exhibit",
    "confirm": "confirm",
    "explain": "explain",
}


def ask_words(asks: list[str]) -> list[str]:
    """The asks in words (:data:`ASK_WORDS`), in their order."""
    return [ASK_WORDS.get(ask, ask.replace("_", " ")) for ask in asks]


# Patterns run on the lower-cased text. Each can start only where one of these words starts: the
# pattern is tried there alone, the words found by str.find, which is many times faster than a
# pattern read at every position of the comment (and than looking for the words first).
_STARTS: dict[str, tuple[str, ...]] = {
    "tell_us": ("tell", "advise", "inform", "show", "let", "provide", "supplementally", "help"),
    "revise": ("revise", "expand", "enhance", "update", "clarify", "please", "reissue"),
    "provide_proposed_revisions": ("proposed", "draft", "sample", "show"),
    "revise_future_filings": ("future", "next"),
    "amend": ("amend", "file"),
    "file_exhibit": ("fil", "refil", "re-fil", "have"),
    "confirm": ("confirm",),
    "explain": ("explain", "clarify"),
}

# Where a pattern's every match holds one of these (the text is squeezed: "tell us" is spelt with one
# space), a comment holding none of them is not read for the words above at all.
_NEEDS: dict[str, tuple[str, ...]] = {
    "tell_us": (" us", "supplementally"),
    "amend": ("amend",),
    "file_exhibit": ("exhibit", "file ", "counsel"),  # (an exhibit named, "file the agreement", "have counsel")
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    "tell_us": re.compile(
        r"\b(?:tell|advise|inform|show)\s+us\b|\blet\s+us\s+know\b|\bprovide\s+us\s+with\s+"
        r"(?:your|an?|the)\s+(?:analysis|explanation|basis|support)|\bsupplementally\b|\bhelp\s+us\s+(?:\w+\s+)?(?:to\s+)?understand\b"
    ),
    "revise": re.compile(
        r"\b(?:revise|expand|enhance|update|clarify)\s+(?:the|your|this|these|its|to|"
        r"disclosure|the\s+disclosure)\b|\bplease\s+(?:\w+ly\s+)?(?:revise|disclose|expand|remove|balance|discuss|"
        r"describe|quantify|include|delete|add|update|fill|enhance|highlight|correct|indicate|group|define|list)\b"
        r"(?!\s+(?:to|for)\s+us\b)"  # ("describe to us": tell us)
        r"|\brevise\s+to\b"
        # "we reissue the comment to the extent you have not revised the summary to ...": revise, as it asked
        r"|\breissue\b[^.]{0,120}?\bnot\s+(?:\w+\s+)?revised\b"
    ),
    "provide_proposed_revisions": re.compile(
        r"\bproposed\s+(?:revisions?|disclosures?|language|changes|text)\b|"
        r"\b(?:draft|sample)\s+(?:of\s+)?(?:your\s+)?(?:revised\s+)?"
        r"disclosure\b|\bshow\s+us\s+what\b"
    ),
    "revise_future_filings": re.compile(
        r"\b(?:future|next)\s+(?:periodic\s+)?(?:filings?|reports?|forms?\s+10-[kq]|10-[kq]s?|disclosures?|"
        r"annual\s+reports?|quarterly\s+reports?|earnings\s+releases?|soliciting\s+materials?|proxy\s+statements?)\b"
    ),
    "amend": re.compile(r"\bamend(?:ment)?\s+(?:your|the|to\s+your|to\s+the)\b|\bfile\s+an\s+amend|\bamend\b"),
    "file_exhibit": re.compile(
        r"\b(?:re-?)?fil(?:e|ing)\b[^;]{0,120}?\bas\s+(?:an?\s+)?exhibits?\b"
        r"|\bre-?file\b[^.]{0,80}\bexhibit"
        # "please file the stockholders' agreement": a document the filing must carry as an exhibit
        r"|\bfile\s+(?:the|your|each|all|such|copies\s+of\s+(?:the|your|each|all|such))\s+(?:[^\s.;]+\s+){0,6}?"
        r"(?:agreements?|contracts?|leases?|licen[cs]es?|indentures?|consents?|opinions?|instruments?|exhibits?)\b"
        # "please have counsel revise its opinion": counsel's legal opinion, an exhibit, filed again
        r"|\bhave\s+(?:your\s+)?counsel\s+(?:revise|remove|delete|update|provide|file|opine|state|confirm|expand)\b"
    ),
    "confirm": re.compile(r"\bconfirm\b"),
    "explain": re.compile(r"\b(?:explain|clarify)\b"),
}


def find_asks(text: str) -> list[str]:
    """The kinds of request a comment makes, in the fixed order of ``ASKS``."""
    return asks_in(squeeze(text).lower())


def asks_in(low: str) -> list[str]:
    """:func:`find_asks` of a comment already folded (white space squeezed, lower-cased)."""
    found = {ask for ask, needs, pattern, words in _READERS if _found(pattern, words, needs, low)}
    if _imperative_may_add(found, low):
        found |= imperative_asks(low)
    return [ask for ask in ASKS if ask in found]


def _imperative_may_add(found: set[str], low: str) -> bool:
    """Whether the sentences opening with a verb (:func:`imperative_asks`) may add an ask to ``found``.

    They give "tell_us", "revise" or "explain" only, and "explain" only where "explain" stands as a word,
    which the "explain" pattern finds already. A "tell_us" of theirs says " us" ("describe to us", "tell
    us"), "your re" ("in your response"), "advise" ("Please advise."), "consideration" ("address what
    consideration you gave"), or "support" or a basis ("provide support for these statements"): a comment
    that holds none of these gets none from them."""
    if "revise" not in found:
        return True
    return "tell_us" not in found and any(word in low for word in _IMPERATIVE_TELL_US)


def _found(pattern: re.Pattern[str], words: tuple[str, ...], needs: tuple[str, ...], low: str) -> bool:
    """Whether ``pattern`` finds a match in ``low``: tried where its ``words`` start, if one of
    the words it ``needs`` (when it names some) is there."""
    if needs:
        for needed in needs:
            if needed in low:
                break
        else:
            return False
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            if pattern.match(low, pos):
                return True
            pos = low.find(word, pos + 1)
    return False


# each ask with what it needs, its pattern and its words, in the order of ``ASKS``
_READERS = tuple((ask, _NEEDS.get(ask, ()), _PATTERNS[ask], _STARTS[ask]) for ask in ASKS)


# A sentence the staff open with a verb is a request, with or without "please": "Quantify any
# material increased compliance costs.", "If material, provide disclosure about ...", "To the extent
# material, discuss ...". The verb stands where a sentence (or a list item) starts, after a lead-in
# clause ending in a comma and "please" or an adverb at most. What follows it tells where the answer
# goes: "describe to us" and "provide us with" into the response letter (tell us), "describe" and
# "provide disclosure" into the filing (revise).
_FILING_WORDS = (
    "revise|disclose|expand|include|remove|delete|eliminate|add|balance|update|fill|enhance|highlight|correct|indicate|"
    "group|define|list"
)
_EITHER_WORDS = (
    "discuss|describe|quantify|identify|state|specify|present|reconcile|summarize"  # to us, or in the filing
)
_VERBS = f"{_FILING_WORDS}|{_EITHER_WORDS}|ensure|consider|provide|tell|advise|address|explain|make"
# "If material, ", "To the extent you ..., ", "In addition, ": a clause ending in a comma, not one
# opening with its subject ("We note that you are subject to federal, state and local taxes": a list);
# a condition may run longer ("If it is at least reasonably possible that a loss exceeding amounts already
# recognized may have been incurred and the amount of that additional loss would be material, either disclose")
_LEAD_IN = (
    r"(?!(?:we|you|your|our|it|they|there)\b)(?:(?:if|unless|to\s+the\s+extent)\b[^,.;?]{0,200}+|[^,.;?]{0,100}+),\s*"
)
# one of which each "tell_us" of theirs holds
_IMPERATIVE_TELL_US = (" us", "your re", "advise", "consideration", "support", "basis", "bases")
# where a sentence or a list item may start (besides the text's start): after its stop, or after a list
# marker such as "(b)", "ii)" or "2)" standing as a word (not a parenthesis closed mid-sentence: "ADR
# (a price indicator) include ..."). A match opens with one of the stops (found by str.find, see
# _starts); a ")" found so is kept only where the word it ends is such a marker.
# (": • ": one start; a sentence ending in a quotation, '."' or '.”', ends there too)
_SENTENCE_STARTS = re.compile(r"[.?!;:\u2022)][\"\u201d\u2019']?\s+(?:\u2022\s+)?")
_STOPS = (".", "?", "!", ";", ":", "\u2022", ")")  # the characters its matches open with
_LIST_MARKER = re.compile(r"\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})\)")
_REQUEST = (
    r"(?P<pre>(?:please\s+)?(?:either\s+)?(?:\w+ly\s+|also\s+|further\s+)?)(?P<verb>"
    + _VERBS
    + r")\b(?P<rest>[^.;?]{0,100})"
)
# the sentence opens with the verb, else the verb comes after a lead-in clause (tried only where the
# verb does not open the sentence: the lead-in is optional and lazy; no ``lead`` then)
_REQUEST_AT = re.compile(r"(?:(?P<lead>" + _LEAD_IN + "))??" + _REQUEST)
# a request the staff put as what the company should do: "you should disclose ...", "we believe that you
# would need to provide a reconciliation ...": the verb follows, no lead-in before it. ("you must disclose"
# states what a rule requires, before the request: "... you must disclose how the measure is calculated.
# Please tell us and revise future disclosure ...")
_OBLIGED = re.compile(r"\byou\s+(?:should|(?:would\s+|will\s+)?(?:need|have)\s+to)\s+")
_REQUEST_ALONE = re.compile(_REQUEST)
# what "provide" asks when it is support for what the filing says: "Please provide support for the following
# statements", "Provide a basis for statements such as ...": the support, to the staff
_SUPPORT = re.compile(
    r"\s+(?:(?:a|the|your|any|additional)\s+)?(?:(?:factual|reasonable)\s+)?(?:support|basis|bases)\b"
)
# "consider these items in your disclosures": the filing's
_CONSIDER_IN_FILING = re.compile(
    r"[^.;]*?\bin\s+(?:your|the|future)\s+(?:[^\s.;]+\s+){0,2}?(?:disclosures?|filings?|analysis|discussion)\b"
)
# a lead-in that says the request is for the filing: "In providing revised disclosure, consider ..."
_REVISED_DISCLOSURE = re.compile(r"\b(?:revised|amended|expanded|enhanced)\s+disclosures?\b")
_IN_RESPONSE = re.compile(
    r"(?<!provided\s)(?<!given\s)(?<!made\s)(?<!described\s)(?<!stated\s)(?<!included\s)(?<!discussed\s)"
    r"\b(?:in|with|as\s+part\s+of)\s+your\s+(?:response|reply)\b"
)
_TO_US = re.compile(r"\s+(?:(?:to|for)\s+us\b|us\b)")
_DISCLOSURE = re.compile(
    r"\s+(?:[^\s.;]+\s+){0,4}?(?:disclosures?|discussions?|descriptions?|risk\s+factors?|details?|information|reconciliations?)\b"
)
# what "ensure" asks of the filing: its disclosure, its discussion ("ensure any discussion regarding non-GAAP
# measures is preceded by ..."), a form, what it presents
_IN_FILING = re.compile(
    r".*\b(?:disclos|discussion|filing|prospectus|registration\s+statement|form\s+\d|proxy|10-[kq]|20-f"
    r"|(?:are|is)\s+(?:presented|discussed|preceded))"
)
_CONSIDERED = re.compile(r"\s+\w+ing\b")  # consider revising, adding, reordering ...
# what a request is to go into: "provide support for these assertions in a revised proxy statement" (not
# "in your Amended and Restated Certificate of Incorporation", a document's name)
_IN_REVISED = re.compile(r"\bin\s+(?:(?:a|an|the|your)\s+)?(?:revised|amended)\s+(?!and\s+restated\b)")
# "make similar revisions to Proposals 6 and 7", "make conforming changes throughout"
_REVISIONS = re.compile(
    r"\s+(?:(?:any|all|the|similar|conforming|corresponding|appropriate)\s+)?(?:revisions|changes)\b"
)
# "advise" asks the staff to be told where nothing else follows it, or a question, or "in your response"
# ("advise investors that": a disclosure)
_ADVISE_STAFF = re.compile(r"(?:\s*$|\s+(?:or|and)\b|\s+(?:in\s+your\s+response|whether|how|why|what|if)\b)")
# "address what consideration was given to ...": the company's analysis, for the staff
_CONSIDERATION = re.compile(r"\s+what\s+consideration\b")
_DRAFT = re.compile(r" us with (?:(?:any|your|the|a)\s+)?(?:proposed|draft|sample|revised)\b")
# verbs that are also nouns or adjectives ("state and local taxes", "present value", "group revenue"): a
# request only after "please" or an adverb, or where its object follows ("state the amount", "present
# segment information", "state, if true, that"). ("add", "define", "indicate" are no nouns: "If material,
# add disclosure about ...", "Define adjusted EBITDA" ask, whatever follows.)
_NOUNS_TOO = frozenset(("state", "present", "group", "list", "update", "balance", "fill", "correct"))
_OBJECT = re.compile(
    r"\s+(?:(?:the|your|a|an|any|all|each|every|how|whether|what|which|why|when|where|that|this|these|those|such"
    r"|to|in|for|on|its|their|us|you|more|additional|separately|clearly)\b|[\"\u201c\u2018'])"
    r"|\s+and\s+(?:" + _VERBS + r")\b"
    r"|,\s*(?:if|where|when|to\s+the\s+extent|for\s+each)\b"
)
_FILING_VERBS = frozenset(_FILING_WORDS.split("|"))
_EITHER_VERBS = frozenset(_EITHER_WORDS.split("|"))


def imperative_asks(low: str) -> set[str]:
    """The asks of the sentences of ``low`` (folded as for :func:`asks_in`) that open with a verb, and of
    what the staff say the company should do ("you should disclose", "you would need to provide")."""
    found: set[str] = set()
    starts = set(_starts(low))
    if "please" in low:
        starts.update(_pleas(low))
    obliged = set(_obliged(low)) - starts if "you " in low else set()
    for start in sorted(starts | obliged):
        # (a clause opening with a verb is the request itself, not a lead-in to another: "Provide us
        # with ... and further, specify ...")
        alone = start in obliged  # (after "you should": no lead-in)
        m = (_REQUEST_ALONE if alone else _REQUEST_AT).match(low, start)
        if m is None:
            continue
        lead = None if alone else m["lead"]
        if alone and m["verb"] in _EITHER_VERBS:
            continue  # "Please describe to us ... You should describe any products ...": to us, or in the filing
        if m["verb"] in _NOUNS_TOO and not m["pre"] and not (_OBJECT.match(m["rest"]) or _DISCLOSURE.match(m["rest"])):
            continue  # "state and federal regulators", "present value", "group revenue": no request
        ask = "tell_us" if lead and _in_response(lead) else _ask_of(m["verb"], m["rest"])
        if ask is None and lead and _REVISED_DISCLOSURE.search(lead):
            ask = "revise"
        if ask:
            found.add(ask)
    return found


def _starts(low: str) -> Iterator[int]:
    """Where the sentences and list items of ``low`` start (:data:`_SENTENCE_STARTS`): its matches, as
    ``finditer`` finds them (each after the last), tried only at the stops, which ``str.find`` finds
    many times faster than the engine goes through the text trying the pattern's character class."""
    yield 0
    stops: list[int] = []
    for char in _STOPS:  # (a position holds one of them: no repeats to take out, as anchored.word_starts does)
        at = low.find(char)
        while at >= 0:
            stops.append(at)
            at = low.find(char, at + 1)
    stops.sort()
    end = 0
    for stop in stops:
        if stop < end or (m := _SENTENCE_STARTS.match(low, stop)) is None:
            continue
        end = m.end()
        if low[stop] == ")" and not _LIST_MARKER.fullmatch(low, low.rfind(" ", 0, stop) + 1, stop + 1):
            continue
        yield end


def _pleas(low: str) -> Iterator[int]:
    """Where "please" stands as a word: a request opens there wherever it stands, after a lead-in too long
    or too full of commas to read as one ("Considering your disclosure throughout this section that ...,
    please provide narrative disclosure ...")."""
    at = low.find("please ")
    while at >= 0:
        if at == 0 or not low[at - 1].isalnum():
            yield at
        at = low.find("please ", at + 1)


def _obliged(low: str) -> Iterator[int]:
    """Where the verb of "you should ...", "you would need to ..." stands (:data:`_OBLIGED`),
    each looked for from "you " (which each match opens with, the white space being squeezed)."""
    at = low.find("you ")
    while at >= 0:
        if (m := _OBLIGED.match(low, at)) is not None:  # (its \b tells a word from "bayou ")
            yield m.end()
        at = low.find("you ", at + 1)


def _in_response(text: str) -> bool:
    """Whether :data:`_IN_RESPONSE` is found in ``text``, looked for only when ``text`` holds "your re" (every
    match does, the white space being squeezed)."""
    return "your re" in text and _IN_RESPONSE.search(text) is not None


def _ask_of(verb: str, rest: str) -> str | None:
    """The ask of a sentence opening with ``verb``, told by what follows it (``rest``)."""
    if verb == "explain":
        return "explain"
    if verb in ("tell", "advise", "provide") and rest.startswith(" us"):
        return None if _DRAFT.match(rest) else "tell_us"  # (draft text: proposed revisions)
    if verb == "advise" and _ADVISE_STAFF.match(rest):  # "Please advise.", "advise or revise", "advise whether"
        return "tell_us"
    if verb == "address":  # the company's analysis, or what its response is to address; else left to what follows
        return "tell_us" if _CONSIDERATION.match(rest) or _in_response(rest) else None
    if verb in ("tell", "advise"):
        return None
    if verb == "make":
        return "revise" if _REVISIONS.match(rest) else None
    if _TO_US.match(rest) or _in_response(rest):
        return "tell_us"
    if ("revised" in rest or "amended" in rest) and _IN_REVISED.search(rest):  # (each match holds one)
        return "revise"
    if verb in _FILING_VERBS or verb in _EITHER_VERBS:
        return "revise"
    if verb == "provide":
        return "revise" if _DISCLOSURE.match(rest) else "tell_us" if _SUPPORT.match(rest) else None
    if verb == "ensure":
        return "revise" if _IN_FILING.match(rest) else None
    if rest.startswith(" providing us"):
        return "tell_us"
    # consider revising, disclosing, ...; consider these items in your disclosures
    return "revise" if _CONSIDERED.match(rest) or _CONSIDER_IN_FILING.match(rest) else None
