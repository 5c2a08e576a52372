import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_renders_in_dutch_with_lang_attribute(home_page):
    response = Client().get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert 'href="#main"' in html
    assert home_page.title in html


@pytest.mark.django_db
def test_english_home_lives_under_en_prefix(home_page):
    from home.translation import translate_page

    translate_page(home_page, "en", title="Stronger together in Limburg")
    response = Client().get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html and "Stronger together in Limburg" in html


@pytest.mark.django_db
def test_unknown_url_gives_branded_404(home_page):
    response = Client().get("/dit-bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


@pytest.mark.django_db
def test_no_external_assets_on_home_page(home_page):
    html = Client().get("/").content.decode()
    for marker in ['src="http', 'href="https://fonts', "cdn."]:
        assert marker not in html


@pytest.mark.django_db
def test_main_navigation_follows_site_settings(home_page):
    from home.models import SiteSettings

    child = home_page.add_child(instance=type(home_page)(title="Organisaties", slug="organisaties"))
    settings_obj = SiteSettings.load()
    settings_obj.main_navigation = [("link", {"page": child, "label": ""})]
    settings_obj.save()
    html = Client().get("/").content.decode()
    assert 'href="/organisaties/"' in html
    assert ">Organisaties</a>" in html


def test_500_template_is_plain_html_without_template_tags():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "site" / "templates" / "500.html").read_text()
    assert "{%" not in text and "Er ging iets mis" in text


@pytest.mark.django_db
def test_home_page_shows_the_sections_apps_register_in_their_order(home_page):
    from wagtail import hooks

    def later(request, page):
        return (20, "<section><h2>Tweede blok</h2></section>")

    def first(request, page):
        return (10, "<section><h2>Eerste blok</h2></section>")

    def nothing(request, page):
        return None

    with (
        hooks.register_temporarily("home_page_sections", later),
        hooks.register_temporarily("home_page_sections", first),
        hooks.register_temporarily("home_page_sections", nothing),
    ):
        html = Client().get("/").content.decode()
    assert html.index("Eerste blok") < html.index("Tweede blok")
