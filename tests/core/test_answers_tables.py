"""An answer that ends with a table keeps the table's rows. The lines after an answer and before the
next comment that read as captions are the next comment's headings and are cut; a table's rows read
as captions too (short, no closing stop), but they hold amounts, which headings do not."""

from __future__ import annotations

import pytest

from commentletters.core.answer_split import _table_row
from tests.core.answer_letters import answers

MRSH_2023 = "sec/MRSH/MRSH_0000000000-23-002612/filings/0000062709-23-000019/filename1.htm"


def test_the_example_table_that_ends_an_answer_is_kept() -> None:
    """Marsh McLennan, 2023: answer 2 explains the constant-currency measure and ends "would be as
    follows:" with a worked example in a table, just before comment 3."""
    second = answers(MRSH_2023)[1]
    assert second.number == 2
    assert (
        "would be as follows:\nGBP USD\nCurrent GAAP revenue (1 GBP = USD 1.20) £1,200 $1,440\n" in second.text
    )  # (a row to a line)
    assert second.text.endswith("Non-GAAP Underlying revenue ($280/$1,400) 20%")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Adjusted net income $ 4,648 $ 3,477 $ 14.73 $ 10.43", True),
        ("Change in Non-GAAP Revenue (constant currency basis) $280 Non-GAAP Underlying revenue 20%", True),
        ("Segment operating margin 12.5% 11.9%", True),
        ("Net loss (1,234) (2,345)", True),
        # headings of a staff letter
        ("Form 10-K for the Fiscal Year Ended December 31, 2023", False),
        ("Exhibits 8.1 and 8.2, page II-3", False),
        ("Non-GAAP Financial Measures, page 45", False),
        ("Results of Operations for the years ended 2023 and 2022 compared to $1,200 and $1,400, page 34", False),
    ],
)
def test_table_rows_are_told_from_headings(text: str, row: bool) -> None:
    assert _table_row(text) is row
