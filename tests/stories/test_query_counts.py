"""Query budget of the story index and a story (tests/budget.py): at most 20, the same at any size."""

import pytest

from home.models import Municipality, Theme
from tests.budget import assert_within_budget, page_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def fast_indexing(settings):
    """Creating 200 stories: skip the search index update (not what these tests measure)."""
    backends = {name: dict(config) for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    for config in backends.values():
        config["AUTO_UPDATE"] = False
    settings.WAGTAILSEARCH_BACKENDS = backends


def add_stories(parents, n, make_story):
    themes = list(Theme.objects.all()[:3])
    municipalities = list(Municipality.objects.all()[:3])
    for i in range(n):
        make_story(
            parents[i % len(parents)],
            themes=themes[: 1 + i % 3],
            municipality=municipalities[i % 3],
        )


def test_story_index_with_10_and_200_stories(client, fast_indexing, story_index, mo_a, mo_b, make_story):
    add_stories([mo_a.page, mo_b.page], 10, make_story)
    small = page_queries(client, story_index.url)
    add_stories([mo_a.page, mo_b.page], 190, make_story)
    large = page_queries(client, story_index.url)
    assert_within_budget("story index", small, large)


def test_filtered_story_index_page_2(client, fast_indexing, story_index, mo_a, mo_b, make_story):
    theme = Theme.objects.all()[0]
    params = {
        "thema": theme.slug,
        "organisatie": mo_a.page.slug,
        "gemeente": Municipality.objects.all()[0].slug,
    }
    add_stories([mo_a.page, mo_b.page], 10, make_story)
    small = page_queries(client, story_index.url, params)
    add_stories([mo_a.page, mo_b.page], 190, make_story)
    large = page_queries(client, story_index.url, {**params, "page": "2"})
    assert large.response.context["page_obj"].number == 2
    assert_within_budget("story index, filtered", small, large)


def test_story_with_10_and_200_stories(client, fast_indexing, story_index, mo_a, mo_b, make_story):
    story = make_story(mo_a.page, themes=list(Theme.objects.all()[:2]))
    story.co_authors.add(mo_b.page)
    story.save()
    add_stories([mo_a.page, mo_b.page], 9, make_story)
    small = page_queries(client, story.url)
    add_stories([mo_a.page, mo_b.page], 190, make_story)
    large = page_queries(client, story.url)
    assert [org.pk for org in large.response.context["co_authors"]] == [mo_b.page.pk]
    assert_within_budget("story", small, large)
