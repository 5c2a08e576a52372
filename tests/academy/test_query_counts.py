"""Query budget of the academy pages (tests/budget.py): at most 20 queries, the same at any size.

Each test measures a page at two data sizes: the catalogue, a course (signed out and signed in), a
learning path and "Mijn academie".
"""

import pytest
from django.urls import reverse

from academy.enrolment import enrol
from academy.factories import CoursePageFactory, SessionFactory, VolunteerFactory
from academy.models import Enrolment, LifePhase
from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory
from tests.budget import assert_within_budget, page_queries

from .conftest import in_days

pytestmark = pytest.mark.django_db


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


def _measure_twice(client, url_of, grow):
    small = page_queries(client, url_of())
    grow()
    large = page_queries(client, url_of())
    return small, large


def test_catalogue_query_count_is_constant(client, academy, org_index, make_path, course):
    SessionFactory(course=course)
    make_path([(course, None)])
    small, large = _measure_twice(
        client, lambda: academy.url, lambda: [make_path([(c, None)]) for c in _grow(org_index, academy, 8, 3)]
    )
    assert_within_budget("catalogue (1 course / 9 courses, 27 sessions, 9 paths)", small, large)


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
    assert_within_budget("course, signed in (1 session / 7 sessions, 4 prerequisites)", small, large)


def test_learning_path_query_count_is_constant(client, academy, org_index, org_b, make_path, course):
    path = make_path([(course, None), (None, org_b)])

    def grow():
        for index, other in enumerate(_grow(org_index, academy, 6, 1)):
            path.steps.create(kind="cursus", course=other, required=True, sort_order=10 + index)
            path.steps.create(kind="ervaring", organisation=org_b, title="Meedraaien", sort_order=20 + index)

    small, large = _measure_twice(client, lambda: path.url, grow)
    assert_within_budget("learning path (2 steps / 14 steps)", small, large)


def test_course_page_signed_out(client, academy, org_index, org_b, course):
    SessionFactory(course=course)
    course.prerequisites = _grow(org_index, academy, 1, 1)
    course.co_hosts = [org_b]
    course.save()

    def grow():
        for day in range(6):
            SessionFactory(course=course, start=in_days(10 + day), end=in_days(10 + day, 22))
        course.prerequisites = list(course.prerequisites.all()) + _grow(org_index, academy, 3, 1)
        course.save()

    small, large = _measure_twice(client, lambda: course.url, grow)
    assert len(large.response.context["sessions"]) == 7
    assert len(large.response.context["prerequisites"]) == 4
    assert_within_budget("course, signed out (1 session / 7 sessions, 4 prerequisites)", small, large)


def test_mijn_academie(client, academy, org_index, course):
    volunteer = VolunteerFactory()
    client.force_login(volunteer)
    enrol(volunteer, SessionFactory(course=course).pk)

    def grow():
        for other in _grow(org_index, academy, 4, 2):
            for session in other.sessions.all():
                enrol(volunteer, session.pk)

    small, large = _measure_twice(client, lambda: reverse("academy_mine"), grow)
    assert_within_budget("mijn academie (1 enrolment / 9 enrolments)", small, large)
