import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture
def network(home_page):
    """The small search network, published the real way (signals fill the index)."""
    from .content import build_network

    return build_network(home_page)


@pytest.fixture(scope="module")
def shared_network(django_db_setup, django_db_blocker):
    """The same network built once per module, rolled back afterwards. For read-only tests."""
    from home.demo import ensure_home_page

    from .content import build_network

    with django_db_blocker.unblock():
        cache.clear()
        with transaction.atomic():
            home, _ = ensure_home_page()
            pages = build_network(home)
            yield pages
            transaction.set_rollback(True)
        cache.clear()


@pytest.fixture
def site_network(shared_network, db):
    """Use inside a test: the shared network with the test's own (rolled back) transaction."""
    return shared_network


def result_urls(response):
    """Result URLs in order, from the rendered results page."""
    import re

    html = response.content.decode()
    if '<ol class="search-list"' not in html:
        return []
    html = html.split('<ol class="search-list"')[1].split("</ol>")[0]
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]+)"', html)
