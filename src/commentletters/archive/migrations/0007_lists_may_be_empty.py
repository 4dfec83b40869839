"""Lists that are often empty (a company's tickers, a staff letter's responds_to, a comment's prior
comments) may be saved empty from the admin: without blank=True its form refused "[]" as "This field
is required", so a curator could not save such a record. No change to the database."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0006_search_later"),
    ]

    operations = [
        migrations.AlterField(
            model_name="comment",
            name="asks",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="comment",
            name="pages",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="comment",
            name="prior_comments",
            field=models.JSONField(blank=True, default=list, help_text="numbers as cited in the text"),
        ),
        migrations.AlterField(
            model_name="comment",
            name="section",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="company",
            name="names",
            field=models.JSONField(blank=True, default=list, help_text="every name seen in letters and EDGAR metadata"),
        ),
        migrations.AlterField(
            model_name="company",
            name="tickers",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="letter",
            name="file_numbers",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="letter",
            name="responds_to",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="review",
            name="file_numbers",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
