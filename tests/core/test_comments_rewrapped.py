"""Text converted by others breaks lines anywhere ("1. We note your" / "disclosures in your ..."): the
comments found must not depend on where the lines break."""

from __future__ import annotations

import pytest

from commentletters.core.comments import read_comments
from commentletters.core.extract import extract
from tests.conftest import SAMPLES, corpus_file


def rewrap(text: str, after: int) -> str:
    """Break every long line after its first ``after`` words, as converted text often does."""
    out: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if len(words) > 8:
            out += [" ".join(words[:after]), " " + " ".join(words[after:])]
        else:
            out.append(line)
    return "\n".join(out)


def summary(data: bytes, source: str) -> list[tuple[int, str, str, str]]:
    comments = read_comments(extract(data, source)).comments
    return [(c.number, c.text[:40], c.text[-40:], c.section[-1] if c.section else "") for c in comments]


@pytest.mark.parametrize("after", [1, 3, 5])
def test_seed_letter_survives_rewrapping(after: int) -> None:
    path = SAMPLES / "sec-staff-letter-2014-11-17.txt"
    text = path.read_text(encoding="utf-8")
    assert summary(rewrap(text, after).encode(), "rewrapped.txt") == summary(path.read_bytes(), str(path))


@pytest.mark.parametrize(
    "relative",
    [
        "sec/TPL/TPL_0000000000-25-010229/filings/0000000000-25-010229/filename1.pdf",
        "sec/SOLV/SOLV_0000000000-23-002523/filings/0000000000-23-005989/filename1.pdf",
    ],
)
def test_pdf_text_survives_rewrapping(relative: str) -> None:
    path = corpus_file(relative)
    text = extract(path.read_bytes(), str(path)).text(furniture=True)
    assert summary(rewrap(text, 4).encode(), "rewrapped.txt") == summary(path.read_bytes(), str(path))
