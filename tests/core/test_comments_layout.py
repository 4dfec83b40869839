"""Real staff letters whose text layer makes comments hard to find: numbers displaced after their text,
numbered captions that mirror a note of the filing, bare numbers on a line of their own, running headers.

Expectations written from reading each PDF.
"""

from __future__ import annotations

from commentletters.core.comments import CommentsFound, read_comments
from commentletters.core.extract import extract
from tests.conftest import corpus_file


def comments_of(relative: str) -> CommentsFound:
    path = corpus_file(relative)
    return read_comments(extract(path.read_bytes(), str(path)))


def test_numbers_displaced_to_the_foot_of_the_page() -> None:
    # Texas Pacific Land, 2025: "3." and "7." are emitted at the end of pages 1 and 2, after their text.
    found = comments_of("sec/TPL/TPL_0000000000-25-010229/filings/0000000000-25-010229/filename1.pdf")
    comments = found.comments
    assert [c.number for c in comments] == list(range(1, 10))
    assert comments[1].text.endswith("See Item 1202(a)(6) of Regulation S-K.")
    assert comments[2].text.startswith("Disclose and describe the internal controls you use")
    assert comments[2].text.endswith("See Item 1202(a)(7) of Regulation S-K.")
    assert comments[6].text.startswith("We note your presentation of a non-GAAP financial measure titled")
    assert comments[6].text.endswith("This comment also applies to your Forms 10-Q and earnings releases.")
    assert comments[6].section[-1] == "Non-GAAP Performance Measures, page 27"
    assert comments[5].text.endswith("Refer to the disclosure requirements in Item 1204 of Regulation S-K.")
    assert comments[7].authorities == ["ASC 932-235-50-5(a)"]


def test_displaced_number_without_a_heading_starts_at_the_paragraph() -> None:
    # eBay proxy, 2024: "2." sits at the foot of page 1; comment 2 begins "Refer to the graphs ...".
    comments = comments_of("sec/EBAY/EBAY_0000000000-24-010609/filings/0000000000-24-010609/filename1.pdf").comments
    assert [c.number for c in comments] == [1, 2]
    assert comments[0].text.endswith("will not satisfy this disclosure requirement.")
    assert comments[1].text.startswith("Refer to the graphs on pages 69-70 showing the relationships")
    assert comments[1].section[-1] == "Pay Versus Performance, page 67"


def test_numbered_note_captions_are_headings() -> None:
    # Vistra S-1, 2017: "6. Impairment of Long-Lived Assets, page F-97" heads comment 24.
    comments = comments_of("sec/VST/VST_0000000000-17-002173/filings/0000000000-17-002173/filename1.pdf").comments
    assert [c.number for c in comments] == list(range(1, 25))
    assert comments[23].section[-1] == "6. Impairment of Long-Lived Assets, page F-97"
    assert comments[23].pages == ["F-97"]
    assert comments[21].section[-1] == "Financial Statements"
    assert comments[21].pages == []
    assert comments[21].text.endswith("to comply with Rule 3-12 of Regulation S-X.")


def test_caption_with_the_same_number_as_the_comment_below_it() -> None:
    # MetLife, 2018: "1. Business, Basis of Presentation ..." is note 1; the comment's "1." stands alone.
    comments = comments_of("sec/MET/MET_0000000000-17-042540/filings/0000000000-18-011238/filename1.pdf").comments
    assert [c.number for c in comments] == [1, 2]
    first, second = comments
    assert first.text.startswith("You recorded a revision that increased the group annuity reserve")
    assert first.section[-1] == "Revisions, page 209"
    assert "MetLife, Inc." not in first.text and "Page 2" not in first.text
    assert second.section[-2:] == ["8. Investments", "Collectively Significant Equity Method Investments, page 289"]


def test_comment_ending_without_a_period_keeps_its_last_words() -> None:
    # Chubb, 2019: comment 2 ends "...Compliance and / Disclosure Interpretations" with no period.
    comments = comments_of("sec/CB/CB_0000000000-19-007690/filings/0000000000-19-007690/filename1.pdf").comments
    assert comments[1].text.endswith("Question 100.04 of the Non-GAAP Compliance and Disclosure Interpretations")
    assert comments[2].section[-1] == "Core Operating Income measures, page 33"
    assert comments[0].section[-2:] == ["6. Unpaid losses and loss expenses", "c) Loss Development Tables , page F-47"]


