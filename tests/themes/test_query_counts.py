"""Query budget of the theme overview, a theme page and "Netwerk in beeld" with its table
(tests/budget.py): at most 20 queries, the same at any size. The network pages are measured with
their own cache dropped."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.budget import assert_within_budget, page_queries


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _grow(network, themes, make_org, make_story, make_course, n):
    """Add `n` organisations, each with two stories and a course on the shared themes."""
    on = [themes["eenzaamheid"], themes["jongeren"]]
    for i in range(n):
        org = make_org(f"Extra organisatie {n}-{i}", on)
        make_story(org, f"Extra verhaal {n}-{i}-a", on)
        make_story(org, f"Extra verhaal {n}-{i}-b", on)
        make_course(org, f"Extra cursus {n}-{i}", on)
        if hasattr(org, "partners"):
            org.partners.add(network["humanitas"])
            org.save()


def test_query_counts_stay_the_same_as_content_grows(
    client, theme_index, network_page, network, themes, make_org, make_story, make_course
):
    urls = {
        "theme overview": "/themas/",
        "theme page": "/themas/eenzaamheid/",
        "network": "/netwerk-in-beeld/",
        "network table": "/netwerk-in-beeld/tabel/",
    }
    small = {name: page_queries(client, url) for name, url in urls.items()}
    _grow(network, themes, make_org, make_story, make_course, 8)
    large = {name: page_queries(client, url) for name, url in urls.items()}
    for name in urls:
        assert_within_budget(name, small[name], large[name])


def test_overview_query_count_is_pinned(client, theme_index, network, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(12):
        client.get("/themas/")


def test_theme_page_query_count_is_pinned(client, theme_index, network, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(20):
        client.get("/themas/eenzaamheid/")


def test_network_page_query_count_is_pinned(client, network_page, network, django_assert_max_num_queries):
    client.get("/")
    cache.clear()
    with django_assert_max_num_queries(20):
        client.get("/netwerk-in-beeld/")


def test_network_table_query_count_is_pinned(client, network_page, network, django_assert_max_num_queries):
    client.get("/")
    cache.clear()
    with django_assert_max_num_queries(20):
        client.get("/netwerk-in-beeld/tabel/")


def test_network_page_uses_its_cache_on_the_second_visit(client, network_page, network):
    cache.clear()
    client.get("/")
    cold = _queries(client, "/netwerk-in-beeld/")
    warm = _queries(client, "/netwerk-in-beeld/")

    assert warm <= cold - 5
