"""Query budget of the directory and the profile (tests/budget.py): at most 20, the same at any size."""

import pytest
from django.core.cache import cache

from home.models import Municipality
from tests.budget import assert_within_budget, page_queries

from .test_directory import make_orgs, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_directory_with_5_and_50_organisations(client, index_page, media):
    make_orgs(index_page, 5, logos=True)
    small = page_queries(client, index_page.url)
    assert len(titles(small.response)) == 5
    make_orgs(index_page, 45, logos=True, prefix="Extra")
    large = page_queries(client, index_page.url)
    assert len(titles(large.response)) == 12
    assert large.response.context["paginator"].count == 50
    assert_within_budget("directory", small, large)


def test_filtered_directory_page_2(client, index_page, media):
    make_orgs(index_page, 5, logos=True)
    theme = index_page.get_children().specific().first().themes.first()
    params = {"thema": theme.slug, "q": "werk", "page": "1"}
    small = page_queries(client, index_page.url, params)
    make_orgs(index_page, 60, logos=True, prefix="Extra")
    large = page_queries(client, index_page.url, {**params, "page": "2"})
    assert large.response.context["page_obj"].number == 2
    assert_within_budget("directory, filtered", small, large)


def _link_partners_and_facilities(profile, others):
    from organisations.models import Facility

    half = len(others) // 2
    profile.partners = others[:half]  # A lists B ...
    profile.facilities = [
        Facility(name=f"Zaal {i}", municipality=Municipality.objects.first()) for i in range(len(others) + 1)
    ]
    profile.municipalities.set(Municipality.objects.all()[: len(others)])
    profile.save_revision().publish()
    for other in others[half:]:  # ... and B lists A
        other.partners = [profile]
        other.save_revision().publish()


def _add_children(profile, count, start):
    """Stories and courses below the MO: the profile lists the newest of each kind."""
    from academy.factories import CoursePageFactory
    from stories.factories import StoryPageFactory

    for number in range(start, start + count):
        StoryPageFactory(parent=profile, title=f"Verhaal {number}", themes=list(profile.themes.all()))
        CoursePageFactory(parent=profile, title=f"Cursus {number}", themes=list(profile.themes.all()))


def test_profile_with_5_and_50_organisations(client, index_page, media):
    from organisations.models import OrganisationPage

    orgs = make_orgs(index_page, 5, logos=True)
    profile = OrganisationPage.objects.get(pk=orgs[0].pk)
    _link_partners_and_facilities(profile, orgs[1:])
    _add_children(profile, 1, 0)
    small = page_queries(client, profile.url)
    assert len(small.response.context["partner_list"]) == 4

    orgs += make_orgs(index_page, 45, logos=True, prefix="Extra")
    profile = OrganisationPage.objects.get(pk=orgs[0].pk)
    _link_partners_and_facilities(profile, orgs[1:])
    _add_children(profile, 9, 1)
    large = page_queries(client, profile.url)
    assert len(large.response.context["partner_list"]) == 49
    assert len(large.response.context["facilities"]) == 50
    assert [len(pages) for _name, _label, pages in large.response.context["latest_children"]] == [6, 6]
    assert_within_budget("profile", small, large)


def test_latest_children_is_one_query_with_each_types_summary(index_page, django_assert_num_queries):
    """The profile's newest stories and courses: one query for both types, the newest six of each,
    a card's summary from the page type's intro or summary, or else its search description."""
    from academy.factories import CoursePageFactory
    from stories.factories import StoryPageFactory

    profile = make_orgs(index_page, 1)[0]
    for number in range(8):
        StoryPageFactory(parent=profile, title=f"Verhaal {number}", intro=f"Intro {number}")
    CoursePageFactory(parent=profile, title="Cursus", summary="Wat u leert")
    bare = CoursePageFactory(parent=profile, title="Zonder samenvatting", search_description="Beschrijving")
    type(bare).objects.filter(pk=bare.pk).update(summary="")  # required now; older pages may lack it
    profile.refresh_from_db()
    with django_assert_num_queries(1):
        groups = profile.latest_children()
    assert [name for name, _label, _pages in groups] == ["storypage", "coursepage"]
    stories, courses = groups[0][2], groups[1][2]
    assert [page.title for page in stories] == [f"Verhaal {number}" for number in range(7, 1, -1)]
    assert [page.card_summary for page in stories] == [f"Intro {number}" for number in range(7, 1, -1)]
    assert [(page.title, page.card_summary) for page in courses] == [
        ("Zonder samenvatting", "Beschrijving"),
        ("Cursus", "Wat u leert"),
    ]
