"""The index follows the site: rebuild command, moves, renamed themes, other ranking backend."""

import io

import pytest
from django.core.management import call_command

from home.pages import get_or_add_child
from search.models import SearchDocument

from .conftest import result_urls


@pytest.fixture
def organisation(home_page):
    from organisations.models import OrganisationIndexPage, OrganisationPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    page, _ = get_or_add_child(
        index, OrganisationPage, slug="bijenclub", title="De Bijenclub", pitch="Wij houden bijen in Weert."
    )
    return page


def test_rebuild_command_restores_a_lost_index(organisation, client):
    SearchDocument.objects.all().delete()
    assert result_urls(client.get("/zoeken/", {"q": "bijenclub"})) == []
    call_command("rebuild_site_search", stdout=io.StringIO())
    assert result_urls(client.get("/zoeken/", {"q": "bijenclub"})) == ["/organisaties/bijenclub/"]
    assert SearchDocument.objects.filter(language="en").count() == 1


def test_rebuild_removes_documents_of_pages_no_longer_visible(organisation):
    organisation.live = False
    organisation.save(update_fields=["live"])  # no signal: the rebuild must notice
    call_command("rebuild_site_search", stdout=io.StringIO())
    assert not SearchDocument.objects.filter(page__slug="bijenclub", language="nl").exists()


def test_changed_slug_updates_the_urls_of_pages_below(organisation, client):
    from stories.models import StoryPage

    get_or_add_child(organisation, StoryPage, slug="honing", title="Honing oogsten", intro="Zoet.")
    organisation.slug = "imkers"
    organisation.save_revision().publish()
    assert result_urls(client.get("/zoeken/", {"q": "honing"})) == ["/organisaties/imkers/honing/"]


def test_renamed_theme_is_found_by_its_new_name(organisation, client):
    from home.models import Theme

    theme = Theme.objects.get(slug="armoede")
    organisation.themes.add(theme)
    organisation.save_revision().publish()
    theme.name = "Bestaanszekerheid"
    theme.save()
    assert result_urls(client.get("/zoeken/", {"q": "bestaanszekerheid"})) == ["/organisaties/bijenclub/"]


def test_ranking_can_come_from_wagtails_search_backend(organisation, client, settings):
    settings.SITE_SEARCH_RANKING = "backend"
    assert result_urls(client.get("/zoeken/", {"q": "bijen"})) == ["/organisaties/bijenclub/"]
    assert result_urls(client.get("/zoeken/", {"q": "olifanten"})) == []


def test_english_alias_is_indexed_with_its_themes_and_places(home_page):
    from home.models import Municipality, Theme
    from organisations.models import OrganisationIndexPage, OrganisationPage
    from stories.models import StoryPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    organisation, _ = get_or_add_child(
        index, OrganisationPage, slug="vlinders", title="Vlinders", pitch="Fladderen."
    )
    get_or_add_child(
        organisation,
        StoryPage,
        slug="rups",
        title="De rups",
        intro="Groeit.",
        themes=[Theme.objects.get(slug="armoede")],
        municipality=Municipality.objects.get(name="Venlo"),
    )
    english = SearchDocument.objects.get(page__slug="rups", language="en")
    assert [t.slug for t in english.themes.all()] == ["armoede"]
    assert [m.name for m in english.municipalities.all()] == ["Venlo"]
