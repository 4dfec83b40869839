"""The people on a letter: the addressee, the signatories, the signing Office (the staff to contact: phone_contacts.py).

Business-letter layout again: the inside address starts with the addressee's name and title,
the signature block follows the closing ("/s/ Jim B. Rosenberg / Jim B. Rosenberg / Senior
Assistant Chief Accountant / Office of Healthcare and Insurance"), and staff letters name whom
to call in their last paragraph ("You may contact Melissa Walsh, Staff Accountant, at (202)
551-3224 or ..."). Names are recognised by their shape (capitalised words, initials,
honorifics), not by any list of people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..corporate import LEGAL_FORM, LEGAL_FORM_LONGEST
from ..letters import Person
from .layout import Layout, holds_any

_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Dr|Messrs|Mses|Mmes)\.?\s+")
_HONORIFICS = ("Mr", "Ms", "Miss", "Dr", "Messrs", "Mmes")  # how each _HONORIFIC match opens ("Mrs", "Mses" too)
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV|Esq\.?|CPA|P\.?E\.?)$")
# _SUFFIX's words: it is tried only on a line whose last word is one
_SUFFIXES = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Esq", "Esq.", "CPA", "PE", "P.E", "PE.", "P.E."])
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]*[A-Za-z'’-]*[a-z]|[A-Z]\.(?:[A-Z]\.)?|[A-Z][a-z]?[A-Z][a-z]+)$")
# Words that are no part of a name, and title words; a line holds one when one of its runs of word
# characters is one (as "\bWord\b" would find it, looked up in a set rather than tried at every position)
_WORD_RUN = re.compile(r"\w+")
_NOT_NAME = frozenset(
    _WORD_RUN.findall(
        "Inc Corp Corporation Company Co LLP LLC plc Ltd Limited Group Holdings Division Office Commission "
        "Securities Exchange Finance Street Avenue Road Drive Boulevard Suite Chief Officer President Director "
        "Counsel Secretary Treasurer Controller Accountant Attorney Branch Staff Partner Sincerely Re Dear Via "
        "Page Washington Response Comment Form United States Attention Attn Ladies Gentlemen Review Program "
        "Disclosure Desk Way Place Plaza Center Centre Park Lane Parkway Court Circle Square Floor Building "
        "Tower Highway Blvd Ave Incorporated Signatory"
    )
)
# what is no title: a digit, a corporate suffix at the end, a line of capitals (_not_title looks for each apart)
# (in any case: "MARSH & McLENNAN COMPANIES, INC.", "Baker Hughes, a GE company")
_CORPORATE_END = re.compile(rf"\b{LEGAL_FORM}\b\.?$", re.I)
_CAPITALS_LINE = re.compile(r"[A-Z0-9&.,:' -]{6,}$")  # ("GUARANTORS:" over the guarantors' names)
_NOT_TITLE = re.compile(rf"\d|(?i:{_CORPORATE_END.pattern})|^{_CAPITALS_LINE.pattern}")
_DIGIT = re.compile(r"\d")
# the writer's and typist's reference initials under a signature ("CAR:nw", "JDS/kl"), no title
_REFERENCE_INITIALS = re.compile(r"[A-Za-z]{2,4}\s*[:/]\s*[A-Za-z]{2,4}")
_SEC_LINE = re.compile(r"securities and exchange\b|division of corporat|^office of|100 F Street|20549", re.I)
# a piece of each of _SEC_LINE's phrases with no "i", "s" or "k" (which a case-blind match also finds as
# "ı", "ſ" or the Kelvin sign): a line whose lower-cased text holds none of them names no part of the SEC
_SEC_PIECES = ("ecur", "on of corporat", "ce of", "100 f", "20549")
_ATTENTION = re.compile(r"^(?:Attn|Attention)\s*:?\s*", re.I)
_TITLE_WORDS = frozenset(  # and any word opening with "Chair" (_has_title_word)
    _WORD_RUN.findall(
        "Chief Officer President Director Counsel Secretary Treasurer Controller Accountant Attorney "
        "Adviser Advisor Partner Manager Head Member Principal Executive Vice General Senior Assistant Associate "
        "Deputy Special Branch Staff Founder Trustee CEO CFO COO EVP SVP VP"
    )
)
_STOP = re.compile(r"^(?:cc|c\.c\.|copy to|copies to|enclosures?|attachments?|annex|exhibit|appendix)\b", re.I)
_STOP_FIRST = "cCeEaA"  # the first letters of _STOP's words, in any case (no other character matches them case-blind)
_LABEL = re.compile(r"^(?:By|Name|Title|/s/|s/)\s*:?\s*", re.I)
# Patterns the header readers use once per line, compiled once here rather than looked up in re's cache
_THREE_DIGITS = re.compile(r"\d\d\d")
_LIST_SPLIT = re.compile(r",|\s+and\s+")
_PEOPLE_SPLIT = re.compile(r"\s+and\s+|;")  # "Jane Doe and John Roe", "Jane Doe; John Roe"
_STREET = re.compile(r"^\d+\s+\w")  # "13995 Pasteur Boulevard"
_SIGNED = re.compile(r"^(?:By:?\s*)?/?s/", re.I)
_SIGNED_REACH = 12  # a signature with no closing word above it is looked for on the letter's last lines
_SIGNED_FIRST = "Bb/Ss\u017f"  # how a _SIGNED match opens ("ſ", the long s, is an "s" to a case-blind match)
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_GREETED = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+(?:[A-Z][\w.]*\s+)*?([A-Z][\w'’-]+)\b")  # the surname greeted
# a title that runs on to the next line: a comma or a joining word, or a word that opens a title's part, never ends
# it ("Senior Vice President, Chief" / "Accounting and Risk Officer", "General" / "Counsel and Secretary")
_RUNS_ON = re.compile(r"(?:,|&|\band|\bof|-|\b(?:Chief|Vice|Senior|Associate|Assistant|Deputy|General))$")
_CONTINUES = re.compile(r"^(?:and|&|[a-z(])")
_OFFICE = re.compile(r"\b(?:AD\s+)?Office\s+(?:of\b|\d+\b).*")
_DIVISION = re.compile(r"Division of Corporation(?: Finance)?")
_PROGRAM = re.compile(r"(?:[A-Z][\w&,']*\s?){1,6}")
_ENDS_OPEN = re.compile(r"(?:\b(?:of|and)|[&,–-])$")
_FRAGMENT = re.compile(r"(?:(?:[A-Z][\w'’]*|and|of|&)\s?){1,3}")


def after_match(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` for a pattern anchored at the text's start (^, no re.M) whose matches
    are never empty: the text after its match. (A match and a slice: re.sub's code, which a cold CPU
    cache must load, is then left out of most letters.)"""
    m = pattern.match(text)
    return text[m.end() :] if m else text


