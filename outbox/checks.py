from django.core import checks

from .delivery import QUEUED_BACKEND, setting


@checks.register(checks.Tags.compatibility)
def delivery_backend_is_real(app_configs=None, **kwargs):
    if setting("OUTBOX_DELIVERY_BACKEND") == QUEUED_BACKEND:
        return [
            checks.Error(
                "OUTBOX_DELIVERY_BACKEND points at the outbox itself; mail would never leave.",
                hint="Set EMAIL_BACKEND to the real backend (e.g. SMTP); the settings queue it in the outbox.",
                id="outbox.E001",
            )
        ]
    return []