def test_running_header_inside_a_comment_is_left_out() -> None:
    # Palantir, 2022 (text converted by others): the page-2 header with template residue splits comment 2.
    comments = comments_of("peer/0000000000-22-009132.txt").comments
    assert [c.number for c in comments] == [1, 2, 3, 4, 5]
    assert comments[0].section[-2:] == ["4. Investments and Fair Value Measurements", "Investments, page 119"]
    second = comments[1].text
    assert second.endswith("prior to the end of the term of the commercial contract.")
    assert "Glazer" not in second and "FirstName" not in second and "Page 2" not in second


def test_a_reminder_inside_a_comment_is_not_the_closing() -> None:
    # Solventum Form 10, 2023: comment 5 goes on "We also remind you that Item 303(b)(2) ..."; comment 6 follows.
    comments = comments_of("sec/SOLV/SOLV_0000000000-23-002523/filings/0000000000-23-005989/filename1.pdf").comments
    assert [c.number for c in comments] == [1, 2, 3, 4, 5, 6]
    assert comments[4].text.endswith("contributed to fluctuations in sales.")
    assert "revise" in comments[4].asks
    assert comments[5].prior_comments == [25]
    assert comments[5].text.endswith("additional product and service information under ASC 280.")


def test_a_sentence_broken_before_a_running_header_keeps_its_last_line() -> None:
    # The staff's letter to Elaine P. Wynn of April 27, 2018 as plain text, one line per line of the PDF:
    # comment 3 quotes a statement ending "(page" / "3)", the last line of page 1, above page 2's header
    # "Ms. Elaine P. Wynn / April 27, 2018 / Page 2". "3)" is no page number of that header (page 1's would
    # be 1): comment 3 ends "(page 3)", and comment 4 is read on page 2.
    path = corpus_file("sec/WYNN/WYNN_0000000000-18-013115/filings/0000000000-18-013115/filename1.pdf")
    pages: dict[int, list[str]] = {}
    for line in extract(path.read_bytes(), path.name).lines:
        pages.setdefault(line.page, []).append(line.text)
    text = "\f".join("\n".join(lines) for lines in pages.values())
    comments = read_comments(extract(text.encode(), "wynn.txt")).comments
    assert [c.number for c in comments] == [1, 2, 3, 4]
    assert comments[2].text.endswith("seriously considered the concerns raised.” (page 3)")
    assert comments[3].text.startswith("In future filings, please revise to clarify your reference")


def test_what_a_comment_leads_in_to_with_a_colon_is_no_caption() -> None:
    # The same letter with no page break in comment 3 (its lines one under another, the running headers left out,
    # as a letter printed on longer pages reads) and its quotation not bulleted (the Symbol font's bullet, U+F0B7,
    # left out, as a print without the font shows it): "Please provide support for the following statement:" /
    # "“[T]he board could not possibly have seriously considered the concerns raised.” (page" / "3)" / "4. In
    # future filings ...". The quotation cites its page as a caption does, but the comment's colon leads in to it:
    # it is comment 3's last words, not a caption over comment 4.
    path = corpus_file("sec/WYNN/WYNN_0000000000-18-013115/filings/0000000000-18-013115/filename1.pdf")
    doc = extract(path.read_bytes(), path.name)
    lines = [line.text.replace("\uf0b7", "").strip() for line in doc.lines if not line.furniture]
    at = lines.index("a supplemental basis. Please provide support for the following statement:")
    assert lines[at + 2 : at + 4] == ["3)", lines[at + 3]] and lines[at + 3].startswith("4. In future filings")
    comments = read_comments(extract("\n".join(lines).encode(), "wynn.txt")).comments
    assert [c.number for c in comments] == [1, 2, 3, 4]
    assert comments[2].text.endswith("seriously considered the concerns raised.” (page 3)")
    assert comments[3].section == comments[2].section
