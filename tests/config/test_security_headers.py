"""Response headers of a public page under production settings."""

import importlib
import sys

import pytest
from django.test import Client

PRODUCTION_KEYS = [
    "MIDDLEWARE",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
]


@pytest.fixture
def production_settings(settings, monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "test-" + "x" * 60)
    sys.modules.pop("config.settings.production", None)
    sys.modules.pop("config.settings.base", None)
    production = importlib.import_module("config.settings.production")
    for key in PRODUCTION_KEYS:
        setattr(settings, key, getattr(production, key))
    return settings


@pytest.mark.django_db
def test_public_page_sends_the_security_headers(production_settings, home_page):
    response = Client().get("/", secure=True)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'self'" in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(production_settings, home_page):
    response = Client().get("/")
    assert response.status_code == 301 and response["Location"].startswith("https://")


@pytest.mark.django_db
def test_no_inline_script_without_nonce_on_public_pages(production_settings, home_page):
    import re

    html = Client().get("/", secure=True).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or "nonce=" in tag, tag
