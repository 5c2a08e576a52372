import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_shows_the_newest_stories(mo_a, story_index, make_story):
    make_story(mo_a.page, title="Samen koken in Venlo")
    html = Client().get("/").content.decode()
    assert "Nieuwste verhalen" in html
    assert "Samen koken in Venlo" in html
    assert "Welke organisatie past bij mij?" in html
    assert "Ontdek het werk van organisaties per thema" in html
