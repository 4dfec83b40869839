"""SQL over a SQLite archive for the tests that check its full-text index (migration 0006): what each
index entry should be, as the archive's rows say, and what the index holds."""

from __future__ import annotations

# (key, kind, id, facets) of every comment and answer as the archive says (kind 0: comment, 1: answer)
WANT = (
    "SELECT * FROM ("
    + " UNION ALL ".join(
        f"SELECT key, {k} AS kind, id, facets FROM archive_{kind}_searchwant"
        for k, kind in enumerate(("comment", "answer"))
    )
    + ")"
)
HELD = "SELECT key, kind, id, facets FROM archive_searchdoc"
INTEGRITY_CHECK = "INSERT INTO archive_search(archive_search) VALUES ('integrity-check')"
