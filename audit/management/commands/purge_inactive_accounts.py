"""Retention: delete accounts without a log-in for ACCOUNT_RETENTION_DAYS, after a warning email.

Run daily. A volunteer account whose last log-in (or sign-up, if never logged in) is older than
ACCOUNT_RETENTION_DAYS - ACCOUNT_RETENTION_WARNING_DAYS gets one warning email; it is deleted (with
academy.privacy.delete_account: enrolments stay as anonymous counts) once the retention period has
passed AND the warning is at least ACCOUNT_RETENTION_WARNING_DAYS old. Logging in again resets the
clock. Staff and superusers are never deleted.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.models import AuditEvent

WARNING_TYPE = "retention-warning"


class Command(BaseCommand):
    help = "Warn, then delete, accounts that have not logged in for ACCOUNT_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run=False, **options):
        from academy.privacy import delete_account

        now = timezone.now()
        retention = datetime.timedelta(days=settings.ACCOUNT_RETENTION_DAYS)
        warning = datetime.timedelta(days=settings.ACCOUNT_RETENTION_WARNING_DAYS)
        users = (
            get_user_model()
            .objects.filter(is_staff=False, is_superuser=False)
            .annotate(last_seen=Coalesce("last_login", "date_joined"))
        )
        warned = deleted = 0
        for user in users.filter(last_seen__lt=now - retention + warning):
            last_warning = (
                AuditEvent.objects.filter(
                    object_type=WARNING_TYPE, object_id=str(user.pk), timestamp__gt=user.last_seen
                )
                .order_by("-timestamp")
                .first()
            )
            if last_warning is None:
                warned += 1
                if not dry_run:
                    self._warn(user)
                    AuditEvent.objects.create(
                        action=AuditEvent.Action.CREATED, object_type=WARNING_TYPE, object_id=str(user.pk)
                    )
            elif user.last_seen < now - retention and last_warning.timestamp <= now - warning:
                deleted += 1
                if not dry_run:
                    delete_account(user)
        self.stdout.write(f"warned={warned} deleted={deleted}{' (dry run)' if dry_run else ''}")

    def _warn(self, user):
        if not user.email:
            return
        send_mail(
            _("Uw account bij Netwerk SMOL"),
            _(
                "Hallo,\n\nU heeft al lange tijd niet ingelogd bij Netwerk SMOL. Over %(days)s dagen "
                "verwijderen wij uw account en uw gegevens. Wilt u uw account houden? Log dan voor die "
                "datum in; dan blijft alles bewaard.\n\nMet vriendelijke groet,\nNetwerk SMOL"
            )
            % {"days": settings.ACCOUNT_RETENTION_WARNING_DAYS},
            None,
            [user.email],
        )
