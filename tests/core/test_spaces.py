r"""squeeze() folds white space exactly as re.sub(r"\s+", " ", ...) does, on its fast path and off it."""

from __future__ import annotations

import re

import pytest

from commentletters.core.spaces import squeeze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please tell us how you considered ASC 606.", "Please tell us how you considered ASC 606."),
        ("prior  comment 3", "prior comment 3"),
        ("Item 303\tof Regulation S-K", "Item 303 of Regulation S-K"),
        ("the preceding\ncomment", "the preceding comment"),
        ("Rule\u00a03-05", "Rule 3-05"),  # no-break space, as HTML letters print it
        ("S-K\u2009Item 101", "S-K Item 101"),  # thin space
        ("  leading and trailing \r\n", " leading and trailing "),
        ("soft\u00adhyphen stays", "soft\u00adhyphen stays"),  # unprintable but not white space
        ("", ""),
    ],
)
def test_squeeze_folds_every_white_space_run(text: str, expected: str) -> None:
    assert squeeze(text) == expected
    assert squeeze(text) == re.sub(r"\s+", " ", text)
