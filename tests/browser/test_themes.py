"""Browser journeys of the themes: from a story along a theme chip to another MO's story; axe-core."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def themed_network(transactional_db):
    from home.demo import ensure_home_page
    from home.models import Theme, ThemedPage
    from home.pages import get_or_add_child
    from organisations.factories import OrganisationPageFactory
    from organisations.models import OrganisationIndexPage
    from stories.factories import StoryPageFactory
    from themes.models import NetworkPage, ThemeIndexPage

    home, _ = ensure_home_page()
    lonely = Theme.objects.get(slug="eenzaamheid")
    get_or_add_child(home, ThemeIndexPage, slug="themas", title="Thema's")
    get_or_add_child(home, NetworkPage, slug="netwerk-in-beeld", title="Netwerk in beeld")
    index, _ = get_or_add_child(home, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    stories = {}
    for org_title, story_title in [
        ("Humanitas", "Samen koken in Venlo"),
        ("KBO Limburg", "Koffie op dinsdag"),
    ]:
        org = OrganisationPageFactory(parent=index, title=org_title)
        story = StoryPageFactory(parent=org, title=story_title)
        for page in (org, story):
            ThemedPage.objects.filter(content_object_id=page.pk).delete()
            ThemedPage.objects.create(tag=lonely, content_object_id=page.pk)
        stories[org_title] = story
    return stories


def test_from_a_story_a_theme_chip_leads_to_another_organisations_story(themed_network, page):
    page.goto(themed_network["Humanitas"].url)
    page.locator("main ul.chips a", has_text="Eenzaamheid").first.click()
    page.wait_for_load_state()

    assert page.url.endswith("/themas/eenzaamheid/")
    assert page.locator("h1").inner_text().endswith("Eenzaamheid")

    page.get_by_role("link", name="Koffie op dinsdag").first.click()
    page.wait_for_load_state()

    assert page.locator("h1").first.inner_text() == "Koffie op dinsdag"


@pytest.mark.parametrize(
    "path", ["/themas/", "/themas/eenzaamheid/", "/netwerk-in-beeld/", "/netwerk-in-beeld/tabel/"]
)
def test_theme_pages_have_no_accessibility_violations(themed_network, page, assert_accessible, path):
    page.goto(path)
    expect(page.locator("h1").first).to_be_visible()
    assert_accessible(page)


def test_network_drawing_leads_to_its_table(themed_network, page):
    page.goto("/netwerk-in-beeld/")
    expect(page.get_by_role("img", name="Netwerk van organisaties en hun thema's")).to_be_visible()

    page.get_by_role("link", name="De samenwerking van alle 2 organisaties in een tabel").click()
    page.wait_for_load_state()

    assert page.url.endswith("/netwerk-in-beeld/tabel/")
    expect(page.get_by_role("rowheader", name="Humanitas")).to_be_visible()
    expect(page.get_by_role("rowheader", name="KBO Limburg")).to_be_visible()
