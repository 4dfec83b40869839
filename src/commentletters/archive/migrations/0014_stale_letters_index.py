"""An index of the current letters' parser versions, so that the letters another parser version read
(``archive/stale.py``: `stats`, the end of every ingest and sync, the front page) are counted from the
index alone, not by reading every letter's row (each holds its whole parse). Backwards drops it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0013_correction_follow_ups"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="letter",
            index=models.Index(
                fields=["parser_version"], condition=models.Q(current=True), name="letter_current_parser"
            ),
        ),
    ]
