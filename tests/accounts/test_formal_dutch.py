"""The site says "u" to its users: django-allauth's pages, form messages and e-mails too.

allauth's own Dutch catalogue says "je"/"jouw"/"jij"; site/locale/nl translates those texts in the "u"
form (listed in accounts/allauth_texts.py). Every page a volunteer meets is rendered in Dutch (sign-up,
log-in, password reset, e-mail confirmation and management, two-factor), with its error messages and
the e-mails it sends; the visible text may not address the reader informally. English stays allauth's.
"""

import re
import time
from html.parser import HTMLParser

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jouwe|jezelf)\b", re.IGNORECASE)
PASSWORD = "Vrijwillig-2026!"
SIGNUP = {
    "email": "nieuw@example.org",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "first_name": "Noor",
    "last_name": "Smeets",
    "privacy_consent": "on",
}


class _VisibleText(HTMLParser):
    """Text a reader sees: text nodes outside script and style, plus placeholders, alt texts, titles,
    ARIA labels and the labels of input buttons."""

    def __init__(self):
        super().__init__()
        self.hidden = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        attrs = dict(attrs)
        self.parts += [attrs[k] for k in ("placeholder", "alt", "title", "aria-label") if attrs.get(k)]
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(response):
    parser = _VisibleText()
    parser.feed(response.content.decode())
    return " | ".join(parser.parts)


class Reader:
    """Collects what a user reads and the informal sentences in it."""

    def __init__(self):
        self.problems = []
        self.read = 0

    def page(self, label, response):
        assert response.status_code == 200, f"{label}: {response.status_code}"
        self.text(label, visible_text(response))

    def text(self, label, text):
        self.read += 1
        for sentence in text.split(" | "):
            if INFORMAL.search(sentence):
                self.problems.append(f"{label}: {sentence!r}")

    def mails(self):
        for message in mail.outbox:
            self.text(f"e-mail {message.subject!r}", f"{message.subject} | {message.body}")
        mail.outbox.clear()

    def check(self):
        assert not self.problems, "Informal Dutch (je/jouw/jij):\n" + "\n".join(self.problems)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = False
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def volunteer(home_page):
    from academy.factories import VolunteerFactory

    user = VolunteerFactory(email="vrijwilliger@example.org", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _log_in(client, email=SIGNUP["email"], password=PASSWORD):
    return client.post("/account/login/", {"login": email, "password": password}, follow=True)


def test_the_reader_notices_informal_dutch():
    reader = Reader()
    reader.text("sample", "Uw account | Heb je al een account? | Jouw e-mailadres")
    assert len(reader.problems) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/account/login/",
        "/account/signup/",
        "/account/password/reset/",
        "/account/password/reset/done/",
        "/account/password/reset/key/done/",
        "/account/password/reset/key/1-ongeldig/",
        "/account/confirm-email/",
        "/account/confirm-email/ongeldig/",
        "/account/inactive/",
    ],
)
def test_pages_before_logging_in_say_u(home_page, url):
    reader = Reader()
    reader.page(url, Client().get(url))
    reader.check()


