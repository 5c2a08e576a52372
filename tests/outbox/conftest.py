import socket

import pytest

from tests.academy.conftest import academy, course, org_a, org_index, session, volunteer, volunteer_client  # noqa: F401

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def closed_port():
    """A local TCP port where nothing listens (connections are refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_down(settings):
    """The outbox delivers through SMTP to a local port where no mail server listens."""
    settings.OUTBOX_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2
    settings.EMAIL_HOST_PASSWORD = "hunter2-secret"
    return settings
