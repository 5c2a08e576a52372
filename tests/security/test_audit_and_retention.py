import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from academy.factories import VolunteerFactory
from accounts.factories import UserFactory
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def _inactive(user, days):
    user.last_login = timezone.now() - datetime.timedelta(days=days)
    user.save(update_fields=["last_login"])


def test_an_inactive_volunteer_is_warned_first_then_deleted(settings):
    volunteer = VolunteerFactory(email="oud@example.org")
    _inactive(volunteer, settings.ACCOUNT_RETENTION_DAYS + 1)
    call_command("purge_inactive_accounts")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["oud@example.org"]
    assert get_user_model().objects.filter(pk=volunteer.pk).exists()
    AuditEvent.objects.filter(object_type="retention-warning").update(
        timestamp=timezone.now() - datetime.timedelta(days=settings.ACCOUNT_RETENTION_WARNING_DAYS)
    )
    call_command("purge_inactive_accounts")
    assert not get_user_model().objects.filter(pk=volunteer.pk).exists()
    assert len(mail.outbox) == 1


def test_staff_and_recently_active_accounts_are_kept(settings):
    staff = UserFactory(username="redactie", is_staff=True)
    _inactive(staff, settings.ACCOUNT_RETENTION_DAYS * 2)
    active = VolunteerFactory(email="actief@example.org")
    _inactive(active, 10)
    call_command("purge_inactive_accounts")
    assert mail.outbox == []
    assert get_user_model().objects.filter(pk__in=[staff.pk, active.pk]).count() == 2


def test_account_changes_are_logged_without_personal_values():
    user = VolunteerFactory(email="a@example.org", first_name="Sanne")
    user.email = "b@example.org"
    user.is_active = False
    user.save()
    event = AuditEvent.objects.filter(
        object_type="accounts.User", object_id=str(user.pk), action="changed"
    ).first()
    assert "email" in event.summary and "is_active: True → False" in event.summary
    assert "b@example.org" not in event.summary and "a@example.org" not in event.summary


def test_attendance_change_is_logged_with_the_actor(session, volunteer):
    from academy.enrolment import enrol
    from audit.middleware import _current_user

    enrolment, _created = enrol(volunteer, session.pk)
    organiser = UserFactory(username="organisator")
    token = _current_user.set(organiser)
    try:
        enrolment.attended = True
        enrolment.save()
    finally:
        _current_user.reset(token)
    event = AuditEvent.objects.filter(object_type="academy.Enrolment", action="changed").latest("id")
    assert event.actor == organiser and "attended: None → True" in event.summary


def test_the_audit_log_report_lists_events_for_superusers(admin_client):
    VolunteerFactory(email="nieuw@example.org")
    response = admin_client.get("/admin/reports/auditlog/")
    assert response.status_code == 200
    assert "accounts.User" in response.content.decode()
