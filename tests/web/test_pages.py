"""The pages a reader opens: each shows what the archive holds, in the right places."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def text_of(html: bytes) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.decode()))


def test_home_lists_open_review_with_due_date(client: Client, archive) -> None:
    body = text_of(client.get("/").content)
    assert "1 company " in body and "3 letters" in body and "3 staff comments" in body
    assert "Facebook, Inc." in body and "Jul 15, 2016" in body


def test_review_puts_answer_beside_comment_and_follow_up_under_it(client: Client, archive) -> None:
    html = client.get(f"/reviews/{archive.key}/").content.decode()
    pairs = re.findall(
        r'<div class="pair(?: followup)?" id="c\d+".*?(?=<div class="pair|</section>\s*</section>)', html, re.S
    )
    first = html[html.index("Comment 1 ·") :]
    comment_at = first.index("domestic federal effective tax rate")
    answer_at = first.index("appears to have calculated the 79%")
    assert comment_at < answer_at < first.index("Comment 2 ·")
    # the follow-up (round 2) comes right after comment 2 it follows, nested, with its authority
    after_two = html[html.index("Comment 2 ·") :]
    assert after_two.index("Follow-up (round 2) · Comment 1") < after_two.index("Round 2")
    assert 'class="pair followup"' in html and "Item 303(a)(3) of Regulation S-K" in html
    assert "No answer to this comment is on file." in html
    assert len(pairs) >= 2
    # the core's reason, its ISO date put into words as the page's other dates are
    assert "ten business days after the staff letter of June 30, 2016" in html


def test_company_timeline(client: Client, archive) -> None:
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "10-K for 2015" in body and "3 letters" in body and "open" in body


def test_letter_shows_sanitised_original_beside_parse(client: Client, archive) -> None:
    html = client.get("/letters/0001193125-16-582198/").content.decode()
    assert '<div class="original"' in html and "<script" not in html.split('<div class="original"')[1]
    assert "Answer to comment 1" in html


def test_pdf_letter_is_framed_and_served_inline(client: Client, archive) -> None:
    html = client.get("/letters/0000000000-16-073605/").content.decode()
    assert '<iframe class="original-pdf" src="/letters/0000000000-16-073605/original"' in html
    response = client.get("/letters/0000000000-16-073605/original")
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_html_original_downloads_instead_of_rendering(client: Client, archive) -> None:
    response = client.get("/letters/0001193125-16-582198/original")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


def test_letter_whose_original_is_in_another_data_folder(client: Client, archive, settings) -> None:
    """A team's archive shares one database, each machine its own data folder: a letter ingested on
    another machine still shows its parsed view here, and says where its original is."""
    letter = models.Letter.objects.get(key="0001193125-16-582198")
    (Path(settings.DATA_DIR) / letter.raw.path).unlink()
    response = client.get("/letters/0001193125-16-582198/")
    body = text_of(response.content)
    assert response.status_code == 200 and "Answer to comment 1" in response.content.decode()
    assert "not in this data folder" in body and "Ingest the same files here" in body
    assert 'href="/letters/0001193125-16-582198/original"' not in response.content.decode()
    assert client.get("/letters/0001193125-16-582198/original").status_code == 404
    assert 'href="https://www.sec.gov/Archives/edgar/data/1326801/000119312516582198/"' in response.content.decode()


@pytest.mark.parametrize("url", ["/letters/nope/", "/reviews/nope/", "/companies/999/", "/nowhere"])
def test_missing_things_are_404_pages(client: Client, archive, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404 and b"Comment Letters" in response.content


def test_authorities_counts_by_year(client: Client, archive) -> None:
    body = text_of(client.get("/authorities/").content)
    assert re.search(r"Item 303\(a\)\(3\) of Regulation S-K 1 1", body)


def test_charts_are_inline_svg(client: Client, archive) -> None:
    html = client.get("/charts/").content.decode()
    assert html.count("<svg") == 3 and "<script" not in html


def test_pages_forbid_scripts_but_api_docs_keep_theirs(client: Client, archive) -> None:
    policy = client.get("/letters/0001193125-16-582198/")["Content-Security-Policy"]
    assert "script-src 'none'" in policy and "object-src 'none'" in policy
    assert "Content-Security-Policy" not in client.get("/api/docs")


def test_signed_in_curators_get_edit_links(client: Client, archive, django_user_model) -> None:
    assert "/admin/archive/comment/" not in client.get(f"/reviews/{archive.key}/").content.decode()
    user = django_user_model.objects.create_user("curator", password="x", is_staff=True, is_superuser=True)
    client.force_login(user)
    html = client.get(f"/reviews/{archive.key}/").content.decode()
    assert "/admin/archive/comment/" in html and "/admin/archive/review/" in html


def test_what_a_comment_asks_is_said_in_words(client: Client, archive) -> None:
    """Beside each comment, what the answer must do ("tell the staff", "revise future filings")."""
    comment = models.Comment.objects.get(letter__round__number=2, number=1)
    comment.asks = ["tell_us", "revise_future_filings"]
    comment.save()
    for url in (f"/reviews/{archive.key}/", f"/letters/{comment.letter.key}/"):
        body = text_of(client.get(url).content)
        assert "Asks: tell the staff · revise future filings" in body, url
    assert "Asks:" not in text_of(client.get("/letters/0000000000-16-073605/").content)  # (no asks recorded)


def test_an_answer_without_the_commitment_a_comment_asks_for_is_pointed_out(client: Client, archive) -> None:
    comment = models.Comment.objects.get(letter__round__number=1, number=1)
    comment.asks = ["tell_us", "revise_future_filings"]
    comment.save()
    note = "no commitment to it was found in this answer"
    assert note in text_of(client.get(f"/reviews/{archive.key}/").content)
    comment.answers.update(commits_future_filing=True)
    assert note not in text_of(client.get(f"/reviews/{archive.key}/").content)
