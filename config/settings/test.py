"""Lean settings for the test suite."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=BASE_DIR / "tmp" / "test-media")
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests measure pages uncached; tests/home/test_page_cache.py turns the page cache on.
PAGE_CACHE_SECONDS = 0

# --- outbox (mail queue) ---
# Tests send through the outbox as production does; delivery lands in Django's locmem outbox
# (mail.outbox). pytest-django runs a test inside a transaction that never commits, so delivery is
# enqueued at once instead of on commit (tests/outbox tests the on-commit path itself).
# Django's test set-up swaps EMAIL_BACKEND for locmem; tests/conftest.py puts this value back.
OUTBOX_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
OUTBOX_ENQUEUE_ON_COMMIT = False

# --- accounts / two-factor authentication, spam protection ---
# Off by default in the suite (many tests sign staff in with force_login and post forms from one
# address); tests/accounts and tests/security switch them on where they test them.
MFA_REQUIRED = env.bool("MFA_REQUIRED", default=False)
SPAM_RATE_LIMITS_ENABLED = env.bool("SPAM_RATE_LIMITS_ENABLED", default=False)

# --- front-end performance: image renditions made ahead of time, rendition cache, gzip ---
# Off in the suite (every image saved by a test would be drawn in ~20 sizes and formats);
# tests/home/test_renditions.py switches it on. Renditions are cached in the default cache, which
# tests clear, so a test never sees another test's (rolled back) renditions.
IMAGE_RENDITIONS_PREGENERATE = False
CACHES.pop("renditions", None)  # noqa: F405
