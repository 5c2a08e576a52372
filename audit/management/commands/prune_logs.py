"""Retention of logs (run daily, next to purge_inactive_accounts): the figures on /privacy/.

* the audit log: rows older than AUDIT_LOG_RETENTION_DAYS (never sooner than the retention warning
  period, which purge_inactive_accounts reads back from the log);
* log-in records (django-axes): the log of log-ins and of failures older than
  LOGIN_LOG_RETENTION_DAYS, failed attempts older than AXES_COOLOFF_TIME;
* sessions that have expired (what `manage.py clearsessions` does).
"""

import datetime
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from audit.models import AuditEvent


class Command(BaseCommand):
    help = "Delete audit log rows, log-in records and sessions older than their retention period."

    def handle(self, *args, **options):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        now = timezone.now()
        audit_days = max(settings.AUDIT_LOG_RETENTION_DAYS, settings.ACCOUNT_RETENTION_WARNING_DAYS + 1)
        audit = AuditEvent.objects.filter(timestamp__lt=now - datetime.timedelta(days=audit_days)).delete()[0]
        login_cutoff = now - datetime.timedelta(days=settings.LOGIN_LOG_RETENTION_DAYS)
        logins = AccessLog.objects.filter(attempt_time__lt=login_cutoff).delete()[0]
        logins += AccessFailureLog.objects.filter(attempt_time__lt=login_cutoff).delete()[0]
        attempts = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()[0]
        import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
        self.stdout.write(f"audit={audit} login_logs={logins} login_attempts={attempts}")
