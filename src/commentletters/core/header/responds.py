"""Which staff letters a company letter answers or refers to, by their dates.

Company letters name them in the opening: "the comments contained in the letter dated August 16,
2017", "your letter of March 6, 2024", "the Staff's June 29, 2017 comment letter", "our
response letter of October 21, 2021 to your letter of September 23, 2021". A date counts when
the letter it dates is the staff's: a letter (or comments) the date is attached to, not the
company's own ("our response letter", "the Company's prior response letter", "ADM's letter to
the Commission"). Only the Re: block and the opening are read, up to the first restated comment:
restated comments speak in the staff's voice ("our letter dated ...", "your letter dated ..."); one
restated without its number is told by that voice (asking, addressing "you"), by the staff's heading of
the filing over it ("Form 10-K for the Fiscal Year Ended ...") or by a caption over it ("General"), after a
sentence ends.
"""

from __future__ import annotations

import re

from ..anchored import anchored_matches, folds_exactly
from ..headings import ends_in_abbreviation, ends_sentence, is_form_heading, looks_like_heading
from ..voice import is_plain_staff
from .dates import Found, find_dates, is_date_line, with_shared_months, with_shared_years, yearless_date_at
from .layout import Layout, holds_any, unbreak

OPENING = 3000  # at most this many characters of the body are read
_CAPTION_MOST = 60  # the longest caption over a restated comment that ends the opening (a longer line: prose, mostly)
_LONG_WORD = re.compile(r"[^\W\d_][\w\u2019'-]{3,}")  # a caption capitalises its words of four letters or more
_PAGE_WORDS = ("page", "pages")  # but its page reference's: "Risk Factors, page 12"
_FIRST_COMMENT = re.compile(
    # (a number opening a line goes on in a capital or a quote: "(10) business days" is a sentence wrapped on)
    r"^(?:\(?\d{1,2}\s*(?:[.)]|:(?=\s)|[-\u2013\u2014](?=\s+[A-Z]))(?!\s*[a-z])|Comments?\s*(?:No\.\s*)?\d"
    r"|Comments?\s*(?::|$)|Staff\s+Comments?(?=\s*(?:[:.\u2013\u2014-]|$|No\.|\d))"
    # an answer's label ("Response:", "Response to Comment 1", "Response 2."), not a phrase wrapped onto the line
    # ("... to the Staff Comment Letter and the Initial" / "Response Date to the Company's quarter end"; "... the"
    # / "Staff Comment Letter and the Initial Response Date ...")
    r"|Response(?=\s*(?:[:.\u2013\u2014-]|$|to\b|No\.|\d)))"
)
_COMMENT_FIRST = "(CSR"  # how a _FIRST_COMMENT match opens, when not with a digit (\d: str.isdecimal)
# a full stop ending a sentence: found by the stop itself, then checked backwards (lookbehinds first
# would make the engine try every position)
_SENTENCE_END = re.compile(
    r"\.(?<=[a-z)]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bInc\.)(?<!\bNo\.)\s+(?=[A-Z])"
)
# (a response is the company's letter: a date attached to one dates no staff letter, "our response dated July 20")
_NOUN = re.compile(r"\b(?:letters?|correspondence|comments?|e-?mail|responses?)\b", re.I)
_NOUN_WORDS = ("letter", "correspondence", "comment", "e-mail", "email", "response")  # where _NOUN's matches start
_NOUN_START = re.compile("|".join(_NOUN_WORDS))
_ATTACH_WORDS = ("dated", "of", "on", "from", "issued", "received", "delivered", "sent", "provided", "transmitted")
_ATTACH = re.compile(rf"(?:{'|'.join(_ATTACH_WORDS)})\s*,?\s*(?:\w+\s+and\s+)?$", re.I)
# comments dated by the verb of a letter sent or received ("the Staff's comments issued on May 20, 2021", "comments
# of the Staff received on July 20, 2016") or by the writing they came in ("comments ... received by electronic mail
# on April 25, 2016"), unless the sentence says they were given by word of mouth (_ORAL: "comments provided orally on
# June 5", "received during our call on ...")
_WRITTEN = re.compile(
    r"\b(?:issued|sent|transmitted|delivered|received|(?:by|via)\s+(?:electronic\s+mail|e-?mail|letter|facsimile|fax))\b",
    re.I,
)
# another paper issued between the comments and the date ("... inconsistent with the updated Compliance and
# Disclosure Interpretations issued on May 17, 2016")
_OTHER_PAPER = re.compile(
    r"\b(?:Interpretations?|C&DIs?|Releases?|Bulletins?|Guidance|Rules?|Act|Forms?|Reports?|Statements?"
    r"|Standards?|Updates?|Topics?|Codification)\b"
)
_ORAL = re.compile(r"\b(?:orally|oral|telephone|telephonic|call|conversations?|meeting|discussions?)\b", re.I)
# a date opening its sentence ("On May 20, 2024, the Company received a comment letter from the Staff", "As you know,
# on May 20, 2024, the Staff issued ..."): the letter received or issued after it is the staff's, unless the company's
# own ("our response"), none ("no comments"), another body's ("a letter from Nasdaq") or given by word of mouth
_ON_DATE = re.compile(r"(?:^|[,;(]\s*|[.:]\s+)[Oo]n\s+$")
# (a subject's words may hold a defined term and an abbreviation's stop, "Acme, Inc. (the “Company”)", not the company's
# own letter: "we filed our response and received ...")
_IN_SUBJECT = r"(?:(?!\b(?:our|response)\b)(?:[^.;]|\.(?=,|\s*[(a-z“\"])))"
_RECEIVED = re.compile(
    rf"\s*,?\s+(?:(?!(?:the\s+)?(?:Staff|Commission|SEC|Division)\b){_IN_SUBJECT}{{1,100}}?\s+received"
    rf"|(?:the\s+)?(?:Staff|Commission|SEC|Division)\b{_IN_SUBJECT}{{0,100}}?\s+"
    r"(?P<issued>issued|sent|delivered|provided|transmitted))"
    r"\s+(?:(?:to\s+)?(?:us|the\s+Company)\s+)?(?:(?!(?:our|my|no|oral|response)\b)[\w’'-]+\s+){0,3}?"
    r"(?:letters?|comments?)\b(?P<rest>[^.]{0,120})",
    re.I,
)
_FROM_STAFF = re.compile(r"\s+from\s+(?:the\s+)?(?:Staff|Commission|SEC|Division|you)\b", re.I)
_BETWEEN_MOST = 180  # the most characters between a letter's noun and the date attached to it
_NOT_A_LETTER_DATE = re.compile(
    r"\b(?:filed|furnished|submitted|revised|amended|Form|regarding|relating|with respect to"
    r"|call|conversations?|telephone|meeting)\b|\d{4}"
)
_DATE_THEN_LETTER = re.compile(
    r"^\s*,?\s*(?:(?!(?:to|your|our|the|and|or|of|in|from|a|an)\b)[\w-]+\s+)?letters?\b", re.I
)
# whose letter: a company's own letters are "our"/"my", a response letter, or "<Name>'s"
_OWNER = re.compile(r"(?:\b(?:our|my)|[A-Z][\w.&-]*[’']s)\s+(?:[\w-]+\s+){0,3}$|\bresponse\s+$")
_STAFF_OWNER = re.compile(r"\b(?:Staff|Commission|SEC|Division)[’']s\s+(?:[\w-]+\s+){0,3}$")
_TO_STAFF = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:Staff|Commission|SEC|Division|you)\b", re.I)
_JOINED_DATES = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$")  # only the joint between two dates
# the words a date printed without its year follows ("your letter dated May 20")
_YEARLESS_AFTER = ("dated ", "letter of ", "letters of ", "comments of ", "letter on ")
_OWNED_DATE = re.compile(r"(?:\b(?:our|my)|[A-Z][\w.&-]*[’']s)\s+$")  # "our June 29, 2017 letter"


