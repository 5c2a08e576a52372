"""The outbox in the admin: SMOL redactie and superusers look and send again; nobody edits; MO
editors see nothing; the message text is never shown."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory
from home.demo import ensure_smol_groups
from outbox.models import MailStatus, OutgoingMail

pytestmark = pytest.mark.django_db

BODY = "Geheime inhoud met persoonsgegevens: Sanne, Dorpsstraat 1"


@pytest.fixture
def failed_mail():
    return OutgoingMail.objects.create(
        subject="U bent ingeschreven: Eerste hulp",
        to=["sanne@example.org"],
        body=BODY,
        alternatives=[{"mimetype": "text/html", "text": f"<p>{BODY}</p>"}],
        status=MailStatus.FAILED,
        attempts=15,
        last_error="ConnectionRefusedError: [Errno 111] Connection refused",
    )


@pytest.fixture
def smol_redactie(db):
    user = UserFactory(username="smol")
    user.groups.add(ensure_smol_groups()["SMOL redactie"])
    return user


@pytest.fixture
def mo_editor(db):
    group, _ = Group.objects.get_or_create(name="Redactie Humanitas")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory(username="redactie-humanitas")
    user.groups.add(group)
    return user


def test_smol_redactie_sees_the_outbox_without_message_text(client, smol_redactie, failed_mail):
    client.force_login(smol_redactie)
    index = client.get(reverse("outbox:index"))
    assert index.status_code == 200
    page = index.content.decode()
    assert "U bent ingeschreven: Eerste hulp" in page
    assert "sanne@example.org" in page
    assert "Connection refused" in page
    assert reverse("outbox:retry", args=[failed_mail.pk]) in page
    inspect = client.get(reverse("outbox:inspect", args=[failed_mail.pk]))
    assert inspect.status_code == 200
    for response in (index, inspect):
        assert "Geheime inhoud" not in response.content.decode()


def test_the_outbox_is_in_the_settings_menu_for_smol_only(client, smol_redactie, mo_editor):
    client.force_login(smol_redactie)
    assert reverse("outbox:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(mo_editor)
    assert reverse("outbox:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_mo_editors_and_volunteers_are_refused(client, mo_editor, failed_mail):
    client.force_login(mo_editor)
    for url in (
        reverse("outbox:index"),
        reverse("outbox:inspect", args=[failed_mail.pk]),
        reverse("outbox:retry", args=[failed_mail.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Geheime inhoud" not in response.content.decode()
    assert client.post(reverse("outbox:retry", args=[failed_mail.pk])).status_code in (302, 403)
    failed_mail.refresh_from_db()
    assert failed_mail.status == MailStatus.FAILED
    assert mail.outbox == []


def test_nobody_adds_edits_or_deletes_mail_not_even_a_superuser(admin_client, failed_mail):
    assert admin_client.get(reverse("outbox:index")).status_code == 200
    for url in (
        reverse("outbox:add"),
        reverse("outbox:edit", args=[failed_mail.pk]),
        reverse("outbox:delete", args=[failed_mail.pk]),
    ):
        response = admin_client.get(url)
        assert response.status_code in (302, 403), url
        assert admin_client.post(url).status_code in (302, 403), url
    assert OutgoingMail.objects.filter(pk=failed_mail.pk, body=BODY).exists()
    assert (
        reverse("outbox:edit", args=[failed_mail.pk])
        not in admin_client.get(reverse("outbox:index")).content.decode()
    )


def test_retry_now_sends_a_failed_mail_once(client, smol_redactie, failed_mail):
    client.force_login(smol_redactie)
    confirm = client.get(reverse("outbox:retry", args=[failed_mail.pk]))
    assert confirm.status_code == 200
    assert "Connection refused" in confirm.content.decode()
    assert mail.outbox == []  # a GET changes nothing

    response = client.post(reverse("outbox:retry", args=[failed_mail.pk]))
    assert response.status_code == 302
    failed_mail.refresh_from_db()
    assert (failed_mail.status, failed_mail.attempts) == (MailStatus.SENT, 16)
    assert [m.body for m in mail.outbox] == [BODY]

    client.post(reverse("outbox:retry", args=[failed_mail.pk]))  # again: already sent
    assert len(mail.outbox) == 1


def test_retry_of_a_waiting_mail_moves_it_forward(client, smol_redactie):
    waiting = OutgoingMail.objects.create(
        subject="Wacht",
        to=["a@example.org"],
        attempts=3,
        next_attempt_at=timezone.now() + timezone.timedelta(hours=2),
    )
    client.force_login(smol_redactie)
    client.post(reverse("outbox:retry", args=[waiting.pk]))
    waiting.refresh_from_db()
    assert waiting.status == MailStatus.SENT
    assert [m.subject for m in mail.outbox] == ["Wacht"]
