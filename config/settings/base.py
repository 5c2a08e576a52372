"""Settings shared by every environment. The environment is read here, once."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# No default here: dev/test provide an insecure one, production refuses to start without it.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = BASE_URL

# Database: SQLite on disk unless DATABASE_URL says otherwise.
DATABASE_URL = env("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work side by side (gunicorn workers, the task worker).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A Redis outage must not take pages down: cache errors are ignored.
                "IGNORE_EXCEPTIONS": True,
            },
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="smol"),
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "smol",
        }
    }

INSTALLED_APPS = [
    # Our apps, lowest first: home <- organisations <- stories, academy; themes and search read all.
    "accounts",
    "home",
    "organisations",
    "stories",
    "academy",
    "records",
    "themes",
    "search",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "home.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The content generation read once per request (home/cache.py), before anything uses it.
    "home.cache.RequestGenerationMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.RememberedLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # ETag and 304 answers for everybody; anonymous visitors get cached pages (home/cache.py).
    "django.middleware.http.ConditionalGetMiddleware",
    "home.cache.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                # {{ csp_nonce }} for the rare inline script (production sends a nonce-based CSP).
                "csp.context_processors.nonce",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.EmailOrUsernameBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# Internationalisation: Dutch first (unprefixed URLs), English under /en/.
LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Serve MEDIA_ROOT from Django itself (single-machine installs without S3 or nginx).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Email
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Netwerk SMOL <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Netwerk SMOL")
WAGTAILADMIN_LOGIN_TITLE = _("Inloggen bij het netwerk SMOL")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_HITS_MAX_AGE = 365
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Used by the PostgreSQL backend; ignored on SQLite.
        "SEARCH_CONFIG": "dutch",
    }
}
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

# Whole-page cache for anonymous visitors (home/cache.py): seconds in the server cache, and the
# max-age browsers and a CDN may keep a public page. PAGE_CACHE_SECONDS=0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=60)
PAGE_CACHE_EXCLUDE_PREFIXES = ["/admin/", "/documents/", "/api/", "/taal/"]
# Besides pages, snippets and settings: models whose changes show on public pages (seats left).
# A view restriction added or removed changes who may see a page (and its cached copy).
PAGE_CACHE_INVALIDATING_MODELS = ["academy.Session", "academy.Enrolment", "wagtailcore.PageViewRestriction"]

# Demo content
DEMO_PASSWORD = env("DEMO_PASSWORD", default="smol-demo-2026")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# --- academy / allauth ---
INSTALLED_APPS += ["allauth", "allauth.account"]
MIDDLEWARE.append("allauth.account.middleware.AccountMiddleware")
AUTHENTICATION_BACKENDS += ["allauth.account.auth_backends.AuthenticationBackend"]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_SIGNUP_FORM_CLASS = "academy.forms.VolunteerSignupForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Netwerk SMOL] "
LOGIN_REDIRECT_URL = "academy_mine"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# The privacy statement volunteers agree to; raise the version to ask everybody again.
ACADEMY_PRIVACY_VERSION = env("ACADEMY_PRIVACY_VERSION", default="2026-1")

# --- search ---
# The public search (/zoeken/) ranks on its own Dutch-normalised index (search.SearchDocument),
# identical on SQLite and PostgreSQL. Wagtail's backend (admin search, Page.search()) stays the
# database backend: PostgreSQL full text with the "dutch" configuration, SQLite FTS5.
# Scale-out, configured not built: SEARCH_BACKEND_URL=https://user:pass@host:9200 switches Wagtail's
# backend to Elasticsearch/OpenSearch (SEARCH_BACKEND: elasticsearch8 | elasticsearch9 | opensearch2 |
# opensearch3) with Dutch analysis, and the public search then asks that backend for the ranking
# (SITE_SEARCH_RANKING="backend"); facets, snippets and visibility still come from the own index.
SEARCH_BACKEND_URL = env("SEARCH_BACKEND_URL", default="")
SITE_SEARCH_RANKING = env("SITE_SEARCH_RANKING", default="backend" if SEARCH_BACKEND_URL else "index")
if SEARCH_BACKEND_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends." + env("SEARCH_BACKEND", default="elasticsearch8"),
            "URLS": [SEARCH_BACKEND_URL],
            "INDEX": env("SEARCH_INDEX_PREFIX", default="smol"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {
                        "analysis": {
                            "filter": {
                                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                            },
                            "analyzer": {
                                # Used for every text field without its own analyzer.
                                "default": {
                                    "type": "custom",
                                    "tokenizer": "standard",
                                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                                },
                            },
                        }
                    }
                }
            },
        }
    }

# --- audit / security ---
# Log-in protection (django-axes): after AXES_FAILURE_LIMIT wrong passwords for the same name from
# the same address, log-in is refused (429, audit/templates/audit/lockout.html) for AXES_COOLOFF_TIME.
# Covers the Wagtail admin (/admin/login/) and the volunteer log-in (allauth, /account/login/).
# Unlock at once: `python manage.py axes_reset_username <name>` or `axes_reset_ip <ip>` (`axes_reset`
# clears everything). allauth's own rate limits (ACCOUNT_RATE_LIMITS) stay on as a second layer.
import datetime  # noqa: E402

INSTALLED_APPS += ["axes", "audit"]
AUTHENTICATION_BACKENDS.insert(0, "audit.backends.LoginProtectionBackend")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
MIDDLEWARE.append("audit.middleware.AuditActorMiddleware")
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "audit.backends.login_name"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "audit.views.lockout"
AXES_VERBOSE = False
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/m/ip,10/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Retention: accounts without a log-in for ACCOUNT_RETENTION_DAYS are deleted by
# `manage.py purge_inactive_accounts` (run daily), after a warning email ACCOUNT_RETENTION_WARNING_DAYS
# before. Staff and superusers are never deleted.
ACCOUNT_RETENTION_DAYS = env.int("ACCOUNT_RETENTION_DAYS", default=3 * 365)
ACCOUNT_RETENTION_WARNING_DAYS = env.int("ACCOUNT_RETENTION_WARNING_DAYS", default=30)

# --- background tasks / scale-out ---
# Background work (mail, image renditions, Wagtail's search and reference indexing) runs on
# django-tasks. With TASKS_BACKEND=database jobs wait in the database until `make worker`
# (`manage.py db_worker`) runs them; the default runs them at once inside the request, so a
# single-machine install needs no worker. "dummy" stores nothing and runs nothing (tests).
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
TASKS_BACKEND = env("TASKS_BACKEND", default="") or "immediate"
if TASKS_BACKEND not in TASKS_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r} is not known; use one of: {', '.join(TASKS_BACKENDS)}."
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[TASKS_BACKEND]}}

# Sessions live in the database (default), so any app server can serve any request.
# SESSION_BACKEND=cache (with REDIS_URL) reads them from Redis and writes them through to the
# database ("cached_db"): fewer queries, and a Redis restart logs nobody out.
SESSION_BACKEND = env("SESSION_BACKEND", default="") or "db"
if SESSION_BACKEND not in ("db", "cache"):
    raise ImproperlyConfigured(f"SESSION_BACKEND={SESSION_BACKEND!r} is not known; use db or cache.")
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if SESSION_BACKEND == "cache" and REDIS_URL
    else "django.contrib.sessions.backends.db"
)

# Media on S3-compatible storage (django-storages: AWS S3, MinIO, Ceph, Scaleway, ...) when
# AWS_STORAGE_BUCKET_NAME is set. Image files get plain public URLs (the bucket must let anybody
# read images/ and original_images/); documents are always streamed through Django
# (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so private collections stay private and documents/
# need no public read. MEDIA_ORIGINS lists where those image URLs point (production's CSP allows them).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
MEDIA_ORIGINS = []
if AWS_STORAGE_BUCKET_NAME:
    from urllib.parse import urlsplit  # noqa: E402

    # Empty values (as in deploy/smol.env.example) mean "not set": boto3's own defaults, e.g. the
    # machine's IAM role when no access key is given.
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default="") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default="") or None
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default="") or None
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default="") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default="") or None
    # "path" for MinIO and most self-hosted servers; empty lets boto3 choose (AWS: virtual hosts).
    AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE", default="") or None
    AWS_LOCATION = env("AWS_LOCATION", default="")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)
    # Never overwrite: Wagtail relies on new names for new files (renditions, replaced images).
    AWS_S3_FILE_OVERWRITE = False
    # Rendition names change with their image, but a replaced file may reuse a name: one day.
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=86400"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    SERVE_MEDIA = False
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        MEDIA_ORIGINS = [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{endpoint.netloc}",
        ]
    else:
        MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if AWS_S3_REGION_NAME:
            MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com")

# --- outbox (mail queue) ---
# Every email goes into the outbox first (outbox.OutgoingMail, in the sender's transaction) and is
# delivered by a django-tasks task through OUTBOX_DELIVERY_BACKEND: the EMAIL_BACKEND above (console
# here, SMTP in production). A mail server that is down fails no page: the delivery is retried
# after OUTBOX_RETRY_DELAY_SECONDS, doubling up to OUTBOX_RETRY_MAX_DELAY_SECONDS, at most
# OUTBOX_MAX_ATTEMPTS times. The database task backend retries by itself (deferred tasks); with the
# immediate backend run `manage.py send_queued_mail` from cron, which also deletes sent and failed
# mail older than OUTBOX_RETENTION_DAYS. OUTBOX_ENABLED=False sends directly (no queue, no retry).
INSTALLED_APPS += ["outbox"]
OUTBOX_ENABLED = env.bool("OUTBOX_ENABLED", default=True)
OUTBOX_DELIVERY_BACKEND = EMAIL_BACKEND
if OUTBOX_ENABLED:
    EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=15)
OUTBOX_RETRY_DELAY_SECONDS = env.int("OUTBOX_RETRY_DELAY_SECONDS", default=60)
OUTBOX_RETRY_MAX_DELAY_SECONDS = env.int("OUTBOX_RETRY_MAX_DELAY_SECONDS", default=6 * 60 * 60)
OUTBOX_RETENTION_DAYS = env.int("OUTBOX_RETENTION_DAYS", default=30)
OUTBOX_ENQUEUE_ON_COMMIT = True
# Seconds an SMTP connection may hang before the attempt counts as failed (Django's default: forever).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# --- accounts / two-factor authentication, spam protection, uploads ---
# Two-factor authentication (allauth.mfa): an authenticator app (TOTP) plus recovery codes. The
# admin log-in (accounts.views.AdminLoginView) and the volunteer log-in ask for a code after the
# password when the account has an app. SMOL staff must have one: with MFA_REQUIRED on, superusers
# and members of MFA_REQUIRED_GROUPS are sent from /admin/ to the page that sets it up
# (accounts.mfa.RequireTwoFactorMiddleware) and cannot switch it off. MO editors may switch it on
# (admin: Account > Tweestapsverificatie; /account/2fa/). Wrong codes: allauth's "login_failed" limit.
INSTALLED_APPS += ["allauth.mfa"]
MIDDLEWARE.append("accounts.mfa.RequireTwoFactorMiddleware")
MFA_ADAPTER = "accounts.mfa.MFAAdapter"
# The TOTP keys and recovery-code seeds are stored encrypted (accounts/secrets.py) with the first of
# these keys; every key decrypts, so an old one can stay listed after a rotation. Empty: keys are
# derived from SECRET_KEY (and SECRET_KEY_FALLBACKS). Losing the key means resetting everyone's app.
MFA_ENCRYPTION_KEYS = env.list("MFA_ENCRYPTION_KEYS", default=[])
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
MFA_REQUIRED = env.bool("MFA_REQUIRED", default=True)
MFA_REQUIRED_GROUPS = env.list(
    "MFA_REQUIRED_GROUPS", default=["SMOL redactie", "SMOL moderatie", "SMOL academie"]
)
# Spam protection on forms, no third-party service (home/spam.py): a honeypot field
# (includes/honeypot.html) and a rate limit per client address, counted in the cache. Every POST to a
# url name below is checked; over the limit the answer is 429. "N/10m" = N per 10 minutes.
MIDDLEWARE.append("home.spam.SpamProtectionMiddleware")
SPAM_RATE_LIMITS_ENABLED = env.bool("SPAM_RATE_LIMITS_ENABLED", default=True)
SPAM_PROTECTED_FORMS = {
    "account_signup": "10/10m",
    "account_reset_password": "10/10m",
    "academy_enrol": "30/10m",
    "records_introduction": "10/h",
    "records_request_experience": "30/10m",
    "records_share_create": "30/10m",
    # A POST to a page: Wagtail form pages, if any are added.
    "wagtail_serve": "20/10m",
}
# Uploads (home/uploads.py): images and documents are checked by content, not only by name; no SVG.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.SafeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.SafeDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("WAGTAILDOCS_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)
# Largest request body (413 above it): the largest upload plus room for the rest of the form.
MIDDLEWARE.append("home.uploads.RequestSizeLimitMiddleware")
MAX_REQUEST_SIZE = env.int(
    "MAX_REQUEST_SIZE", default=max(WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILDOCS_MAX_UPLOAD_SIZE) + 1024 * 1024
)
# A non-numeric or too large id in an admin URL (Wagtail's "chosen" views, bulk actions) is a 404,
# not a 500 (home/admin_errors.py); other errors still surface.
MIDDLEWARE.append("home.admin_errors.AdminBadIdMiddleware")

# --- front-end performance: image renditions made ahead of time, rendition cache, gzip ---
# Every public image role and its renditions are defined in home/renditions.py. A background job
# makes them when an image is saved or a page is published (home/pregenerate.py), so no visitor
# waits for one; IMAGE_RENDITIONS_PREGENERATE=False leaves them to the first request (bulk imports).
IMAGE_RENDITIONS_PREGENERATE = env.bool("IMAGE_RENDITIONS_PREGENERATE", default=True)
# Wagtail looks renditions up in the "renditions" cache when it exists. A rendition never changes
# (a new file or focal point gives new keys), so it is kept long, apart from the page cache.
if "redis" in CACHES["default"]["BACKEND"].lower():
    CACHES["renditions"] = {
        **CACHES["default"],
        "KEY_PREFIX": f"{CACHES['default'].get('KEY_PREFIX', 'smol')}-renditions",
        "TIMEOUT": 60 * 60 * 24 * 30,
    }
else:
    CACHES["renditions"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "smol-renditions",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
# Pages and other text answers are sent gzipped (home/compression.py); static files are served
# pre-compressed by WhiteNoise, which answers before this middleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, "home.compression.GZipTextMiddleware"
)

# --- privacy page, log retention ---
# /privacy/ (audit/privacy.py) lists what the site stores, read from the models and these settings.
# `manage.py prune_logs` (daily) deletes audit log rows older than AUDIT_LOG_RETENTION_DAYS and
# log-in records (django-axes) older than LOGIN_LOG_RETENTION_DAYS, and expired sessions.
AUDIT_LOG_RETENTION_DAYS = env.int("AUDIT_LOG_RETENTION_DAYS", default=2 * 365)
LOGIN_LOG_RETENTION_DAYS = env.int("LOGIN_LOG_RETENTION_DAYS", default=90)

# --- database planner settings (performance) ---
# Sent with every PostgreSQL connection. jit=off: just-in-time compilation pays off for long reports,
# not for a web page's short queries (a mis-estimated query spent most of a second compiling).
# random_page_cost=1.1: the data sits in memory or on SSD, where an index lookup costs about as much
# as a sequential read; with the default (4) the planner scans whole tables for small joins.
# DATABASE_PG_OPTIONS="" sends nothing (the server's own settings apply).
# Connections are kept between requests (DATABASE_CONN_MAX_AGE, default 60 s: a new PostgreSQL
# connection costs a process and cold caches on every request) and checked before reuse.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASE_PG_OPTIONS = env("DATABASE_PG_OPTIONS", default="-c jit=off -c random_page_cost=1.1")
if USING_POSTGRES and DATABASE_PG_OPTIONS:
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"]["options"] = " ".join(
        filter(None, [DATABASES["default"]["OPTIONS"].get("options", ""), DATABASE_PG_OPTIONS])
    )
