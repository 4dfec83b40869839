"""Shared fixtures: where the real letters live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

# A fault in the parser is raised, not passed over with a warning (see commentletters.core.parse),
# here and in the commands the tests run as subprocesses.
os.environ.setdefault("COMMENTLETTERS_STRICT", "1")


def corpus_file(relative: str) -> Path:
    """A real letter from ../shared/corpus; the suite needs the shared folder beside the checkout."""
    path = CORPUS / relative
    if not path.exists():
        pytest.fail(f"real-letter fixture {path} is missing: the tests expect ../shared beside the checkout")
    return path
