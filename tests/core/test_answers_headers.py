"""Running headers that repeat the inside address are left out of the answers, as a block.

Avery Dennison's letter of April 30, 2018 prints at the top of page 2 "Securities and Exchange
Commission / Division of Corporate Finance / Attn: Cecilia Blye, Chief, Office of Global
Security Risk / April 30, 2018 / Page 2" (read in the HTML filed on EDGAR). Its inside address
says "Division of Corporation Finance" and "Attention: Cecilia Blye", so only some of those
lines repeat the address word for word.
"""

from __future__ import annotations

from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from tests.conftest import corpus_file

AVERY = "sec/AVY/AVY_0000000000-18-009394/filings/0001104659-18-028354/filename1.htm"
ANSWER = "The Company does not, to the best of its knowledge and belief, have operations or assets in Syria"


def test_header_block_left_out_of_the_html_letter() -> None:
    path = corpus_file(AVERY)
    (response,) = find_responses(extract(path.read_bytes(), str(path)))
    assert response.number == 1
    assert response.text.startswith(ANSWER)


def test_header_block_left_out_when_the_page_break_is_not_known() -> None:
    # The same letter as plain text, one line per line of the HTML: nothing says where page 2
    # starts but the date and "Page 2", so the header's first three lines end page 1.
    path = corpus_file(AVERY)
    text = "\n".join(line.text for line in extract(path.read_bytes(), str(path)).lines)
    (response,) = find_responses(extract(text.encode(), "avery.txt"))
    assert response.text.startswith(ANSWER)
    assert "Cecilia Blye" not in response.text
    assert "Division of Corporate Finance" not in (response.restated_comment or "")
    assert (response.restated_comment or "").endswith("state sponsors of terrorism.")
