"""The pages' query counts do not grow with the data (pinned at two sizes)."""

import pytest
from django.urls import reverse

from home.models import Municipality, Theme
from organisations.factories import OrganisationPageFactory
from records.progress import sync_certificates

pytestmark = pytest.mark.django_db


def _grow_network(org_index, course_factory, count, start):
    themes = list(Theme.objects.all()[:3])
    venlo, _ = Municipality.objects.get_or_create(slug="venlo", defaults={"name": "Venlo"})
    for number in range(start, start + count):
        org = OrganisationPageFactory(parent=org_index, title=f"MO {number}", themes=themes[: 1 + number % 3])
        org.municipalities.add(venlo)
        org.save()
        course_factory(org, f"Cursus {number}", themes=themes[:1])


def _count(client, url, params, django_assert_max_num_queries):
    client.get(url, params)  # warm the per-process caches (site root, settings)
    with django_assert_max_num_queries(40) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured.captured_queries)


def test_questionnaire_results_take_the_same_number_of_queries_as_the_network_grows(
    client, org_index, course_factory, django_assert_max_num_queries
):
    from academy.factories import SessionFactory
    from academy.models import CoursePage

    slugs = [t.slug for t in Theme.objects.all()[:3]]
    params = {"themes": slugs, "gemeente": "venlo", "zoek": "1"}
    _grow_network(org_index, course_factory, 2, 0)
    for course in CoursePage.objects.all():
        SessionFactory(course=course)
    small = _count(client, reverse("records_match"), params, django_assert_max_num_queries)
    _grow_network(org_index, course_factory, 5, 2)
    for course in CoursePage.objects.filter(sessions__isnull=True):
        SessionFactory(course=course)
    large = _count(client, reverse("records_match"), params, django_assert_max_num_queries)
    assert small == large


def test_leerdossier_takes_the_same_number_of_queries_as_the_record_grows(
    volunteer_client,
    volunteer,
    org_index,
    org_a,
    course_factory,
    path_factory,
    complete,
    django_assert_max_num_queries,
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
    small = _count(volunteer_client, reverse("records_dossier"), {}, django_assert_max_num_queries)
    grow(2, 5)
    large = _count(volunteer_client, reverse("records_dossier"), {}, django_assert_max_num_queries)
    print(f"leerdossier queries: {small} (2 courses) / {large} (7 courses)")
    assert small == large
