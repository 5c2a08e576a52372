"""Query budget of the search results page (tests/budget.py): at most 20, the same at any size."""

import pytest

from home.pages import get_or_add_child
from tests.budget import assert_within_budget, page_queries


@pytest.fixture
def organisation(home_page):
    from organisations.models import OrganisationIndexPage, OrganisationPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    page, _ = get_or_add_child(
        index, OrganisationPage, slug="telclub", title="De Telclub", pitch="Wij tellen."
    )
    return page


def _add_stories(organisation, start, count):
    from home.models import Municipality, Theme
    from stories.models import StoryPage

    themes = list(Theme.objects.all()[:3])
    for n in range(start, start + count):
        get_or_add_child(
            organisation,
            StoryPage,
            slug=f"telverhaal-{n}",
            title=f"Telverhaal nummer {n}",
            intro="Een verhaal over tellen en vrijwilligers.",
            themes=themes[: 1 + n % 3],
            municipality=Municipality.objects.all()[n % 5],
        )


URLS = [
    "/zoeken/?q=telverhaal",
    "/zoeken/?q=telverhaal+vrijwilligers&type=story&theme=samen-redzaamheid&theme=jong-en-oud&page=2",
    "/zoeken/?q=niets+te+vinden+hier",
]


def test_results_page_query_count_does_not_grow_with_data(organisation, client):
    _add_stories(organisation, 0, 3)
    small = [page_queries(client, url) for url in URLS]
    _add_stories(organisation, 3, 12)
    large = [page_queries(client, url) for url in URLS]
    for url, small_queries, large_queries in zip(URLS, small, large):
        assert_within_budget(f"search {url}", small_queries, large_queries)


def test_suggestions_make_one_query(organisation, client, django_assert_num_queries):
    _add_stories(organisation, 0, 3)
    # Warm-up with another query: the site of the host name comes from the shared cache after it.
    client.get("/zoeken/suggesties/?q=club")
    with django_assert_num_queries(1):  # the suggestions, private sections checked in the same query
        client.get("/zoeken/suggesties/?q=telv")
