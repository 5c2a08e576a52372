"""What every page needs (the site of the host name, the site settings, the locale, the menu) comes
from the shared cache (home/cache.py `shared`), and any change to it shows on the next request, with
the page cache off as for signed-in users."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def _tables(queries):
    return " ".join(query["sql"] for query in queries)


@pytest.mark.django_db
def test_second_request_reads_site_settings_locale_and_menu_from_the_cache(home_page):
    from home.navigation import ensure_navigation_item
    from organisations.factories import OrganisationIndexPageFactory

    ensure_navigation_item(OrganisationIndexPageFactory(parent=home_page, title="Organisaties"))
    client = Client()
    with CaptureQueriesContext(connection) as first:
        assert client.get("/").status_code == 200
    assert "wagtailcore_site" in _tables(first.captured_queries)
    with CaptureQueriesContext(connection) as second:
        response = client.get("/")
    sql = _tables(second.captured_queries)
    for table in ("wagtailcore_site", "home_sitesettings", "wagtailcore_locale"):
        assert f'FROM "{table}"' not in sql, table
    assert len(second.captured_queries) < len(first.captured_queries)
    assert ">Organisaties</a>" in response.content.decode()


@pytest.mark.django_db
def test_changed_settings_show_at_once(home_page):
    from home.models import SiteSettings

    client = Client()
    client.get("/")
    settings_row = SiteSettings.load()
    settings_row.network_name = "Netwerk Zuid"
    settings_row.save()
    assert "Netwerk Zuid" in client.get("/").content.decode()


@pytest.mark.django_db
def test_renamed_menu_page_shows_at_once(home_page):
    from home.navigation import ensure_navigation_item
    from organisations.factories import OrganisationIndexPageFactory

    section = OrganisationIndexPageFactory(parent=home_page, title="Organisaties")
    ensure_navigation_item(section)
    client = Client()
    assert ">Organisaties</a>" in client.get("/").content.decode()
    section.title = "Alle organisaties"
    section.save_revision().publish()
    assert ">Alle organisaties</a>" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_changed_site_is_looked_up_again(home_page):
    from wagtail.models import Site

    from home.cache import generation

    client = Client()
    client.get("/")
    before = generation()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Ander netwerk"
    site.save()
    assert generation() > before
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert 'FROM "wagtailcore_site"' in _tables(queries.captured_queries)


@pytest.mark.django_db
def test_unknown_host_is_still_refused(home_page, settings):
    settings.ALLOWED_HOSTS = ["smol.example.org"]
    assert Client().get("/", HTTP_HOST="evil.example.com").status_code == 400


@pytest.mark.django_db
def test_settings_edited_in_the_admin_show_at_once(home_page, admin_client):
    """The admin edits the cached settings object; the saved change is what the next page shows."""
    from home.models import SiteSettings

    admin_client.get("/")  # the settings are in the shared cache now
    url = f"/admin/settings/home/sitesettings/{SiteSettings.load().pk}/"
    form = admin_client.get(url)
    assert form.status_code == 200
    data = {
        "network_name": "Netwerk Limburg-Zuid",
        "tagline": "",
        "contact_email": "info@example.org",
        "contact_phone": "",
        "contact_address": "",
        "facebook_url": "",
        "instagram_url": "",
        "linkedin_url": "",
        "youtube_url": "",
        "footer_text": '{"blocks": [], "entityMap": {}}',
        "main_navigation-count": "0",
        "stories_target_per_year": "10",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.objects.get().network_name == "Netwerk Limburg-Zuid"
    assert "Netwerk Limburg-Zuid" in Client().get("/").content.decode()


@pytest.mark.django_db
def test_a_request_reads_the_content_generation_once(home_page, monkeypatch):
    """Every shared lookup and cache key of a request uses the generation read at its start: one
    cache read per page instead of one per lookup (with Redis, a network round trip each)."""
    from django.core.cache import caches

    from home.cache import GENERATION_KEY

    client = Client()
    client.get("/")
    backend = caches["default"]
    real_get = backend.get
    reads = []

    def counting_get(key, *args, **kwargs):
        if key == GENERATION_KEY:
            reads.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)
    assert client.get("/").status_code == 200
    assert len(reads) == 1


@pytest.mark.django_db
def test_a_publish_during_a_request_is_seen_by_the_rest_of_it(home_page):
    from home.cache import RequestGenerationMiddleware, generation, invalidate

    seen = []

    def view(request):
        seen.append(generation())
        invalidate()
        seen.append(generation())
        return None

    RequestGenerationMiddleware(view)(None)
    assert seen[1] == seen[0] + 1
    assert generation() == seen[1]
