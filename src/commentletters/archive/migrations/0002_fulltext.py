"""Full-text indexes over comment and answer text, one per database.

SQLite: FTS5 tables with external content (the comment/answer tables) kept in step by triggers, so
the index can never drift from the rows, whatever writes them. PostgreSQL: a stored generated
``tsvector`` column with a GIN index. The models stay the same on both; ``archive.search`` queries them.
"""

from django.db import migrations

TABLES = ("archive_comment", "archive_answer")


def sqlite_sql(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', content_rowid='id', "
        "tokenize='porter unicode61')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def postgres_sql(table: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
        f"CREATE INDEX {table}_search_gin ON {table} USING GIN (search)",
    ]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    make = {"sqlite": sqlite_sql, "postgresql": postgres_sql}.get(vendor)
    if make is None:
        return
    for table in TABLES:
        for sql in make(table):
            schema_editor.execute(sql)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "sqlite":
            schema_editor.execute(f"DROP TABLE IF EXISTS {table}_fts")
            for suffix in ("ai", "ad", "au"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        elif vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search")


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
