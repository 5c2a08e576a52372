"""The public directory: filters, count, pagination, empty state, bad input (query counts: test_query_counts)."""

import pytest
from django.core.cache import cache

from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def make_orgs(index, count, *, logos=False, prefix="Organisatie"):
    from home.images import get_or_create_image

    themes = list(Theme.objects.order_by("slug")[:3])
    places = list(Municipality.objects.order_by("name")[:3])
    pages = []
    for i in range(count):
        page = OrganisationPageFactory(
            parent=index,
            title=f"{prefix} {i:03d}",
            slug=f"{prefix.lower()}-{i:03d}",
            pitch=f"Wij doen mooi werk nummer {i}.",
            themes=[themes[i % 3]],
        )
        page.municipalities.set([places[i % 3]])
        if logos:
            page.logo, _ = get_or_create_image(f"Logo {prefix} {i}", width=40, height=30)
            page.logo_alt = f"Logo {i}"
        page.save_revision().publish()
        pages.append(page)
    return pages


def titles(response):
    return [page.title for page in response.context["organisations"]]


def test_directory_lists_live_organisations_a_to_z(client, index_page):
    OrganisationPageFactory(parent=index_page, title="zebra Zorg", slug="zebra", pitch="Z")
    OrganisationPageFactory(parent=index_page, title="Appel Aktief", slug="appel", pitch="A")
    OrganisationPageFactory(parent=index_page, title="Concept Club", slug="concept", pitch="C", live=False)
    response = client.get(index_page.url)
    assert response.status_code == 200
    assert titles(response) == ["Appel Aktief", "zebra Zorg"]
    assert "2 organisaties gevonden" in response.content.decode()


def test_directory_filters_by_theme(client, index_page):
    orgs = make_orgs(index_page, 6)
    theme = orgs[0].themes.first()
    response = client.get(index_page.url, {"thema": theme.slug})
    assert titles(response) == [orgs[0].title, orgs[3].title]


def test_directory_filters_by_municipality(client, index_page):
    orgs = make_orgs(index_page, 6)
    place = orgs[1].municipalities.first()
    response = client.get(index_page.url, {"gemeente": place.slug})
    assert titles(response) == [orgs[1].title, orgs[4].title]


def test_directory_filters_by_text_in_name_or_pitch(client, index_page):
    make_orgs(index_page, 4)
    assert titles(client.get(index_page.url, {"q": "nummer 2"})) == ["Organisatie 002"]
    assert titles(client.get(index_page.url, {"q": "organisatie 003"})) == ["Organisatie 003"]


def test_directory_combines_filters(client, index_page):
    orgs = make_orgs(index_page, 9)
    theme = orgs[0].themes.first()
    place = orgs[0].municipalities.first()
    response = client.get(index_page.url, {"thema": theme.slug, "gemeente": place.slug, "q": "nummer 6"})
    assert titles(response) == ["Organisatie 006"]
    content = response.content.decode()
    assert "1 organisatie gevonden" in content
    assert f'value="{theme.slug}" selected' in content


def test_directory_empty_state_suggests_removing_each_filter(client, index_page):
    orgs = make_orgs(index_page, 3)
    theme = orgs[0].themes.first()
    place = orgs[1].municipalities.first()
    response = client.get(index_page.url, {"thema": theme.slug, "gemeente": place.slug})
    content = response.content.decode()
    assert titles(response) == []
    assert "0 organisaties gevonden" in content
    assert "empty-state" in content
    assert f"?gemeente={place.slug}" in content  # the same search without the theme
    assert f"?thema={theme.slug}" in content  # the same search without the municipality


def test_directory_paginates_thirty_organisations(client, index_page):
    orgs = make_orgs(index_page, 30)
    theme = orgs[0].themes.first()
    page_one = client.get(index_page.url)
    assert len(titles(page_one)) == 12
    page_three = client.get(index_page.url, {"page": "3"})
    assert titles(page_three) == [o.title for o in orgs[24:30]]
    filtered = client.get(index_page.url, {"thema": theme.slug, "page": "1"})
    assert len(titles(filtered)) == 10
    assert filtered.context["paginator"].num_pages == 1
    content = page_one.content.decode()
    assert 'href="?page=2"' in content


def test_page_links_carry_the_active_filters(client, index_page):
    make_orgs(index_page, 30)
    response = client.get(index_page.url, {"q": "Organisatie"})
    assert 'href="?q=Organisatie&amp;page=2"' in response.content.decode()
    assert response.context["paginator"].count == 30


BAD_INPUT = [
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "99999999999999999999999"},
    {"thema": "bestaat-niet"},
    {"gemeente": "atlantis"},
    {"thema": "x" * 5000, "gemeente": "<script>"},
    {"q": "a" * 10000},
    {"q": "\x00\x01"},
    {"q": "%' OR 1=1 --"},
    {"thema": ["a", "b"], "page": ["1", "2"]},
]


def test_directory_bad_input_gives_a_normal_page(client, index_page):
    make_orgs(index_page, 14)
    for params in BAD_INPUT:
        response = client.get(index_page.url, params)
        assert response.status_code == 200, params
        assert "organisaties gevonden" in response.content.decode(), params


def test_unknown_theme_is_ignored_and_shows_everything(client, index_page):
    make_orgs(index_page, 4)
    response = client.get(index_page.url, {"thema": "bestaat-niet"})
    assert len(titles(response)) == 4


def test_page_number_beyond_the_end_shows_the_last_page(client, index_page):
    orgs = make_orgs(index_page, 14)
    response = client.get(index_page.url, {"page": "999"})
    assert titles(response) == [o.title for o in orgs[12:]]


def test_english_directory_lists_the_english_pages(client, index_page):
    from home.pages import get_or_add_child
    from organisations.models import OrganisationPage

    get_or_add_child(index_page, OrganisationPage, slug="samen", title="Samen Sterk", pitch="Samen.")
    index_en = index_page.get_translation(
        OrganisationPage.objects.get(slug="samen", locale__language_code="en").locale
    )
    response = client.get(index_en.url)
    assert response.status_code == 200
    assert [p.locale.language_code for p in response.context["organisations"]] == ["en"]
