"""Authorities cited, with counts by year, and the charts (drawn on the server as SVG)."""

from __future__ import annotations

from collections import defaultdict

from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from ...archive import models
from ..authority_names import ancestry, covers
from ..charts import Series, horizontal_bars, stacked_bars

TOP_AUTHORITIES = 6
# Review length bands in days (the staff's usual pace is one to two months).
DURATION_BANDS = (
    (0, 30, "under 30 days"),
    (30, 60, "30–59 days"),
    (60, 90, "60–89 days"),
    (90, 180, "90–179 days"),
    (180, 100_000, "180 days or more"),
)


def _authority_years() -> tuple[list[int], dict[str, dict[int, int]]]:
    """Comments citing each authority or a part of it (current letters only), per year of the staff
    letter: the comments the search filter finds for that name (``authority_names``), each once."""
    names = dict(models.Authority.objects.values_list("id", "name"))
    pairs = ancestry(names)
    if not pairs:
        return [], {}
    wholes = ", ".join(f"({int(part)}, {int(whole)})" for part, whole in pairs)  # ids: integers only
    year = (
        "EXTRACT(YEAR FROM l.date)" if connection.vendor == "postgresql" else "CAST(strftime('%%Y', l.date) AS INTEGER)"
    )
    sql = (
        f"WITH wholes(part, whole) AS (VALUES {wholes}) "
        f"SELECT w.whole, {year}, COUNT(DISTINCT c.id) FROM archive_comment c "
        "JOIN archive_letter l ON l.id = c.letter_id JOIN archive_comment_authorities ca ON ca.comment_id = c.id "
        "JOIN wholes w ON w.part = ca.authority_id "
        "WHERE l.current = %s AND l.date IS NOT NULL GROUP BY 1, 2"
    )
    table: dict[str, dict[int, int]] = defaultdict(dict)
    years: set[int] = set()
    with connection.cursor() as cur:
        cur.execute(sql, [True])
        for whole, y, n in cur.fetchall():
            table[names[whole]][int(y)] = int(n)
            years.add(int(y))
    return sorted(years), table


def _top(table: dict[str, dict[int, int]]) -> list[str]:
    """The most-cited authorities, none a part of another already chosen (its comments are counted there)."""
    top: list[str] = []
    for name in sorted(table, key=lambda n: (-sum(table[n].values()), n)):
        if not any(covers(t, name) or covers(name, t) for t in top):
            top.append(name)
        if len(top) == TOP_AUTHORITIES:
            break
    return top


def authorities(request: HttpRequest) -> HttpResponse:
    years, table = _authority_years()
    q = request.GET.get("q", "").strip().lower()
    rows = [
        {"name": name, "total": sum(by_year.values()), "years": [by_year.get(y, 0) for y in years]}
        for name, by_year in table.items()
        if not q or q in name.lower()
    ]
    rows.sort(key=lambda r: (-r["total"], r["name"]))
    return render(request, "web/authorities.html", {"years": years, "rows": rows, "filter": q})


def charts(request: HttpRequest) -> HttpResponse:
    years, table = _authority_years()
    top = _top(table)
    by_authority = stacked_bars(
        "Comments citing the most-cited authorities, by year",
        [str(y) for y in years],
        [Series(n, [table[n].get(y, 0) for y in years]) for n in top],
    )
    per_year = (
        models.Comment.objects.filter(letter__current=True, letter__date__isnull=False)
        .annotate(year=ExtractYear("letter__date"))
        .values("year")
        .annotate(n=Count("id"))
        .order_by("year")
    )
    comments_per_year = stacked_bars(
        "Staff comments per year", [str(r["year"]) for r in per_year], [Series("comments", [r["n"] for r in per_year])]
    )
    # A "no review" letter has a duration (0 days) but is no review taken to completion, nor one of rounds.
    completed = models.Review.objects.filter(state="completed", duration_days__isnull=False)
    durations = list(completed.values_list("duration_days", flat=True))
    bands = [sum(1 for d in durations if lo <= d < hi) for lo, hi, _ in DURATION_BANDS]
    by_duration = horizontal_bars(
        "Completed reviews by length", [b[2] for b in DURATION_BANDS], bands, unit=(" review", " reviews")
    )
    state_counts = dict(models.Review.objects.values_list("state").annotate(n=Count("id")))
    rounds = models.Review.objects.exclude(state="not_reviewed").aggregate(
        one=Count("id", filter=Q(rounds_count__lte=1)), more=Count("id", filter=Q(rounds_count__gt=1))
    )
    return render(
        request,
        "web/charts.html",
        {
            "by_authority": mark_safe(by_authority),  # noqa: S308 - built by charts.py, every text escaped there
            "comments_per_year": mark_safe(comments_per_year),  # noqa: S308
            "by_duration": mark_safe(by_duration),  # noqa: S308
            "years": years,
            "top": [(n, [table[n].get(y, 0) for y in years]) for n in top],
            "bands": list(zip([b[2] for b in DURATION_BANDS], bands, strict=True)),
            "per_year": per_year,
            "state_counts": state_counts,
            "rounds": rounds,
            "n_durations": len(durations),
        },
    )