def _alnum(low: str) -> str:
    """The lower-cased text's letters a-z and digits 0-9 alone (as ``re.sub("[^a-z0-9]", "", low)``)."""
    return "".join(_ALNUM_RUN.findall(low))


def _not_title(text: str) -> bool:
    """``_NOT_TITLE.search(text)``, its parts looked for apart: a digit (which the engine skips to), a
    corporate suffix ending the text (from where the longest can start), a line of capitals (at its
    start). The whole pattern would be tried at every position of the text. Nor is a line without a letter (a
    rule to sign on, a dot leader), a bracketed note or reference initials ("CAR:nw") a title."""
    return bool(
        not any(map(str.isalpha, text))  # a rule to sign on, a dot leader
        or text.lstrip()[:1] == "["  # "[Signature Page to Acceleration Request]"
        or _DIGIT.search(text)
        or _CORPORATE_END.search(text, max(0, len(text) - LEGAL_FORM_LONGEST))
        or _CAPITALS_LINE.match(text)
        or _REFERENCE_INITIALS.fullmatch(text.strip())
    )


def _sec_line(text: str) -> bool:
    """The line names the Commission, its Division or an Office, or their address."""
    low = text.lower()
    return holds_any(low, _SEC_PIECES) and bool(_SEC_LINE.search(text))


def _has_title_word(text: str) -> bool:
    runs = _WORD_RUN.findall(text)
    return not _TITLE_WORDS.isdisjoint(runs) or "Chair" in text and any(run.startswith("Chair") for run in runs)


def is_person_name(text: str) -> bool:
    """Two to five capitalised words or initials, no company, office or title words."""
    return person_name(text) is not None


