import io
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo_site(transactional_db):
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


def test_home_page_renders_with_landmarks_and_skip_link(demo_site, page, assert_accessible):
    page.goto("/")
    expect(page.locator("h1").first).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("header").count() >= 1
    assert page.locator("main#main").count() == 1
    assert page.locator("footer").count() >= 1
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Direct naar de inhoud" in focused
    assert_accessible(page)


def test_main_navigation_leads_to_its_pages(demo_site, page):
    page.goto("/")
    links = page.locator("nav.site-nav a")
    assert links.count() >= 1
    labels = [links.nth(i).inner_text() for i in range(links.count())]
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for i, (label, href) in enumerate(zip(labels, hrefs, strict=True)):
        page.goto("/")
        page.locator("nav.site-nav a").nth(i).click()
        page.wait_for_url(re.compile(re.escape(href) + "$"))
        expect(page.locator("h1").first, label).to_be_visible()
        assert page.locator("nav.site-nav a[aria-current=page]").count() == 1, label


def test_404_page_is_branded_and_accessible(demo_site, page, assert_accessible):
    response = page.goto("/bestaat-niet/")
    assert response.status == 404
    assert "Deze pagina bestaat niet" in page.locator("h1").inner_text()
    assert_accessible(page)


def test_pages_fit_a_320px_screen(demo_site, mobile_page):
    """WCAG 1.4.10 reflow: no horizontal scrolling on a 320 px wide screen."""
    paths = ["/", "/organisaties/", "/verhalen/", "/academie/", "/themas/", "/netwerk-in-beeld/"]
    for path in [*paths, "/zoeken/?q=vrijwilligers"]:
        mobile_page.goto(path)
        overflow = mobile_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert overflow is False, path
        # Nor inside the page: a table that fits needs no sideways scrolling either ("In cijfers").
        scrolling = mobile_page.eval_on_selector_all(
            ".table-wrap", "els => els.filter(e => e.scrollWidth > e.clientWidth).length"
        )
        assert scrolling == 0, path
        # No text against the screen's edge: every heading of the content keeps the side margin.
        lefts = mobile_page.eval_on_selector_all(
            "main h1, main h2", "els => els.map(e => Math.round(e.getBoundingClientRect().left))"
        )
        assert lefts and min(lefts) >= 8, (path, lefts)
