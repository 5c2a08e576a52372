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