def test_sign_up_confirm_and_password_reset_say_u(home_page):
    reader, client = Reader(), Client()
    reader.page("wrong log-in", _log_in(client, "niemand@example.org", "fout"))
    reader.page("passwords differ", client.post("/account/signup/", dict(SIGNUP, password2="anders")))
    reader.page("signed up", client.post("/account/signup/", SIGNUP, follow=True))
    confirm = re.search(r"https?://[^/\s]+(/account/confirm-email/[^/\s]+/)", mail.outbox[-1].body).group(1)
    reader.mails()  # "Bevestig uw e-mailadres"
    reader.page("confirm e-mail", client.get(confirm))
    reader.page("e-mail confirmed, logged in", client.post(confirm, follow=True))

    other = Client()
    reader.page("sign up again", other.post("/account/signup/", SIGNUP, follow=True))
    reader.page(
        "reset asked", other.post("/account/password/reset/", {"email": SIGNUP["email"]}, follow=True)
    )
    reset = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+/)", mail.outbox[-1].body).group(1)
    reader.page(
        "reset for nobody", other.post("/account/password/reset/", {"email": "x@example.org"}, follow=True)
    )
    reader.mails()  # account already exists, reset link, unknown account
    form = other.get(reset, follow=True)
    reader.page("new password form", form)
    form_url = form.redirect_chain[-1][0] if form.redirect_chain else reset
    reader.page(
        "new passwords differ", other.post(form_url, {"password1": "Nieuw-2026-ww!", "password2": "x"})
    )
    new = {"password1": "Nieuw-2026-ww!", "password2": "Nieuw-2026-ww!"}
    reader.page("new password set", other.post(form_url, new, follow=True))
    reader.mails()
    assert reader.read >= 14
    reader.check()


def test_account_and_email_management_say_u(volunteer):
    reader, client = Reader(), Client()
    reader.page("logged in", _log_in(client, volunteer.email))
    reader.page("e-mail addresses", client.get("/account/email/"))
    add = {"action_add": "", "email": "tweede@example.org"}
    reader.page("e-mail added", client.post("/account/email/", add, follow=True))
    remove_primary = {"action_remove": "", "email": volunteer.email}
    reader.page("primary not removable", client.post("/account/email/", remove_primary, follow=True))
    resend = {"action_send": "", "email": "tweede@example.org"}
    reader.page("verification sent again", client.post("/account/email/", resend, follow=True))
    reader.mails()
    reader.page("change password", client.get("/account/password/change/"))
    wrong = {"oldpassword": "fout", "password1": "a", "password2": "b"}
    reader.page("wrong old password", client.post("/account/password/change/", wrong))
    reader.page("reauthenticate", client.get("/account/reauthenticate/"))
    reader.page("log out?", client.get("/account/logout/"))
    reader.page("logged out", client.post("/account/logout/", follow=True))
    reader.check()


def _code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_two_factor_pages_say_u(volunteer, settings):
    settings.MFA_TOTP_TOLERANCE = 1
    reader, client = Reader(), Client()
    _log_in(client, volunteer.email)
    reader.page("two-factor", client.get("/account/2fa/"))
    # allauth asks for the password again before the app is set up.
    reader.page("password again", client.get("/account/reauthenticate/?next=/account/2fa/totp/activate/"))
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    activate = client.get("/account/2fa/totp/activate/")
    reader.page("set up app", activate)
    secret = re.search(r'id="authenticator-secret">([A-Z2-7]+)<', activate.content.decode()).group(1)
    reader.page("wrong code", client.post("/account/2fa/totp/activate/", {"code": "000000x"}))
    reader.page(
        "recovery codes", client.post("/account/2fa/totp/activate/", {"code": _code(secret)}, follow=True)
    )
    reader.page("new recovery codes", client.get("/account/2fa/recovery-codes/generate/"))
    reader.page("switch off", client.get("/account/2fa/totp/deactivate/"))
    reader.page("reauthenticate with code", client.get("/account/2fa/reauthenticate/"))
    client.post("/account/logout/")
    reader.page("code step", _log_in(client, volunteer.email))
    reader.mails()
    reader.check()


def test_english_keeps_allauths_english(home_page):
    client = Client()
    login = visible_text(client.get("/en/account/login/"))
    assert "If you have not created an account yet, then please" in login
    signup = visible_text(client.get("/en/account/signup/"))
    assert "Already have an account? Then please" in signup
    reset = visible_text(client.get("/en/account/password/reset/"))
    assert "Forgotten your password? Enter your email address below" in reset
    differ = visible_text(client.post("/en/account/signup/", dict(SIGNUP, password2="other")))
    assert "You must type the same password each time." in differ
    assert not INFORMAL.search(login + signup + reset + differ)
