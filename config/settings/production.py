"""Production: fails fast on a missing secret, secure transport and cookies by default."""

from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Production refuses to start without a secret key: "
        "set DJANGO_SECRET_KEY to a long random value (see README, Configuration)."
    )

DEBUG = False
IS_PRODUCTION = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")

# Content-Security-Policy on public pages: no inline scripts (a nonce where one is unavoidable),
# nothing from other hosts. The Wagtail admin is left out: it ships inline scripts of its own.
MIDDLEWARE = MIDDLEWARE[:1] + ["csp.middleware.CSPMiddleware"] + MIDDLEWARE[1:]  # noqa: F405
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}
# Permissions-Policy: the site needs no camera, microphone, location or payment.
MIDDLEWARE.insert(1, "django_permissions_policy.PermissionsPolicyMiddleware")
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}

# --- scale-out ---
# Images on S3-compatible storage are loaded from the bucket's (or CDN's) origin: allow it.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += MEDIA_ORIGINS  # noqa: F405
# The visitor's address for the log-in lock-out and rate limits, from the header the proxy sets
# (deploy/nginx/smol.conf: X-Real-IP). Empty: REMOTE_ADDR, for a server without a proxy in front.
CLIENT_IP_HEADER = env("DJANGO_CLIENT_IP_HEADER", default="")
if CLIENT_IP_HEADER:
    AXES_CLIENT_IP_CALLABLE = "config.proxy.client_ip"
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER = CLIENT_IP_HEADER

# --- outbox (mail queue) ---
# EMAIL_BACKEND above (SMTP by default) is the backend the outbox delivers through; the site itself
# queues every mail (config/settings/base.py, "outbox").
OUTBOX_DELIVERY_BACKEND = EMAIL_BACKEND
if OUTBOX_ENABLED:  # noqa: F405
    EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
