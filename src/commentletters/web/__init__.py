"""The Django project: settings (and, later, urls, views, templates)."""
