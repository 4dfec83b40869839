"""The parser's version: the package's version and a digest of the parser's own source files.

The archive stores it with every letter (``Letter.parser_version``), so that letters read by another
parser can be told apart and read again (``commentletters reparse --stale``). Nobody has to remember
to bump it: any change to a file under ``core/`` changes it ("0.1.0+3f9a07c2", a PEP 440 local
version). The same source gives the same version on every machine and install: the ``.py`` files are
taken in the order of their paths relative to ``core/``, and each path and its bytes (line ends read
as ``\\n``, so a checkout with CRLF line ends agrees) go into one SHA-256, with the versions of the
libraries that read files into text (pypdfium2, selectolax: another release may give other lines). An
install without the source files (byte code only) has the package's version alone.

Worked out once per process, when first asked for: it reads some 50 files, which ``parse`` (it stores
no version) never does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from .. import __version__

CORE = Path(__file__).resolve().parent
DIGEST_CHARS = 8  # hex digits of the source digest kept: "0.1.0+3f9a07c2" fits the archive's 20 characters


# The libraries that turn a file into text (pdfium through pypdfium2, lexbor through selectolax): another
# release of either may give other lines, so their versions go into the digest too.
READERS = ("pypdfium2", "selectolax")


@cache
def parser_version() -> str:
    """This parser's version, e.g. "0.1.0+3f9a07c2" (see the module docstring)."""
    return version_of(__version__, CORE, source_files(CORE), readers())


def readers() -> list[tuple[str, str]]:
    """(name, installed version) of each of :data:`READERS` ("" for one not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in READERS:
        try:
            found.append((name, version(name)))
        except PackageNotFoundError:
            found.append((name, ""))
    return found


def source_files(root: Path) -> list[Path]:
    """The parser's source files under ``root`` (hidden files and folders, an editor's, left out)."""
    return [p for p in root.rglob("*.py") if not any(part.startswith(".") for part in p.relative_to(root).parts)]


def version_of(package: str, root: Path, files: Iterable[Path], libraries: Iterable[tuple[str, str]] = ()) -> str:
    """``package`` and the digest of ``files`` (paths under ``root``), in the order of their relative paths,
    and of the ``libraries``' (name, version) pairs."""
    named = sorted((path.relative_to(root).as_posix(), path) for path in files)
    if not named:
        return package
    digest = hashlib.sha256()
    for name, release in libraries:
        digest.update(f"{name}=={release}\0".encode())
    for relative, path in named:
        data = path.read_bytes().replace(b"\r\n", b"\n")
        digest.update(f"{relative}\0{len(data)}\0".encode())
        digest.update(data)
    return f"{package}+{digest.hexdigest()[:DIGEST_CHARS]}"
