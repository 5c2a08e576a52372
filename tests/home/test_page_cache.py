import pytest
from django.test import Client


@pytest.fixture
def page_cache(settings):
    from django.core.cache import cache

    from home.models import SiteSettings

    settings.PAGE_CACHE_SECONDS = 600
    SiteSettings.load()  # created on first use; creating it counts as a change
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_anonymous_visitor_gets_the_cached_page_without_queries(
    page_cache, home_page, django_assert_num_queries
):
    client = Client()
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


@pytest.mark.django_db
def test_publishing_invalidates_the_cached_page(page_cache, home_page):
    client = Client()
    client.get("/")
    home_page.intro = "Nieuwe introductie voor het netwerk"
    home_page.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Nieuwe introductie voor het netwerk" in response.content.decode()


@pytest.mark.django_db
def test_unpublishing_invalidates_the_cached_page(page_cache, home_page):
    from home.models import ContentPage

    page = home_page.add_child(instance=ContentPage(title="Tijdelijk", slug="tijdelijk"))
    page.save_revision().publish()
    client = Client()
    assert client.get("/tijdelijk/").status_code == 200
    page.unpublish()
    assert client.get("/tijdelijk/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("restriction_type", ["login", "password"])
def test_a_page_made_private_is_no_longer_served_from_the_cache(page_cache, home_page, restriction_type):
    from wagtail.models import PageViewRestriction

    from home.models import ContentPage

    page = home_page.add_child(
        instance=ContentPage(title="Alleen voor leden", slug="leden", intro="Verslag van de ledenavond")
    )
    page.save_revision().publish()
    client = Client()
    assert "Verslag van de ledenavond" in client.get("/leden/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="geheim-wachtwoord"
    )
    response = client.get("/leden/")
    assert "Verslag van de ledenavond" not in response.content.decode()
    # And public again once the restriction is removed.
    restriction.delete()
    assert "Verslag van de ledenavond" in client.get("/leden/").content.decode()


@pytest.mark.django_db
def test_each_language_has_its_own_cached_page(page_cache, home_page):
    from home.translation import translate_page

    translate_page(home_page, "en", title="Stronger together")
    client = Client()
    client.get("/")
    english = client.get("/en/")
    assert english["X-Page-Cache"] == "miss"
    assert "Stronger together" in english.content.decode()


@pytest.mark.django_db
def test_signed_in_user_never_gets_a_cached_page(page_cache, home_page, admin_client):
    Client().get("/")  # fills the cache for anonymous visitors
    response = admin_client.get("/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_etag_gives_not_modified(page_cache, home_page):
    client = Client()
    etag = client.get("/")["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db
def test_navigation_fragment_is_cached_for_signed_in_users_too(page_cache, home_page, admin_client):
    from home.models import SiteSettings

    admin_client.get("/")
    warm = admin_client.get("/")
    site_settings = SiteSettings.load()
    site_settings.main_navigation = [("link", {"page": home_page, "label": "Start"})]
    site_settings.save()  # a settings change makes the fragment stale at once
    fresh = admin_client.get("/")
    assert ">Start</a>" in fresh.content.decode()
    assert ">Start</a>" not in warm.content.decode()
