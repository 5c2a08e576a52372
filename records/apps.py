from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """What volunteers learned and did across organisations: progress, certificates, passport, matching."""

    name = "records"
    verbose_name = _("Leerdossier")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import privacy, signals

        signals.connect()
        privacy.register()
