"""Query budget of the records pages (tests/budget.py): at most 20 queries, the same at any size."""

import pytest
from django.urls import reverse

from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory
from records.progress import sync_certificates
from tests.budget import assert_within_budget, page_queries

pytestmark = pytest.mark.django_db


def _grow_network(org_index, course_factory, count, start):
    themes = list(Theme.objects.all()[:3])
    venlo, _ = Municipality.objects.get_or_create(slug="venlo", defaults={"name": "Venlo"})
    for number in range(start, start + count):
        org = OrganisationPageFactory(parent=org_index, title=f"MO {number}", themes=themes[: 1 + number % 3])
        org.municipalities.add(venlo)
        org.save()
        course_factory(org, f"Cursus {number}", themes=themes[:1])


def test_questionnaire_results_take_the_same_number_of_queries_as_the_network_grows(
    client, org_index, course_factory
):
    from academy.factories import SessionFactory
    from academy.models import CoursePage

    slugs = [t.slug for t in Theme.objects.all()[:3]]
    params = {"themes": slugs, "gemeente": "venlo", "zoek": "1"}
    _grow_network(org_index, course_factory, 2, 0)
    for course in CoursePage.objects.all():
        SessionFactory(course=course)
    small = page_queries(client, reverse("records_match"), params)
    _grow_network(org_index, course_factory, 5, 2)
    for course in CoursePage.objects.filter(sessions__isnull=True):
        SessionFactory(course=course)
    large = page_queries(client, reverse("records_match"), params)
    assert_within_budget("questionnaire results", small, large)


def test_leerdossier_takes_the_same_number_of_queries_as_the_record_grows(
    volunteer_client,
    volunteer,
    org_index,
    org_a,
    course_factory,
    path_factory,
    complete,
):
    def grow(start, count):
        for number in range(start, start + count):
            course = course_factory(org_a, f"Cursus {number}")
            complete(volunteer, course)
            path_factory(
                [(course, None, True), (None, org_a, True, f"Ervaring {number}")], title=f"Leerlijn {number}"
            )
        sync_certificates(volunteer)

    grow(0, 2)
    small = page_queries(volunteer_client, reverse("records_dossier"))
    grow(2, 5)
    large = page_queries(volunteer_client, reverse("records_dossier"))
    assert len(large.response.context["record"].courses) == 7
    assert_within_budget("leerdossier (2 courses and paths / 7)", small, large)
