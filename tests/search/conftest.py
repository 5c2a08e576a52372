import pytest


@pytest.fixture
def network(home_page):
    """The small search network, published the real way (signals fill the index)."""
    from .content import build_network

    return build_network(home_page)
