import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code, **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run(
        "import django; django.setup()",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = _run(
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="x" * 60 + "-a-long-random-test-value-with-Chars-123",
        DJANGO_ALLOWED_HOSTS="smol.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_defaults_are_embedded_sqlite_and_local_memory_cache():
    result = _run(
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.LANGUAGE_CODE, s.TIME_ZONE)",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL="",
        REDIS_URL="",
    )
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "nl",
        "Europe/Amsterdam",
    ], result.stderr


def test_environment_switches_to_postgres_and_redis():
    result = _run(
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'],"
        " 'django.contrib.postgres' in s.INSTALLED_APPS)",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/smol",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "True",
    ], result.stderr