def person_name(text: str) -> str | None:
    """The name ``text`` spells without its honorific ("Mr.") or suffix ("Jr."), when it is a person's
    name (see is_person_name); else None. _HONORIFIC is tried only when the text opens with the first
    letters of one, _SUFFIX only when its last word is one. A word of _NOT_NAME between white space is
    one of the text's runs of word characters, so the words are looked up first; when every word is
    alphanumeric, they are its runs, and the text need not be split into runs at all."""
    text = text.strip().rstrip(",")
    if not "A" <= text[:1] <= "Z":
        return None  # a name (or its honorific) opens with a capital: most lines are told here
    core = after_match(_HONORIFIC, text) if text.startswith(_HONORIFICS) else text
    words = core.split()
    if words and words[-1] in _SUFFIXES:
        core = _SUFFIX.sub("", core)
        words = core.split()
    if not 2 <= len(words) <= 5 or not _NOT_NAME.isdisjoint(words):
        return None
    if not all(map(_NAME_WORD.match, words)) and not _initial_unstopped(words):
        return None
    if "".join(words).isalnum() or _NOT_NAME.isdisjoint(_WORD_RUN.findall(core)):
        return core.strip()
    return None


def _initial_unstopped(words: list[str]) -> bool:
    """Whether the words are a name with a middle initial printed without its full stop ("Julia A
    Thompson"): the first and last are name words, those between them name words or one capital."""
    inner = words[1:-1]
    return (
        any(len(w) == 1 for w in inner)
        and bool(_NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1]))
        and all(_NAME_WORD.match(w) or (len(w) == 1 and "A" <= w <= "Z") for w in inner)
    )


def _unlabel(text: str) -> str:
    """The line without a "By:", "Name:", "Title:" or "/s/" label, stripped (_LABEL tried only on a line
    opening with one of their first letters)."""
    return (after_match(_LABEL, text) if text[:1] in "BbNnTt/Ss" else text).strip()


def _split_name_title(text: str) -> tuple[str, str | None] | None:
    """ "Cecilia Blye, Chief" → ("Cecilia Blye", "Chief"); a bare name → (name, None); else None."""
    return _name_title(_unlabel(text))


def _name_title(text: str) -> tuple[str, str | None] | None:
    """_split_name_title of a line without its label, stripped (as _unlabel gives it)."""
    if not "A" <= text[:1] <= "Z":
        return None  # neither the line nor its part before a comma can be a name
    name = person_name(text)
    if name is not None:
        return name, None
    head, _, tail = text.partition(",")
    tail = tail.strip()
    if not tail or not tail[0].isupper() or (name := person_name(head)) is None:
        return None  # (a title opens with a capital: "Baker Hughes, a GE company" is a company's name)
    if _NOT_TITLE.fullmatch(tail.split(",")[0].strip()):
        return None
    if _THREE_DIGITS.search(tail):
        return None  # "New York, NY 10036": a town and its post code
    if is_person_name(_LIST_SPLIT.split(tail, 1)[0]):
        return name, None  # a list of people: "Sarmad Makhdoom, Lory Empie and ..."
    if _SEC_LINE.match(tail):
        return name, None  # where the person works: "Madeline Mateo, Division of Corporation Finance"
    return name, _title_alone(tail)


def _title_alone(tail: str) -> str:
    """The title without the next person run on to it, as in an inside address printed as one line:
    "Accounting Branch Chief Mengyao Lu, Staff Accountant ..." → "Accounting Branch Chief" (a name of
    two or three words, ending at a comma, right after a title word)."""
    comma = tail.find(",")
    while comma > 0:
        words = tail[:comma].split()
        for size in (2, 3):
            if len(words) > size and words[-size - 1] in _TITLE_WORDS and is_person_name(" ".join(words[-size:])):
                return " ".join(words[:-size])
        comma = tail.find(",", comma + 1)
    return tail


def addressee(lay: Layout, company: str | None) -> Person | None:
    """The person of the inside address (or of an "Attention:" line) and their title.

    The inside address follows the date; some company letters put it above the date, under the
    Commission's address, so those lines are read when the lines after the date name nobody.
    Of the people named, the one the salutation greets comes first ("Dear Mr. Wilson:"), then
    one the layout vouches for (:func:`_vouched`), then the first within 14 lines.
    """
    start = lay.date + 1 if lay.date is not None else 0
    end = lay.re_start if lay.re_start is not None and lay.re_start > start else lay.head_end
    if lay.re_start is None and lay.salutation is None:
        end = min(end, start + 14)  # no landmark closes the inside address (an order, say)
    greeted = lay.lines[lay.salutation] if lay.salutation is not None else ""
    found = _choose(_people(lay.lines[start:end], company), greeted)
    if found is None and lay.date is not None:
        above = lay.lines[: lay.date]
        sec = next((i for i, text in enumerate(above) if _sec_line(text)), None)
        found = _choose(_people(above[sec:], company), greeted) if sec is not None else None
    return found


