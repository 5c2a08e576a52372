import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from records.models import ExperienceConfirmation, PassportShare
from records.progress import sync_certificates

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(org_a, org_b, volunteer, course_factory, complete):
    complete(volunteer, course_factory(org_a, "Eenzaamheid herkennen"))
    ExperienceConfirmation.objects.create(
        volunteer=volunteer, organisation=org_b, title="Drie maanden buddy", hours=40, status="bevestigd"
    )
    sync_certificates(volunteer)
    return volunteer


def test_own_passport_lists_courses_and_experiences_across_organisations(volunteer_client, history):
    content = volunteer_client.get(reverse("records_passport")).content.decode()
    assert "Eenzaamheid herkennen" in content
    assert "Drie maanden buddy" in content
    assert "Buddyzorg Limburg" in content


def test_passport_pdf_lists_what_was_learned(volunteer_client, history):
    response = volunteer_client.get(reverse("records_passport_pdf"))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Zoë Brüggemann" in text
    assert "Eenzaamheid herkennen" in text
    assert "Drie maanden buddy" in text


def test_volunteer_creates_a_share_with_chosen_sections(volunteer_client, history):
    volunteer_client.post(
        reverse("records_share_create"), {"label": "Voor Humanitas", "show_courses": "on", "show_hours": ""}
    )
    share = PassportShare.objects.get(volunteer=history)
    assert share.show_courses and not share.show_experiences and not share.show_hours
    assert len(share.token) >= 30


def test_shared_link_shows_only_the_chosen_sections(client, history):
    share = PassportShare.objects.create(
        volunteer=history, show_courses=False, show_paths=False, show_hours=False, show_experiences=True
    )
    content = client.get(reverse("records_passport_shared", args=[share.token])).content.decode()

    assert "Drie maanden buddy" in content
    assert "Eenzaamheid herkennen" not in content
    assert "zoe@example.org" not in content
    pdf = client.get(reverse("records_passport_shared_pdf", args=[share.token]))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Drie maanden buddy" in text
    assert "Eenzaamheid herkennen" not in text


def test_shared_link_stops_working_when_revoked(volunteer_client, client, history):
    share = PassportShare.objects.create(volunteer=history)
    url = reverse("records_passport_shared", args=[share.token])
    assert client.get(url).status_code == 200

    volunteer_client.post(reverse("records_share_revoke", args=[share.pk]))

    assert client.get(url).status_code == 404
    assert client.get(reverse("records_passport_shared_pdf", args=[share.token])).status_code == 404


def test_made_up_token_gives_not_found(client, history):
    assert client.get(reverse("records_passport_shared", args=["x" * 32])).status_code == 404


def test_another_volunteer_cannot_revoke_a_share(client, history):
    from academy.factories import VolunteerFactory

    share = PassportShare.objects.create(volunteer=history)
    client.force_login(VolunteerFactory())
    assert client.post(reverse("records_share_revoke", args=[share.pk])).status_code == 404
    share.refresh_from_db()
    assert share.is_active


def test_passport_pages_are_private(volunteer_client, history):
    from django.test import Client

    assert Client().get(reverse("records_passport")).status_code == 302
    response = volunteer_client.get(reverse("records_passport"))
    assert "no-store" in response["Cache-Control"]


def test_dossier_shows_path_line_milestones_certificates_and_share_controls(
    volunteer_client, history, org_a, path_factory
):
    from academy.models import CoursePage

    path_factory([(CoursePage.objects.get(title="Eenzaamheid herkennen"), None, True), (None, org_a, True)])
    content = volunteer_client.get(reverse("records_dossier")).content.decode()

    assert "Samen tegen eenzaamheid" in content
    assert "1 van 2 verplichte stappen gedaan" in content
    assert "Eerste cursus afgerond" in content
    assert "Download certificaat (PDF)" in content
    assert "Maak link" in content
    assert "Vraag bevestiging aan" in content


def test_volunteer_asks_an_mo_to_confirm_an_experience_step(volunteer_client, volunteer, org_b, path_factory):
    from academy.models import LearningPathStep

    path = path_factory([(None, org_b, True, "Drie maanden buddy")])
    step = LearningPathStep.objects.get(path=path)

    volunteer_client.post(reverse("records_request_experience", args=[step.pk]), {"hours": "40"})
    volunteer_client.post(reverse("records_request_experience", args=[step.pk]), {"hours": "40"})

    confirmation = ExperienceConfirmation.objects.get(volunteer=volunteer)
    assert (confirmation.organisation, confirmation.status, confirmation.hours) == (org_b, "gevraagd", 40)


def test_dossier_lists_coming_enrolments(volunteer_client, volunteer, org_a, course_factory):
    from academy.factories import EnrolmentFactory, SessionFactory

    EnrolmentFactory(
        volunteer=volunteer, session=SessionFactory(course=course_factory(org_a, "Buddy worden"))
    )

    content = volunteer_client.get(reverse("records_dossier")).content.decode()

    assert "Buddy worden" in content
    assert "ingeschreven" in content
