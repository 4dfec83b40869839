"""Whole-letter answers paired with the comments of the staff letter they answer.

A company letter that answers without restating or numbering the comments (a
:class:`~commentletters.core.letters.WholeAnswer` naming no numbers) answers every comment of the
staff letter its opening names by date. Which comments those are shows only with that staff
letter at hand — as a lawyer reads the answer with the comment letter on the desk — so this runs
over the letters of one run (``parse``) or of one company (the archive), never inside one letter.

A staff letter is the one answered when its date is one the company letter says it answers and
it is about the same matter: a shared file number, or (where a letter prints none) the same
company and a shared filing. Dates alone are not enough: the staff send the same sweep letter to
many companies on one day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .faults import PassOver
from .letters import Filing, Letter
from .whole_answer import responses_for

_SAME_TEXT = 80  # letters and digits that open a restated comment and the staff's comment alike
_SUFFIX = re.compile(r"\b(?:the|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|l p|n v|s a)\b")


def pair_whole_answers(letters: Iterable[Letter]) -> None:
    """Give each whole-letter answer one response per comment of the staff letter it answers.

    Letters that already have responses (numbered, labelled, or named in prose) keep them, but for
    an answer numbered with a number the staff letter does not have (:func:`_renumber_restated`);
    a whole answer whose staff letter is not among ``letters`` is left as it is, and so is one that
    answers questions raised in a call (which need not be the letter's comments).
    """
    pool = list(letters)
    staff = [s for s in pool if s.kind == "staff_comments" and s.comments]
    for letter in pool:
        with PassOver(letter, "the pairing with the staff letter answered"):
            _pair(letter, staff)


def _pair(letter: Letter, staff: list[Letter]) -> None:
    if letter.kind == "company_response" and letter.responses:
        _renumber_restated(letter, staff)
    answer = letter.whole_answer
    if letter.kind != "company_response" or letter.responses or answer is None or answer.after_call:
        return
    answered = answered_letter(letter, staff)
    if answered is not None:
        letter.responses = responses_for(answer, [c.number for c in answered.comments])


def _renumber_restated(letter: Letter, staff: list[Letter]) -> None:
    """An answer numbered with a number the staff letter it answers does not have ("3. Comment: We
    note your response to prior comment 3 ...", restating that letter's only comment, 1) takes the
    number of the one comment its restated text is; numbers the letter gives rightly stay."""
    answered = answered_letter(letter, staff)
    if answered is None:
        return
    texts = {c.number: _text_key(c.text) for c in answered.comments}
    taken = {r.number for r in letter.responses}
    for response in letter.responses:
        restated = _text_key(response.restated_comment or "")
        if response.number in texts or len(restated) < _SAME_TEXT:
            continue
        same = [n for n, text in texts.items() if text[:_SAME_TEXT] == restated[:_SAME_TEXT] and n not in taken]
        if len(same) == 1:
            taken.add(same[0])
            response.number = same[0]


def _text_key(text: str) -> str:
    """A comment's text compared without case, spacing or punctuation (as restated or as printed)."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def answered_letter(letter: Letter, staff: Iterable[Letter]) -> Letter | None:
    """The staff comment letter ``letter`` answers: named by date, about the same matter.

    Of several (a letter answering two staff letters, or two sent the same day) the one sharing a
    filing with it, then the latest, is taken: comment numbers restart in each staff letter, so
    one whole answer cannot be spread over two letters' numbers.
    """
    named = [s for s in staff if s.date and s.date in letter.responds_to and same_matter(letter, s)]
    if not named:
        return None
    return max(named, key=lambda s: (_shares_filing(letter, s), s.date or ""))


def same_matter(a: Letter, b: Letter) -> bool:
    """Whether two letters are about the same company's filings (see the module's notes)."""
    if a.file_numbers and b.file_numbers:
        return bool({_number_key(n) for n in a.file_numbers} & {_number_key(n) for n in b.file_numbers})
    company = _company_key(a.company)
    return company != "" and company == _company_key(b.company) and _shares_filing(a, b)


def _number_key(number: str) -> str:
    """A file number compared without its zero padding ("1-00044" = "001-00044")."""
    return "-".join(part.lstrip("0") or "0" for part in re.findall(r"\d+", number))


def _company_key(name: str | None) -> str:
    """The company's name without case, punctuation or corporate suffixes ("Chubb Ltd" = "CHUBB LIMITED")."""
    return re.sub(r"[^a-z0-9]", "", _SUFFIX.sub(" ", re.sub(r"[.,]", " ", (name or "").lower())))


def _filing_key(f: Filing) -> str:
    return f.form.upper().removesuffix("/A").strip()


def _shares_filing(a: Letter, b: Letter) -> bool:
    """The same form, with the same period or filing date, in both Re: blocks."""
    return any(
        _filing_key(f) == _filing_key(g) and ((f.period and f.period == g.period) or (f.filed and f.filed == g.filed))
        for f in a.filings_reviewed
        for g in b.filings_reviewed
    )
