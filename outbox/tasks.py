"""The background task that delivers one queued message (see outbox.delivery)."""

from django_tasks import task

from .delivery import deliver


@task()
def deliver_mail(mail_id: int) -> str:
    return deliver(mail_id)
