"""Subcommands of the ``commentletters`` command; each module has ``add_arguments`` and ``run``."""
