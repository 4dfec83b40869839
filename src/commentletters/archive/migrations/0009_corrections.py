"""Corrections: a curator's comment statuses, answer links and review states, kept by what they
correct so that re-threading and `reparse` apply them again (archive/corrections.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_search_asks")]

    operations = [
        migrations.CreateModel(
            name="Correction",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "what",
                    models.CharField(
                        choices=[
                            ("comment_status", "comment status"),
                            ("answer_link", "answer link"),
                            ("review_state", "review state"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "key",
                    models.CharField(
                        help_text="the letter's key (comment, answer) or the review's key", max_length=200
                    ),
                ),
                (
                    "position",
                    models.PositiveIntegerField(
                        default=0, help_text="the comment's or answer's position in its letter"
                    ),
                ),
                (
                    "value",
                    models.JSONField(
                        help_text="what the curator set, with the number of the comment or answer corrected"
                    ),
                ),
                ("by", models.CharField(blank=True, help_text="the curator's user name", max_length=150)),
                ("made", models.DateTimeField(auto_now=True)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("what", "key", "position"), name="one_correction_per_field")
                ],
            },
        ),
    ]
