"""prune_logs keeps the promises of /privacy/: old audit rows, log-in records and sessions go."""

import datetime
import io

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_prune_logs_deletes_only_what_is_past_its_retention(settings):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    settings.AUDIT_LOG_RETENTION_DAYS = 100
    settings.LOGIN_LOG_RETENTION_DAYS = 10
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    now = timezone.now()

    def days_ago(days):
        return now - datetime.timedelta(days=days)

    AuditEvent.objects.create(timestamp=days_ago(101), action="changed", object_type="x", object_id="old")
    AuditEvent.objects.create(timestamp=days_ago(99), action="changed", object_type="x", object_id="new")
    common = {
        "user_agent": "ua",
        "ip_address": "127.0.0.1",
        "http_accept": "*/*",
        "path_info": "/admin/login/",
    }
    for days, name in ((11, "old"), (9, "new")):
        log = AccessLog.objects.create(username=name, **common)
        AccessLog.objects.filter(pk=log.pk).update(attempt_time=days_ago(days))
        failure = AccessFailureLog.objects.create(username=name, **common)
        AccessFailureLog.objects.filter(pk=failure.pk).update(attempt_time=days_ago(days))
    for minutes, name in ((20, "old"), (5, "new")):
        attempt = AccessAttempt.objects.create(
            username=name, get_data="", post_data="", failures_since_start=1, **common
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=now - datetime.timedelta(minutes=minutes)
        )
    Session.objects.create(session_key="expired", session_data="", expire_date=days_ago(1))
    Session.objects.create(session_key="valid", session_data="", expire_date=now + datetime.timedelta(days=1))

    out = io.StringIO()
    call_command("prune_logs", stdout=out)

    assert out.getvalue().strip() == "audit=1 login_logs=2 login_attempts=1"
    assert list(AuditEvent.objects.values_list("object_id", flat=True)) == ["new"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["new"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["new"]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["new"]
    assert list(Session.objects.values_list("session_key", flat=True)) == ["valid"]


def test_audit_rows_outlive_the_retention_warning(settings):
    """purge_inactive_accounts reads its warnings back from the audit log: they stay long enough."""
    settings.AUDIT_LOG_RETENTION_DAYS = 5
    settings.ACCOUNT_RETENTION_WARNING_DAYS = 30
    AuditEvent.objects.create(
        timestamp=timezone.now() - datetime.timedelta(days=20),
        action="created",
        object_type="retention-warning",
        object_id="1",
    )
    call_command("prune_logs", stdout=io.StringIO())
    assert AuditEvent.objects.count() == 1
