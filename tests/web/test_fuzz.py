"""Whatever people type into search, the answer is a page or a JSON document, never a 500."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# Characters FTS5 and tsquery give meaning to, plus words they treat as operators.
SYNTAX = st.sampled_from(['"', "(", ")", "*", "-", "+", ":", "^", "NEAR", "AND", "OR", "NOT", "{", "}", "'", "\\"])
TEXT = st.lists(st.one_of(SYNTAX, st.text(min_size=1, max_size=8)), max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=TEXT, order=st.sampled_from(["relevance", "date"]))
def test_any_text_is_answered(client: Client, archive, q: str, order: str) -> None:
    q = q.replace("\x00", "")  # a NUL cannot travel in a URL query string
    page = client.get("/search/", {"q": q, "order": order})
    assert page.status_code == 200
    api = client.get("/api/search", {"q": q, "order": order})
    assert api.status_code in (200, 422)  # 422 only for over-long text, in the error shape
    body = json.loads(api.content)
    assert ("total" in body) if api.status_code == 200 else (body["error"]["code"] == "invalid_parameters")
