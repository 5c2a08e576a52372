"""The overview, a theme page and "Netwerk in beeld" make the same number of queries at any size."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


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


def _counts(client, urls):
    cache.clear()
    client.get("/")  # warm per-process caches (site root paths, content types)
    cache.clear()
    return {url: _queries(client, url) for url in urls}


def test_query_counts_stay_the_same_as_content_grows(
    client, theme_index, network_page, network, themes, make_org, make_story, make_course
):
    urls = ["/themas/", "/themas/eenzaamheid/", "/netwerk-in-beeld/"]
    small = _counts(client, urls)
    _grow(network, themes, make_org, make_story, make_course, 8)
    large = _counts(client, urls)

    assert large == small
    print("queries per page:", small)


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


def test_network_page_uses_its_cache_on_the_second_visit(client, network_page, network):
    cache.clear()
    client.get("/")
    cold = _queries(client, "/netwerk-in-beeld/")
    warm = _queries(client, "/netwerk-in-beeld/")

    assert warm <= cold - 5