def _choose(people: Iterator[tuple[int, Person, bool]], greeted: str) -> Person | None:
    """The person the salutation greets, else the first one vouched for, else the first within 14 lines.

    ``people`` is read lazily, only until the choice is settled: at a greeted person, or at the first
    one vouched for when the salutation greets nobody by name ("Ladies and Gentlemen") — no later
    person can then outrank it. The lines after it are not read for names at all."""
    surnames = _GREETED.findall(greeted)  # (a list: a salutation greets one or two)
    vouched: Person | None = None
    first: Person | None = None
    for i, person, ok in people:
        if person.name.split()[-1] in surnames:
            return person
        if ok and vouched is None:
            if not surnames:
                return person
            vouched = person
        if first is None and i < 14:
            first = person
    return vouched if vouched is not None else first


def _people(lines: list[str], company: str | None) -> Iterator[tuple[int, Person, bool]]:
    """Each person the lines name: (line index, person, vouched for by the layout), found as read."""
    names: dict[str, tuple[str, str | None] | None] = {}  # each line's name, read once (see _title_under)
    key = _alnum((company or "").lower())[:12]  # how the company's name opens (_same)

    def name_in(text: str) -> tuple[str, str | None] | None:
        if text not in names:
            names[text] = _split_name_title(text)
        return names[text]

    for i, text in enumerate(lines):
        bare = after_match(_ATTENTION, text) if text[:1] in "Aa" else text
        if "and" in bare or ";" in bare:
            another = _PEOPLE_SPLIT.search(bare)
            found = name_in(bare[: another.start()] if another else bare)
        else:
            found = name_in(bare)
        if not found or (i and _STREET.match(lines[i - 1])):
            continue  # no name, or the town under a street address ("13995 Pasteur Boulevard")
        name, title = found
        if title is None:  # the title is printed on the lines under the name
            title = _title_under(lines[i + 1 : i + 4], key, name_in)
        yield i, Person(name, title), _vouched(text, bare, title, lines[i + 1 : i + 6])


def _title_under(lines: list[str], key: str, name_in: Callable[[str], tuple[str, str | None] | None]) -> str | None:
    """The title printed on the lines under a name: lines with a title word ("Chief", "Counsel"), or
    that continue one ("Senior Vice President," / "and Corporate Secretary"); not a town of a
    letterhead's office list beside the address. (``key``: the company's, see _same; ``name_in``:
    _split_name_title, as the caller remembers it for the lines it reads as well.)"""
    title = None
    for nxt in lines:
        if _sec_line(nxt) or _not_title(nxt) or name_in(nxt) or _same(nxt, key):
            break
        runs_on = bool(title) and bool(_RUNS_ON.search(title or ""))
        if not (_has_title_word(nxt) or runs_on or _CONTINUES.match(nxt)):
            break
        title = _join_title(title, nxt)
    return title


def _vouched(text: str, bare: str, title: str | None, following: list[str]) -> bool:
    """A name the layout marks as a person's: "Attn:", "Mr."/"Ms.", a title, or the Commission under
    it (after any other names listed one a line); a two-column letterhead's offices ("Austin Moscow")
    have none of these."""
    if bare != text or (text.startswith(_HONORIFICS) and _HONORIFIC.match(text)) or (title and _has_title_word(title)):
        return True
    after = next((t for t in following if not is_person_name(t)), "")
    return bool(_sec_line(after))


def _same(line: str, key: str) -> bool:
    """The line names the company (as the Re: block does): the inside address has reached it.
    ``key``: the first 12 letters and digits of the company's name, lower-cased."""
    return bool(key) and _alnum(line.lower()).startswith(key)


