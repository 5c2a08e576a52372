"""The academy pages make a fixed number of queries, whatever the amount of data.

Each test measures a page at two data sizes: the counts must be equal and stay under a pinned
ceiling (the ceiling leaves room for the site shell: navigation, settings, language links).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.enrolment import enrol
from academy.factories import CoursePageFactory, SessionFactory, VolunteerFactory
from academy.models import Enrolment, LifePhase
from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory

from .conftest import in_days

pytestmark = pytest.mark.django_db

CATALOGUE_MAX = 25
COURSE_MAX = 32
PATH_MAX = 25


def _grow(org_index, academy, courses, sessions_each):
    themes = list(Theme.objects.all()[:3])
    phases = list(LifePhase.objects.all()[:2])
    places = list(Municipality.objects.all()[:3])
    made = []
    for number in range(courses):
        org = OrganisationPageFactory(parent=org_index, title=f"Organisatie groei {org_index.numchild}")
        course = CoursePageFactory(parent=org, title=f"Groeicursus {number}", themes=themes)
        course.life_phases = phases
        course.save()
        for day in range(sessions_each):
            session = SessionFactory(
                course=course, municipality=places[day % 3], start=in_days(3 + day), end=in_days(3 + day, 22)
            )
            enrol(VolunteerFactory(), session.pk)
        made.append(course)
    return made


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _measure_twice(client, url_of, grow):
    client.get(url_of())  # warm caches (site settings, locales)
    small = _count(client, url_of())
    grow()
    large = _count(client, url_of())
    return small, large


def test_catalogue_query_count_is_constant(client, academy, org_index, make_path, course):
    SessionFactory(course=course)
    make_path([(course, None)])
    small, large = _measure_twice(
        client, lambda: academy.url, lambda: [make_path([(c, None)]) for c in _grow(org_index, academy, 8, 3)]
    )
    print(f"catalogue queries: {small} (1 course) / {large} (9 courses, 27 sessions, 2 paths)")
    assert small == large
    assert large <= CATALOGUE_MAX


def test_course_page_query_count_is_constant(client, academy, org_index, org_b, course):
    SessionFactory(course=course)
    volunteer = VolunteerFactory()
    client.force_login(volunteer)

    def grow():
        for day in range(6):
            session = SessionFactory(course=course, start=in_days(10 + day), end=in_days(10 + day, 22))
            Enrolment.objects.create(volunteer=VolunteerFactory(), session=session, queue_number=1)
        Enrolment.objects.create(volunteer=volunteer, session=session, status="wachtlijst", queue_number=99)
        others = _grow(org_index, academy, 3, 1)
        course.prerequisites = others
        course.co_hosts = [org_b]
        course.save()

    # The first measurement already has one prerequisite and co-host, so both sizes do the same lookups.
    course.prerequisites = _grow(org_index, academy, 1, 1)
    course.co_hosts = [org_b]
    course.save()
    small, large = _measure_twice(client, lambda: course.url, grow)
    print(f"course page queries (signed in): {small} (1 session) / {large} (7 sessions, 4 prerequisites)")
    assert small == large
    assert large <= COURSE_MAX


def test_learning_path_query_count_is_constant(client, academy, org_index, org_b, make_path, course):
    path = make_path([(course, None), (None, org_b)])

    def grow():
        for index, other in enumerate(_grow(org_index, academy, 6, 1)):
            path.steps.create(kind="cursus", course=other, required=True, sort_order=10 + index)
            path.steps.create(kind="ervaring", organisation=org_b, title="Meedraaien", sort_order=20 + index)

    small, large = _measure_twice(client, lambda: path.url, grow)
    print(f"learning path queries: {small} (2 steps) / {large} (14 steps)")
    assert small == large
    assert large <= PATH_MAX
