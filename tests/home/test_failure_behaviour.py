import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_database_down_gives_the_maintenance_page_with_503():
    """A real unreachable database (nothing listens on port 1), not a mock."""
    code = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/');"
        "print(r.status_code, r['Retry-After'], 'Even geduld' in r.content.decode())"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/unreachable",
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.stdout.split() == ["503", "120", "True"], result.stderr[-2000:]


@pytest.mark.django_db
def test_redis_down_pages_still_render(settings, home_page):
    """The cache points at a closed Redis port: cache errors are ignored, the page renders."""
    from django.core.cache import cache
    from django.test import Client

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    cache.set("probe", 1)
    assert cache.get("probe") is None  # really unreachable
    assert Client().get("/").status_code == 200
