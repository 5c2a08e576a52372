"""Settings of the app servers that tests/scaleout starts: production's, except static files.

The suite runs without `collectstatic`, so production's manifest storage would find no manifest.
Everything else (DEBUG off, secure cookies behind a TLS proxy, CSP, Redis, PostgreSQL, sessions) is
production's, configured through the environment exactly as on a server.

With SCALEOUT_TABLES_FROM_MODELS=1 (only for `migrate --run-syncdb` in the test's set-up) the tables
are made straight from the models, as pytest-django's --nomigrations does: 8 s instead of 40 s on a
2-core machine. The suite's own databases still run every migration.
"""

import os

from config.settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


class TablesFromModels:
    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


if os.environ.get("SCALEOUT_TABLES_FROM_MODELS"):
    MIGRATION_MODULES = TablesFromModels()
