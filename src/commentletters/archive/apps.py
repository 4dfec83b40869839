"""Django app configuration for the archive."""

from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "commentletters.archive"
    label = "archive"
    verbose_name = "Comment Letters archive"
    default_auto_field = "django.db.models.BigAutoField"
