import re

import pytest
from django.core import mail
from django.urls import reverse

from academy.models import PrivacyConsent, current_privacy_version
from accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limits_left_over():
    """allauth rate-limits verification mails per address in the cache: start each test afresh."""
    from django.core.cache import cache

    cache.clear()


SIGNUP = {
    "email": "nieuw@example.org",
    "password1": "Vrijwillig-2026!",
    "password2": "Vrijwillig-2026!",
    "first_name": "Noor",
    "last_name": "Smeets",
    "privacy_consent": "on",
}


def test_signup_page_is_dutch_inside_the_site_layout(client, home_page):
    html = client.get(reverse("account_signup")).content.decode()
    assert 'lang="nl"' in html
    assert 'class="site-header"' in html
    assert "privacyverklaring" in html


def test_signup_sends_verification_email_and_records_consent(client, home_page):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert not user.is_staff and not user.is_superuser and not user.groups.exists()
    assert PrivacyConsent.objects.filter(user=user, version=current_privacy_version()).exists()
    assert len(mail.outbox) == 1
    assert re.search(r"/account/confirm-email/[^/\s]+/", mail.outbox[0].body)


def test_signup_without_consent_is_refused(client, home_page):
    data = dict(SIGNUP, privacy_consent="")
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_unverified_volunteer_cannot_log_in_until_verified(client, home_page):
    client.post(reverse("account_signup"), SIGNUP)
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^/\s]+/)", mail.outbox[0].body).group(1)
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    assert response.status_code == 302
    assert client.get(reverse("academy_mine")).status_code == 302  # not signed in yet
    client.post(link)
    response = client.post(
        reverse("account_login"), {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    assert response.status_code == 302
    assert client.get(reverse("academy_mine")).status_code == 200


def test_signed_up_volunteer_cannot_open_the_admin(client, home_page):
    client.post(reverse("account_signup"), SIGNUP)
    user = User.objects.get(email="nieuw@example.org")
    client.force_login(user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_password_reset_sends_a_dutch_email(client, home_page):
    User.objects.create_user(username="x", email="reset@example.org", password="Vrijwillig-2026!")
    client.post(reverse("account_reset_password"), {"email": "reset@example.org"})
    assert len(mail.outbox) == 1
    assert "wachtwoord" in (mail.outbox[0].subject + mail.outbox[0].body).lower()
