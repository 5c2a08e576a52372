"""Spam protection on the site's forms (home/spam.py): a honeypot field and a rate limit per address."""

import re
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import get_resolver, reverse

from academy.models import Enrolment
from accounts.models import User
from home.spam import HONEYPOT_FIELD, parse_rate

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "nieuw@example.org",
    "password1": "Vrijwillig-2026!",
    "password2": "Vrijwillig-2026!",
    "first_name": "Noor",
    "last_name": "Smeets",
    "privacy_consent": "on",
}


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def limits_on(settings):
    settings.SPAM_RATE_LIMITS_ENABLED = True
    return settings


def honeypot_in(html):
    """The trap's wrapper and input, if the page has them."""
    match = re.search(r'<div class="hp-field" aria-hidden="true"[^>]*>(.*?)</div>', html, re.S)
    return match and match.group(0)


# --- the honeypot ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url_name", ["account_signup", "account_reset_password"])
def test_the_public_account_forms_carry_a_trap_people_never_meet(client, home_page, url_name):
    html = client.get(reverse(url_name)).content.decode()
    trap = honeypot_in(html)
    assert trap, "no honeypot on the page"
    assert "left:-10000px" in trap  # off-screen, not display:none
    field = re.search(r"<input[^>]*>", trap).group(0)
    assert f'name="{HONEYPOT_FIELD}"' in field
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field and 'value=""' in field
    assert "Laat dit veld leeg" in trap
    label_for = re.search(r'<label for="([^"]+)"', trap).group(1)
    assert f'id="{label_for}"' in field


def test_a_person_signs_up_as_before(client, home_page):
    response = client.post(reverse("account_signup"), {**SIGNUP, HONEYPOT_FIELD: ""})
    assert response.status_code == 302
    assert User.objects.filter(email="nieuw@example.org").exists()


def test_a_bot_filling_the_trap_on_sign_up_gets_a_polite_refusal_and_nothing_is_stored(client, home_page):
    response = client.post(reverse("account_signup"), {**SIGNUP, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Uw formulier is niet verstuurd" in text
    assert "Er is niets opgeslagen of doorgestuurd" in text
    assert 'href="/account/signup/"' in text
    assert not User.objects.filter(email="nieuw@example.org").exists()
    assert not mail.outbox


def test_the_refusal_is_english_on_the_english_site(client, home_page):
    response = client.post("/en/account/signup/", {**SIGNUP, HONEYPOT_FIELD: "x"})
    assert response.status_code == 400
    assert "Your form was not sent" in response.content.decode()


def test_a_bot_filling_the_trap_on_password_reset_sends_no_mail(client, home_page):
    User.objects.create_user("lid", "lid@example.org", "Wachtwoord-2026!")
    response = client.post(
        reverse("account_reset_password"), {"email": "lid@example.org", HONEYPOT_FIELD: "x"}
    )
    assert response.status_code == 400
    assert not mail.outbox
    response = client.post(reverse("account_reset_password"), {"email": "lid@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_enrolment_carries_the_trap_and_a_filled_trap_enrols_nobody(volunteer_client, session):
    page = volunteer_client.get(session.course.url).content.decode()
    form = re.search(r'<form method="post" action="/mijn-academie/inschrijven/\d+/">(.*?)</form>', page, re.S)
    assert form and honeypot_in(form.group(1))
    path = reverse("academy_enrol", args=[session.pk])
    assert volunteer_client.post(path, {HONEYPOT_FIELD: "x"}).status_code == 400
    assert not Enrolment.objects.exists()
    assert volunteer_client.post(path, {}).status_code == 302
    assert Enrolment.objects.count() == 1


def test_an_introduction_request_carries_the_trap_and_a_filled_trap_sends_nothing(volunteer_client, org_a):
    from records.models import IntroductionRequest

    path = reverse("records_introduction", args=[org_a.pk])
    assert honeypot_in(volunteer_client.get(path).content.decode())
    response = volunteer_client.post(path, {"message": "Hallo", "consent": "on", HONEYPOT_FIELD: "x"})
    assert response.status_code == 400
    assert not IntroductionRequest.objects.exists()
    assert volunteer_client.post(path, {"message": "Hallo", "consent": "on"}).status_code == 302
    assert IntroductionRequest.objects.count() == 1


def test_every_protected_form_name_is_a_real_url():
    from django.conf import settings

    names = set()
    for _route, name in _named_patterns(get_resolver().url_patterns):
        names.add(name)
    for name, rate in settings.SPAM_PROTECTED_FORMS.items():
        assert name in names, f"SPAM_PROTECTED_FORMS names an unknown url: {name}"
        parse_rate(rate)


def _named_patterns(patterns, prefix=""):
    from django.urls import URLPattern, URLResolver

    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _named_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + str(pattern.pattern), pattern.name


# --- the rate limit --------------------------------------------------------------------------------


def test_parse_rate():
    assert parse_rate("10/10m") == (10, 600)
    assert parse_rate("5/h") == (5, 3600)
    assert parse_rate(" 3 / 30s ") == (3, 30)
    with pytest.raises(ValueError):
        parse_rate("veel")


def test_too_many_sign_ups_from_one_address_get_429_with_a_clear_message(limits_on, home_page):
    limits_on.SPAM_PROTECTED_FORMS = {"account_signup": "3/10m"}
    client = Client()
    for number in range(3):
        response = client.post(reverse("account_signup"), {**SIGNUP, "email": f"mens{number}@example.org"})
        assert response.status_code == 302
    response = client.post(reverse("account_signup"), {**SIGNUP, "email": "mens9@example.org"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    text = response.content.decode()
    assert "Even wachten, alstublieft" in text
    assert re.search(r"Probeer het over (\d+) minuten opnieuw", text).group(1) == "10"
    assert not User.objects.filter(email="mens9@example.org").exists()
    # Reading the form is not limited; another address is not limited.
    assert client.get(reverse("account_signup")).status_code == 200
    other = Client(REMOTE_ADDR="192.0.2.44")
    response = other.post(reverse("account_signup"), {**SIGNUP, "email": "ander@example.org"})
    assert response.status_code == 302


def test_the_429_page_speaks_english_on_the_english_site(limits_on, home_page):
    limits_on.SPAM_PROTECTED_FORMS = {"account_signup": "1/h"}
    client = Client()
    client.post("/en/account/signup/", SIGNUP)
    response = client.post("/en/account/signup/", {**SIGNUP, "email": "twee@example.org"})
    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()


def test_enrolment_is_rate_limited_too(limits_on, volunteer_client, session):
    limits_on.SPAM_PROTECTED_FORMS = {"academy_enrol": "2/10m"}
    path = reverse("academy_enrol", args=[session.pk])
    assert volunteer_client.post(path).status_code == 302
    assert volunteer_client.post(path).status_code == 302
    assert volunteer_client.post(path).status_code == 429


def test_a_failing_cache_never_blocks_a_form(limits_on, client, home_page):
    with mock.patch("home.spam.cache.incr", side_effect=ConnectionError("redis down")):
        response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
