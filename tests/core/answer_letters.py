"""Real company letters the answer tests read: the answers found in one, by its corpus path."""

from __future__ import annotations

from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from commentletters.core.letters import Response
from tests.conftest import corpus_file


def answers(relative: str) -> list[Response]:
    """The responses ``find_responses`` reads from a letter under ../shared/corpus."""
    path = corpus_file(relative)
    return find_responses(extract(path.read_bytes(), str(path)))