def opening(lay: Layout) -> str:
    """The body up to the first restated comment (at most :data:`OPENING` characters); read once per
    layout (the header and classify stages both read it)."""
    if lay.opening is None:
        kept: list[str] = []
        size = 0
        for text in lay.lines[lay.body_start :]:
            first = text[:1]  # (_FIRST_COMMENT is tried only on a line opening as its matches do)
            if (
                (first in _COMMENT_FIRST or first.isdecimal())
                and _FIRST_COMMENT.match(text)
                and not (kept and _open(kept[-1]))
                or size > OPENING
                # a comment restated without its number, or the staff's heading over one ("Form 10-K for ..."),
                # after a sentence ends (in wrapped text a line may open so in the middle of one: "... the Company's
                # Preliminary Proxy Statement on" / "Schedule 14A, filed with the Commission on May 11, 2020")
                or (
                    kept
                    and ends_sentence(kept[-1])
                    and (
                        is_plain_staff(text)
                        or (is_form_heading(text) and looks_like_heading(text))
                        or (_full_stop(kept[-1]) and _caption(text))
                    )
                )
            ):
                break
            # a running header's date is the letter's own; one ending in a stop or a comma ends a sentence
            # wrapped onto its own line ("… the Company confirms that it will file a response by" /
            # "November 18, 2016."), one after a word that dates a letter goes on with it ("… your letter
            # (the “Comment Letter”) dated" / "January 21, 2020" / "containing comments of the Staff …"), and
            # so does one opening in lower case ("… your letter (the “Comment Letter”)" / "dated January 21, 2020")
            if (
                text.endswith((".", ","))
                or text[:1].islower()
                or not is_date_line(text)
                or (kept and _ATTACH.search(kept[-1]))
            ):
                kept.append(text)
                size += len(text)
        lay.opening = unbreak(" ".join(kept))[:OPENING]
    return lay.opening


