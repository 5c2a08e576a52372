"""Queue, deliver and retry outgoing mail.

Each delivery first *claims* the message with one UPDATE (status queued, due now); the claim moves
``next_attempt_at`` a lease ahead, so a second worker, the ``send_queued_mail`` command and a
retry task never send the same message at the same moment, and a worker that dies mid-send leaves
a message that is tried again after the lease. A failure records the error (its type and text,
never the SMTP password) and plans the next attempt with a growing pause; with a task backend that
can defer (django_tasks_db) the retry is enqueued for that moment, otherwise ``send_queued_mail``
(run from cron) picks it up.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import MailStatus, OutgoingMail
from .serialise import build_message, message_fields

logger = logging.getLogger(__name__)

QUEUED_BACKEND = "outbox.backends.QueuedEmailBackend"
# A claimed message is not claimed again for this long (a send that hangs, a worker that died).
LEASE = datetime.timedelta(minutes=10)
ERROR_MAX_LENGTH = 1000


def setting(name):
    defaults = {
        "OUTBOX_DELIVERY_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "OUTBOX_MAX_ATTEMPTS": 15,
        "OUTBOX_RETRY_DELAY_SECONDS": 60,
        "OUTBOX_RETRY_MAX_DELAY_SECONDS": 6 * 60 * 60,
        "OUTBOX_RETENTION_DAYS": 30,
        "OUTBOX_ENQUEUE_ON_COMMIT": True,
    }
    return getattr(settings, name, defaults[name])


def delivery_backend():
    backend = setting("OUTBOX_DELIVERY_BACKEND")
    if backend == QUEUED_BACKEND:
        raise ImproperlyConfigured(
            "OUTBOX_DELIVERY_BACKEND must be a real email backend, not the outbox itself."
        )
    return backend


def retry_delay(attempts):
    """The pause after the `attempts`-th failed attempt: 1, 2, 4, ... minutes, at most the maximum."""
    base = setting("OUTBOX_RETRY_DELAY_SECONDS")
    seconds = min(base * 2 ** max(attempts - 1, 0), setting("OUTBOX_RETRY_MAX_DELAY_SECONDS"))
    return datetime.timedelta(seconds=seconds)


def describe_error(exc):
    """The error as staff may read it: type and message, the SMTP password blanked out."""
    text = f"{type(exc).__name__}: {exc}"
    for secret in (getattr(settings, "EMAIL_HOST_PASSWORD", ""), getattr(settings, "SECRET_KEY", "")):
        if secret:
            text = text.replace(secret, "***")
    return text[:ERROR_MAX_LENGTH]


def queue(messages):
    """Store the messages in the outbox and plan their delivery. Returns the stored rows."""
    now = timezone.now()
    rows = [OutgoingMail.objects.create(next_attempt_at=now, **message_fields(m)) for m in messages]
    schedule([row.pk for row in rows])
    return rows


def schedule(ids):
    """Enqueue delivery once the sender's transaction commits (at once outside a transaction)."""
    if not ids:
        return
    if setting("OUTBOX_ENQUEUE_ON_COMMIT"):
        transaction.on_commit(lambda: enqueue(ids), robust=True)
    else:
        enqueue(ids)


def enqueue(ids, run_after=None):
    """Hand the messages to the task backend. A backend that is down leaves them for the command."""
    from .tasks import deliver_mail

    task = deliver_mail
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return False
        task = task.using(run_after=run_after)
    for pk in ids:
        try:
            task.enqueue(pk)
        except Exception:
            logger.exception("outbox: could not enqueue mail %s; send_queued_mail will retry it", pk)
            return False
    return True


def claim(pk, now=None):
    """Take the message for one attempt. False when it is not due (sent, failed, or claimed)."""
    now = now or timezone.now()
    return bool(
        OutgoingMail.objects.filter(pk=pk, status=MailStatus.QUEUED, next_attempt_at__lte=now).update(
            attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=now + LEASE
        )
    )


def deliver(pk):
    """One delivery attempt. Returns "sent", "retry", "failed" or "skipped"."""
    if not claim(pk):
        return "skipped"
    mail = OutgoingMail.objects.get(pk=pk)
    try:
        connection = get_connection(delivery_backend(), fail_silently=False)
        connection.send_messages([build_message(mail)])
    except Exception as exc:  # any delivery problem: record it and try again later
        return _failed(mail, exc)
    OutgoingMail.objects.filter(pk=pk).update(
        status=MailStatus.SENT, sent_at=timezone.now(), next_attempt_at=None, last_error=""
    )
    return "sent"


def _failed(mail, exc):
    error = describe_error(exc)
    logger.warning("outbox: mail %s attempt %s failed: %s", mail.pk, mail.attempts, error)
    if mail.attempts >= setting("OUTBOX_MAX_ATTEMPTS"):
        OutgoingMail.objects.filter(pk=mail.pk).update(
            status=MailStatus.FAILED, last_error=error, next_attempt_at=None
        )
        return "failed"
    next_attempt = timezone.now() + retry_delay(mail.attempts)
    OutgoingMail.objects.filter(pk=mail.pk).update(last_error=error, next_attempt_at=next_attempt)
    enqueue([mail.pk], run_after=next_attempt)
    return "retry"


def retry_now(mail):
    """Staff's "send again": a failed or waiting message is queued for an attempt right away."""
    if mail.status == MailStatus.SENT:
        return False
    OutgoingMail.objects.filter(pk=mail.pk).exclude(status=MailStatus.SENT).update(
        status=MailStatus.QUEUED, next_attempt_at=timezone.now()
    )
    schedule([mail.pk])
    return True


def due_ids(limit=None, now=None):
    now = now or timezone.now()
    ids = OutgoingMail.objects.filter(status=MailStatus.QUEUED, next_attempt_at__lte=now).order_by(
        "next_attempt_at", "pk"
    )
    return list(ids.values_list("pk", flat=True)[:limit])


def prune(now=None):
    """Delete sent and failed mail older than OUTBOX_RETENTION_DAYS. Returns the number deleted."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=setting("OUTBOX_RETENTION_DAYS"))
    sent = OutgoingMail.objects.filter(status=MailStatus.SENT, sent_at__lt=cutoff)
    failed = OutgoingMail.objects.filter(status=MailStatus.FAILED, created__lt=cutoff)
    return sent.delete()[0] + failed.delete()[0]
