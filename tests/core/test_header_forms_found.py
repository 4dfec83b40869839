"""find_forms() finds what FORM.finditer() finds, on real Re: blocks and on cases chosen to trip it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.extract import extract
from commentletters.core.header.forms import FORM, find_forms, search_form
from commentletters.core.header.layout import find_layout
from tests.conftest import corpus_file
from tests.core import header_letters as L


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("relative", [L.STAFF_PDF, L.TWO_FILINGS, L.DRAFT, L.AMENDED_S1, L.AMENDED_LATER])
def test_same_forms_as_finditer_in_real_headers(relative: str) -> None:
    lay = find_layout(extract(corpus_file(relative).read_bytes(), relative))
    head = " ".join(lay.lines[: lay.head_end])
    expected = _found(list(FORM.finditer(head)))
    assert expected  # every one of these Re: blocks names a form
    assert _found(find_forms(head)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Re: Acme Inc.  Form 10-K",  # the match starts on the spaces before "Form"
        "Acme Corporation Form 10-K",  # "on" ending a word, then a form: the match starts inside the word
        "Registration Statement on S-1",  # a bare code after "Statement on"
        "Amendment No. 2 to Registration Statement on Form S-4 and PREC14A, DEFA14A",
        "FORM 10-Q/A; form 8-K;SC TO-I",  # any case, no space after the separator
        "Form\u00a010-K",  # a no-break space
        "We wıll file a Form 10-K",  # dotless i: the lower-cased copy cannot be trusted; finditer is used
        "",
    ],
)
def test_same_forms_on_edge_cases(text: str) -> None:
    assert _found(find_forms(text)) == _found(list(FORM.finditer(text)))
    first = search_form(text)
    assert (first.span() if first else None) == (m.span() if (m := FORM.search(text)) else None)


_WORDS = ["Form", "FORM", "Forms", "10-K", "S-1", "Schedule", "14A", "on", "pursuant to", "Statement", "Draft"]
_WORDS += ["Amendment No. 1 to", "Definitive Proxy", "DEF 14A", "PRE 14A", "SC 13D", "8-K", "Report", "Inc."]
_WORDS += ["ON", "Filed on", "PURSUANT\tTO", "F-3", "Corporation", "pursuant"]  # "on" and "pursuant" before no form


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", "  ", "\n", ", "])), max_size=10))
def test_same_forms_on_any_run_of_form_words(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert _found(find_forms(text)) == _found(list(FORM.finditer(text)))
