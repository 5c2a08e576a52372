"""Query budget of the home page (tests/budget.py): at most 20 queries, the same at any data size."""

import datetime

import pytest
from django.utils import timezone

from tests.budget import assert_within_budget, page_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home_page, settings, tmp_path):
    """Every section of the home page has something to show: themes, stories, courses."""
    from academy.factories import AcademyIndexPageFactory
    from home.pages import get_or_add_child
    from organisations.factories import OrganisationIndexPageFactory
    from stories.factories import StoryIndexPageFactory
    from themes.models import ThemeIndexPage

    settings.MEDIA_ROOT = tmp_path
    get_or_add_child(home_page, ThemeIndexPage, slug="themas", title="Thema's")
    StoryIndexPageFactory(parent=home_page)
    AcademyIndexPageFactory(parent=home_page)
    return OrganisationIndexPageFactory(parent=home_page)


def grow(org_index, count, start):
    """`count` organisations, each with two stories and a course with two sessions to come."""
    from academy.factories import CoursePageFactory, SessionFactory
    from home.models import Theme
    from organisations.factories import OrganisationPageFactory
    from stories.factories import StoryPageFactory

    themes = list(Theme.objects.all()[:3])
    for number in range(start, start + count):
        org = OrganisationPageFactory(parent=org_index, title=f"Organisatie {number}", slug=f"org-{number}")
        for story in range(2):
            StoryPageFactory(parent=org, title=f"Verhaal {number}-{story}", themes=themes[: 1 + story])
        course = CoursePageFactory(parent=org, title=f"Cursus {number}", themes=themes[:1])
        for day in range(2):
            start_at = timezone.now() + datetime.timedelta(days=3 + number + day)
            SessionFactory(course=course, start=start_at, end=start_at + datetime.timedelta(hours=2))


def test_home_page(client, network):
    grow(network, 1, 0)
    small = page_queries(client, "/")
    grow(network, 8, 1)
    large = page_queries(client, "/")
    assert_within_budget("home", small, large)
