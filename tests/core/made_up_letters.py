"""A made-up company response laid out as EDGAR letters are, for behaviour no corpus letter shows."""

from __future__ import annotations

_HEAD = """Acme Widgets, Inc.
1 Main Street
Springfield, IL 62701

{date}

Division of Corporation Finance
Securities and Exchange Commission
100 F Street, N.E.
Washington, D.C. 20549

Re: Acme Widgets, Inc.
Form 10-K for the Fiscal Year Ended December 31, 2018
File No. 001-12345

Ladies and Gentlemen:

This letter responds to the comments of the Staff in its letter dated February 26, 2019.

"""
_SIGNED = """
Sincerely,

/s/ John Smith
John Smith
Chief Financial Officer
"""


def response(body: str, date: str = "March 12, 2019", signed: bool = True) -> str:
    """Acme's answer of ``date`` to the staff letter of February 26, 2019 (the header's only other dates
    are that letter's and the Re: block's period end), its comments and answers in ``body``."""
    return _HEAD.format(date=date) + body + (_SIGNED if signed else "")
