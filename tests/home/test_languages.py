import pytest
from django.test import Client

from home.models import ContentPage


@pytest.fixture
def about_page(home_page):
    from home.pages import get_or_add_child

    page, _ = get_or_add_child(
        home_page, ContentPage, slug="wie-zijn-wij", title="Wie zijn wij", intro="Wij zijn SMOL."
    )
    return page


@pytest.mark.django_db
def test_untranslated_english_page_says_so_and_declares_dutch(about_page):
    html = Client().get("/en/wie-zijn-wij/").content.decode()
    assert '<html lang="nl">' in html
    assert "untranslated-note" in html
    # An untranslated copy is never announced as an English alternate.
    assert 'hreflang="en" href="http://testserver/en/wie-zijn-wij/"' not in html
    assert 'hreflang="nl" href="http://testserver/wie-zijn-wij/"' in html


@pytest.mark.django_db
def test_translated_english_page_declares_english_and_both_alternates(about_page):
    from home.translation import translate_page

    translate_page(about_page, "en", title="Who we are", intro="We are SMOL.")
    html = Client().get("/en/wie-zijn-wij/").content.decode()
    assert "Who we are" in html
    assert '<html lang="en">' in html
    assert "untranslated-note" not in html
    assert 'hreflang="en" href="http://testserver/en/wie-zijn-wij/"' in html
    assert 'hreflang="x-default" href="http://testserver/wie-zijn-wij/"' in html


@pytest.mark.django_db
def test_language_switch_links_to_the_translation_and_remembers_the_choice(about_page):
    client = Client()
    html = client.get("/wie-zijn-wij/").content.decode()
    assert "/taal/en/?next=%2Fen%2Fwie-zijn-wij%2F" in html
    response = client.get("/taal/en/?next=/en/wie-zijn-wij/")
    assert response.status_code == 302 and response["Location"] == "/en/wie-zijn-wij/"
    assert client.cookies["django_language"].value == "en"
    # Coming back to the Dutch home page later lands on the English one.
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.django_db
def test_language_switch_refuses_foreign_redirects_and_unknown_languages(home_page):
    client = Client()
    assert client.get("/taal/en/?next=https://evil.example/")["Location"] == "/"
    assert client.get("/taal/xx/").status_code == 404


@pytest.mark.django_db
def test_sitemap_lists_both_trees_but_not_untranslated_copies(about_page):
    xml = Client().get("/sitemap.xml").content.decode()
    assert "/wie-zijn-wij/</loc>" in xml
    assert "/en/wie-zijn-wij/</loc>" not in xml


@pytest.mark.django_db
def test_sitemap_lists_english_page_once_translated(about_page):
    from home.translation import translate_page

    translate_page(about_page, "en", title="Who we are")
    assert "/en/wie-zijn-wij/</loc>" in Client().get("/sitemap.xml").content.decode()


@pytest.mark.django_db
def test_language_switch_on_a_routed_sub_page_keeps_the_sub_path(home_page):
    from home.pages import get_or_add_child
    from themes.models import ThemeIndexPage

    get_or_add_child(home_page, ThemeIndexPage, slug="themas", title="Thema's")
    html = Client().get("/themas/eenzaamheid/").content.decode()
    assert "/taal/en/?next=%2Fen%2Fthemas%2Feenzaamheid%2F" in html
