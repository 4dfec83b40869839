from django.apps import AppConfig


class WebConfig(AppConfig):
    """The web application: pages, API, templates and static files over the archive."""

    name = "commentletters.web"
    label = "web"
    verbose_name = "Comment Letters web"
