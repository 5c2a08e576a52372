import re
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jouwe|jezelf|jullie)\b", re.I)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        a = dict(attrs)
        for k in ("placeholder", "alt", "title", "aria-label"):
            if a.get(k):
                self.parts.append(a[k])
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.parts.append(a["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def visible(html):
    p = Visible()
    p.feed(html)
    return " | ".join(p.parts)


def record(out, label, text):
    hits = sorted({m.group(0) for m in INFORMAL.finditer(text)})
    sentences = [s for s in re.split(r" \| ", text) if INFORMAL.search(s)]
    out.append(f"== {label}: {hits}\n   " + "\n   ".join(sentences))


def test_probe(home_page, settings):
    from accounts.factories import UserFactory
    from academy.factories import VolunteerFactory
    from allauth.account.models import EmailAddress
    settings.ACCOUNT_RATE_LIMITS = False
    cache.clear()
    out = []
    anon = Client()
    def get(c, url, label=None, **kw):
        r = c.get(url, **kw)
        body = r.content.decode()
        record(out, f"{label or url} [{r.status_code}]", visible(body))
        return r
    def post(c, url, data, label):
        r = c.post(url, data, follow=True)
        record(out, f"{label} [{r.status_code}]", visible(r.content.decode()))
        return r
    for url in ["/account/login/", "/account/signup/", "/account/password/reset/", "/account/password/reset/done/",
                "/account/confirm-email/", "/account/inactive/", "/account/password/reset/key/done/",
                "/account/confirm-email/bogus/", "/account/password/reset/key/1-bogus/", "/account/logout/",
                "/account/login/code/confirm/", "/account/reauthenticate/", "/account/2fa/authenticate/"]:
        get(anon, url)
    post(anon, "/account/login/", {"login": "x@example.org", "password": "wrong"}, "login wrong")
    post(anon, "/account/signup/", {"email": "a@example.org", "password1": "Abc-12345678", "password2": "other"}, "signup mismatch")
    post(anon, "/account/signup/", {"email": "nieuw@example.org", "password1": "Vrijwillig-2026!", "password2": "Vrijwillig-2026!", "first_name": "N", "last_name": "S", "privacy_consent": "on"}, "signup ok")
    for m in mail.outbox:
        record(out, f"MAIL {m.subject}", m.subject + " | " + m.body)
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^/\s]+/)", mail.outbox[-1].body).group(1)
    get(anon, link, "confirm-email valid")
    post(anon, link, {}, "confirm-email POST")
    mail.outbox.clear()
    # signup again with same address -> account exists mail
    anon2 = Client()
    post(anon2, "/account/signup/", {"email": "nieuw@example.org", "password1": "Vrijwillig-2026!", "password2": "Vrijwillig-2026!", "first_name": "N", "last_name": "S", "privacy_consent": "on"}, "signup existing")
    post(anon2, "/account/password/reset/", {"email": "nieuw@example.org"}, "reset known")
    post(anon2, "/account/password/reset/", {"email": "onbekend@example.org"}, "reset unknown")
    for m in mail.outbox:
        record(out, f"MAIL {m.subject}", m.subject + " | " + m.body)
    links = [re.search(r"https?://[^/\s]+(/account/password/reset/key/[^\s]+/)", m.body) for m in mail.outbox]
    links = [l.group(1) for l in links if l]
    if links:
        r = anon2.get(links[0], follow=True)
        record(out, "reset from key", visible(r.content.decode()))
        url = r.redirect_chain[-1][0] if r.redirect_chain else links[0]
        post(anon2, url, {"password1": "Nieuw-wachtwoord-2026!", "password2": "x"}, "reset from key mismatch")
        post(anon2, url, {"password1": "Nieuw-wachtwoord-2026!", "password2": "Nieuw-wachtwoord-2026!"}, "reset from key ok")
    # signed-in volunteer
    vol = VolunteerFactory(email="vol@example.org", password="Vrijwillig-2026!")
    EmailAddress.objects.get_or_create(user=vol, email=vol.email, defaults={"verified": True, "primary": True})
    c = Client()
    post(c, "/account/login/", {"login": "vol@example.org", "password": "Vrijwillig-2026!"}, "login ok")
    for url in ["/account/email/", "/account/password/change/", "/account/password/set/", "/account/reauthenticate/",
                "/account/2fa/", "/account/2fa/totp/activate/", "/account/2fa/reauthenticate/", "/account/logout/",
                "/account/login/"]:
        get(c, url)
    post(c, "/account/email/", {"action_add": "", "email": "tweede@example.org"}, "email add")
    post(c, "/account/email/", {"action_remove": "", "email": "vol@example.org"}, "email remove primary")
    post(c, "/account/email/", {"action_send": "", "email": "tweede@example.org"}, "email resend")
    post(c, "/account/password/change/", {"oldpassword": "wrong", "password1": "a", "password2": "b"}, "change pw bad")
    post(c, "/account/password/change/", {"oldpassword": "Vrijwillig-2026!", "password1": "Ander-wachtwoord-2026!", "password2": "Ander-wachtwoord-2026!"}, "change pw ok")
    post(c, "/account/2fa/totp/activate/", {"code": "000000"}, "activate wrong code")
    post(c, "/account/logout/", {}, "logout")
    for m in mail.outbox:
        record(out, f"MAIL {m.subject}", m.subject + " | " + m.body)
    open("/tmp/probe/tone.txt", "w").write("\n".join(out))
