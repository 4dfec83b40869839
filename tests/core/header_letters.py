"""Real letters the header and classify tests read, parsed once each."""

from __future__ import annotations

from functools import cache

from commentletters.core import Letter, parse_letter
from tests.conftest import SAMPLES, corpus_file

ADM = "sec/ADM/ADM_0000000000-20-007987/filings/"
# the letters, by what they are (expectations in the tests were written from reading each one)
STAFF_PDF = ADM + "0000000000-20-007987/filename1.pdf"  # comment letter, 10-K and 10-Q
COMPANY_HTML = ADM + "0000007084-20-000029/filename1.htm"  # ADM's answer of September 8, 2020
COMPLETION = "sec/CIEN/CIEN_0000000000-16-069477/filings/0000000000-16-072112/filename1.pdf"
EXTENSION = "sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-149010/filename1.htm"
TWO_LETTERS_ONE_NOUN = "sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-255986/filename1.htm"
COMMENTS_FROM = "sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-228530/filename1.htm"
ACCELERATION = "sec/AON/AON_0000000000-24-003147/filings/0001193125-24-103048/filename1.htm"
NO_REVIEW = "peer/0000000000-24-004905.txt"  # Microsoft S-4, peer text with broken lines
ORDER = "sec/CARR/CARR_0000000000-19-013211/filings/9999999997-20-001234/filename1.pdf"
TWO_FILINGS = "sec/CIEN/CIEN_0000000000-17-024065/filings/0000000000-17-024065/filename1.pdf"
DRAFT = "sec/CARR/CARR_0000000000-19-013211/filings/0000000000-19-013211/filename1.pdf"
AMENDED_S1 = "sec/VST/VST_0000000000-17-002173/filings/0000000000-17-006872/filename1.pdf"
PEER_8K = "peer/0000000000-24-006936.txt"
PEER_10K = "peer/0000000000-23-006470.txt"  # NVIDIA comment letter
AMAZON_REPLY = "peer/0001018724-22-000007.txt"  # answers one letter and names two earlier ones
# Re: "Registration Statement on Form S-4 / Filed February 26, 2024 and amended March 29,2024"
AMENDED_LATER = "sec/AON/AON_0000000000-24-003147/filings/0001193125-24-100967/filename1.htm"
# Re: "... on Form S-4 filed by Harris Corporation on December 14, 2018 (File No. 333-228829)", no "Re:" label
FILED_BY = "sec/LHX/LHX_0000000000-19-001516/filings/0001140361-19-003105/filename1.htm"
# page 1 opens with a running header ("Mr. Russell Mancuso / August 26, 2016 / Page 1") over the date line
RUNNING_HEADER_FIRST = "sec/PODD/PODD_0000000000-16-082809/filings/0001157523-16-006613/filename1.htm"
NO_FIRST_PAGE_DATE = "sec/CIEN/CIEN_0000000000-17-024065/filings/0001193125-17-228629/filename1.htm"


@cache
def letter(relative: str) -> Letter:
    """A corpus letter (or a seed, by its file name in samples/) parsed by the whole pipeline."""
    path = SAMPLES / relative if relative.endswith(".txt") and "/" not in relative else corpus_file(relative)
    return parse_letter(path.read_bytes(), str(path))