def _full_stop(line: str) -> bool:
    """Whether a line ends a sentence with a full stop (not an abbreviation's: "... with the U.S.", "Inc.")."""
    return line.endswith(".") and not ends_in_abbreviation(line)


def _caption(text: str) -> bool:
    """Whether a line after the opening's sentences is a caption over a restated comment ("General", "Risk
    Factors, page 12"): short, each word of four letters or more capitalised, and ending in a capitalised word or a
    number (a wrapped line of the opening has a word in lower case: "As discussed between Ms. Jennifer Monick and our
    Senior Vice", or stops on a small word: "Pursuant to the Company’s request by telephone with Lisa Etheredge on")."""
    last = text.rsplit(None, 1)[-1]
    return (
        len(text) <= _CAPTION_MOST
        and (last[0].isupper() or last[-1].isdecimal())
        and "\u201c" not in text  # (a defined term: "Securities and Exchange Commission (the “SEC”) on December")
        and looks_like_heading(text)
        and all(word[0].isupper() or word in _PAGE_WORDS for word in _LONG_WORD.findall(text))
    )


def _open(line: str) -> bool:
    """Whether a line stops inside a bracket or a quotation, which the next line goes on with (a wrapped
    opening: "… dated November 4, 2021 (the “Prior" / "Response Letter”) in response to …")."""
    return line.count("(") > line.count(")") or line.count("“") > line.count("”")


def responds_to(lay: Layout, letter_date: str | None) -> list[str]:
    """Dates (ISO) of the staff letters named in the Re: block ("Re: Comment Letter Dated March 16,
    2016") and in the opening, in order, without repeats."""
    dates: list[str] = []
    # each line of the Re: block apart: joined, a filing date would read as dating the next line's letter
    # ("Filed June 24, 2022" above "Response Letter dated February 10, 2023")
    named = [line for line in lay.re_lines() if holds_any(line.casefold(), _NOUN_WORDS)]  # (no noun: no letter dated)
    for text in [*named, opening(lay)]:
        dates.extend(_staff_letter_dates(text, letter_date))
    if not dates and letter_date:  # "your letter dated May 20": the year left out, the letter's own or the one before
        text = opening(lay)
        dates = _staff_letter_dates(text, letter_date, _yearless(text, letter_date))
    return list(dict.fromkeys(dates))  # (without repeats, in order: a Re: line may name thousands)


def _yearless(text: str, letter_date: str) -> list[Found]:
    """Dates without their year right after a word that dates a letter ("dated May 20", "letter of December
    18th"), found from those words (read in the lower-cased text) rather than by a search of every month."""
    low = text.lower()
    if len(low) != len(text):
        return []  # (no offsets to share: such an opening is left as it is)
    found: list[Found] = []
    for word in _YEARLESS_AFTER:
        at = low.find(word)
        while at >= 0:
            if (date := yearless_date_at(text, at + len(word), letter_date)) is not None:
                found.append(date)
            at = low.find(word, at + 1)
    return sorted(found, key=lambda f: f.start)


def _staff_letter_dates(text: str, letter_date: str | None, found_all: list[Found] | None = None) -> list[str]:
    """The dates in ``text`` (``found_all``, else those :func:`find_dates` finds) that date staff letters."""
    if found_all is None:
        found_all = with_shared_months(text, with_shared_years(text, find_dates(text)))
    series_ends = _series_ends(text, found_all)
    dates: list[str] = []
    taken = False  # whether the date before dates a staff letter
    for i, found in enumerate(found_all):
        if letter_date and found.iso > letter_date:
            taken = False
            continue  # a deadline or a later date, not a letter being answered
        # a date joined to one that dates a staff letter dates one too: "the Staff's letters dated May 1,
        # 2021 and May 20, 2021"
        joined = taken and bool(_JOINED_DATES.match(text, found_all[i - 1].end, found.start))
        taken = joined or _dates_staff_letter(text, found, series_ends[i])
        if taken:
            dates.append(found.iso)
    return dates


