"""A curator's correction of a comment's follow-ups (the earlier comments it follows up) is kept too,
so that the next ingest, sync or ``reparse``, which link follow-ups anew, apply it again. Only the
choices of ``Correction.what`` change: nothing in the database does."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0012_commitment_kinds"),
    ]

    operations = [
        migrations.AlterField(
            model_name="correction",
            name="what",
            field=models.CharField(
                choices=[
                    ("comment_status", "comment status"),
                    ("answer_link", "answer link"),
                    ("review_state", "review state"),
                    ("follow_ups", "follow-ups"),
                ],
                max_length=20,
            ),
        ),
    ]
