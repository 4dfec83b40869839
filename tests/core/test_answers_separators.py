"""A line of asterisks ("* * *") ends the answers only where the letter's close follows it; inside an
answer (before the disclosure the company will file, before more of the answer) it parts the answer."""

from __future__ import annotations

import textwrap

import pytest

from commentletters.core import parse_letter
from commentletters.core.answer_marks import is_separator
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core import made_up_letters
from tests.core.answer_letters import answers

META_2022 = "sec/META/META_0000000000-22-010750/filings/0000950103-22-018399/filename1.htm"

_BODY = """Results of Operations, page 30

1. Please tell us how you account for widgets.

Response:

The Company respectfully advises the Staff that widgets are inventory. The Company will revise its
disclosure in future filings as follows:

* * *

Inventory

Widgets are carried at the lower of cost and net realizable value.

* * *

The Company notes that no widget was written down in 2018.

Liquidity, page 40

2. Please tell us about your credit facility.

Response:

The Company respectfully advises the Staff that it has no credit facility.

{close}"""


def _letter(close: str, signed: bool = True) -> bytes:
    return made_up_letters.response(_BODY.format(close=close), signed=signed).encode()


def _responses(close: str, signed: bool = True) -> dict[int, str]:
    letter = parse_letter(_letter(close, signed), "separators.txt")
    return {r.number: r.text for r in letter.responses}


@pytest.mark.parametrize("text", ["* * *", "***", "*  *  *  *  *", " * * * "])
def test_lines_of_asterisks_are_separators(text: str) -> None:
    assert is_separator(text)


@pytest.mark.parametrize("text", ["[***]", "* Non-GAAP measure.", "**", "*** Confidential treatment requested"])
def test_redactions_and_footnote_marks_are_no_separators(text: str) -> None:
    assert not is_separator(text)


def test_separators_inside_an_answer_part_it() -> None:
    first = _responses("")[1]
    assert first.startswith("The Company respectfully advises the Staff that widgets are inventory.")
    assert "lower of cost and net realizable value" in first
    assert first.endswith("The Company notes that no widget was written down in 2018.")
    assert "*" not in first and "Liquidity" not in first


def test_separator_before_the_close_ends_the_last_answer() -> None:
    close = "* * *\n\nWe appreciate the opportunity to respond to the Staff and trust the above is responsive.\n"
    assert _responses(close)[2] == "The Company respectfully advises the Staff that it has no credit facility."


def test_separator_before_a_signature_alone_ends_the_last_answer() -> None:
    close = "* * *\n\nThe Company believes the foregoing is fully responsive to the Staff's letter.\n\n/s/ Jane Roe\n"
    assert _responses(close, signed=False)[2].endswith("has no credit facility.")


def test_redaction_marker_keeps_the_answer_going() -> None:
    close = "[***]\n\nThe remaining widgets were sold in 2019.\n\n"
    second = parse_letter(_letter(close), "separators.txt").responses[1]
    assert second.text.endswith("credit facility.\n[***]\nThe remaining widgets were sold in 2019.")
    assert second.redacted


def _text_twin(relative: str) -> bytes:
    """The letter's kept lines as plain text wrapped at 76 columns, pages parted by form feeds."""
    path = corpus_file(relative)
    out: list[str] = []
    page = 1
    for line in extract(path.read_bytes(), str(path)).lines:
        if line.furniture or not line.text.strip():
            continue
        if line.page != page:
            out.append("\f")
            page = line.page
        out.extend([*textwrap.wrap(line.text.strip(), 76), ""])
    return "\n".join(out).encode()


def test_meta_2022_text_twin_keeps_each_answer_whole() -> None:
    """Meta's letter of October 26, 2022 sets the disclosure it will file between lines of asterisks
    in both answers, and puts one more before its acknowledgment and closing."""
    by_number = {r.number: r.text for r in parse_letter(_text_twin(META_2022), "meta-2022.txt").responses}
    assert sorted(by_number) == [1, 2]
    first, second = by_number[1], by_number[2]
    assert first.startswith("The Company respectfully advises the Staff that it intends to include disclosure")
    assert "Our mission is to give people the power to build community" in first
    assert first.endswith("which let people stay more present through hands-free interaction.")
    assert "Form 10-Q for the Quarterly Period" not in first
    assert "Executive Overview of Third Quarter Results" in second
    assert "With respect to the Staff’s request to quantify the impact" in second
    assert second.endswith("attempting to disclose precise numbers would be accurate.")
    assert "acknowledges that the Company and its management" not in second


@pytest.mark.parametrize(
    ("relative", "number", "kept", "left_out"),
    [
        # Ford, 2017: the answer's conclusion follows a line of asterisks, before the thanks and contact line
        (
            "sec/F/F_0000000000-17-029248/filings/0000037996-17-000104/filename1.htm",
            1,
            "we concluded that revenue disaggregated based on these elements was the most meaningful",
            "We appreciate your assistance",
        ),
        # Freeport-McMoRan, 2022: a second revised paragraph follows the first after a line of asterisks
        (
            "sec/FCX/FCX_0000000000-22-004385/filings/0000831259-22-000030/filename1.htm",
            1,
            "The Company also intends to revise the paragraph under “Rod & Refining Operations”",
            "We note your reserves and resources",
        ),
        # Las Vegas Sands, 2022: asterisks, a closing paragraph and a signature with no "Sincerely"
        (
            "sec/LVS/LVS_0000000000-22-005802/filings/0001300514-22-000099/filename1.htm",
            6,
            "Refer to comment (1) above.",
            "fully responsive",
        ),
        # eBay, 2018: asterisks, two closing paragraphs, the signature block
        (
            "sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm",
            7,
            "recorded to other income.",
            "In the instances indicated above",
        ),
    ],
)
def test_real_letters_with_lines_of_asterisks(relative: str, number: int, kept: str, left_out: str) -> None:
    text = next(r.text for r in answers(relative) if r.number == number)
    assert kept in text
    assert left_out not in text


@pytest.mark.parametrize(
    "line",
    [
        "*** percent of them were sold in 2019, the rest in 2020.",  # a redaction opening a wrapped line
        "*** Confidential treatment requested by Acme Widgets, Inc. under Rule 83.",  # a legend
    ],
)
def test_a_line_opening_with_asterisks_then_words_keeps_the_answer_going(line: str) -> None:
    """Only a line of asterisks alone may close the answers; one that goes on in words was taken for
    the close, and the answer ended before it."""
    close = f"{line}\n\nThe Company sold no widget at a loss.\n"
    assert _responses(close)[2].endswith(f"no credit facility.\n{line}\nThe Company sold no widget at a loss.")
