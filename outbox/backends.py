"""EMAIL_BACKEND for the whole site: every message goes to the outbox instead of straight to SMTP.

Django's send_mail, allauth (confirmation, password reset), Wagtail's notifications and the
site's own mails all use the default connection, so they are all queued here without changes at
the call sites. The row is written in the sender's transaction (a rolled-back enrolment sends no
mail); delivery is enqueued as a django-tasks task once that transaction commits, and goes out
through OUTBOX_DELIVERY_BACKEND. A mail server that is down makes no page fail.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend

from .delivery import queue

logger = logging.getLogger(__name__)


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        try:
            return len(queue(list(email_messages)))
        except Exception:
            if not self.fail_silently:
                raise
            logger.exception("outbox: could not queue %s message(s)", len(email_messages))
            return 0
