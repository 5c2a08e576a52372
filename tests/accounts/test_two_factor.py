"""Two-factor authentication (allauth.mfa) on the admin log-in; required for SMOL staff.

The whole flow goes through the test client: the admin log-in form, the set-up page (the code is
computed from the secret the page shows, with allauth's own TOTP helpers), the code page, recovery
codes, and django-axes on the password step.
"""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.test import Client

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Twee-stappen-2026!"
ACTIVATE = "/account/2fa/totp/activate/"
CODE_PAGE = "/account/2fa/authenticate/"


@pytest.fixture(autouse=True)
def _two_factor_required(settings):
    settings.MFA_REQUIRED = True
    settings.MFA_TOTP_TOLERANCE = 1  # a test crossing a 30-second boundary still has a valid code
    # allauth remembers used codes and failed attempts in the cache; ids repeat across tests.
    cache.clear()
    yield
    cache.clear()


def code_for(secret, offset=0):
    """The code an authenticator app shows now (allauth's own HOTP/TOTP helpers)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def other_code(secret):
    right = code_for(secret)
    return "000000" if right != "000000" else "111111"


@pytest.fixture
def staff(home_page):
    from home.demo import ensure_smol_groups

    groups = ensure_smol_groups()
    user = UserFactory(username="medewerker", email="medewerker@example.org", password=PASSWORD)
    user.groups.add(groups["SMOL redactie"])
    return user


@pytest.fixture
def mo_editor(home_page):
    group, _ = Group.objects.get_or_create(name="Redactie Humanitas")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = UserFactory(
        username="redactie-humanitas", email="redactie@humanitas.example.org", password=PASSWORD
    )
    user.groups.add(group)
    return user


def with_app(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    codes = RecoveryCodes.activate(user).generate_codes()
    return secret, codes


def admin_login(client, username, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": username, "password": password, **extra})


def logged_in_as(client, user):
    return client.session.get("_auth_user_id") == str(user.pk)


def test_smol_staff_without_an_app_are_sent_to_set_one_up_then_use_it_at_every_log_in(staff):
    client = Client()
    # 1. Password only: logged in, but the admin sends them to the set-up page with a message.
    response = admin_login(client, "medewerker")
    assert response.status_code == 302 and logged_in_as(client, staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == ACTIVATE
    assert client.get("/admin/pages/").status_code == 302
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Als medewerker van SMOL beveiligt u uw account met tweestapsverificatie" in html
    assert "Authenticator-app instellen" in html
    secret = re.search(r'id="authenticator-secret">([A-Z2-7]+)<', html).group(1)

    # 2. A wrong code does not switch it on.
    response = client.post(ACTIVATE, {"code": other_code(secret)})
    assert response.status_code == 200
    assert "Ongeldige code" in response.content.decode()
    assert not Authenticator.objects.filter(user=staff).exists()

    # 3. The right code switches it on, shows recovery codes, and opens the admin.
    response = client.post(ACTIVATE, {"code": code_for(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/recovery-codes/"
    codes_page = client.get(response["Location"]).content.decode()
    assert len(re.findall(r"<li><code>\d{8}</code></li>", codes_page)) == 10
    assert "Verder naar het beheer" in codes_page
    assert client.get("/admin/").status_code == 200

    # 4. Next log-in: the password alone is not enough.
    client.logout()
    response = admin_login(client, "medewerker")
    assert response.status_code == 302
    assert response["Location"] == CODE_PAGE
    assert not logged_in_as(client, staff)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    code_page = client.get(CODE_PAGE).content.decode()
    assert "Tweestapsverificatie" in code_page and 'autocomplete="one-time-code"' in code_page

    response = client.post(CODE_PAGE, {"code": other_code(secret)})
    assert response.status_code == 200
    assert "Ongeldige code" in response.content.decode()
    assert not logged_in_as(client, staff)

    code = code_for(secret)
    response = client.post(CODE_PAGE, {"code": code})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert logged_in_as(client, staff)
    assert client.get("/admin/").status_code == 200

    # 5. A code cannot be used twice.
    client.logout()
    admin_login(client, "medewerker")
    response = client.post(CODE_PAGE, {"code": code})
    assert response.status_code == 200
    assert not logged_in_as(client, staff)


def test_the_next_parameter_is_kept_through_the_code_step(staff):
    secret, _codes = with_app(staff)
    client = Client()
    response = client.post(
        "/admin/login/?next=/admin/pages/", {"username": "medewerker", "password": PASSWORD}
    )
    assert response["Location"] == CODE_PAGE
    response = client.post(CODE_PAGE, {"code": code_for(secret)})
    assert response["Location"] == "/admin/pages/"


def test_a_recovery_code_logs_in_once(staff):
    _secret, codes = with_app(staff)
    client = Client()
    admin_login(client, "medewerker")
    response = client.post(CODE_PAGE, {"code": codes[0]})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert logged_in_as(client, staff)

    client.logout()
    admin_login(client, "medewerker")
    response = client.post(CODE_PAGE, {"code": codes[0]})
    assert response.status_code == 200
    assert "Ongeldige code" in response.content.decode()
    assert not logged_in_as(client, staff)
    assert client.post(CODE_PAGE, {"code": codes[1]})["Location"] == "/admin/"


def test_an_mo_editor_is_not_forced_but_may_switch_it_on(mo_editor):
    client = Client()
    admin_login(client, "redactie-humanitas")
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "Tweestapsverificatie" in account and "/account/2fa/" in account

    html = client.get(ACTIVATE).content.decode()
    assert "verplicht" not in html
    secret = re.search(r'id="authenticator-secret">([A-Z2-7]+)<', html).group(1)
    assert client.post(ACTIVATE, {"code": code_for(secret)}).status_code == 302

    client.logout()
    assert admin_login(client, "redactie-humanitas")["Location"] == CODE_PAGE
    assert client.post(CODE_PAGE, {"code": code_for(secret)})["Location"] == "/admin/"
    # An MO editor may switch it off again.
    assert client.post("/account/2fa/totp/deactivate/").status_code == 302
    assert not Authenticator.objects.filter(user=mo_editor, type=Authenticator.Type.TOTP).exists()


def test_superusers_are_forced_too(superuser):
    client = Client()
    client.force_login(superuser)
    assert client.get("/admin/")["Location"] == ACTIVATE


def test_smol_staff_cannot_switch_it_off(staff):
    secret, _codes = with_app(staff)
    client = Client()
    admin_login(client, "medewerker")
    client.post(CODE_PAGE, {"code": code_for(secret)})
    response = client.post("/account/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert "Voor medewerkers van SMOL is tweestapsverificatie verplicht" in response.content.decode()
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()


def test_the_requirement_follows_the_settings(settings, staff, mo_editor):
    client = Client()
    client.force_login(mo_editor)
    settings.MFA_REQUIRED_GROUPS = ["Redactie Humanitas"]
    assert client.get("/admin/")["Location"] == ACTIVATE
    settings.MFA_REQUIRED = False
    assert client.get("/admin/").status_code == 200
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_staff_without_an_app_can_still_log_out_and_use_the_public_site(staff):
    client = Client()
    client.force_login(staff)
    assert client.get("/").status_code == 200
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_message_is_english_for_an_english_user(staff):
    staff.preferred_language = "en"
    staff.save()
    client = Client()
    admin_login(client, "medewerker")
    response = client.get("/admin/")
    assert response["Location"] == "/en" + ACTIVATE
    html = client.get(response["Location"]).content.decode()
    assert "As a member of SMOL staff" in html
    assert "Set up an authenticator app" in html


def test_the_volunteer_log_in_asks_for_the_code_too(staff):
    secret, _codes = with_app(staff)
    client = Client()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    response = client.post("/account/login/", {"login": staff.email, "password": PASSWORD})
    assert response["Location"] == CODE_PAGE
    assert not logged_in_as(client, staff)
    client.post(CODE_PAGE, {"code": code_for(secret)})
    assert logged_in_as(client, staff)


def test_wrong_passwords_still_lock_the_admin_log_in_with_an_app(settings, staff):
    secret, _codes = with_app(staff)
    client = Client()
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        admin_login(client, "medewerker", password="fout")
    response = admin_login(client, "medewerker")
    assert response.status_code == 429
    assert "inloggen is tijdelijk geblokkeerd" in response.content.decode()
    assert client.get(CODE_PAGE).status_code == 302  # no code step was started
    assert not logged_in_as(client, staff)


def test_guessing_codes_is_limited(staff):
    secret, _codes = with_app(staff)
    client = Client()
    admin_login(client, "medewerker")
    wrong = other_code(secret)
    for _attempt in range(10):
        client.post(CODE_PAGE, {"code": wrong})
    response = client.post(CODE_PAGE, {"code": code_for(secret)})
    assert response.status_code == 200
    assert "Te veel inlogpogingen" in response.content.decode()
    assert not logged_in_as(client, staff)


def test_the_code_page_without_a_password_step_sends_to_the_log_in(client):
    response = client.get(CODE_PAGE)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_a_password_only_log_in_elsewhere_does_not_open_the_admin_for_an_account_with_an_app(staff):
    """Wagtail's log-in for private pages (/_util/login/) checks the password only: the admin asks
    for the code step anyway."""
    secret, _codes = with_app(staff)
    client = Client()
    response = client.post("/_util/login/", {"username": "medewerker", "password": PASSWORD})
    assert response.status_code == 302 and logged_in_as(client, staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=%2Fadmin%2Fpages%2F"
    assert not logged_in_as(client, staff)
    login_page = client.get(response["Location"]).content.decode()
    assert "Log opnieuw in" in login_page

    assert admin_login(client, "medewerker")["Location"] == CODE_PAGE
    assert client.post(CODE_PAGE, {"code": code_for(secret)})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_forced_session_of_an_account_with_an_app_is_sent_to_the_log_in(mo_editor):
    with_app(mo_editor)
    client = Client()
    client.force_login(mo_editor)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
