import pytest
from django.urls import reverse
from django.utils import translation

from home.models import Theme


def test_overview_lists_every_theme_with_counts(client, theme_index, network):
    response = client.get("/themas/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="card theme-card') == Theme.objects.count()
    assert "2 organisaties" in html and "2 verhalen" in html and "1 cursus" in html
    assert 'href="/themas/eenzaamheid/"' in html


def test_theme_page_lists_organisations_stories_and_courses_of_several_mos(client, theme_index, network):
    response = client.get("/themas/eenzaamheid/")

    assert response.status_code == 200
    html = response.content.decode()
    for title in ["Humanitas", "KBO Limburg", "Samen koken in Venlo", "Koffie op dinsdag", "Goed in gesprek"]:
        assert title in html
    assert "Scouting Limburg" not in html
    assert "Kamp in Weert" not in html


def test_theme_page_shows_the_organisation_of_each_story(client, theme_index, network):
    html = client.get("/themas/eenzaamheid/").content.decode()

    assert f'href="{network["humanitas"].url}">Humanitas</a>' in html


def test_theme_page_leaves_out_unpublished_stories(client, theme_index, network):
    network["story_kbo"].unpublish()

    html = client.get("/themas/eenzaamheid/").content.decode()

    assert "Koffie op dinsdag" not in html


@pytest.mark.parametrize("path", ["/themas/bestaat-niet/", "/en/themas/bestaat-niet/", "/themas/%20/"])
def test_unknown_theme_gives_a_404_page(client, theme_index, path):
    response = client.get(path)

    assert response.status_code == 404
    assert b"<html" in response.content


def test_theme_url_name_resolves_to_the_theme_page(client, theme_index, network):
    assert reverse("theme_detail", kwargs={"slug": "eenzaamheid"}) == "/themas/eenzaamheid/"
    with translation.override("en"):
        assert reverse("theme_detail", kwargs={"slug": "eenzaamheid"}) == "/en/themas/eenzaamheid/"


def test_english_theme_page_shows_english_theme_name(client, theme_index, themes):
    response = client.get("/en/themas/eenzaamheid/")

    assert response.status_code == 200
    assert themes["eenzaamheid"].name_en in response.content.decode()


def test_theme_page_is_served_at_the_routable_page_route_too(client, theme_index, network):
    url = theme_index.url + theme_index.reverse_subpage("theme", kwargs={"slug": "jongeren"})

    response = client.get(url)

    assert response.status_code == 200
    assert "Kamp in Weert" in response.content.decode()


def test_theme_chips_link_to_the_theme_page(theme_index, themes, rf):
    from django.template import Context, Template

    html = Template("{% load theme_tags %}{% theme_chips themes %}").render(
        Context({"themes": [themes["eenzaamheid"]], "request": rf.get("/")})
    )

    assert 'href="/themas/eenzaamheid/"' in html
    assert "Eenzaamheid" in html


def test_theme_page_lists_only_courses_with_a_session_to_come(
    client, theme_index, network, themes, make_course
):
    make_course(network["humanitas"], "Al geweest", [themes["eenzaamheid"]], starts_in_days=-30)

    html = client.get("/themas/eenzaamheid/").content.decode()

    assert "Goed in gesprek" in html
    assert "Al geweest" not in html


def test_theme_page_lists_learning_paths_on_the_theme(client, theme_index, network, themes, home_page):
    from academy.factories import AcademyIndexPageFactory, LearningPathPageFactory

    academy = AcademyIndexPageFactory(parent=home_page)
    path = LearningPathPageFactory(parent=academy, title="Van vrijwilliger tot coach")
    path.themes.add(themes["eenzaamheid"])
    path.save()

    html = client.get("/themas/eenzaamheid/").content.decode()

    assert "Van vrijwilliger tot coach" in html


def test_sitemap_lists_every_theme_page(client, theme_index):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert "/themas/eenzaamheid/</loc>" in response.content.decode()


def test_theme_page_links_its_english_version(client, theme_index):
    html = client.get("/themas/eenzaamheid/").content.decode()

    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/themas/eenzaamheid/">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/themas/eenzaamheid/">' in html
