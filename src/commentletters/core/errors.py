"""Typed errors for letters that cannot be read.

Each error has a short machine ``code`` and a human message that names the file and says what
to do next. The command line prints them; the archive records them per file.
"""

from __future__ import annotations


class LetterError(Exception):
    """A letter could not be read. ``code`` is stable and machine-readable."""

    code = "unreadable"

    def __init__(self, message: str, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)

    def with_source(self, source: str) -> LetterError:
        if self.source is None:
            self.source = source
            self.args = (f"{source}: {self.message}",)
        return self


class EmptyDocument(LetterError):
    code = "empty"


class BinaryDocument(LetterError):
    code = "binary"


class UndecodableText(LetterError):
    code = "undecodable"


class UnsupportedFormat(LetterError):
    """Text in a document format this parser does not read (RTF): its markup would be read as the letter's words."""

    code = "unsupported_format"


class NoTextLayer(LetterError):
    """A scanned PDF: pages but no text. OCR it first (e.g. ocrmypdf) and parse the result."""

    code = "no_text_layer"


class EncryptedPdf(LetterError):
    code = "encrypted"


class CorruptPdf(LetterError):
    code = "corrupt_pdf"


class TooLarge(LetterError):
    code = "too_large"


class NoLetterInSubmission(LetterError):
    code = "no_letter"


class NotALetter(LetterError):
    """Text with nothing of SEC correspondence in it: no date, party, filing, file number, comment
    or answer (a README or notes beside the letters, say). Not read as a letter."""

    code = "not_a_letter"


class ParserFault(LetterError):
    """The text could not be read because of a fault in this parser, not in the file. The message
    names the fault; please report it with the file."""

    code = "parser_error"
