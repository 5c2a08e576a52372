import io

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command


def _counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy and model._meta.app_label not in {"sessions", "admin"}
    }


@pytest.mark.django_db
def test_load_demo_content_twice_creates_nothing_the_second_time(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=io.StringIO())
    first = _counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert _counts() == first
    assert first["home.HomePage"] == 2  # Dutch page and its English alias


@pytest.mark.django_db
def test_demo_accounts_can_sign_in(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from django.contrib.auth import authenticate

    call_command("load_demo_content", stdout=io.StringIO())
    for login in ["admin", "moderator", "academie", "vrijwilliger@example.org"]:
        assert authenticate(username=login, password=settings.DEMO_PASSWORD) is not None, login


@pytest.mark.django_db
def test_demo_content_refuses_production_settings(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo_content", stdout=io.StringIO())
