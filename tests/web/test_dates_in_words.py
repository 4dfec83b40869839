"""The filter that writes the core's ISO dates in words on the pages."""

from __future__ import annotations

from commentletters.web.templatetags.words import dates_in_words


def test_each_iso_date_in_a_reason_is_written_in_words() -> None:
    text = "extended to 2024-05-01 by the company's request of 2024-04-17"
    assert dates_in_words(text) == "extended to May 1, 2024 by the company's request of April 17, 2024"


def test_what_is_no_real_date_or_no_iso_date_stays() -> None:
    assert dates_in_words("File No. 333-2024-13-45 and 2024-02-30") == "File No. 333-2024-13-45 and 2024-02-30"
    assert dates_in_words("no completion letter on file") == "no completion letter on file"
    assert dates_in_words(None) == ""
