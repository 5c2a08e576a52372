"""Images in a real browser on a phone: AVIF of the right width, no layout shift, lazy below the fold."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db(transaction=True)

LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 300);
})"""


@pytest.fixture
def stories(transactional_db, settings, tmp_path):
    from home.demo import ensure_home_page
    from home.images import get_or_create_image
    from home.pages import get_or_add_child
    from organisations.factories import OrganisationPageFactory
    from organisations.models import OrganisationIndexPage
    from stories.demo import ensure_index_page
    from stories.factories import StoryPageFactory

    settings.MEDIA_ROOT = tmp_path
    cache.clear()  # Wagtail caches renditions by image id: never another test's (flushed) files
    home, _ = ensure_home_page()
    index, _ = get_or_add_child(home, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    story_index, _ = ensure_index_page(home)
    org = OrganisationPageFactory(parent=index, title="Humanitas Limburg")
    made = [
        StoryPageFactory(
            parent=org,
            title=f"Verhaal {n}",
            hero_image=get_or_create_image(f"Beeld {n}", width=1200, height=800)[0],
            hero_image_alt=f"Vrijwilligers bij verhaal {n}",
        )
        for n in range(6)
    ]
    return story_index, made


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def test_story_image_on_a_phone_is_avif_of_the_right_width_without_layout_shift(stories, phone):
    phone.goto(stories[1][0].url)
    hero = phone.locator(".story__hero img")
    hero.evaluate("img => img.decode()")
    # 328 CSS px at 2x: 656 px needed, so the 960 px AVIF; never the JPEG fallback.
    assert hero.evaluate("img => img.currentSrc").endswith("width-960.format-avif.avif")
    assert hero.get_attribute("fetchpriority") == "high" and hero.get_attribute("loading") is None
    assert phone.evaluate(LAYOUT_SHIFT) < 0.01


def test_story_cards_below_the_fold_wait_until_scrolled_to(stories, phone, assert_accessible):
    phone.goto("/verhalen/")
    phone.wait_for_load_state("load")
    cards = phone.locator("img.story-card__image")
    assert cards.count() == 6
    first, last = cards.nth(0), cards.nth(5)
    first.evaluate("img => img.decode()")
    assert first.evaluate("img => img.currentSrc").endswith(".format-avif.avif")
    assert last.evaluate("img => img.currentSrc") == ""  # not fetched yet
    box = last.bounding_box()
    assert box["width"] > 250 and abs(box["height"] - box["width"] * 9 / 16) < 2  # space kept
    last.scroll_into_view_if_needed()
    last.evaluate("img => img.decode()")
    assert last.evaluate("img => img.currentSrc").endswith(".format-avif.avif")
    assert phone.evaluate(LAYOUT_SHIFT) < 0.01
    assert_accessible(phone)
