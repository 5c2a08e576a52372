import pytest
from django.contrib.auth import authenticate

from accounts.factories import UserFactory


@pytest.mark.django_db
def test_user_signs_in_with_email_case_insensitively(settings):
    UserFactory(username="sanne", email="sanne@example.org")
    assert authenticate(username="Sanne@Example.org", password=settings.DEMO_PASSWORD) is not None
    assert authenticate(username="sanne", password=settings.DEMO_PASSWORD) is not None
    assert authenticate(username="sanne", password="wrong") is None


@pytest.mark.django_db
def test_email_is_unique():
    from django.db import IntegrityError

    UserFactory(username="a", email="same@example.org")
    with pytest.raises(IntegrityError):
        UserFactory._meta.model.objects.create(username="b", email="same@example.org")
