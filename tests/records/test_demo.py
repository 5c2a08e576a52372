from types import SimpleNamespace

import pytest

from records import demo
from records.models import Certificate, IntroductionRequest, PassportShare

pytestmark = pytest.mark.django_db


def test_demo_creates_nothing_without_the_academy_demo_content(home_page):
    ctx = SimpleNamespace(home=home_page, accounts=[])

    assert demo.load(ctx) == 0
    assert not Certificate.objects.exists()
    assert not PassportShare.objects.exists()
    assert not IntroductionRequest.objects.exists()
