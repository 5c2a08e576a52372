import pytest

pytestmark = pytest.mark.django_db


def test_catalogue_lists_course_with_upcoming_session(client, academy, session):
    response = client.get(academy.url)
    assert response.status_code == 200
    assert "Eerste hulp" in response.content.decode()


def test_course_page_shows_sessions(client, course, session):
    response = client.get(course.url)
    assert response.status_code == 200
    assert (
        "Inschrijven" in response.content.decode() or "Log in om in te schrijven" in response.content.decode()
    )