def _series_ends(text: str, found: list[Found]) -> list[int]:
    """Where the series of dates joined to each date ends ("May 22, 2024 and September 5, 2024").

    The words after the last date of a series ("comment letters") say what every date of it dates.
    Found from the last date back, each date's from the next one's: read forward from each date, a Re:
    line of thousands of dates joined by "and" took time growing with their square.
    """
    ends = [f.end for f in found]
    for i in range(len(found) - 2, -1, -1):
        if _JOINED_DATES.match(text, found[i].end, found[i + 1].start):
            ends[i] = ends[i + 1]
    return ends


def _dates_staff_letter(text: str, found: Found, series_end: int) -> bool:
    if _DATE_THEN_LETTER.match(text[series_end : series_end + 40]):  # "the Staff's June 29, 2017 comment letter"
        sentence = _sentence_before(text, found.start)
        return not _at_end(_OWNED_DATE, sentence, 3) or bool(_at_end(_STAFF_OWNER, sentence, 5))
    if _ON_DATE.search(text, max(0, found.start - 8), found.start) and _received(text, series_end):
        return True
    if not _may_attach(text[max(0, found.start - _BETWEEN_MOST) : found.start]):
        return False  # (read before the sentence and its nouns: most dates are told here)
    sentence = _sentence_before(text, found.start)
    nouns = _nouns(sentence)
    if not nouns:
        return False
    noun = nouns[-1]
    if noun.group(0)[:8].lower() == "response":
        return False  # the company's own letter: "... which followed our response dated July 20, 2017 to ..."
    between = sentence[noun.end() :]
    if len(between) > _BETWEEN_MOST:
        return False
    attach = _at_end(_ATTACH, between, 5)
    if not attach or _NOT_A_LETTER_DATE.search(between):
        return False
    if (
        noun.group(0).lower().startswith("comment")
        and not attach.group(0).lower().startswith(("dated", "from"))
        and not (_WRITTEN.search(between) and not _ORAL.search(sentence) and not _OTHER_PAPER.search(between))
        # "the Staff's further comments of August 16, 2017": the comments the date names, none said to be oral
        and not (
            attach.group(0).lower().startswith("of")
            and not between[: attach.start()].strip()
            and not _ORAL.search(sentence)
        )
    ):
        return False  # "comments ... provided orally on June 5": not a letter ("your comments from May 22", "the
        # Staff's comments issued on May 20" are)
    return not (_owned_by_company(sentence[: noun.start()]) or _TO_STAFF.search(between))


def _received(text: str, at: int) -> bool:
    """Whether the sentence goes on after its opening date (ending at ``at``) to tell of a staff letter received or
    issued then (_RECEIVED): comments, a letter from the staff, or whatever the staff issued, none given orally."""
    m = _RECEIVED.match(text, at, at + 300)
    if m is None or _ORAL.search(m.group(0)):
        return False
    return bool(m.group("issued") or "comment" in m.group(0).lower() or _FROM_STAFF.match(m.group("rest")))


def _sentence_before(text: str, at: int) -> str:
    """The sentence's words before ``at``, as far back as 240 characters."""
    return _SENTENCE_END.split(text[max(0, at - 240) : at])[-1]


def _may_attach(before: str) -> bool:
    """False when no _ATTACH match can end where ``before`` ends (and so none in a part of it that ends
    there: the pattern has nothing that reads before its match). A match ends with an attaching word
    (an optional comma and white space after it) or with "and" ("dated May 5 and"), so the text is
    looked at from its end only; the words are told in the lower-cased text, unless the text holds a
    letter that a case-blind "i" or "s" matches but that lower-casing keeps apart (folds_exactly)."""
    if not folds_exactly(before):
        return True
    low = before.rstrip().lower()
    if low.endswith(","):
        low = low[:-1].rstrip()
        return low.endswith(_ATTACH_WORDS)  # (a comma is not read after "and")
    return low.endswith(_ATTACH_WORDS) or low.endswith("and")


def _nouns(sentence: str) -> list[re.Match[str]]:
    """``_NOUN``'s matches, tried only where its words start in the lower-cased sentence."""
    if not folds_exactly(sentence):
        return list(_NOUN.finditer(sentence))
    return anchored_matches(_NOUN, _NOUN_START, sentence, sentence.lower())


def _owned_by_company(before_noun: str) -> bool:
    return bool(_at_end(_OWNER, before_noun, 5)) and not _at_end(_STAFF_OWNER, before_noun, 5)


def _at_end(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern anchored at the text's end whose matches hold fewer
    than ``words`` spaces when spaces come singly: searched from that many spaces before the end only.
    The opening is folded; a text with a double space or other white space is searched whole."""
    if "  " in text or not text.isprintable():
        return pattern.search(text)
    start = len(text)
    for _ in range(words):
        start = text.rfind(" ", 0, start)
        if start < 0:
            return pattern.search(text)
    return pattern.search(text, start)
