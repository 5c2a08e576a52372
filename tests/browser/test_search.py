"""Search in the browser: suggestions as you type, results, a facet, a result; axe on both states."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def search_site(transactional_db):
    from home.demo import ensure_home_page
    from tests.search.content import build_network

    home, _ = ensure_home_page()
    return build_network(home)


def test_search_journey_from_suggestions_to_a_result(search_site, page, assert_accessible):
    page.goto("/")
    page.locator("nav.site-nav a", has_text="Zoeken").click()
    search_box = page.get_by_role("combobox", name="Waar zoekt u naar?")
    search_box.press_sequentially("vrijwil", delay=40)
    suggestions = page.get_by_role("listbox")
    suggestions.get_by_role("option").first.wait_for()
    assert "Vrijwilligers werven en behouden" in suggestions.inner_text()
    assert search_box.get_attribute("aria-expanded") == "true"

    search_box.press("Escape")
    assert search_box.get_attribute("aria-expanded") == "false"
    search_box.fill("vrijwilligers")
    search_box.press("Enter")
    page.wait_for_url("**/zoeken/?q=vrijwilligers")
    assert page.locator(".search-result").count() >= 3
    assert page.locator(".search-result mark").count() >= 1
    assert_accessible(page)

    page.locator("#facet-type ~ ul a", has_text="Cursus").click()
    page.wait_for_url("**type=course**")
    types = page.locator(".search-result__type").all_inner_texts()
    assert types and all(t.strip().lower() == "cursus" for t in types)
    assert page.locator("#facet-type ~ ul a[aria-current=true]").count() == 1

    title = page.locator(".search-result__title a").first.inner_text()
    page.locator(".search-result__title a").first.click()
    page.wait_for_load_state()
    assert "/organisaties/" in page.url
    assert title in page.locator("h1").first.inner_text()


def test_keyboard_chooses_a_suggestion(search_site, page):
    page.goto("/zoeken/")
    search_box = page.get_by_role("combobox")
    search_box.press_sequentially("stoerp", delay=40)
    page.get_by_role("option").first.wait_for()
    search_box.press("ArrowDown")
    assert page.get_by_role("option").first.get_attribute("aria-selected") == "true"
    search_box.press("Enter")
    page.wait_for_url("**/stoerparcours-roermond/")


def test_empty_state_helps_and_is_accessible(search_site, page, assert_accessible):
    page.goto("/zoeken/?q=eenzaamhied")
    expect(page.get_by_role("heading", name="Nog niets gevonden")).to_be_visible()
    page.get_by_role("link", name="eenzaamheid", exact=True).click()
    page.wait_for_url("**q=eenzaamheid")
    assert page.locator(".search-result").count() >= 1
    page.goto("/zoeken/?q=eenzaamhied")
    assert_accessible(page)
