"""django-axes: repeated wrong passwords lock the log-in, on the admin and on the volunteer log-in."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Juist-wachtwoord-2026"


@pytest.fixture
def editor(home_page):
    return UserFactory(
        username="redacteur",
        email="redacteur@example.org",
        is_staff=True,
        is_superuser=True,
        password=PASSWORD,
    )


def _admin_login(client, password):
    return client.post("/admin/login/", {"username": "redacteur", "password": password})


def _volunteer_login(client, password):
    return client.post("/account/login/", {"login": "redacteur@example.org", "password": password})


@pytest.mark.parametrize("login", [_admin_login, _volunteer_login], ids=["admin", "volunteer"])
def test_repeated_wrong_passwords_lock_the_login_with_a_dutch_message(settings, editor, login):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "fout")
        assert response.status_code in (200, 429)
    response = login(client, PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "inloggen is tijdelijk geblokkeerd" in text
    assert "Probeer het over 15 minuten opnieuw" in text
    assert "_auth_user_id" not in client.session


def test_a_correct_password_before_the_limit_still_logs_in(settings, editor):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        _admin_login(client, "fout")
    response = _admin_login(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_axes_reset_unlocks_at_once(settings, editor):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        _admin_login(client, "fout")
    assert _admin_login(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "redacteur")
    assert _admin_login(client, PASSWORD).status_code == 302


def test_the_lockout_expires_after_the_cool_off_time(settings, editor):
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        _admin_login(client, "fout")
    assert _admin_login(client, PASSWORD).status_code == 429
    past = settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= past
        attempt.save()
    assert _admin_login(client, PASSWORD).status_code == 302


def test_another_account_from_the_same_address_is_not_locked(settings, editor):
    UserFactory(username="ander", email="ander@example.org", password=PASSWORD)
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        _admin_login(client, "fout")
    response = client.post("/account/login/", {"login": "ander@example.org", "password": PASSWORD})
    assert response.status_code != 429


def test_the_test_client_login_without_a_request_still_works(editor):
    assert Client().login(username="redacteur", password=PASSWORD)
