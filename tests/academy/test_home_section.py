import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_shows_upcoming_courses(course, session):
    html = Client().get("/").content.decode()
    assert "Binnenkort in de Vrijwilligersacademie" in html
    assert course.title in html
