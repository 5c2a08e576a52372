"""The query budget of the public pages (issue #10): at most MAX_QUERIES queries per request, and the
same number whatever the amount of data.

Every app's tests/<app>/test_query_counts.py measures its page types here, at two data sizes. A count
is taken the way `manage.py bench` takes it: the page cache and the {% wagtailcache %} fragments are
off (PAGE_CACHE_SECONDS=0 in the test settings), one warm-up request fills what Django's cache keeps
for every page (Wagtail's site root paths, rendition lookups), and the apps' own data caches ("Netwerk
in beeld", search rankings) are dropped before the measured request. `pytest -s` prints the queries of every page
measured, so an N+1 shows where it comes from. The same page is also measured once with Django's
whole cache emptied (the first visitor after a restart without Redis): that count must keep within
the budget too.
"""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

MAX_QUERIES = 20


def forget_data_caches():
    """Data the apps keep in the cache themselves: "Netwerk in beeld", and search rankings (which
    follow the content generation)."""
    from home.cache import invalidate
    from themes.network import invalidate_network_cache

    invalidate_network_cache()
    invalidate()


def _ensure_menu():
    """The main menu lists the home page's sections, as on the real site (it costs a query)."""
    from wagtail.models import Site

    from home.navigation import ensure_navigation_item

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        for section in site.root_page.get_children().live():
            ensure_navigation_item(section)


class Queries(list):
    """The SQL of one request, with the response (`.response`) for further checks."""

    response = None
    # The SQL of the same request with Django's whole cache emptied first (a restart without Redis).
    empty = ()


def page_queries(client, url, data=None):
    """The SQL of one GET of `url` (after a warm-up request): a list of strings with `.response`
    and `.empty`, the same request's SQL after the whole cache was emptied."""
    from django.core.cache import cache

    _ensure_menu()
    client.get(url, data)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(url, data)
    empty = [query["sql"] for query in captured.captured_queries]
    forget_data_caches()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    queries = Queries(query["sql"] for query in captured.captured_queries)
    queries.response = response
    queries.empty = empty
    return queries


def _listing(queries):
    def short(sql):
        # The column list says little; the tables and conditions say where a query comes from.
        return re.sub(r"^SELECT (DISTINCT )?.*? FROM ", r"SELECT \1… FROM ", sql)[:200]

    return "\n".join(f"  {number:2}. {short(sql)}" for number, sql in enumerate(queries, start=1))


def assert_within_budget(name, small, large):
    """`small` and `large`: the queries of the same page at two data sizes."""
    print(f"\n{name}: {len(small)} queries with the small data, {len(large)} with more data")
    print(_listing(large))
    assert len(small) == len(large), (
        f"{name}: {len(small)} queries with the small data but {len(large)} with more data.\n"
        f"small:\n{_listing(small)}\nlarge:\n{_listing(large)}"
    )
    assert len(large) <= MAX_QUERIES, (
        f"{name}: {len(large)} queries (budget {MAX_QUERIES}):\n{_listing(large)}"
    )
    # The first visitor after a restart without Redis: the cache holds nothing the page could reuse.
    assert len(large.empty) <= MAX_QUERIES, (
        f"{name}: {len(large.empty)} queries with an empty cache (budget {MAX_QUERIES}):\n"
        f"{_listing(large.empty)}"
    )