def signature_block(lay: Layout) -> list[str]:
    """The lines after the closing word, up to a cc:/enclosure line (at most 12; _STOP is tried only on a
    line opening with the first letter of one of its words). A letter with no closing word signs from
    its Division line (a staff letter) or from its first "/s/" line among the last ones."""
    start = lay.closing
    if start is None:  # some staff letters go straight from the last paragraph to the Division
        tail = range(max(lay.body_start, len(lay.lines) - 6), len(lay.lines))
        start = next((i - 1 for i in tail if lay.lines[i] == "Division of Corporation Finance"), None)
    if start is None:  # and some company letters to the signature ("Autodesk, Inc." / "/s/ R. Scott Herren")
        tail = range(max(lay.body_start, len(lay.lines) - _SIGNED_REACH), len(lay.lines))
        start = next((i - 1 for i in tail if lay.lines[i][:1] in _SIGNED_FIRST and _SIGNED.match(lay.lines[i])), None)
    if start is None:
        return []
    block = []
    for text in lay.lines[start + 1 : start + 13]:
        if text[:1] in _STOP_FIRST and _STOP.match(text):
            break
        block.append(text)
    return block


def signatories(block: list[str]) -> list[Person]:
    """Each person who signs, with the title printed under the name.

    A "/s/" line names the signer; a printed name straight under it replaces it ("/s/ Kate
    Tillan" signing for "Martin James" prints the latter). Title lines follow until an Office,
    an address or a company name.
    """
    people: list[Person] = []
    signed = False  # the last person came from a "/s/" line and has no printed name yet
    for text in block:
        if _sec_line(text):
            if people and text.startswith("Office of"):
                break  # a staff signature ends with the Office
            continue
        bare = _unlabel(text)
        if not bare:
            continue  # "By:", "Name:", "Title:" on a line of their own
        is_s = text[:1] in _SIGNED_FIRST and bool(_SIGNED.match(text))
        found = _name_title(bare)
        if found:
            name, title = found
            title = None if title and title.lower() in ("for", "for:") else title
            if people and signed and not people[-1].title:
                people[-1].name, people[-1].title = name, title
            else:
                people.append(Person(name, title))
            signed = is_s
        elif people and not is_s and not _not_title(text):
            people[-1].title = _join_title(people[-1].title, bare)
            signed = False
    unique: list[Person] = []  # each person once, with the title the signature gives anywhere ("Stacy Mills" over the
    for person in people:  # company's name, then "By: /s/ Stacy Mills" / "Title: Chief Accounting Officer")
        same = next((other for other in unique if other.name == person.name), None)
        if same is None:
            unique.append(person)
        elif same.title is None:
            same.title = person.title
    return unique


def _join_title(prev: str | None, more: str) -> str:
    """Title lines joined: "Senior Vice President," + "Chief Legal Officer" reads as one title."""
    if not prev:
        return more
    if more.startswith("(") or _RUNS_ON.search(prev):
        return f"{prev} {more}"
    return f"{prev}, {more}"


def office(block: list[str]) -> str | None:
    """The reviewing Office that signs a staff letter ("Office of Manufacturing"), its name rejoined
    when the letter broke it over lines ("Office of Life" / "Sciences", "Office of Trade" / "& Services")."""
    for i, text in enumerate(block):
        m = _OFFICE.search(text) if "Office" in text else None  # (every match says it; _OFFICE opens with \b)
        if m:
            return _run_on(m.group(0), block[i + 1 :])[0]
        if _DIVISION.fullmatch(text):
            division, used = _run_on(text, [] if text.endswith("Finance") else block[i + 1 : i + 2])
            rest = block[i + 1 + used :]
            if division != "Division of Corporation Finance" or not rest:
                continue
            name = _run_on(rest[0], rest[1:])[0]  # a program the Division signs for ("Disclosure Review Program")
            if _PROGRAM.fullmatch(name) and not is_person_name(name):
                return name
    return None


def _run_on(name: str, following: list[str]) -> tuple[str, int]:
    """``name`` with the (at most two) lines that continue it, and how many were taken."""
    used = 0
    for more in following[:2]:
        ends_open = _ENDS_OPEN.search(name)
        fragment = _FRAGMENT.fullmatch(more) and not is_person_name(more)
        if not (ends_open or more[:1].islower() or more.startswith("&") or fragment):
            break
        name = f"{name.rstrip(' -–')} {more}"
        used += 1
    return name.strip(), used
