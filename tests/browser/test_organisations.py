"""A visitor finds an organisation by theme and municipality and opens its profile."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def directory(transactional_db, settings, tmp_path):
    from home.demo import ensure_home_page
    from home.images import get_or_create_image
    from home.models import Municipality, Theme
    from organisations.models import Facility, OrganisationPage
    from organisations.onboarding import ensure_index_page

    settings.MEDIA_ROOT = tmp_path
    home, _ = ensure_home_page()
    index = ensure_index_page(home)
    venlo = Municipality.objects.get(slug="venlo")
    weert = Municipality.objects.get(slug="weert")
    youth = Theme.objects.get(slug="jongeren")
    health = Theme.objects.get(slug="gezondheid")
    pages = {}
    for title, theme, place, partner in [
        ("Jeugdclub Venlo", youth, venlo, None),
        ("Sportief Weert", health, weert, None),
        ("Jongeren Weert", youth, weert, "Jeugdclub Venlo"),
    ]:
        logo, _ = get_or_create_image(f"Logo {title}", width=120, height=120)
        page = OrganisationPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            pitch=f"{title} brengt mensen samen en maakt elke week iets moois.",
            logo=logo,
            logo_alt=f"Logo van {title}",
            email="info@example.org",
            city=place.name,
        )
        page.themes.add(theme)
        page.municipalities = [place]
        page.facilities = [Facility(name="Clubhuis", municipality=place, capacity=30)]
        if partner:
            page.partners = [pages[partner]]
        index.add_child(instance=page)
        page.save_revision().publish()
        pages[title] = page
    return index


def test_visitor_filters_the_directory_and_opens_a_profile(directory, page, assert_accessible):
    page.goto("/organisaties/")
    assert page.locator("h1").inner_text() == "Organisaties"
    assert_accessible(page)
    page.select_option("#filter-thema", "jongeren")
    page.select_option("#filter-gemeente", "weert")
    page.get_by_role("button", name="Toon organisaties").click()
    page.wait_for_load_state()
    assert "thema=jongeren" in page.url and "gemeente=weert" in page.url
    assert "1 organisatie gevonden" in page.locator(".result-count").inner_text()
    page.get_by_role("link", name="Jongeren Weert").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Jongeren Weert"
    partners = page.locator("section[aria-labelledby=partners-heading]")
    expect(partners.get_by_role("link", name="Jeugdclub Venlo")).to_be_visible()
    expect(page.locator("#facilities-heading")).to_be_visible()
    assert_accessible(page)


def test_partner_shows_works_with_the_other_way_round(directory, page):
    page.goto("/organisaties/jeugdclub-venlo/")
    partners = page.locator("section[aria-labelledby=partners-heading]")
    expect(partners.get_by_role("link", name="Jongeren Weert")).to_be_visible()
