"""Bad input gets a typed error naming the file, never a traceback or an empty letter."""

from __future__ import annotations

import pytest

from commentletters.core import LetterError, parse_letter
from commentletters.core.errors import BinaryDocument, CorruptPdf, EmptyDocument


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocument),
        (b"   \n\n  \t", EmptyDocument),
        (b"\x00\x01\x02\x03binary\x00junk" * 50, BinaryDocument),
        (b"%PDF-1.7\n this is not really a pdf", CorruptPdf),
    ],
)
def test_bad_input_raises_typed_error(data: bytes, error: type[LetterError]) -> None:
    with pytest.raises(error) as info:
        parse_letter(data, "bad.file")
    assert info.value.source == "bad.file"
    assert "bad.file" in str(info.value)
    assert info.value.code
