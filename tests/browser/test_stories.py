"""Browser journey of a visitor: Verhalen, filter by theme, open a story, follow its theme link; axe-core."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def network(transactional_db, settings, tmp_path):
    from home.demo import ensure_home_page
    from home.models import Municipality, Theme
    from home.pages import get_or_add_child
    from organisations.factories import OrganisationPageFactory
    from organisations.models import OrganisationIndexPage
    from stories.demo import ensure_index_page
    from stories.factories import StoryPageFactory
    from themes.models import ThemeIndexPage

    settings.MEDIA_ROOT = tmp_path
    home, _ = ensure_home_page()
    get_or_add_child(home, ThemeIndexPage, slug="themas", title="Thema's")
    index, _ = get_or_add_child(home, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    story_index, _ = ensure_index_page(home)
    youth, lonely = Theme.objects.get(slug="jongeren"), Theme.objects.get(slug="eenzaamheid")
    venlo = Municipality.objects.get(slug="venlo")
    org = OrganisationPageFactory(parent=index, title="Jong Nederland Limburg")
    other = OrganisationPageFactory(parent=index, title="KBO Limburg")
    StoryPageFactory(parent=org, title="Stoer parcours in Venlo", themes=[youth], municipality=venlo)
    StoryPageFactory(parent=other, title="Koffie op dinsdag", themes=[lonely])
    return story_index


def test_visitor_filters_stories_by_theme_and_follows_a_theme_link(network, page):
    page.goto("/verhalen/")
    assert page.locator("h1").inner_text() == "Verhalen"
    page.get_by_label("Thema").select_option("jongeren")
    page.get_by_role("button", name="Toon verhalen").click()
    page.wait_for_load_state()
    assert "thema=jongeren" in page.url
    assert page.get_by_role("link", name="Koffie op dinsdag").count() == 0

    page.get_by_role("link", name="Stoer parcours in Venlo").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Stoer parcours in Venlo"

    page.locator("main ul.chips a", has_text="Jongeren").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/themas/jongeren/")


@pytest.mark.parametrize("path", ["/verhalen/", "/verhalen/?thema=jongeren", "story"])
def test_stories_have_no_accessibility_violations(network, page, assert_accessible, path):
    from stories.models import StoryPage

    if path == "story":
        path = StoryPage.objects.get(title="Stoer parcours in Venlo").url
    page.goto(path)
    expect(page.locator("h1").first).to_be_visible()
    assert_accessible(page)
