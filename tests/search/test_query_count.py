"""The results page makes a fixed number of queries, whatever the amount of data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.pages import get_or_add_child

# Sessions, site settings, navigation and the language links of base.html are included.
MAX_QUERIES = 40


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


def _count(client, url):
    client.get(url)  # warm caches (site root paths, settings) as a running site has them
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


URLS = [
    "/zoeken/?q=telverhaal",
    "/zoeken/?q=telverhaal+vrijwilligers&type=story&theme=samen-redzaamheid&theme=jong-en-oud&page=2",
    "/zoeken/?q=niets+te+vinden+hier",
]


def test_results_page_query_count_does_not_grow_with_data(organisation, client):
    _add_stories(organisation, 0, 3)
    small = [_count(client, url) for url in URLS]
    _add_stories(organisation, 3, 12)
    large = [_count(client, url) for url in URLS]
    print(f"\nsearch page queries (3 stories / 15 stories): {small} / {large}")
    assert small == large
    assert max(large) <= MAX_QUERIES


def test_suggestions_make_two_queries(organisation, client, django_assert_num_queries):
    _add_stories(organisation, 0, 3)
    with django_assert_num_queries(2):  # private sections, then the suggestions
        client.get("/zoeken/suggesties/?q=telv")
