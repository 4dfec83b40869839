"""A small archive built by hand from Facebook's real 2016 review (10-K for 2015, income taxes).

The texts are the staff's and the company's own words, read from the letters in demo/edgar/META;
the links between them (answer → comment, follow-up → prior comment) are set here as a reader of
those letters would set them, so the page tests do not depend on the parser's progress.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from commentletters.archive import models
from commentletters.archive.storage import store_bytes

HERE = Path(__file__).parent
THREAD = Path(__file__).resolve().parents[2] / "demo/edgar/META/META_0000000000-16-073605/filings"

STAFF_1 = (
    "0000000000-16-073605",
    date(2016, 4, 25),
    "filename1.pdf",
    [
        (
            "Based on the information in note 13, we calculate your domestic federal effective tax rate for the "
            "U.S. in 2015 to be 79%. Please explain to us the reasons why the domestic federal effective tax rate "
            "was so much higher than your statutory rate.",
            ["Management's Discussion and Analysis", "Provision for income taxes, page 45"],
        ),
        (
            "We note from your remarks in an earnings call dated January 27, 2016, that you anticipate your full year "
            "GAAP tax rates to be in the low 30's on a percentage basis. Please tell us the reasons for your "
            "expectation of a decreasing effective tax rate from 40% in 2015 to the low 30's on a percentage basis.",
            [],
        ),
    ],
)
RESPONSE_1 = (
    "0001193125-16-582198",
    date(2016, 5, 6),
    "filename1.htm",
    [
        "The Company respectfully advises that the Staff appears to have calculated the 79% domestic federal "
        "effective tax rate based on the Company's 2015 federal current and deferred taxes of $2,212 million and U.S. "
        "pre-tax income of $2,802 million disclosed in Note 13 of the Company's Form 10-K.",
        "The Company respectfully advises the Staff that, as discussed in the Company's earnings call dated January "
        "27, 2016, the Company anticipates that its GAAP effective tax rate will decrease from 40% in 2015 to a lower "
        "effective tax rate in 2016.",
    ],
)
STAFF_2 = (
    "0000000000-16-082817",
    date(2016, 6, 30),
    "filename1.pdf",
    [
        (
            "We note your response to prior comment 2. The expected decrease in GAAP tax rates to the low 30's on a "
            "percentage basis appears to represent a material known trend for which disclosure is required in MD&A. "
            "Refer to Item 303(a)(3) of Regulation S-K and Section III.B. of SEC Release No. 33-6835 for additional "
            "guidance.",
            [],
        )
    ],
)


def _letter(
    company: models.Company,
    review: models.Review,
    rnd: models.Round,
    accession: str,
    day: date,
    filename: str,
    kind: str,
) -> models.Letter:
    data = (THREAD / accession / filename).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    rel = store_bytes(data, sha, Path(filename).suffix)
    raw = models.RawDocument.objects.create(sha256=sha, size=len(data), filename=filename, path=rel)
    return models.Letter.objects.create(
        key=accession,
        accession=accession,
        form="UPLOAD" if kind.startswith("staff") else "CORRESP",
        date=day,
        kind=kind,
        parser_version="test",
        company=company,
        raw=raw,
        source=filename,
        data={
            "kind": kind,
            "date": day.isoformat(),
            "office": "Office of Information Technologies and Services",
            "pages": 3,
            "filings_reviewed": [{"form": "10-K", "period": "2015-12-31", "filed": "2016-01-28"}],
            # the company's response answers the staff letter of April 25 (its pages link to it)
            "responds_to": [STAFF_1[1].isoformat()] if kind == "company_response" else [],
        },
        review=review,
        round=rnd,
    )


@pytest.fixture
def archive(db, settings, tmp_path: Path) -> models.Review:
    """Facebook's review: two rounds, two comments answered, a follow-up citing Item 303 (open)."""
    settings.DATA_DIR = tmp_path / "data"
    company = models.Company.objects.create(cik="0001326801", name="Facebook, Inc.", tickers=["META"])
    review = models.Review.objects.create(
        company=company,
        key=STAFF_1[0],
        file_numbers=["001-35551"],
        state="open",
        state_reason="no completion letter on file",
        started=STAFF_1[1],
        rounds_count=2,
        due_date=date(2016, 7, 15),
        due_reason="ten business days after the staff letter of 2016-06-30",
    )
    filing = models.Filing.objects.create(
        company=company, form="10-K", period=date(2015, 12, 31), filed=date(2016, 1, 28)
    )
    filing.reviews.add(review)
    r1 = models.Round.objects.create(review=review, number=1)
    r2 = models.Round.objects.create(review=review, number=2)
    staff1 = _letter(company, review, r1, *STAFF_1[:3], "staff_comments")
    response1 = _letter(company, review, r1, *RESPONSE_1[:3], "company_response")
    staff2 = _letter(company, review, r2, *STAFF_2[:3], "staff_comments")
    first = [
        models.Comment.objects.create(
            letter=staff1,
            number=i,
            position=i,
            text=text,
            section=section,
            status="followed_up" if i == 2 else "answered",
        )
        for i, (text, section) in enumerate(STAFF_1[3], 1)
    ]
    for i, text in enumerate(RESPONSE_1[3], 1):
        models.Answer.objects.create(letter=response1, number=i, position=i, text=text, comment=first[i - 1])
    follow = models.Comment.objects.create(
        letter=staff2, number=1, position=1, text=STAFF_2[3][0][0], status="open", status_reason="no answer on file yet"
    )
    follow.follows.add(first[1])
    follow.authorities.add(models.Authority.objects.create(name="Item 303(a)(3) of Regulation S-K"))
    return review
