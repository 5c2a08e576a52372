"""Every email the site sends waits here first (outbox.backends.QueuedEmailBackend).

The message is stored whole (subject, bodies, addresses, headers, attachments) in the sender's
transaction, then delivered by a django-tasks task through OUTBOX_DELIVERY_BACKEND. A failed
delivery is retried with growing pauses; after OUTBOX_MAX_ATTEMPTS it is marked failed and SMOL
staff can send it again from the admin. Sent and failed mail is removed after OUTBOX_RETENTION_DAYS
(`manage.py send_queued_mail`).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MailStatus(models.TextChoices):
    QUEUED = "queued", _("wacht op verzending")
    SENT = "sent", _("verstuurd")
    FAILED = "failed", _("mislukt")


class OutgoingMail(models.Model):
    created = models.DateTimeField(_("aangemaakt op"), default=timezone.now, db_index=True)
    subject = models.TextField(_("onderwerp"), blank=True)
    from_email = models.TextField(_("afzender"), blank=True)
    to = models.JSONField(_("aan"), default=list, blank=True)
    cc = models.JSONField(_("cc"), default=list, blank=True)
    bcc = models.JSONField(_("bcc"), default=list, blank=True)
    reply_to = models.JSONField(_("antwoord naar"), default=list, blank=True)
    headers = models.JSONField(_("kopregels"), default=dict, blank=True)
    body = models.TextField(_("tekst"), blank=True)
    # [{"content": str, "mimetype": str}], e.g. the HTML version of the message.
    alternatives = models.JSONField(_("andere versies (zoals HTML)"), default=list, blank=True)
    # [{"filename", "mimetype", "text" | "base64" | "mime"}], see outbox.serialise.
    attachments = models.JSONField(_("bijlagen"), default=list, blank=True)
    # How the message object was built (EmailMessage or EmailMultiAlternatives, subtypes, charset).
    options = models.JSONField(default=dict, blank=True, editable=False)

    status = models.CharField(
        _("status"), max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    last_attempt_at = models.DateTimeField(_("laatste poging op"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("volgende poging op"), null=True, blank=True, db_index=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mail")
        ordering = ["-created", "-pk"]
        default_permissions = ("view",)
        permissions = [("retry_outgoingmail", _("Kan e-mail opnieuw laten versturen"))]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self):
        return f"{self.subject} ({self.get_status_display()})"

    @property
    def recipients_display(self):
        return ", ".join(self.to + self.cc + self.bcc)
