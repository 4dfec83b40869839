"""Typed errors of the EDGAR client: a short machine code and a message a person can act on."""

from __future__ import annotations


class EdgarError(Exception):
    """EDGAR could not give us something; ``code`` says what kind of failure, ``message`` what to do."""

    def __init__(self, code: str, message: str, url: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.url = url


class ArchiveUnavailable(Exception):
    """The archive cannot take the downloaded folders (its database cannot be reached); the message
    says what to check. The folders stay queued for the next run."""


class NotFound(EdgarError):
    """EDGAR answered 404: the resource is not served (not a failure worth retrying at once)."""
