"""The outbox: every mail is stored, delivered by a task, retried with backoff, and never lost."""

import base64
import datetime
import email
import io
from email.mime.application import MIMEApplication

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection, send_mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from outbox import delivery
from outbox.models import MailStatus, OutgoingMail
from outbox.serialise import build_message, message_fields

from .conftest import LOCMEM

pytestmark = pytest.mark.django_db


def run_worker(monkeypatch):
    """`manage.py db_worker --batch`. The worker normally has its own process and connection; here it
    shares the test's transaction, which its connection housekeeping must not close (PostgreSQL)."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--no-reload")


def make_due(mail_row):
    """Time passes until the planned retry."""
    OutgoingMail.objects.filter(pk=mail_row.pk).update(next_attempt_at=timezone.now())


def test_the_test_settings_send_through_the_outbox(settings):
    assert settings.EMAIL_BACKEND == "outbox.backends.QueuedEmailBackend"
    assert settings.OUTBOX_DELIVERY_BACKEND == LOCMEM


def test_send_mail_is_stored_then_delivered_once():
    assert send_mail("Onderwerp", "Tekst", None, ["a@example.org"]) == 1
    row = OutgoingMail.objects.get()
    assert (row.status, row.attempts, row.last_error) == (MailStatus.SENT, 1, "")
    assert row.sent_at is not None and row.next_attempt_at is None
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert mail.outbox[0].extra_headers["Message-ID"] == row.headers["Message-ID"]


def test_a_message_survives_the_round_trip_whole():
    pdf = b"%PDF-1.4\n\x00\xff binary certificate"
    part = MIMEApplication(b"raw-bytes", _subtype="octet-stream")
    part.add_header("Content-Disposition", "attachment", filename="ruw.bin")
    message = EmailMultiAlternatives(
        subject="Certificaat",
        body="Platte tekst",
        from_email="SMOL <noreply@example.org>",
        to=["a@example.org"],
        cc=["b@example.org"],
        bcc=["c@example.org"],
        reply_to=["antwoord@example.org"],
        headers={"X-Soort": "test"},
    )
    message.attach_alternative("<p>HTML</p>", "text/html")
    message.attach("sessie.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar; method=REQUEST")
    message.attach("certificaat.pdf", pdf, "application/pdf")
    message.attach(part)

    row = OutgoingMail.objects.create(**message_fields(message))
    row.refresh_from_db()  # through the JSON columns
    rebuilt = build_message(row)

    assert isinstance(rebuilt, EmailMultiAlternatives)
    for attr in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to"):
        assert getattr(rebuilt, attr) == getattr(message, attr), attr
    assert rebuilt.recipients() == message.recipients()
    assert rebuilt.extra_headers["X-Soort"] == "test"
    assert list(rebuilt.alternatives) == [("<p>HTML</p>", "text/html")]
    assert rebuilt.attachments[0] == (
        "sessie.ics",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        "text/calendar; method=REQUEST",
    )
    assert rebuilt.attachments[1] == ("certificaat.pdf", pdf, "application/pdf")
    raw = email.message_from_bytes(rebuilt.message().as_bytes())
    parts = {p.get_filename(): p for p in raw.walk() if p.get_filename()}
    assert parts["certificaat.pdf"].get_payload(decode=True) == pdf
    assert parts["ruw.bin"].get_payload(decode=True) == b"raw-bytes"
    # Every attempt sends the same Message-ID.
    assert build_message(row).message()["Message-ID"] == rebuilt.message()["Message-ID"]
    assert base64.b64decode(row.attachments[1]["base64"]) == pdf


def test_html_only_message_keeps_its_subtype():
    message = EmailMessage("Nieuws", "<p>Hallo</p>", to=["a@example.org"])
    message.content_subtype = "html"
    message.send()
    assert mail.outbox[0].content_subtype == "html"
    assert mail.outbox[0].message().get_content_type() == "text/html"


def test_smtp_down_queues_with_the_error_then_delivers_once_when_it_is_back(smtp_down):
    assert send_mail("Welkom", "Tekst", None, ["a@example.org"]) == 1
    row = OutgoingMail.objects.get()
    assert row.status == MailStatus.QUEUED
    assert row.attempts == 1
    assert "ConnectionRefusedError" in row.last_error
    assert "hunter2-secret" not in row.last_error
    assert row.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)
    assert mail.outbox == []

    # Not due yet: the command leaves it alone.
    call_command("send_queued_mail", stdout=io.StringIO())
    row.refresh_from_db()
    assert row.attempts == 1

    # Still down when due: second failure, a longer pause.
    make_due(row)
    call_command("send_queued_mail", stdout=io.StringIO())
    row.refresh_from_db()
    assert (row.status, row.attempts) == (MailStatus.QUEUED, 2)
    assert row.next_attempt_at > timezone.now() + datetime.timedelta(seconds=110)

    # The mail server is back.
    smtp_down.OUTBOX_DELIVERY_BACKEND = LOCMEM
    make_due(row)
    call_command("send_queued_mail", stdout=io.StringIO())
    call_command("send_queued_mail", stdout=io.StringIO())
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (MailStatus.SENT, 3, "")
    assert [m.subject for m in mail.outbox] == ["Welkom"]


def test_backoff_doubles_up_to_the_maximum(settings):
    settings.OUTBOX_RETRY_DELAY_SECONDS = 60
    settings.OUTBOX_RETRY_MAX_DELAY_SECONDS = 600
    assert [delivery.retry_delay(n).total_seconds() for n in range(1, 7)] == [60, 120, 240, 480, 600, 600]


def test_after_the_last_attempt_the_mail_is_failed_until_staff_retry(smtp_down):
    smtp_down.OUTBOX_MAX_ATTEMPTS = 2
    send_mail("Welkom", "Tekst", None, ["a@example.org"])
    row = OutgoingMail.objects.get()
    make_due(row)
    call_command("send_queued_mail", stdout=io.StringIO())
    row.refresh_from_db()
    assert (row.status, row.attempts, row.next_attempt_at) == (MailStatus.FAILED, 2, None)
    assert delivery.due_ids() == []

    smtp_down.OUTBOX_DELIVERY_BACKEND = LOCMEM
    assert delivery.retry_now(row)
    row.refresh_from_db()
    assert (row.status, row.attempts) == (MailStatus.SENT, 3)
    assert len(mail.outbox) == 1
    assert not delivery.retry_now(row)  # sent mail is not sent again
    assert len(mail.outbox) == 1


def test_two_workers_never_deliver_the_same_message_twice():
    row = OutgoingMail.objects.create(subject="x", to=["a@example.org"], next_attempt_at=timezone.now())
    assert delivery.claim(row.pk)
    assert not delivery.claim(row.pk)  # claimed: leased for the next minutes
    assert delivery.deliver(row.pk) == "skipped"
    assert mail.outbox == []


def test_on_commit_delivery_waits_for_the_transaction(settings, django_capture_on_commit_callbacks):
    settings.OUTBOX_ENQUEUE_ON_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send_mail("Na commit", "Tekst", None, ["a@example.org"])
        assert mail.outbox == []  # stored, not sent: the transaction is still open
        assert OutgoingMail.objects.get().status == MailStatus.QUEUED
    assert len(callbacks) == 1
    assert [m.subject for m in mail.outbox] == ["Na commit"]


def test_a_rolled_back_transaction_sends_nothing(settings, django_capture_on_commit_callbacks):
    settings.OUTBOX_ENQUEUE_ON_COMMIT = True
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Teruggedraaid", "Tekst", None, ["a@example.org"])
        raise RuntimeError
    assert not OutgoingMail.objects.exists()
    assert mail.outbox == []


def test_database_task_backend_stores_the_job_and_the_worker_delivers(settings, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_mail("Via de worker", "Tekst", None, ["a@example.org"])
    row = OutgoingMail.objects.get()
    assert (row.status, row.attempts) == (MailStatus.QUEUED, 0)
    job = DBTaskResult.objects.get()
    assert job.task_path == "outbox.tasks.deliver_mail"
    assert job.args_kwargs == {"args": [row.pk], "kwargs": {}}
    assert mail.outbox == []

    run_worker(monkeypatch)
    row.refresh_from_db()
    assert (row.status, row.attempts) == (MailStatus.SENT, 1)
    assert [m.subject for m in mail.outbox] == ["Via de worker"]


def test_database_task_backend_defers_the_retry(smtp_down, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    smtp_down.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_mail("Later", "Tekst", None, ["a@example.org"])
    run_worker(monkeypatch)
    row = OutgoingMail.objects.get()
    assert (row.status, row.attempts) == (MailStatus.QUEUED, 1)
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.run_after == row.next_attempt_at
    assert retry.args_kwargs["args"] == [row.pk]

    # When the retry is due the worker sends it (the mail server is back).
    smtp_down.OUTBOX_DELIVERY_BACKEND = LOCMEM
    make_due(row)
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker(monkeypatch)
    row.refresh_from_db()
    assert (row.status, row.attempts) == (MailStatus.SENT, 2)
    assert len(mail.outbox) == 1


def test_task_backend_down_leaves_the_mail_for_the_command(monkeypatch):
    from django_tasks.backends.immediate import ImmediateBackend

    def broken(*args, **kwargs):
        raise ConnectionError("task backend unreachable")

    monkeypatch.setattr(ImmediateBackend, "enqueue", broken)
    assert send_mail("Blijft staan", "Tekst", None, ["a@example.org"]) == 1
    assert OutgoingMail.objects.get().status == MailStatus.QUEUED
    monkeypatch.undo()
    call_command("send_queued_mail", stdout=io.StringIO())
    assert [m.subject for m in mail.outbox] == ["Blijft staan"]


def test_prune_removes_old_sent_and_failed_mail_only(settings):
    settings.OUTBOX_RETENTION_DAYS = 30
    now = timezone.now()
    old = now - datetime.timedelta(days=31)
    OutgoingMail.objects.create(subject="oud verstuurd", status=MailStatus.SENT, sent_at=old, created=old)
    OutgoingMail.objects.create(subject="oud mislukt", status=MailStatus.FAILED, created=old)
    OutgoingMail.objects.create(
        subject="oud wachtend",
        status=MailStatus.QUEUED,
        created=old,
        next_attempt_at=now + datetime.timedelta(hours=1),
    )
    OutgoingMail.objects.create(subject="recent", status=MailStatus.SENT, sent_at=now, created=now)
    call_command("send_queued_mail", stdout=io.StringIO())
    assert sorted(OutgoingMail.objects.values_list("subject", flat=True)) == ["oud wachtend", "recent"]


def test_the_outbox_may_not_deliver_through_itself(settings):
    from outbox.checks import delivery_backend_is_real

    settings.OUTBOX_DELIVERY_BACKEND = "outbox.backends.QueuedEmailBackend"
    assert [e.id for e in delivery_backend_is_real()] == ["outbox.E001"]
    settings.OUTBOX_DELIVERY_BACKEND = LOCMEM
    assert delivery_backend_is_real() == []


def test_wagtail_and_allauth_use_the_default_connection():
    """The call sites pass no connection of their own: the default connection is the outbox."""
    assert type(get_connection()).__module__ == "outbox.backends"
