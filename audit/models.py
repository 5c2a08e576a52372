from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """Who changed what, for data Wagtail's page history does not cover (enrolments, accounts).

    The summary names fields, never their values, so the log itself holds as little personal data
    as possible. ``actor_label`` keeps the user name of the actor; it is cleared when that account
    is deleted (see purge_inactive_accounts and the user post_delete signal).
    """

    class Action(models.TextChoices):
        CREATED = "created", _("aangemaakt")
        CHANGED = "changed", _("gewijzigd")
        DELETED = "deleted", _("verwijderd")

    timestamp = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("door (naam)"), max_length=150, blank=True)
    action = models.CharField(_("actie"), max_length=20, choices=Action.choices)
    object_type = models.CharField(_("soort"), max_length=100)
    object_id = models.CharField(_("nummer"), max_length=64)
    summary = models.TextField(_("samenvatting"), blank=True)

    class Meta:
        ordering = ["-timestamp", "-id"]
        verbose_name = _("audit-regel")
        verbose_name_plural = _("auditlog")
        permissions = [("view_audit_log", _("Kan het auditlog bekijken"))]

    def __str__(self):
        return f"{self.timestamp:%Y-%m-%d %H:%M} {self.object_type} {self.object_id} {self.action}"
