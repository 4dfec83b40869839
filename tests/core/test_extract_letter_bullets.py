"""Word's second-level bullet is a letter "o" in Courier New: every format gives it back as "o" where the page shows
"◦". A line whose first mark is a lone "o" opens with a white bullet; a line opening with a word that starts with
"o" ("our", "o'clock") is as it was."""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core.text_twins import plain_text


def test_a_lone_o_opening_a_line_is_a_white_bullet() -> None:
    text = "Please tell us:\n\no The amount\no\tThe rate\n   o   Indented\no\nour plans\no'clock\nTwo o clock"
    assert [ln.text for ln in extract(text.encode(), "x.txt").lines if ln.text.strip()] == [
        "Please tell us:",
        "\u25e6 The amount",
        "\u25e6\tThe rate",
        "   \u25e6   Indented",
        "\u25e6",
        "our plans",
        "o'clock",
        "Two o clock",
    ]


def test_the_items_of_a_staff_bullet_printed_with_word_s_o() -> None:
    # MetLife's staff letter of 2018, comment 4's second bullet ("You state in footnote 1 on page 4 of your response
    # ...") has two items of its own, printed with Word's "o": each its own line under it, not run into its sentence
    path = corpus_file("sec/MET/MET_0000000000-17-042540/filings/0000000000-18-018204/filename1.pdf")
    comment = parse_letter(path.read_bytes(), path.name).comments[3]
    assert comment.number == 4
    assert comment.text.endswith(
        "which was performed in anticipation of the planned separation of Brighthouse Financial.\n"
        "\u25e6 Tell us why you believe it is appropriate to exclude the amount when evaluating materiality.\n"
        "\u25e6 Address in your response why the charge would not otherwise have been recorded in the annual third "
        "quarter review had the assumption review update not been accelerated."
    )


def test_a_restated_comment_s_items_printed_with_word_s_o_stay_in_it() -> None:
    # Autodesk's answer of 2019 restates the staff's comment 1 with three items under it ("&#149;" in a table cell
    # beside each); as plain text, its bold gone and each item printed with Word's "o", the answer still opens "We
    # respectfully advise the Staff that our AutoCAD ..."
    relative = "sec/ADSK/ADSK_0000000000-18-024031/filings/0001193125-19-029194/filename1.htm"
    text = plain_text(relative)
    assert text.count("\u2022 ") >= 3
    printed = parse_letter(text.encode(), "a.txt")
    assert printed.responses[0].text.startswith("We respectfully advise the Staff that our AutoCAD")
    with_o = parse_letter(text.replace("\u2022 ", "o ").encode(), "b.txt")
    assert [(r.number, r.text[:60]) for r in with_o.responses] == [(r.number, r.text[:60]) for r in printed.responses]
