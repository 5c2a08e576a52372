"""Switching language in the browser: to a translation, and to a page that is not translated yet."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def bilingual_site(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from home.demo import ensure_home_page
    from home.images import get_or_create_image
    from home.pages import get_or_add_child
    from home.translation import translate_page
    from organisations.models import OrganisationIndexPage, OrganisationPage
    from stories.models import StoryIndexPage, StoryPage

    home, _ = ensure_home_page()
    translate_page(home, "en", title="Stronger together in Limburg")
    index, _ = get_or_add_child(home, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    get_or_add_child(home, StoryIndexPage, slug="verhalen", title="Verhalen")
    org, _ = get_or_add_child(
        index, OrganisationPage, slug="humanitas", title="Humanitas Limburg", pitch="Samen sterk in de buurt."
    )
    image, _ = get_or_create_image("Wandelen in het park")
    story, _ = get_or_add_child(
        org,
        StoryPage,
        slug="samen-wandelen",
        title="Samen wandelen",
        intro="Elke dinsdag wandelen buren samen door het park.",
        hero_image=image,
        hero_image_alt="Twee buren wandelen door het park",
    )
    translate_page(story, "en", title="Walking together", intro="Every Tuesday neighbours walk in the park.")
    return {"story": story, "org": org}


def test_switching_on_a_story_lands_on_its_translation(bilingual_site, page, assert_accessible):
    page.goto("/organisaties/humanitas/samen-wandelen/")
    assert page.locator("h1").inner_text() == "Samen wandelen"
    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/organisaties/humanitas/samen-wandelen/")
    assert page.locator("h1").inner_text() == "Walking together"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".untranslated-note").count() == 0
    assert_accessible(page)
    # The choice is remembered: the Dutch home page now sends this visitor to the English one.
    page.goto("/")
    assert page.url.endswith("/en/")


def test_switching_on_an_untranslated_page_shows_the_note(bilingual_site, page, assert_accessible):
    page.goto("/organisaties/humanitas/")
    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_load_state()
    assert page.url.endswith("/en/organisaties/humanitas/")
    note = page.locator(".untranslated-note")
    expect(note).to_be_visible()
    assert "This page is not yet available in English" in note.inner_text()
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_accessible(page)
