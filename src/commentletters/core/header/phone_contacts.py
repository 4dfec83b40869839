"""The people a letter asks the reader to call: "You may contact Melissa Walsh, Staff Accountant,
at (202) 551-3224 or ...", "... Diane Fritz (Staff Accountant) at (202) 551-3331", "please contact me
at (212) 450-4000", "Please direct any questions to Perry Hindin at 202-551-3444".

Staff letters name them in their last paragraph, company letters just before the closing, so
only the lines before the closing are read, and of those only the sentences that ask to contact
or call someone.
"""

from __future__ import annotations

import re

from ..anchored import anchored_matches
from ..letters import Contact, Person
from .layout import Layout
from .parties import after_match, person_name

_PHONE = r"\(?\d{3}\)?[\s./-]*\d{3}[\s./-]*\d{4}"
_CONTACT = re.compile(
    rf"(?P<name>\b(?:me|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}))"
    rf"\s*(?:,\s*(?P<title>[A-Z][\w ,&-]{{2,60}}?)|\((?P<aside>[A-Z][\w ,&-]{{2,60}})\))?,?"
    rf"\s+(?:at|on)\s+(?P<phone>{_PHONE})"
)
# where a _CONTACT match starts: a word's first letter (\b), a capital or the "m" of "me"
_CONTACT_START = re.compile(r"[A-Zm](?<!\w[A-Zm])")
# "551-" / "3224" broken at a line end (\d\d\d, not \d{3}: the engine then skips to the digits)
_PHONE_BREAK = re.compile(r"(\d\d\d)-\s+(\d{4})")
_ASKS_TO_CALL = re.compile(r"\bcontact\b|\bcall\b", re.I)
# "Please direct any questions to ...", "Questions may be directed to ...": the word in any case of its ASCII
# letters (as _call_words finds it)
_QUESTIONS = re.compile(r"\bquestions\b", re.I | re.A)
_CALL_WORDS = re.compile(rb"c(?:ontact|all)")  # in the Latin-1 bytes lower-cased (see _call_words)
_CONTACT_LEAD = re.compile(r"^(?:You may contact|Please contact|contact)\s+")
_THREE_DIGITS = re.compile(r"\d\d\d")
_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"\.(?<=[a-z)]\.)\s+")  # found by its full stop, then checked backwards
_BEFORE_STOP = "abcdefghijklmnopqrstuvwxyz)"  # [a-z)] of _SENTENCE


def contacts(lay: Layout, people: list[Person]) -> list[Contact]:
    """Staff (or company people) to call, from "You may contact ... at (202) 551-3224" sentences."""
    end = lay.closing if lay.closing is not None else len(lay.lines)
    text = " ".join(lay.lines[max(lay.body_start, end - 12) : end])
    out: list[Contact] = []
    for sentence in _calling(text):
        if not _THREE_DIGITS.search(sentence):
            continue  # no phone number: no contact (_CONTACT is tried at every word of the sentence)
        if "- " in sentence:  # a number broken at a line end; the lines are folded, so a single space
            sentence = _PHONE_BREAK.sub(r"\1-\2", sentence)  # (joining it inside each sentence splits none)
        for m in anchored_matches(_CONTACT, _CONTACT_START, sentence):
            name, signed = m.group("name"), None
            if name == "me":  # the signer, with the title the signature gives
                if not people:
                    continue
                name, signed = people[0].name, people[0].title
            plain = person_name(after_match(_CONTACT_LEAD, name))
            if plain is None:
                continue
            title = (m.group("title") or m.group("aside") or "").strip(" ,") or signed
            out.append(Contact(plain, _phone(m.group("phone")), title))
    return out


def _calling(text: str) -> list[str]:
    """The sentences of ``text`` (as _SENTENCE splits it) that ask to contact or call (_ASKS_TO_CALL),
    or say where questions go (_QUESTIONS), in order: the pattern is tried only where its words are in
    the lower-cased text, and each sentence is found around its word, so that the text is not split into
    sentences.

    A sentence ends at a full stop after a small letter or ")" and before white space ("Inc. and"
    or "U.S. GAAP" do not end one)."""
    out: list[str] = []
    taken = -1  # where the last sentence taken ends
    for at in _call_words(text):
        if at < taken or not (_ASKS_TO_CALL.match(text, at) or _QUESTIONS.match(text, at)):
            continue  # in a sentence already taken, or a part of a longer word ("recall")
        start, taken = _sentence_start(text, at), _sentence_end(text, at)
        out.append(text[start:taken])
    return out


def _call_words(text: str) -> list[int]:
    """Where "contact", "call" or "questions" starts in ``text`` in any case (of its ASCII letters, for
    "questions": _QUESTIONS), in order: the first two as _CALL_WORDS finds them one after the other, the
    third by ``bytes.find``. No letter of the first two has a case twin but its ASCII capital, so they are
    found in the text's Latin-1 bytes (one a character: "?" for each past U+00FF, so that a byte offset
    is the character's), lower-cased by bytes.lower (which lowers ASCII only, many times faster than
    str.lower over a text with curly quotes)."""
    data = text.encode("latin-1", "replace").lower()
    # (one pattern for the two words that open with "c", which the engine skips to: a third word opening
    # with another letter in it made the engine try every position, a fifth of the contacts stage)
    found = [m.start() for m in _CALL_WORDS.finditer(data)]
    at = data.find(b"questions")
    if at < 0:
        return found
    while at >= 0:
        found.append(at)
        at = data.find(b"questions", at + 1)
    return sorted(found)


def _ends_sentence(text: str, stop: int) -> bool:
    """The full stop at ``stop`` ends a sentence."""
    return stop > 0 and text[stop - 1] in _BEFORE_STOP and text[stop + 1 : stop + 2].isspace()


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` (not white space) starts: after the white space that
    follows the last sentence end before it."""
    stop = text.rfind(".", 0, at)
    while stop > 0 and not _ends_sentence(text, stop):
        stop = text.rfind(".", 0, stop)
    if stop <= 0:
        return 0
    start = stop + 1
    while text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: at its full stop (or the end of the text)."""
    stop = text.find(".", at)
    while stop >= 0 and not _ends_sentence(text, stop):
        stop = text.find(".", stop + 1)
    return len(text) if stop < 0 else stop


def _phone(text: str) -> str:
    digits = "".join(_DIGITS.findall(text))  # (as re.sub(r"\D", "", text))
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
