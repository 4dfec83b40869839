"""Restated comments whose lists are printed with other bullets than "•", and lists whose bullets stand before
their items' words: each answer still starts after the comment's last item.

Real company letters from ../shared/corpus are turned into plain text (the extracted lines, pages split by form
feeds, a blank line between paragraphs) with their bullets printed otherwise; the answers' openings were read
in the letters themselves.
"""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core.text_twins import plain_text

# a bullet opening a line, as the letters print it: the round bullet, or the Symbol font's private-use one
_BULLET = re.compile(r"^[\u2022\uf0b7]\s*")
_LETTERS = {
    # Chubb's answers of 2016: comment 2 restated with a list of three items, its answer "We have considered ..."
    "sec/CB/CB_0000000000-16-084378/filings/0001193125-16-656728/filename1.htm": (2, "We have considered the Staff"),
    # Autodesk's answers of 2019: comment 1 restated with a list, its answer "We respectfully advise the Staff ..."
    "sec/ADSK/ADSK_0000000000-18-024031/filings/0001193125-19-029194/filename1.htm": (1, "We respectfully advise the"),
    # Allstate's answers of 2017: comment 1 restated with a list, its answer "In response to your request, ..."
    "sec/ALL/ALL_0000000000-17-014470/filings/0000899051-17-000036/filename1.htm": (1, "In response to your request"),
}


def _as_text(relative: str, bullet: str | None) -> bytes:
    """The letter as plain text, each line's bullet printed ``bullet`` before its words (None: as the letter has)."""
    return plain_text(relative, str if bullet is None else lambda text: _BULLET.sub(bullet + " ", text)).encode()


@pytest.mark.parametrize("relative", sorted(_LETTERS))
@pytest.mark.parametrize("bullet", ["\u25e6", "\u27a2", "\u25a0", "\u25ba", "\uf0a7", "\u2022"])
def test_a_restated_list_with_other_bullets(relative: str, bullet: str) -> None:
    """ "◦" (a white bullet), "➢" (an arrowhead), "■", "►" and Wingdings' square as a PDF gives it, or the round
    bullet: the comment's items stay the comment's, its answer starts where it does in the letter."""
    number, opening = _LETTERS[relative]
    text = _as_text(relative, bullet)
    assert text.count(bullet.encode()) >= 2
    answers = {r.number: " ".join(r.text.split()) for r in parse_letter(text, "letter.txt").responses}
    assert answers[number].startswith(opening)


def test_the_next_item_of_a_restated_list_mentioning_the_company() -> None:
    """Coinbase's answers of February 2025 (the peer suite) with each bullet before its item's words: comment 3's
    second item, "• Disclosure in the Company's quarterly filings describes that ...", leans to the company's voice
    a little, as the first item's "• In your response ..." does not; it is the next item all the same (as it is
    where the bullet stands on a line of its own), and the answer starts after the list."""
    path = corpus_file("peer/0001193125-25-026373.txt")
    lines = [ln.text.strip() for ln in extract(path.read_bytes(), path.name).lines if ln.text.strip()]
    joined: list[str] = []
    for text in lines:
        if joined and joined[-1] == "\u2022":
            joined[-1] = "\u2022 " + text
        else:
            joined.append(text)
    assert "\u2022 Disclosure in the Company\u2019s quarterly filings describes that for" in joined
    letter = parse_letter("\n\n".join(joined).encode(), "coinbase.txt")
    answers = {r.number: " ".join(r.text.split()) for r in letter.responses}
    assert answers[3].startswith("The Company acknowledges the Staff\u2019s comment and advises the Staff")
