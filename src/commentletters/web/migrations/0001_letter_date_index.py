"""An index the search pages need: current letters by date, for "newest first" without a sort of
the whole archive (search walks letters newest first and stops after one page)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]
    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS web_letter_current_date ON archive_letter (current, date)",
            "DROP INDEX IF EXISTS web_letter_current_date",
        )
    ]
