"""Fixtures of the scale-out tests."""

import runpy
import sys

import pytest

import config.settings

SCALEOUT_VARIABLES = [
    "TASKS_BACKEND",
    "SESSION_BACKEND",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_ADDRESSING_STYLE",
    "AWS_LOCATION",
    "AWS_QUERYSTRING_AUTH",
    "DJANGO_CLIENT_IP_HEADER",
]


@pytest.fixture
def load_settings(monkeypatch):
    """Evaluate a settings module afresh with the given environment; returns its names as a dict.

    The scale-out variables not given are set empty, so a developer's .env cannot leak in.
    """

    def load(module="config.settings.base", **env):
        for name in SCALEOUT_VARIABLES:
            monkeypatch.setenv(name, "")
        monkeypatch.setenv("DJANGO_SECRET_KEY", "settings-test-only")
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        # Re-run base.py too (production imports it); the loaded modules are put back afterwards.
        for name in ("config.settings.base", module):
            if name in sys.modules:
                monkeypatch.delitem(sys.modules, name)
        monkeypatch.setattr(config.settings, "base", sys.modules.get("config.settings.base"), raising=False)
        return runpy.run_module(module)

    return load
