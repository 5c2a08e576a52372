"""Fixtures shared by the whole suite. App fixtures live next to their tests."""

import pytest
from django.test import Client


@pytest.fixture
def home_page(db):
    """The Dutch home page as the default site's root, with its English alias."""
    from home.demo import ensure_home_page

    home, _ = ensure_home_page()
    return home


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def superuser(db):
    from accounts.factories import UserFactory

    return UserFactory(username="root", is_superuser=True, is_staff=True)


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(autouse=True, scope="session")
def _mail_through_the_outbox(django_test_environment):
    """Django's test set-up swaps EMAIL_BACKEND for locmem: put the outbox back in front of it, so
    tests send mail the way the site does (config/settings/test.py; delivery still fills mail.outbox)."""
    from django.conf import settings

    from config.settings import test as test_settings

    settings.EMAIL_BACKEND = test_settings.EMAIL_BACKEND


@pytest.fixture(autouse=True)
def _dutch_to_start_with():
    """Every test starts in Dutch, whatever language an earlier test (or its failure) left active."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: the database is new for each test (and may reuse ids),
    so nothing cached by an earlier test (a site, the site settings, renditions) may leak into it."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()
