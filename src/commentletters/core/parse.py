"""The pipeline in one call: bytes → :class:`Letter`.

extract → classify → header → comments (staff letters) / answers (company letters).
Pure functions; no I/O beyond the bytes given; no Django.

A fault in this parser (see :mod:`.faults`) while the text is extracted raises :class:`ParserFault`,
a :class:`LetterError` like any unreadable file's; a fault in a later stage leaves that stage's
fields empty and says so in ``Letter.warnings``, and the other stages still run.
"""

from __future__ import annotations

import hashlib

from .answers import defers, find_responses
from .classify import classify, request_alone
from .comments import read_comments
from .errors import LetterError, NotALetter, NoTextLayer, ParserFault
from .extract import extract
from .extract.not_letters import html_images, scanned_html
from .faults import PassOver, describe_or_raise
from .header import read_header
from .header.layout import find_layout
from .header.side import written_by_staff
from .letters import Document, Letter
from .redactions import count_redactions
from .whole_answer import responses_for, whole_answer


def parse_letter(data: bytes, source: str = "<bytes>") -> Letter:
    """Parse one letter. Raises :class:`~commentletters.core.errors.LetterError` on bad input."""
    try:
        doc = extract(data, source)
    except LetterError:
        raise
    except Exception as exc:
        raise ParserFault(f"the text could not be extracted: {describe_or_raise(exc)}", source) from exc
    letter = Letter(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        kind="staff_other",
        format=doc.format,
        pages=doc.pages,
        warnings=list(doc.warnings),
    )
    header = PassOver(letter, "the header (date, parties, filings)")
    with header:
        read_header(doc, letter)
    if header.faulted:  # (maybe before it told the side, which says what the body holds)
        letter.kind = _side(doc, source)
    if letter.kind.startswith("staff"):
        with PassOver(letter, "the comments"):
            found = read_comments(doc)
            letter.comments, letter.unnumbered = found.comments, found.unnumbered
    else:
        with PassOver(letter, "the answers"):
            if request_alone(find_layout(doc)) is None:  # (a request's answers would be dropped: none is read)
                for response in find_responses(doc):  # (an answer that only defers is none: its comment stays open)
                    if defers(response.text):
                        letter.deferred.append(response.number)
                    else:
                        letter.responses.append(response)
    with PassOver(letter, "the redactions"):
        letter.redactions = count_redactions(doc)
    classified = PassOver(letter, "the kind of letter")
    with classified:
        letter.kind, letter.subkind = classify(doc, letter)
    if classified.faulted and (letter.comments or letter.responses):  # what was found tells the kind
        letter.kind = "staff_comments" if letter.comments else "company_response"
    if letter.kind != "staff_comments":
        letter.comments, letter.unnumbered = [], False
    if letter.kind != "company_response":
        letter.responses = []
    elif not letter.responses:
        with PassOver(letter, "the answer to the letter as a whole"):
            if (answer := whole_answer(doc)) is not None:
                letter.whole_answer = answer
                letter.responses = responses_for(answer, answer.comments)  # only numbers the letter names
    if len(letter.warnings) == len(doc.warnings) and not _reads_as_correspondence(letter):  # (no stage faulted)
        if doc.format == "html" and (images := html_images(data)) and len(doc.text().strip()) < _SCANNED_TEXT:
            raise NoTextLayer(scanned_html(images), source)  # (its text: page numbers, a caption)
        raise NotALetter(
            "nothing in it reads as SEC correspondence (no date, party, filing, file number, comment or "
            "answer was found); if it is a letter, please report it with the file",
            source,
        )
    return letter


# An HTML letter that holds fewer characters of text than this beside its images, and nothing of a letter,
# shows its pages as images (a scanned letter): its text is page numbers or a caption at most
_SCANNED_TEXT = 200


def _reads_as_correspondence(letter: Letter) -> bool:
    """Whether the parse found anything of a letter: a date, a party, a filing or file number, a staff
    letter answered, a comment or an answer. Each of the 848 real letters of the corpus, peer suite
    and seeds has two of these at least."""
    return any(
        (
            letter.date,
            letter.company,
            letter.addressee,
            letter.signatories,
            letter.office,
            letter.contacts,
            letter.filings_reviewed,
            letter.file_numbers,
            letter.responds_to,
            letter.comments,
            letter.responses,
            letter.whole_answer,
        )
    )


def _side(doc: Document, source: str) -> str:
    """Who wrote the letter ("staff_other"/"company_other"), after a fault in the header stage, which
    tells it first: a company's answer read as a staff letter would give its restated comments as the
    staff's. A fault here too fails the file (:class:`ParserFault`)."""
    try:
        return "staff_other" if written_by_staff(find_layout(doc)) else "company_other"
    except Exception as exc:
        raise ParserFault(f"who wrote the letter could not be told: {describe_or_raise(exc)}", source) from exc
