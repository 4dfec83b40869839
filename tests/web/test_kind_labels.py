"""Each kind and subkind of letter named in words on the pages (the `web/_kind.html` label)."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string


@pytest.mark.parametrize(
    ("kind", "subkind", "label"),
    [
        ("staff_comments", "", "Staff comment letter"),
        ("staff_review_complete", "", "Staff: review complete"),
        ("staff_no_review", "", "Staff: no review"),
        ("staff_other", "effectiveness_order", "Commission order"),
        ("staff_other", "redacted_exhibit_review", "Staff: redacted exhibit review"),
        ("staff_other", "", "Staff letter"),
        ("company_response", "", "Company response"),
        ("company_other", "extension_request", "Company: Extension request"),
        ("company_other", "acceleration_request", "Company: Acceleration request"),
        ("company_other", "withdrawal_request", "Company: Withdrawal request"),
        ("company_other", "cover_letter", "Company: cover letter"),  # (was "Company: Cover_letter request")
        ("company_other", "exchange_offer_representations", "Company: exchange offer representations"),
        ("company_other", "", "Company letter"),
    ],
)
def test_kind_label(kind: str, subkind: str, label: str) -> None:
    assert render_to_string("web/_kind.html", {"kind": kind, "subkind": subkind}).strip() == label
