import datetime

import pytest
from django.utils import timezone

from academy.factories import CoursePageFactory, SessionFactory
from academy.models import LifePhase
from home.models import Municipality, Theme

from .conftest import in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(academy, org_a, org_b):
    health = Theme.objects.get(slug="positieve-gezondheid")
    youth = Theme.objects.get(slug="vrije-tijd-jeugd")
    venlo, weert = Municipality.objects.get(slug="venlo"), Municipality.objects.get(slug="weert")
    spinnenweb = CoursePageFactory(
        parent=org_a, title="Spinnenweb in gesprek", themes=[health], format="online"
    )
    spinnenweb.life_phases = [LifePhase.objects.get(slug="senioren")]
    spinnenweb.save()
    kamp = CoursePageFactory(parent=org_b, title="Kamp organiseren", themes=[youth])
    kamp.life_phases = [LifePhase.objects.get(slug="jongeren")]
    kamp.save()
    SessionFactory(course=spinnenweb, municipality=venlo, start=in_days(5), end=in_days(5, 22))
    SessionFactory(course=kamp, municipality=weert, start=in_days(70), end=in_days(70, 22))
    past_only = CoursePageFactory(parent=org_b, title="Alleen voorbij")
    SessionFactory(course=past_only, start=in_days(-5), end=in_days(-5, 22))
    return academy


def _titles(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    return {
        title for title in ["Spinnenweb in gesprek", "Kamp organiseren", "Alleen voorbij"] if title in html
    }


def test_catalogue_lists_only_courses_with_upcoming_sessions(client, catalogue):
    assert _titles(client, catalogue) == {"Spinnenweb in gesprek", "Kamp organiseren"}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?thema=positieve-gezondheid", {"Spinnenweb in gesprek"}),
        ("?organisatie=scouting", {"Kamp organiseren"}),
        ("?gemeente=weert", {"Kamp organiseren"}),
        ("?vorm=online", {"Spinnenweb in gesprek"}),
        ("?levensfase=jongeren", {"Kamp organiseren"}),
    ],
)
def test_catalogue_filters_by_get_parameters(client, catalogue, query, expected):
    assert _titles(client, catalogue, query) == expected


def test_catalogue_filters_by_period(client, catalogue):
    month = (timezone.localtime() + datetime.timedelta(days=5)).strftime("%Y-%m")
    assert "Spinnenweb in gesprek" in _titles(client, catalogue, f"?periode={month}")
    later = in_days(70).strftime("%Y-%m")
    assert _titles(client, catalogue, f"?periode={later}") == {"Kamp organiseren"}


@pytest.mark.parametrize(
    "query",
    [
        "?thema=bestaat-niet",
        "?page=abc",
        "?page=99999999999999999999",
        "?periode=2026-99",
        "?vorm=%00",
        "?organisatie=" + "x" * 5000,
        "?gemeente[]=1&page=-1",
    ],
)
def test_bad_filter_input_gives_a_normal_page(client, catalogue, query):
    assert client.get(catalogue.url + query).status_code == 200


def test_catalogue_lists_learning_paths(client, catalogue, make_path, course):
    path = make_path([(course, None)])
    assert path.title in client.get(catalogue.url).content.decode()


def test_learning_path_shows_steps_through_organisations(client, make_path, course, org_b):
    path = make_path([(course, None), (None, org_b)])
    html = client.get(path.url).content.decode()
    assert "Eerste hulp" in html and "Drie maanden buddy" in html
    assert "Humanitas" in html and "Scouting Limburg" in html
    assert "verplicht" in html and "keuze" in html


def test_catalogue_leaves_out_a_course_once_its_last_session_has_ended(client, catalogue):
    """The list of courses with a session to come is kept between requests (academy.catalogue
    .upcoming_course_ids): time passing must still take a course off it."""
    from unittest import mock

    from home.cache import generation

    for _first_and_second_request in range(2):  # the first may create the site settings
        assert _titles(client, catalogue) == {"Spinnenweb in gesprek", "Kamp organiseren"}
    unchanged = generation()
    later = timezone.now() + datetime.timedelta(days=6)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert _titles(client, catalogue) == {"Kamp organiseren"}
    assert generation() == unchanged  # the list was kept, not made again
