"""Full-width punctuation, letters and digits and the ideographic space, as a Chinese or Japanese input method types
them into an English letter ("Response：", "August 30， 2017", "（1）"), read as the ASCII characters they stand for:
otherwise the label, the date and the numbers they spell are lost.

The seed response of August 30, 2017 (a Chinese issuer's, five answers, four after "Response:") with its colons after
"Response", its commas and its brackets typed full-width, in UTF-8 and in UTF-16, reads as the letter does.
"""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import SHARED


def test_full_width_forms_read_as_ascii_in_text_and_html() -> None:
    text = "Response：（1） The Company\u3000confirms， as of Ｄｅｃｅｍｂｅｒ ３１， ２０１６．"
    expected = ["Response:(1) The Company confirms, as of December 31, 2016."]
    assert [ln.text for ln in extract(text.encode(), "x.txt").lines] == expected
    assert [ln.text for ln in extract(f"<p>{text}</p>".encode(), "x.htm").lines] == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_the_seed_answer_typed_full_width_reads_as_the_letter(encoding: str) -> None:
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    typed = text.replace("Response:", "Response：").replace(", ", "， ").replace("(", "（").replace(")", "）")
    letter, plain = parse_letter(typed.encode(encoding), "b.txt"), parse_letter(text.encode(), "a.txt")
    assert letter.date == "2017-08-30"
    assert letter.responds_to == ["2017-08-16"]
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5]
    assert [r.text for r in letter.responses] == [r.text for r in plain.responses]
