import csv
import io

import pytest
from django.urls import reverse

from records.factories import ExperienceConfirmationFactory, IntroductionRequestFactory
from records.models import ExperienceConfirmation

pytestmark = pytest.mark.django_db


def test_mo_confirms_an_experience_at_its_own_organisation(client, volunteer, org_b, make_editor):
    item = ExperienceConfirmationFactory(volunteer=volunteer, organisation=org_b)
    client.force_login(make_editor(org_b, "buddyzorg"))

    client.post(reverse("records_admin_experiences"), {"item": item.pk, "action": "confirm"})

    item.refresh_from_db()
    assert item.is_confirmed and item.confirmed_at is not None


def test_mo_cannot_confirm_another_organisations_experience(client, volunteer, org_a, org_b, make_editor):
    item = ExperienceConfirmationFactory(volunteer=volunteer, organisation=org_b)
    client.force_login(make_editor(org_a, "humanitas"))

    response = client.post(reverse("records_admin_experiences"), {"item": item.pk, "action": "confirm"})

    assert response.status_code == 404
    assert ExperienceConfirmation.objects.get(pk=item.pk).status == "gevraagd"


def test_volunteer_cannot_reach_the_mo_admin_pages(volunteer_client):
    response = volunteer_client.get(reverse("records_admin_experiences"))
    assert response.status_code in (302, 403)


def test_dashboard_exports_counts_without_personal_data(
    admin_client, volunteer, org_a, course_factory, complete, path_factory
):
    course = course_factory(org_a, "Eenzaamheid herkennen")
    complete(volunteer, course)
    path_factory([(course, None, True), (None, org_a, True)])

    response = admin_client.get(reverse("records_admin_dashboard") + "?export=csv")
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))

    assert rows[0][0] == "soort"
    assert ["organisatie", "Humanitas Limburg", "1", "0", "1", "0", "", ""] in rows
    assert ["leerlijn", "Samen tegen eenzaamheid", "", "", "", "", "1", "0"] in rows
    assert "zoe" not in body.lower()
    assert admin_client.get(reverse("records_admin_dashboard")).status_code == 200


def test_introduction_report_counts_matches_per_mo_without_names(admin_client, volunteer, org_a, org_b):
    IntroductionRequestFactory(volunteer=volunteer, organisation=org_a, status="match")
    IntroductionRequestFactory(organisation=org_a, status="geen-match")
    IntroductionRequestFactory(organisation=org_b)

    response = admin_client.get(reverse("records_admin_introduction_report") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert rows[1:] == [["Buddyzorg Limburg", "1", "0", "0"], ["Humanitas Limburg", "2", "2", "1"]]
    assert admin_client.get(reverse("records_admin_introduction_report")).status_code == 200


def test_mo_editor_cannot_see_smol_reports(client, org_a, make_editor):
    client.force_login(make_editor(org_a, "humanitas"))
    assert client.get(reverse("records_admin_dashboard")).status_code in (302, 403)
    assert client.get(reverse("records_admin_introduction_report")).status_code in (302, 403)


def test_deleting_an_account_keeps_introductions_as_anonymous_counts(volunteer, org_a):
    from academy.privacy import delete_account, export_user_data

    IntroductionRequestFactory(volunteer=volunteer, organisation=org_a, message="Hoi")
    assert export_user_data(volunteer)["introduction_requests"][0]["message"] == "Hoi"

    delete_account(volunteer)

    from records.models import IntroductionRequest

    request = IntroductionRequest.objects.get()
    assert request.volunteer is None
