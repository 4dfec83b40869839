"""The parser's version follows its source: a changed byte in a core file changes it, nothing else does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import commentletters
from commentletters.core import version


def _copy_of_core(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / name / "core"
    shutil.copytree(version.CORE, copy)  # (its __pycache__ too: byte code is not source)
    return copy


def _version_of(root: Path) -> str:
    return version.version_of(commentletters.__version__, root, version.source_files(root), version.readers())


def test_the_version_is_the_package_version_and_a_digest_of_the_core() -> None:
    found = version.parser_version()
    assert re.fullmatch(rf"{re.escape(commentletters.__version__)}\+[0-9a-f]{{8}}", found)
    assert found == commentletters.PARSER_VERSION


def test_the_same_source_elsewhere_has_the_same_version(tmp_path: Path) -> None:
    """Another machine, another install: the paths differ, the files do not."""
    copy = _copy_of_core(tmp_path, "site-packages/commentletters")
    (copy / ".#parse.py").write_text("an editor's lock file\n")  # hidden: not source
    (copy / "notes.txt").write_text("not Python\n")
    assert _version_of(copy) == version.parser_version()
    crlf = _copy_of_core(tmp_path, "windows")
    for path in version.source_files(crlf):  # a checkout with CRLF line ends
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert _version_of(crlf) == version.parser_version()
    shuffled = list(reversed(version.source_files(copy)))  # the order the file system lists them in
    assert version.version_of(commentletters.__version__, copy, shuffled, version.readers()) == version.parser_version()


def test_a_changed_byte_in_a_core_file_changes_the_version(tmp_path: Path) -> None:
    copy = _copy_of_core(tmp_path, "edited")
    comments = copy / "comments.py"
    before = comments.read_bytes()
    comments.write_bytes(before.replace(b"comment", b"Comment", 1))  # one byte, same length
    assert len(comments.read_bytes()) == len(before) and comments.read_bytes() != before
    assert _version_of(copy) != version.parser_version()


def test_a_new_or_moved_file_changes_the_version(tmp_path: Path) -> None:
    added = _copy_of_core(tmp_path, "added")
    (added / "header" / "more.py").write_text("")
    moved = _copy_of_core(tmp_path, "moved")
    (moved / "asks.py").rename(moved / "header" / "asks.py")
    assert version.parser_version() not in {_version_of(added), _version_of(moved)}
    assert _version_of(added) != _version_of(moved)


def test_the_version_is_worked_out_once_from_the_files_where_the_core_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy_of_core(tmp_path, "patched")
    monkeypatch.setattr(version, "CORE", copy)
    version.parser_version.cache_clear()
    try:
        assert version.parser_version() == version.parser_version.__wrapped__()
        first = version.parser_version()
        (copy / "asks.py").write_bytes((copy / "asks.py").read_bytes() + b"# a change\n")
        assert version.parser_version() == first  # once per process
        version.parser_version.cache_clear()
        assert version.parser_version() != first
    finally:
        version.parser_version.cache_clear()


def test_a_copy_without_source_files_has_the_package_version(tmp_path: Path) -> None:
    assert _version_of(tmp_path) == commentletters.__version__


def test_another_release_of_a_reading_library_is_another_version(tmp_path: Path) -> None:
    """pdfium (pypdfium2) or lexbor (selectolax) upgraded may read a file into other lines."""
    readers = version.readers()
    assert [name for name, _ in readers] == ["pypdfium2", "selectolax"] and all(v for _, v in readers)
    core = _copy_of_core(tmp_path, "same")
    files = version.source_files(core)
    upgraded = [(name, release + ".1") if name == "pypdfium2" else (name, release) for name, release in readers]
    same = version.version_of("0.1.0", core, files, readers)
    assert version.version_of("0.1.0", core, files, upgraded) != same
    assert version.version_of("0.1.0", core, files, list(readers)) == same
